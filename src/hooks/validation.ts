import type { PasswordPolicy } from '../client/types.js';
import { attributeProblem } from '../core/profile.js';
import { isE164, isEmail, isOneTimeCode, validateNewPassword, type FieldError } from '../core/validation.js';
import { valueOf, type FieldSpec, type FormValues } from './fields.js';

/** Each field's own rules: required, and the format its kind implies. */
export function checkFields(fields: readonly FieldSpec[], values: FormValues): FieldError[] {
  const errors: FieldError[] = [];
  for (const field of fields) {
    const value = valueOf(field, values);
    if (value === '') {
      if (field.required) errors.push({ field: field.name, message: 'validation.required' });
      continue;
    }
    if (field.attribute !== undefined) {
      // The pool's schema says what the value must be (its own format checks included).
      const problem = attributeProblem(field.attribute, value);
      if (problem) errors.push({ field: field.name, message: problem.key, ...(problem.values === undefined ? {} : { values: problem.values }) });
      continue;
    }
    if (field.kind === 'email' && !isEmail(value)) errors.push({ field: field.name, message: 'validation.email' });
    if (field.kind === 'phone' && !isE164(value)) errors.push({ field: field.name, message: 'validation.phone' });
    if (field.kind === 'code' && !isOneTimeCode(value)) errors.push({ field: field.name, message: 'validation.code' });
  }
  return errors;
}

/** A new password against the backend's policy, and its confirmation, when the form has one. */
export function checkNewPassword(fields: readonly FieldSpec[], values: FormValues, policy: PasswordPolicy | undefined): FieldError[] {
  const hasConfirmation = fields.some((field) => field.name === 'confirm_password');
  const password = values.password ?? '';
  return validateNewPassword(password, hasConfirmation ? (values.confirm_password ?? '') : password, policy);
}
