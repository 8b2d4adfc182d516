import { useCallback, useMemo } from 'react';
import type { UserAttributes } from '../../client/types.js';
import { useAuthenticatorContext } from '../context.js';
import { applyFormFields, attributeField, confirmPasswordField, passwordField, submittedValues, type FieldSpec, type FormValues } from '../fields.js';
import { useStep } from '../useAuthenticator.js';
import { useScreenForm, type ScreenForm } from '../useScreenForm.js';
import { checkFields, checkNewPassword } from '../validation.js';

export function useForceNewPassword(): ScreenForm {
  const { controller, translate, options, backend } = useAuthenticatorContext();
  const { step } = useStep();
  const fields = useMemo<FieldSpec[]>(() => {
    const missing = step.name === 'forceNewPassword' ? step.missingAttributes : [];
    return applyFormFields(
      'forceNewPassword',
      [passwordField(translate, 'newPassword'), confirmPasswordField(translate), ...missing.map((key) => attributeField(key, translate, true))],
      options.formFields?.forceNewPassword,
    );
  }, [step, translate, options.formFields?.forceNewPassword]);
  const validate = useCallback((values: FormValues) => [...checkFields(fields, values), ...checkNewPassword(fields, values, backend.passwordPolicy)], [fields, backend.passwordPolicy]);
  const submit = useCallback(
    (values: FormValues) => {
      const submitted = submittedValues(fields, values);
      const filled: UserAttributes = Object.fromEntries(Object.entries(submitted).filter(([name, value]) => name !== 'password' && name !== 'confirm_password' && value !== ''));
      return controller.confirmSignIn(submitted.password ?? '', Object.keys(filled).length > 0 ? filled : undefined);
    },
    [controller, fields],
  );
  return useScreenForm({ fields, validate, submit });
}
