import { describe, expect, it } from 'vitest';
import { AuthError, type AuthErrorName } from '../../../src/client/errors.js';
import { type ErrorMessageKey, errorMessageKey } from '../../../src/core/index.js';

const keyOf = (name: AuthErrorName, message = 'Something went wrong.'): ErrorMessageKey =>
  errorMessageKey(new AuthError({ name, message }));

// Keyed by error name, so the compiler rejects a table that misses one.
const EXPECTED: Record<AuthErrorName, ErrorMessageKey> = {
  AliasExistsException: 'error.aliasExists',
  CodeDeliveryFailureException: 'error.codeDelivery',
  CodeMismatchException: 'error.codeMismatch',
  EnableSoftwareTokenMFAException: 'error.codeMismatch',
  ExpiredCodeException: 'error.codeExpired',
  ForbiddenException: 'error.forbidden',
  InternalErrorException: 'error.unknown',
  InvalidParameterException: 'error.invalidParameter',
  InvalidPasswordException: 'error.invalidPassword',
  LimitExceededException: 'error.tooManyAttempts',
  MFAMethodNotFoundException: 'error.mfaUnavailable',
  NotAuthorizedException: 'error.incorrectCredentials',
  PasswordResetRequiredException: 'error.passwordResetRequired',
  ResourceNotFoundException: 'error.configuration',
  TooManyFailedAttemptsException: 'error.tooManyAttempts',
  TooManyRequestsException: 'error.tooManyAttempts',
  UnexpectedLambdaException: 'error.unknown',
  UserLambdaValidationException: 'error.rejected',
  UserNotConfirmedException: 'error.userNotConfirmed',
  UserNotFoundException: 'error.userNotFound',
  UsernameExistsException: 'error.userExists',
  WebAuthnChallengeNotFoundException: 'error.passkeyFailed',
  WebAuthnClientMismatchException: 'error.configuration',
  WebAuthnConfigurationMissingException: 'error.configuration',
  WebAuthnCredentialNotSupportedException: 'error.passkeyUnsupported',
  WebAuthnNotEnabledException: 'error.configuration',
  WebAuthnOriginNotAllowedException: 'error.configuration',
  WebAuthnRelyingPartyMismatchException: 'error.configuration',
  NetworkError: 'error.network',
  UserAlreadyAuthenticatedException: 'error.alreadySignedIn',
  UserUnAuthenticatedException: 'error.sessionExpired',
  SignInException: 'error.sessionExpired',
  AutoSignInException: 'error.autoSignIn',
  OAuthNotConfigureException: 'error.configuration',
  PasskeyNotSupportedException: 'error.passkeyUnsupported',
  PasskeyRegistrationCanceledException: 'error.passkeyCanceled',
  PasskeyRetrievalCanceledException: 'error.passkeyCanceled',
  PasskeyAlreadyExistsException: 'error.passkeyExists',
  Unknown: 'error.unknown',
};

describe('errorMessageKey', () => {
  it.each(Object.entries(EXPECTED) as [AuthErrorName, ErrorMessageKey][])('%s -> %s', (name, key) => {
    expect(keyOf(name)).toBe(key);
  });

  it.each<[AuthErrorName, string, ErrorMessageKey]>([
    ['NotAuthorizedException', 'Incorrect username or password.', 'error.incorrectCredentials'],
    ['NotAuthorizedException', 'Password attempts exceeded', 'error.tooManyAttempts'],
    ['NotAuthorizedException', 'Invalid session for the user, session is expired.', 'error.sessionExpired'],
    ['NotAuthorizedException', 'Invalid session for the user, session can only be used once.', 'error.sessionExpired'],
    ['NotAuthorizedException', 'User is disabled.', 'error.userDisabled'],
    [
      'NotAuthorizedException',
      'Temporary password has expired and must be reset by an administrator.',
      'error.temporaryPasswordExpired',
    ],
    ['NotAuthorizedException', 'Refresh Token has expired', 'error.sessionExpired'],
    ['NotAuthorizedException', 'Access Token has been revoked', 'error.sessionExpired'],
    [
      'InvalidParameterException',
      'Cannot reset password for the user as there is no registered/verified email or phone_number',
      'error.noVerifiedContact',
    ],
    ['InvalidParameterException', 'Invalid phone number format.', 'error.invalidParameter'],
  ])('%s "%s" -> %s', (name, message, key) => {
    expect(keyOf(name, message)).toBe(key);
  });

  it('tells situations apart by message only under the exception Cognito uses for them', () => {
    expect(keyOf('CodeMismatchException', 'User is disabled.')).toBe('error.codeMismatch');
    expect(keyOf('UserNotFoundException', 'Password attempts exceeded')).toBe('error.userNotFound');
    const sessionMessage = 'Invalid session for the user, session is expired.';
    expect(keyOf('CodeMismatchException', sessionMessage)).toBe('error.codeMismatch');
  });
});
