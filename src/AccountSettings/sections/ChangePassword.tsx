import { ScreenLayout } from '../../components/index.js';
import { useChangePassword } from '../../hooks/account/useChangePassword.js';
import { useAccount } from '../../hooks/account/context.js';
import { PasswordChecklist } from '../../screens/shared/PasswordChecklist.js';
import { SectionMessages, withScope } from '../parts.js';
import { DefaultErrorMessage, DefaultPasswordField, DefaultSubmitButton } from '../slots.js';
import type { ChangePasswordProps } from '../types.js';

function ChangePasswordView({ onSuccess, onError, validators, components = {}, displayText = {} }: ChangePasswordProps) {
  const { translate, accountName } = useAccount();
  const section = useChangePassword({
    ...(onSuccess === undefined ? {} : { onSuccess }),
    ...(onError === undefined ? {} : { onError }),
    ...(validators === undefined ? {} : { validators }),
  });
  const { Section, CurrentPasswordField = DefaultPasswordField, NewPasswordField = DefaultPasswordField, ConfirmPasswordField = DefaultPasswordField, SubmitButton = DefaultSubmitButton } = components;
  const ErrorMessage = components.ErrorMessage ?? DefaultErrorMessage;
  if (Section) return <Section section={section} />;
  const { register, fieldErrors, validationErrors, liveValidation, passwordPolicy } = section;
  // Every input gets react-hook-form's props, with the live validators' handlers called after its own.
  const field = (name: 'current_password' | 'password' | 'confirm_password') => {
    const registered = register(name);
    return {
      ...registered,
      onChange: async (event: React.ChangeEvent<HTMLInputElement>) => {
        await registered.onChange(event);
        liveValidation.onChange(event);
      },
      onBlur: async (event: React.FocusEvent<HTMLInputElement>) => {
        await registered.onBlur(event);
        liveValidation.onBlur(event);
      },
    };
  };
  return (
    <ScreenLayout heading={translate('account.password.heading')} className="gh-account-section">
      {section.error ? <ErrorMessage>{section.error.message}</ErrorMessage> : null}
      <SectionMessages error={undefined} notice={section.notice} />
      <form className="gh-form" onSubmit={section.onSubmit} noValidate>
        {/* Password managers pair the new password with the account through a username field. */}
        <input type="text" name="username" autoComplete="username" value={accountName} readOnly hidden />
        <CurrentPasswordField
          {...field('current_password')}
          label={displayText.currentPasswordFieldLabel ?? translate('account.password.current')}
          autoComplete="current-password"
          isRequired
          error={fieldErrors.current_password}
        />
        <NewPasswordField
          {...field('password')}
          label={displayText.newPasswordFieldLabel ?? translate('account.password.new')}
          autoComplete="new-password"
          isRequired
          error={fieldErrors.password}
          {...(validationErrors.password === undefined ? {} : { fieldValidationErrors: validationErrors.password })}
        >
          {passwordPolicy && <PasswordChecklist control={section.control} policy={passwordPolicy} />}
        </NewPasswordField>
        <ConfirmPasswordField
          {...field('confirm_password')}
          label={displayText.confirmPasswordFieldLabel ?? translate('account.password.confirm')}
          autoComplete="new-password"
          isRequired
          error={fieldErrors.confirm_password}
          {...(validationErrors.confirm_password === undefined ? {} : { fieldValidationErrors: validationErrors.confirm_password })}
        />
        <SubmitButton type="submit" isLoading={section.isPending}>
          {displayText.updatePasswordButtonText ?? translate('account.password.submit')}
        </SubmitButton>
      </form>
    </ScreenLayout>
  );
}

export const ChangePassword = withScope(ChangePasswordView);
