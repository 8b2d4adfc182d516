import { Button, ScreenLayout } from '../components/index.js';
import { useTranslate } from '../hooks/context.js';
import { useCustomChallenge } from '../hooks/screens/useCustomChallenge.js';
import { BackToSignIn } from './shared/BackToSignIn.js';
import { FormFields } from './shared/FormFields.js';
import { useHeadingFocus } from './shared/ScreenContext.js';
import { ScreenMessages } from './shared/ScreenMessages.js';
import type { ScreenProps } from './types.js';

export function CustomChallenge({ header, footer }: ScreenProps) {
  const translate = useTranslate();
  const screen = useCustomChallenge();
  const headingRef = useHeadingFocus();
  return (
    <ScreenLayout heading={translate('customChallenge.heading')} headingRef={headingRef} description={screen.prompt} header={header} footer={footer}>
      <ScreenMessages error={screen.error} notice={screen.notice} />
      <form className="gh-form" onSubmit={screen.onSubmit} noValidate>
        <FormFields form={screen} />
        <Button type="submit" fullWidth isPending={screen.isPending} pendingLabel={translate('common.pleaseWait')}>
          {translate('customChallenge.submit')}
        </Button>
      </form>
      <div className="gh-actions">
        <BackToSignIn />
      </div>
    </ScreenLayout>
  );
}
