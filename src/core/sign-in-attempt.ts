import type { AuthFactorType, SignInStep } from '../client/types.js';
import type { RouteName } from './route.js';

/** How the user signed in, for `onAuthEvent`. */
export type SignInMethod = 'password' | 'signUp' | 'passwordless' | 'passkey' | 'customChallenge' | 'redirect' | 'restoredSession' | 'otherTab';

export type PasswordlessCodeFactor = 'EMAIL_OTP' | 'SMS_OTP';

/** What the flow remembers of the sign-in under way, to decide what comes next. */
export interface SignInAttempt {
  method: SignInMethod;
  /** The user gave a password: a code that follows is MFA, not a passwordless sign-in. */
  withPassword: boolean;
  /**
   * A passwordless code can be sent again by starting the same sign-in over; an MFA code cannot (the
   * password is gone by then).
   */
  resend?: { username: string; factor: PasswordlessCodeFactor };
}

export const NO_ATTEMPT: SignInAttempt = { method: 'password', withPassword: true };

function isCodeFactor(factor: AuthFactorType | undefined): factor is PasswordlessCodeFactor {
  return factor === 'EMAIL_OTP' || factor === 'SMS_OTP';
}

/** The sign-in screen's submit: with a password, or with a first factor of the USER_AUTH flow. */
export function signInAttempt(username: string, withPassword: boolean, factor: AuthFactorType | undefined): SignInAttempt {
  if (factor === 'WEB_AUTHN') return { method: 'passkey', withPassword };
  if (isCodeFactor(factor)) return { method: 'passwordless', withPassword, resend: { username, factor } };
  return { method: 'password', withPassword };
}

export function signUpAttempt(withPassword: boolean): SignInAttempt {
  return { method: 'signUp', withPassword };
}

/** The first answer of a sign-in without a password: a code step means the backend chose the only factor the user has. */
export function afterFirstStep(attempt: SignInAttempt, username: string | undefined, step: SignInStep): SignInAttempt {
  if (attempt.withPassword || username === undefined) return attempt;
  if (step.signInStep === 'CONFIRM_SIGN_IN_WITH_EMAIL_CODE') return { ...attempt, method: 'passwordless', resend: { username, factor: 'EMAIL_OTP' } };
  if (step.signInStep === 'CONFIRM_SIGN_IN_WITH_SMS_CODE') return { ...attempt, method: 'passwordless', resend: { username, factor: 'SMS_OTP' } };
  return attempt;
}

/** An answer sent on a challenge screen: the first factor chosen, or a custom challenge's answer. */
export function afterAnswer(attempt: SignInAttempt, route: RouteName, response: string, username: string | undefined): SignInAttempt {
  if (route === 'customChallenge') return { ...attempt, method: 'customChallenge' };
  if (route !== 'selectFirstFactor') return attempt;
  if (response === 'WEB_AUTHN') return { ...attempt, method: 'passkey' };
  if (response === 'EMAIL_OTP' || response === 'SMS_OTP') {
    return { ...attempt, method: 'passwordless', ...(username === undefined ? {} : { resend: { username, factor: response } }) };
  }
  return attempt;
}

/** Whether the user got in without a password (a code, or a passwordless sign-up): then a passkey is worth offering. */
export function signedInWithoutPassword(attempt: SignInAttempt): boolean {
  return attempt.method === 'passwordless' || (attempt.method === 'signUp' && !attempt.withPassword);
}
