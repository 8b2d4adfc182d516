import { useCallback, useMemo } from 'react';
import { useAuthenticatorContext } from '../context.js';
import { loginField, submittedValues, type FieldSpec, type FormValues } from '../fields.js';
import { applyFormFields } from '../form-fields-config.js';
import { useRouteDetails } from '../useAuthenticator.js';
import { checkFields } from '../validation.js';
import { useLoginMechanisms } from './useLoginMechanisms.js';
import { useScreenForm, type FormScreen } from './useScreenForm.js';

export type ForgotPasswordScreen = FormScreen;

/** The name of the account whose password is forgotten; a code is sent to reset it. */
export function useForgotPassword(): ForgotPasswordScreen {
  const { engine, translate, options } = useAuthenticatorContext();
  const [mechanism = 'email'] = useLoginMechanisms();
  // The name typed on sign-in comes along.
  const { username: typed } = useRouteDetails();
  const overrides = options.formFields;
  const fields = useMemo<FieldSpec[]>(() => {
    const [username] = applyFormFields('forgotPassword', [loginField(mechanism, translate)], overrides);
    if (!username) return [];
    return [typed === undefined || username.defaultValue !== undefined || username.kind === 'phone' ? username : { ...username, defaultValue: typed }];
  }, [mechanism, translate, overrides, typed]);
  const validate = useCallback((values: FormValues) => checkFields(fields, values), [fields]);
  const submit = useCallback((values: FormValues) => engine.forgotPassword(submittedValues(fields, values).username ?? ''), [engine, fields]);
  return useScreenForm({ route: 'forgotPassword', fields, validate, submit });
}
