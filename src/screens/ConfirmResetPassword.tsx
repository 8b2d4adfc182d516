import { useAuthenticatorContext } from '../hooks/context.js';
import { useConfirmResetPassword } from '../hooks/screens/useConfirmResetPassword.js';
import { CodeScreenView } from './CodeScreenView.js';
import { PasswordChecklist } from './shared/PasswordChecklist.js';
import type { ScreenProps } from './types.js';

export function ConfirmResetPassword(props: ScreenProps) {
  const { translate, backend } = useAuthenticatorContext();
  const screen = useConfirmResetPassword();
  const policy = backend.passwordPolicy;
  return (
    <CodeScreenView
      {...props}
      screen={screen}
      heading={translate('confirmResetPassword.heading')}
      submitLabel={translate('confirmResetPassword.submit')}
      pendingLabel={translate('confirmResetPassword.pending')}
      after={policy ? { password: <PasswordChecklist control={screen.control} policy={policy} /> } : {}}
    />
  );
}

export { useConfirmResetPassword } from '../hooks/screens/useConfirmResetPassword.js';
