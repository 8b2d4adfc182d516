import type { AuthErrorName } from './errors.js';

/**
 * What a failure means where Cognito reuses one exception name for different situations. Only the clients
 * read a backend's words: everything above them keys on this.
 */
export type AuthErrorReason =
  /** NotAuthorizedException after too many wrong passwords: the account is locked for a while. */
  | 'passwordAttemptsExceeded'
  | 'userDisabled'
  | 'temporaryPasswordExpired'
  /** An access or refresh token expired or was revoked: the user must sign in again. */
  | 'tokenExpired'
  /** The sign-in's session (the challenges' `Session`) expired or was used: the sign-in starts over. */
  | 'signInSessionEnded'
  /** Too many wrong codes or answers ended the sign-in's session. */
  | 'tooManyFailedAttempts'
  /** A reset needs a verified email or phone, and the account has none. */
  | 'noVerifiedContact'
  /** A custom challenge came back unchanged after an answer. */
  | 'wrongAnswer'
  | 'passwordTooShort'
  | 'passwordTooLong'
  | 'passwordNeedsLowercase'
  | 'passwordNeedsUppercase'
  | 'passwordNeedsNumber'
  | 'passwordNeedsSymbol';

interface MessageRule {
  name: AuthErrorName;
  pattern: RegExp;
  reason: AuthErrorReason;
}

// Cognito's wording (and the local pool's, which follows it). The first rule that matches wins.
const RULES: readonly MessageRule[] = [
  { name: 'NotAuthorizedException', pattern: /password attempts exceeded/i, reason: 'passwordAttemptsExceeded' },
  { name: 'NotAuthorizedException', pattern: /user is disabled/i, reason: 'userDisabled' },
  { name: 'NotAuthorizedException', pattern: /temporary password has expired/i, reason: 'temporaryPasswordExpired' },
  { name: 'NotAuthorizedException', pattern: /token has (?:expired|been revoked)/i, reason: 'tokenExpired' },
  { name: 'NotAuthorizedException', pattern: /too many failed attempts/i, reason: 'tooManyFailedAttempts' },
  { name: 'NotAuthorizedException', pattern: /invalid session|session (?:is|has) expired/i, reason: 'signInSessionEnded' },
  { name: 'InvalidParameterException', pattern: /no registered\/verified/i, reason: 'noVerifiedContact' },
  { name: 'InvalidPasswordException', pattern: /not long enough/i, reason: 'passwordTooShort' },
  { name: 'InvalidPasswordException', pattern: /too long|at most \d+/i, reason: 'passwordTooLong' },
  { name: 'InvalidPasswordException', pattern: /lowercase/i, reason: 'passwordNeedsLowercase' },
  { name: 'InvalidPasswordException', pattern: /uppercase/i, reason: 'passwordNeedsUppercase' },
  { name: 'InvalidPasswordException', pattern: /numeric/i, reason: 'passwordNeedsNumber' },
  { name: 'InvalidPasswordException', pattern: /symbol/i, reason: 'passwordNeedsSymbol' },
];

/** The reason a backend's message gives, under the exception it uses for that situation only. */
export function reasonOf(name: AuthErrorName, message: string): AuthErrorReason | undefined {
  return RULES.find((rule) => rule.name === name && rule.pattern.test(message))?.reason;
}
