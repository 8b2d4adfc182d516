import { useCallback, useMemo } from 'react';
import { useAuthenticatorContext } from '../context.js';
import { passwordField, submittedValues, type FieldSpec, type FormValues } from '../fields.js';
import { useScreenForm, type ScreenForm } from '../useScreenForm.js';
import { checkFields } from '../validation.js';

/** The password, when the passwordless flow asks for it as the first factor. */
export function useSignInPassword(): ScreenForm {
  const { controller, translate } = useAuthenticatorContext();
  const fields = useMemo<FieldSpec[]>(() => [passwordField(translate, 'password')], [translate]);
  const validate = useCallback((values: FormValues) => checkFields(fields, values), [fields]);
  const submit = useCallback((values: FormValues) => controller.confirmSignIn(submittedValues(fields, values).password ?? ''), [controller, fields]);
  return useScreenForm({ fields, validate, submit });
}
