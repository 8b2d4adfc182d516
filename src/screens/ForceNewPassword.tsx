import { Button, ScreenLayout } from '../components/index.js';
import { useAuthenticatorContext } from '../hooks/context.js';
import { useForceNewPassword } from '../hooks/screens/useForceNewPassword.js';
import { BackToSignIn } from './shared/BackToSignIn.js';
import { FormFields } from './shared/FormFields.js';
import { PasswordChecklist } from './shared/PasswordChecklist.js';
import { useHeadingFocus } from './shared/ScreenContext.js';
import { ScreenMessages } from './shared/ScreenMessages.js';
import type { ScreenProps } from './types.js';

export function ForceNewPassword({ header, footer }: ScreenProps) {
  const { translate, backend } = useAuthenticatorContext();
  const screen = useForceNewPassword();
  const headingRef = useHeadingFocus();
  const policy = backend.passwordPolicy;
  return (
    <ScreenLayout heading={translate('forceNewPassword.heading')} headingRef={headingRef} description={translate('forceNewPassword.description')} header={header} footer={footer}>
      <ScreenMessages error={screen.error} notice={screen.notice} />
      <form className="gh-form" onSubmit={screen.onSubmit} noValidate>
        <FormFields form={screen} after={policy ? { password: <PasswordChecklist control={screen.control} policy={policy} /> } : {}} />
        <Button type="submit" fullWidth isPending={screen.isPending} pendingLabel={translate('forceNewPassword.pending')}>
          {translate('forceNewPassword.submit')}
        </Button>
      </form>
      <div className="gh-actions">
        <BackToSignIn />
      </div>
    </ScreenLayout>
  );
}
