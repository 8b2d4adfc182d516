import { useCallback, useMemo } from 'react';
import { isEmail } from '../../core/validation.js';
import { useAuthenticatorContext } from '../context.js';
import { attributeField, submittedValues, type FieldSpec, type FormValues } from '../fields.js';
import { applyFormFields } from '../form-fields-config.js';
import { checkFields } from '../validation.js';
import { useRoute } from './useRoute.js';
import { useRouteDetails } from '../useAuthenticator.js';
import { useScreenForm, type FormScreen } from './useScreenForm.js';

export type SetupEmailScreen = FormScreen;

/** The email address that will receive sign-in codes (MFA by email, set up while signing in). */
export function useSetupEmail(): SetupEmailScreen {
  const { engine, translate, options } = useAuthenticatorContext();
  useRoute('setupEmail');
  // Signing in with an email address, that address is the likely choice.
  const { username } = useRouteDetails();
  const overrides = options.formFields;
  const fields = useMemo<FieldSpec[]>(() => {
    const email = attributeField('email', translate, true);
    const prefilled = username !== undefined && isEmail(username) ? { ...email, defaultValue: username } : email;
    return applyFormFields('setupEmail', [prefilled], overrides);
  }, [translate, overrides, username]);
  const validate = useCallback((values: FormValues) => checkFields(fields, values), [fields]);
  const submit = useCallback((values: FormValues) => engine.confirmSignIn(submittedValues(fields, values).email ?? ''), [engine, fields]);
  return useScreenForm({ route: 'setupEmail', fields, validate, submit });
}
