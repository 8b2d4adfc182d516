import { useCallback, useMemo } from 'react';
import { useAuthenticatorContext } from '../context.js';
import { passwordField, submittedValues, type FieldSpec, type FormValues } from '../fields.js';
import { checkFields } from '../validation.js';
import { useRoute } from './useRoute.js';
import { useScreenForm, type FormScreen } from './useScreenForm.js';

export type SignInPasswordScreen = FormScreen;

/** The password, when the passwordless flow asks for it as the first factor. */
export function useSignInPassword(): SignInPasswordScreen {
  const { engine, translate } = useAuthenticatorContext();
  useRoute('signInPassword');
  const fields = useMemo<FieldSpec[]>(() => [passwordField(translate, 'password')], [translate]);
  const validate = useCallback((values: FormValues) => checkFields(fields, values), [fields]);
  const submit = useCallback((values: FormValues) => engine.confirmSignIn(submittedValues(fields, values).password ?? ''), [engine, fields]);
  return useScreenForm({ route: 'signInPassword', fields, validate, submit });
}
