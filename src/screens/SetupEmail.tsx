import { Button, ScreenLayout } from '../components/index.js';
import { useTranslate } from '../hooks/context.js';
import { useSetupEmail } from '../hooks/screens/useSetupEmail.js';
import { BackToSignIn } from './shared/BackToSignIn.js';
import { FormFields } from './shared/FormFields.js';
import { useHeadingFocus } from './shared/ScreenContext.js';
import { ScreenMessages } from './shared/ScreenMessages.js';
import type { ScreenProps } from './types.js';

export function SetupEmail({ header, footer }: ScreenProps) {
  const translate = useTranslate();
  const screen = useSetupEmail();
  const headingRef = useHeadingFocus();
  return (
    <ScreenLayout heading={translate('setupEmail.heading')} headingRef={headingRef} description={translate('setupEmail.description')} header={header} footer={footer}>
      <ScreenMessages error={screen.error} notice={screen.notice} />
      <form className="gh-form" onSubmit={screen.onSubmit} noValidate>
        <FormFields form={screen} />
        <Button type="submit" fullWidth isPending={screen.isPending} pendingLabel={translate('common.pleaseWait')}>
          {translate('setupEmail.submit')}
        </Button>
      </form>
      <div className="gh-actions">
        <BackToSignIn />
      </div>
    </ScreenLayout>
  );
}
