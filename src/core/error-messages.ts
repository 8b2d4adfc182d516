import type { AuthError, AuthErrorName, AuthErrorReason } from '../client/errors.js';

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

// Where the reason tells more than the name. A Record, so a new reason cannot be forgotten.
const BY_REASON: Readonly<Record<AuthErrorReason, ErrorMessageKey>> = {
  passwordAttemptsExceeded: 'error.tooManyAttempts',
  userDisabled: 'error.userDisabled',
  temporaryPasswordExpired: 'error.temporaryPasswordExpired',
  tokenExpired: 'error.sessionExpired',
  signInSessionEnded: 'error.sessionExpired',
  tooManyFailedAttempts: 'error.tooManyCodes',
  noVerifiedContact: 'error.noVerifiedContact',
  wrongAnswer: 'error.wrongAnswer',
  passwordTooShort: 'error.invalidPassword',
  passwordTooLong: 'error.invalidPassword',
  passwordNeedsLowercase: 'error.invalidPassword',
  passwordNeedsUppercase: 'error.invalidPassword',
  passwordNeedsNumber: 'error.invalidPassword',
  passwordNeedsSymbol: 'error.invalidPassword',
};

export function errorMessageKey(error: AuthError): ErrorMessageKey {
  return error.reason === undefined ? BY_NAME[error.name] : BY_REASON[error.reason];
}
