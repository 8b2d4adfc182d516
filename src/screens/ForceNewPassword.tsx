import { useAuthenticatorContext } from '../hooks/context.js';
import { useForceNewPassword } from '../hooks/screens/useForceNewPassword.js';
import { FormScreenView } from './FormScreenView.js';
import { PasswordChecklist } from './shared/PasswordChecklist.js';
import type { ScreenProps } from './types.js';

export function ForceNewPassword(props: ScreenProps) {
  const { translate, backend } = useAuthenticatorContext();
  const screen = useForceNewPassword();
  const policy = backend.passwordPolicy;
  return (
    <FormScreenView
      {...props}
      screen={screen}
      heading={translate('forceNewPassword.heading')}
      description={translate('forceNewPassword.description')}
      submitLabel={translate('forceNewPassword.submit')}
      pendingLabel={translate('forceNewPassword.pending')}
      after={policy ? { password: <PasswordChecklist control={screen.control} policy={policy} /> } : {}}
    />
  );
}

export { useForceNewPassword } from '../hooks/screens/useForceNewPassword.js';
