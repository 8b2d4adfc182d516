import type { AuthError, AuthErrorReason } from '../client/errors.js';
import type { PasswordRule } from '../client/password-policy.js';
import type { ErrorMessageKey } from '../core/error-messages.js';
import type { Dictionary } from '../i18n/en.js';
import { addLaterEnglish, type Translate } from '../i18n/translate.js';

/**
 * What only comes after a call (later-words.ts, loaded apart): which message a failure gets, and the English of
 * the later steps' screens and of the error messages.
 */
export interface LaterWords {
  messageKey: (error: AuthError) => ErrorMessageKey;
  english: Readonly<Partial<Dictionary>>;
}

let later: LaterWords | undefined;

/**
 * Called by what loads them (the actions, the account center) before anything of theirs is shown. Until then
 * only what the first load can show is named: a network failure, else the generic message.
 */
export function installLaterWords(loaded: LaterWords): void {
  if (later) return;
  later = loaded;
  addLaterEnglish(loaded.english);
}

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
  const named = later ? later.messageKey(error) : error.name === 'NetworkError' ? 'error.network' : 'error.unknown';
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
