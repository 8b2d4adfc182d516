import { isE164, isEmail } from '../client/formats.js';
import { checkPassword } from '../client/password-policy.js';
import type { PasswordPolicy } from '../client/types.js';

/** Message keys of field validation; the texts live in the i18n dictionaries. */
export type ValidationMessageKey =
  | 'validation.required'
  | 'validation.email'
  | 'validation.phone'
  | 'validation.passwordPolicy'
  | 'validation.passwordMismatch'
  | 'validation.passwordWhitespace'
  | 'validation.code'
  | 'validation.tooShort'
  | 'validation.tooLong'
  | 'validation.number'
  | 'validation.tooSmall'
  | 'validation.tooLarge'
  | 'validation.date'
  | 'validation.dateTime'
  | 'validation.url';

export interface FieldError {
  field: string;
  message: ValidationMessageKey;
  /** What the message names: a bound (`{min}`, `{max}`). */
  values?: Readonly<Record<string, number>>;
}

export { isE164, isEmail } from '../client/formats.js';
export { checkPassword } from '../client/password-policy.js';

/** The one-time codes Cognito sends and authenticator apps show: 6 digits (8 for some passwordless codes). */
export function isOneTimeCode(value: string): boolean {
  return /^(?:\d{6}|\d{8})$/.test(value);
}

/** Dial codes whose numbers keep their leading 0 after the country code: Italy, Côte d'Ivoire, Congo, San Marino. */
const LEADING_ZERO_KEPT = new Set(['+39', '+225', '+242', '+378']);

/**
 * The number as E.164, from a dial code ('+44') and a number as people type it ('(020) 7946-0958'). A number
 * typed with its own + already has its country code, so the dial code is not added.
 */
export function toE164(dialCode: string, nationalNumber: string): string {
  const digits = nationalNumber.replace(/[\s\-.()]/g, '');
  if (digits.startsWith('+')) return digits;
  const prefix = `+${dialCode.replace(/\D/g, '')}`;
  // The trunk prefix 0 is dialled only inside the country.
  return prefix + (LEADING_ZERO_KEPT.has(prefix) ? digits : digits.replace(/^0/, ''));
}

/** A username as submitted: spaces around it are typing or pasting accidents, never part of it. */
export function trimUsername(value: string): string {
  return value.trim();
}

function isBlank(value: string | undefined): boolean {
  return value === undefined || value.trim() === '';
}

/** The first problem of a non-empty password, if any; Cognito rejects spaces at either end. */
function passwordProblem(password: string, policy: PasswordPolicy | undefined): ValidationMessageKey | undefined {
  if (/^\s|\s$/.test(password)) return 'validation.passwordWhitespace';
  if (policy !== undefined && checkPassword(policy, password).some((result) => !result.met)) {
    return 'validation.passwordPolicy';
  }
  return undefined;
}

/** At most one error per field: the first found, which is the one to fix first. */
class FieldErrors {
  private readonly byField = new Map<string, ValidationMessageKey>();

  add(field: string, message: ValidationMessageKey | undefined): void {
    if (message !== undefined && !this.byField.has(field)) this.byField.set(field, message);
  }

  list(): FieldError[] {
    return [...this.byField].map(([field, message]) => ({ field, message }));
  }
}

function addPasswordErrors(
  errors: FieldErrors,
  password: string | undefined,
  confirmPassword: string | undefined,
  policy: PasswordPolicy | undefined,
): void {
  if (password !== undefined && password !== '') errors.add('password', passwordProblem(password, policy));
  if (confirmPassword !== undefined && confirmPassword !== '' && confirmPassword !== password) {
    errors.add('confirm_password', 'validation.passwordMismatch');
  }
}

export interface SignUpRules {
  /** Absent when the backend does not say: Cognito then judges the password itself. */
  passwordPolicy?: PasswordPolicy;
  requiredFields: string[];
  /** A passwordless sign-up has no password fields, whatever requiredFields lists. */
  passwordless?: boolean;
}

/**
 * The sign-up form's errors, at most one per field. Emails and phone numbers are judged trimmed, as the
 * hook layer submits them; a password is taken as typed.
 */
export function validateSignUp(values: Record<string, string>, rules: SignUpRules): FieldError[] {
  const errors = new FieldErrors();
  const passwordless = rules.passwordless === true;
  const required = new Set(rules.requiredFields);
  if (passwordless) {
    required.delete('password');
    required.delete('confirm_password');
  } else {
    required.add('password');
  }
  for (const field of required) if (isBlank(values[field])) errors.add(field, 'validation.required');

  const email = values.email?.trim();
  if (email !== undefined && email !== '' && !isEmail(email)) errors.add('email', 'validation.email');
  const phone = values.phone_number?.trim();
  if (phone !== undefined && phone !== '' && !isE164(phone)) errors.add('phone_number', 'validation.phone');

  if (!passwordless) addPasswordErrors(errors, values.password, values.confirm_password, rules.passwordPolicy);
  return errors.list();
}

/** The errors of a new password and its confirmation (force-new-password and reset-password screens). */
export function validateNewPassword(
  password: string,
  confirmPassword: string,
  policy?: PasswordPolicy,
): FieldError[] {
  const errors = new FieldErrors();
  if (isBlank(password)) errors.add('password', 'validation.required');
  if (isBlank(confirmPassword)) errors.add('confirm_password', 'validation.required');
  addPasswordErrors(errors, password, confirmPassword, policy);
  return errors.list();
}
