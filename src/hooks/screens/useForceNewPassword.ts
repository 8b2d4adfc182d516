import { useCallback, useMemo } from 'react';
import type { UserAttributes } from '../../client/types.js';
import { useAuthenticatorContext } from '../context.js';
import { attributeField, confirmPasswordField, passwordField, submittedValues, type FieldSpec, type FormValues } from '../fields.js';
import { applyFormFields } from '../form-fields-config.js';
import { checkFields, checkNewPassword } from '../validation.js';
import { useRoute } from './useRoute.js';
import { useScreenForm, type FormScreen } from './useScreenForm.js';

export type ForceNewPasswordScreen = FormScreen;

/** A new password at first sign-in (an admin-created account), with the required attributes the account lacks. */
export function useForceNewPassword(): ForceNewPasswordScreen {
  const { engine, translate, options, backend } = useAuthenticatorContext();
  const { missingAttributes } = useRoute('forceNewPassword');
  const overrides = options.formFields;
  const fields = useMemo<FieldSpec[]>(
    () =>
      applyFormFields(
        'forceNewPassword',
        [passwordField(translate, 'newPassword'), confirmPasswordField(translate), ...missingAttributes.map((key) => attributeField(key, translate, true))],
        overrides,
      ),
    [missingAttributes, translate, overrides],
  );
  const validate = useCallback((values: FormValues) => [...checkFields(fields, values), ...checkNewPassword(fields, values, backend.passwordPolicy)], [fields, backend.passwordPolicy]);
  const submit = useCallback(
    (values: FormValues) => {
      const submitted = submittedValues(fields, values);
      const filled: UserAttributes = Object.fromEntries(Object.entries(submitted).filter(([name, value]) => name !== 'password' && name !== 'confirm_password' && value !== ''));
      return engine.confirmSignIn(submitted.password ?? '', Object.keys(filled).length > 0 ? filled : undefined);
    },
    [engine, fields],
  );
  return useScreenForm({ route: 'forceNewPassword', fields, validate, submit });
}
