import { useCallback, useMemo } from 'react';
import { useAuthenticatorContext } from '../context.js';
import { applyFormFields, codeField, confirmPasswordField, loginField, passwordField, submittedValues, type FieldSpec, type FormValues } from '../fields.js';
import { useStep } from '../useAuthenticator.js';
import { useScreenForm, type ScreenForm } from '../useScreenForm.js';
import { checkFields, checkNewPassword } from '../validation.js';
import { useLoginMechanisms } from './useSignIn.js';
import { deliveryOf, type CodeScreen } from './useCodeScreens.js';

export function useForgotPassword(): ScreenForm {
  const { controller, translate, options } = useAuthenticatorContext();
  const [mechanism = 'email'] = useLoginMechanisms();
  // The name typed on sign-in comes along.
  const { username: typed } = useStep();
  const fields = useMemo<FieldSpec[]>(() => {
    const [username] = applyFormFields('forgotPassword', [loginField(mechanism, translate)], options.formFields?.forgotPassword);
    if (!username) return [];
    return [typed === undefined || username.defaultValue !== undefined || username.kind === 'phone' ? username : { ...username, defaultValue: typed }];
  }, [mechanism, translate, options.formFields?.forgotPassword, typed]);
  const validate = useCallback((values: FormValues) => checkFields(fields, values), [fields]);
  const submit = useCallback((values: FormValues) => controller.forgotPassword(submittedValues(fields, values).username ?? ''), [controller, fields]);
  return useScreenForm({ fields, validate, submit });
}

export function useConfirmResetPassword(): CodeScreen {
  const { controller, translate, options, backend } = useAuthenticatorContext();
  const fields = useMemo<FieldSpec[]>(
    () => applyFormFields('confirmResetPassword', [codeField(translate), passwordField(translate, 'newPassword'), confirmPasswordField(translate)], options.formFields?.confirmResetPassword),
    [translate, options.formFields?.confirmResetPassword],
  );
  const validate = useCallback((values: FormValues) => [...checkFields(fields, values), ...checkNewPassword(fields, values, backend.passwordPolicy)], [fields, backend.passwordPolicy]);
  const submit = useCallback(
    (values: FormValues) => {
      const submitted = submittedValues(fields, values);
      return controller.confirmResetPassword(submitted.confirmation_code ?? '', submitted.password ?? '');
    },
    [controller, fields],
  );
  const form = useScreenForm({ fields, validate, submit });
  const step = form.authenticator.step;
  return {
    ...form,
    codeDeliveryDetails: deliveryOf(step),
    resendCode: () => void controller.resendResetCode(),
  };
}
