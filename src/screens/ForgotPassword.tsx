import { Button, ScreenLayout } from '../components/index.js';
import { useTranslate } from '../hooks/context.js';
import { useForgotPassword } from '../hooks/screens/useResetPassword.js';
import { BackToSignIn } from './shared/BackToSignIn.js';
import { FormFields } from './shared/FormFields.js';
import { useHeadingFocus } from './shared/ScreenContext.js';
import { ScreenMessages } from './shared/ScreenMessages.js';
import type { ScreenProps } from './types.js';

export function ForgotPassword({ header, footer }: ScreenProps) {
  const translate = useTranslate();
  const screen = useForgotPassword();
  const headingRef = useHeadingFocus();
  return (
    <ScreenLayout heading={translate('forgotPassword.heading')} headingRef={headingRef} description={translate('forgotPassword.description')} header={header} footer={footer}>
      <ScreenMessages error={screen.error} notice={screen.notice} />
      <form className="gh-form" onSubmit={screen.onSubmit} noValidate>
        <FormFields form={screen} />
        <Button type="submit" fullWidth isPending={screen.isPending} pendingLabel={translate('forgotPassword.pending')}>
          {translate('forgotPassword.submit')}
        </Button>
      </form>
      <div className="gh-actions">
        <BackToSignIn />
      </div>
    </ScreenLayout>
  );
}
