import { Button, RadioGroup, ScreenLayout } from '../components/index.js';
import { useTranslate } from '../hooks/context.js';
import { useVerifyUser } from '../hooks/screens/useVerifyUser.js';
import { useHeadingFocus } from './shared/ScreenContext.js';
import { ScreenMessages } from './shared/ScreenMessages.js';
import type { ScreenProps } from './types.js';

export function VerifyUser({ header, footer }: ScreenProps) {
  const translate = useTranslate();
  const screen = useVerifyUser();
  const headingRef = useHeadingFocus();
  const [first] = screen.contacts;
  return (
    <ScreenLayout heading={translate('verifyUser.heading')} headingRef={headingRef} description={translate('verifyUser.description')} header={header} footer={footer}>
      <ScreenMessages error={screen.error} notice={screen.notice} />
      <form className="gh-form" {...screen.formProps}>
        <RadioGroup
          label={translate('verifyUser.legend')}
          name="attribute"
          defaultValue={first?.attribute}
          options={screen.contacts.map(({ attribute, value }) => ({ value: attribute, label: translate(`field.${attribute}`), description: value }))}
          inputProps={screen.register('attribute')}
        />
        <Button type="submit" fullWidth isPending={screen.isPending} pendingLabel={translate('common.pleaseWait')}>
          {translate('verifyUser.submit')}
        </Button>
      </form>
      <div className="gh-actions">
        <Button variant="link" onClick={screen.skip} disabled={screen.isPending}>
          {translate('common.skip')}
        </Button>
      </div>
    </ScreenLayout>
  );
}

export { useVerifyUser } from '../hooks/screens/useVerifyUser.js';
