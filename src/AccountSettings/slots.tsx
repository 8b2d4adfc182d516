import { forwardRef } from 'react';
import { Alert, Button, PasswordField } from '../components/index.js';
import { useAccount } from '../hooks/account/context.js';
import type { ButtonSlotProps, PasswordFieldSlotProps } from './types.js';

/**
 * The default slots of Amplify UI's ChangePassword and DeleteUser (also their statics, so that an app's
 * override can wrap one: `(props) => <ChangePassword.NewPasswordField {...props} label="…" />`).
 */
export const DefaultPasswordField = forwardRef<HTMLInputElement, Omit<PasswordFieldSlotProps, 'ref'>>(function DefaultPasswordField(
  { fieldValidationErrors, error, isRequired, children, ...inputProps },
  ref,
) {
  const { translate } = useAccount();
  const message = error ?? (fieldValidationErrors !== undefined && fieldValidationErrors.length > 0 ? fieldValidationErrors.join(' ') : undefined);
  return (
    <PasswordField {...inputProps} ref={ref} required={isRequired} error={message} showLabel={translate('common.showPassword')} hideLabel={translate('common.hidePassword')}>
      {children}
    </PasswordField>
  );
});

export function DefaultSubmitButton({ isDisabled, isLoading, children, type = 'submit', onClick }: ButtonSlotProps) {
  const { translate } = useAccount();
  return (
    <Button type={type} onClick={onClick} disabled={isDisabled} isPending={isLoading} pendingLabel={translate('account.password.pending')}>
      {children}
    </Button>
  );
}

export function DefaultErrorMessage({ children }: { children: React.ReactNode }) {
  return <Alert variant="error">{children}</Alert>;
}

export function DefaultDeleteButton({ isDisabled, isLoading, children, onClick }: ButtonSlotProps & { onClick: () => void }) {
  return (
    <Button variant="secondary" className="gh-button--danger" onClick={onClick} disabled={isDisabled} isPending={isLoading}>
      {children}
    </Button>
  );
}
