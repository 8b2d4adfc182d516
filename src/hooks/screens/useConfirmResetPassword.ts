import { useCallback, useMemo } from 'react';
import { useAuthenticatorContext } from '../context.js';
import { codeField, confirmPasswordField, passwordField, submittedValues, type FieldSpec, type FormValues } from '../fields.js';
import { applyFormFields } from '../form-fields-config.js';
import { checkFields, checkNewPassword } from '../validation.js';
import type { CodeScreen } from './useCodeForm.js';
import { useRoute } from './useRoute.js';
import { useScreenForm } from './useScreenForm.js';

export type ConfirmResetPasswordScreen = CodeScreen;

/** The code sent to reset the password, and the new password. */
export function useConfirmResetPassword(): ConfirmResetPasswordScreen {
  const { engine, translate, options, backend } = useAuthenticatorContext();
  const route = useRoute('confirmResetPassword');
  const overrides = options.formFields;
  const fields = useMemo<FieldSpec[]>(
    () => applyFormFields('confirmResetPassword', [codeField(translate), passwordField(translate, 'newPassword'), confirmPasswordField(translate)], overrides),
    [translate, overrides],
  );
  const validate = useCallback((values: FormValues) => [...checkFields(fields, values), ...checkNewPassword(fields, values, backend.passwordPolicy)], [fields, backend.passwordPolicy]);
  const submit = useCallback(
    (values: FormValues) => {
      const submitted = submittedValues(fields, values);
      return engine.confirmResetPassword(submitted.confirmation_code ?? '', submitted.password ?? '');
    },
    [engine, fields],
  );
  const form = useScreenForm({ route: 'confirmResetPassword', fields, validate, submit });
  return { ...form, codeDeliveryDetails: route.codeDeliveryDetails, resendCode: () => void engine.resendResetCode() };
}
