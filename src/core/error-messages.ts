import type { AuthError, AuthErrorName } from '../client/errors.js';
import { isSessionEndedError } from './flow-state.js';

/** Message keys of the errors a screen shows; the texts live in the i18n dictionaries. */
export type ErrorMessageKey =
  | 'error.incorrectCredentials'
  | 'error.userNotFound'
  | 'error.userExists'
  | 'error.userNotConfirmed'
  | 'error.userDisabled'
  | 'error.alreadySignedIn'
  | 'error.passwordResetRequired'
  | 'error.temporaryPasswordExpired'
  | 'error.noVerifiedContact'
  | 'error.codeMismatch'
  | 'error.wrongAnswer'
  | 'error.tooManyCodes'
  | 'error.codeExpired'
  | 'error.codeDelivery'
  | 'error.invalidPassword'
  | 'error.tooManyAttempts'
  | 'error.network'
  | 'error.sessionExpired'
  | 'error.autoSignIn'
  | 'error.mfaUnavailable'
  | 'error.passkeyCanceled'
  | 'error.passkeyUnsupported'
  | 'error.passkeyExists'
  | 'error.passkeyFailed'
  | 'error.aliasExists'
  | 'error.invalidParameter'
  | 'error.rejected'
  | 'error.forbidden'
  | 'error.configuration'
  | 'error.unknown';

// A Record, so the compiler rejects an error name without a key.
const BY_NAME: Readonly<Record<AuthErrorName, ErrorMessageKey>> = {
  AliasExistsException: 'error.aliasExists',
  CodeDeliveryFailureException: 'error.codeDelivery',
  CodeMismatchException: 'error.codeMismatch',
  // Raised when the code that verifies a new authenticator app is wrong.
  EnableSoftwareTokenMFAException: 'error.codeMismatch',
  ExpiredCodeException: 'error.codeExpired',
  // A web application firewall in front of the pool blocked the request.
  ForbiddenException: 'error.forbidden',
  InternalErrorException: 'error.unknown',
  InvalidParameterException: 'error.invalidParameter',
  InvalidPasswordException: 'error.invalidPassword',
  LimitExceededException: 'error.tooManyAttempts',
  MFAMethodNotFoundException: 'error.mfaUnavailable',
  NotAuthorizedException: 'error.incorrectCredentials',
  PasswordResetRequiredException: 'error.passwordResetRequired',
  // The app client or pool named in the configuration does not exist.
  ResourceNotFoundException: 'error.configuration',
  TooManyFailedAttemptsException: 'error.tooManyAttempts',
  TooManyRequestsException: 'error.tooManyAttempts',
  UnexpectedLambdaException: 'error.unknown',
  // The pool's own Lambda said no (a pre-sign-up rule, say); its message is the app's to show.
  UserLambdaValidationException: 'error.rejected',
  UserNotConfirmedException: 'error.userNotConfirmed',
  UserNotFoundException: 'error.userNotFound',
  UsernameExistsException: 'error.userExists',
  // The passkey challenge expired or was used: the user tries again.
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
  // Amplify raises it when no sign-in is in progress to confirm (page reloaded, session gone).
  SignInException: 'error.sessionExpired',
  AutoSignInException: 'error.autoSignIn',
  OAuthNotConfigureException: 'error.configuration',
  PasskeyNotSupportedException: 'error.passkeyUnsupported',
  PasskeyRegistrationCanceledException: 'error.passkeyCanceled',
  PasskeyRetrievalCanceledException: 'error.passkeyCanceled',
  PasskeyAlreadyExistsException: 'error.passkeyExists',
  Unknown: 'error.unknown',
};

interface MessageRule {
  name: AuthErrorName;
  pattern: RegExp;
  key: ErrorMessageKey;
}

/** Cognito reuses one exception name for different situations; its message tells them apart. */
const BY_MESSAGE: readonly MessageRule[] = [
  { name: 'NotAuthorizedException', pattern: /password attempts exceeded/i, key: 'error.tooManyAttempts' },
  { name: 'NotAuthorizedException', pattern: /user is disabled/i, key: 'error.userDisabled' },
  { name: 'NotAuthorizedException', pattern: /temporary password has expired/i, key: 'error.temporaryPasswordExpired' },
  { name: 'NotAuthorizedException', pattern: /token has (?:expired|been revoked)/i, key: 'error.sessionExpired' },
  { name: 'InvalidParameterException', pattern: /no registered\/verified/i, key: 'error.noVerifiedContact' },
  // The Authenticator's own word for a custom challenge that came back unchanged after an answer.
  { name: 'CodeMismatchException', pattern: /^incorrect answer/i, key: 'error.wrongAnswer' },
];

export function errorMessageKey(error: AuthError): ErrorMessageKey {
  // Checked before the generic session rule: the session ended because of the wrong codes, not time.
  if (error.name === 'NotAuthorizedException' && /too many failed attempts/i.test(error.message)) return 'error.tooManyCodes';
  if (isSessionEndedError(error)) return 'error.sessionExpired';
  const rule = BY_MESSAGE.find(({ name, pattern }) => error.name === name && pattern.test(error.message));
  return rule?.key ?? BY_NAME[error.name];
}
