import type { AuthError } from '../client/errors.js';
import { errorMessageKey, type ErrorMessageKey } from './error-messages.js';

/** What an account-center call was doing when it failed: the same exception means different things in each. */
export type AccountOperation =
  | 'changePassword'
  | 'deleteUser'
  | 'readAccount'
  | 'updateAttributes'
  | 'deleteAttributes'
  | 'sendCode'
  | 'verifyAttribute'
  | 'mfa'
  | 'setUpTotp'
  | 'addPasskey'
  | 'removePasskey'
  | 'forgetDevice'
  | 'rememberDevice'
  | 'signOutEverywhere';

/** The account center's own message keys for errors; the texts live in src/i18n/account/. */
export type AccountErrorKey =
  | 'account.error.currentPasswordWrong'
  | 'account.error.notAllowed'
  | 'account.error.accountGone'
  | 'account.error.passkeyGone'
  | 'account.error.deviceGone';

export type AccountErrorMessageKey = ErrorMessageKey | AccountErrorKey;

/**
 * The message for an account-center failure. Where the sign-in flow's wording would mislead (a
 * NotAuthorizedException on a password change is the current password, not "username or password"), the
 * account center says what happened; everything else keeps the flow's message for that error.
 */
export function accountErrorKey(operation: AccountOperation, error: AuthError): AccountErrorMessageKey {
  // A reason (an expired session, too many attempts, a policy rule) is already precise.
  if (error.reason !== undefined) return errorMessageKey(error);
  switch (error.name) {
    case 'NotAuthorizedException':
      // ChangePassword answers it for a wrong current password; elsewhere the token lacks the right (scope, revoked).
      return operation === 'changePassword' ? 'account.error.currentPasswordWrong' : 'account.error.notAllowed';
    case 'UserNotFoundException':
      // Signed in, yet no such user: the account was deleted elsewhere (an admin, another device).
      return 'account.error.accountGone';
    case 'ResourceNotFoundException':
      if (operation === 'removePasskey') return 'account.error.passkeyGone';
      if (operation === 'forgetDevice' || operation === 'rememberDevice') return 'account.error.deviceGone';
      return errorMessageKey(error);
    default:
      return errorMessageKey(error);
  }
}
