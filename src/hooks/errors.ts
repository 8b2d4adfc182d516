import type { AuthError, AuthErrorReason } from '../client/errors.js';
import type { PasswordRule } from '../client/password-policy.js';
import { errorMessageKey } from '../core/error-messages.js';
import type { Translate } from '../i18n/translate.js';

const POLICY_RULES: Partial<Record<AuthErrorReason, PasswordRule>> = {
  passwordTooShort: 'minLength',
  passwordNeedsLowercase: 'lowercase',
  passwordNeedsUppercase: 'uppercase',
  passwordNeedsNumber: 'number',
  passwordNeedsSymbol: 'symbol',
};

/** The words to show for an error: always translated; with the service's own words as detail where they say more. */
export function describeError(error: AuthError, translate: Translate, minLength: number): { message: string; detail?: string } {
  // A name or reason this version has no words for (a client in plain JavaScript, a newer one): the generic words.
  const named = errorMessageKey(error);
  const key = translate(named) ? named : 'error.unknown';
  const rule = error.reason === undefined ? undefined : POLICY_RULES[error.reason];
  if (rule !== undefined) {
    return { message: `${translate(key)} ${translate('password.checklist')}: ${translate(`password.rule.${rule}`, { count: minLength })}.` };
  }
  // Schema errors and the app's own Lambda messages carry the specifics only the service knows.
  const explains = key === 'error.invalidParameter' || key === 'error.rejected' || key === 'error.unknown';
  return explains && error.message !== '' ? { message: translate(key), detail: error.message } : { message: translate(key) };
}

/** The field an error is about, so that it is marked invalid and gets the focus. */
export function fieldOfError(error: AuthError): string | undefined {
  switch (error.name) {
    case 'UsernameExistsException':
    case 'UserNotFoundException':
    case 'AliasExistsException':
      return 'username';
    case 'InvalidPasswordException':
      return 'password';
    case 'CodeMismatchException':
      return error.reason === 'wrongAnswer' ? 'answer' : 'confirmation_code';
    case 'ExpiredCodeException':
    case 'EnableSoftwareTokenMFAException':
      return 'confirmation_code';
    default:
      return undefined;
  }
}
