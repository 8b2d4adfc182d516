import { useCallback, useMemo } from 'react';
import { useAuthenticatorContext } from '../context.js';
import { applyFormFields, attributeField, submittedValues, type FieldSpec, type FormValues } from '../fields.js';
import { isEmail } from '../../core/validation.js';
import { useStep } from '../useAuthenticator.js';
import { useScreenForm, type ScreenForm } from '../useScreenForm.js';
import { checkFields } from '../validation.js';

/** The email address that will receive sign-in codes (MFA by email, set up while signing in). */
export function useSetupEmail(): ScreenForm {
  const { controller, translate, options } = useAuthenticatorContext();
  // Signing in with an email address, that address is the likely choice.
  const { username } = useStep();
  const fields = useMemo<FieldSpec[]>(() => {
    const email = attributeField('email', translate, true);
    const prefilled = username !== undefined && isEmail(username) ? { ...email, defaultValue: username } : email;
    return applyFormFields('setupEmail', [prefilled], options.formFields?.setupEmail);
  }, [translate, options.formFields?.setupEmail, username]);
  const validate = useCallback((values: FormValues) => checkFields(fields, values), [fields]);
  const submit = useCallback((values: FormValues) => controller.confirmSignIn(submittedValues(fields, values).email ?? ''), [controller, fields]);
  return useScreenForm({ fields, validate, submit });
}
