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
  | 'error.passwordReused'
  | 'error.tooManyAttempts'
  | 'error.network'
  | 'error.sessionExpired'
  | 'error.autoSignIn'
  | 'error.mfaUnavailable'
  | 'error.totpNotSetUp'
  | 'error.passkeyCanceled'
  | 'error.passkeyUnsupported'
  | 'error.passkeyExists'
  | 'error.passkeyFailed'
  | 'error.passkeyRegistrationFailed'
  | 'error.socialSignInFailed'
  | 'error.deviceUnknown'
  | 'error.aliasExists'
  | 'error.invalidParameter'
  | 'error.rejected'
  | 'error.forbidden'
  | 'error.configuration'
  | 'error.serviceUnavailable'
  | 'error.unknown';

// A Record, so the compiler rejects an error name without a key.
const BY_NAME: Readonly<Record<AuthErrorName, ErrorMessageKey>> = {
  AliasExistsException: 'error.aliasExists',
  CodeDeliveryFailureException: 'error.codeDelivery',
  CodeMismatchException: 'error.codeMismatch',
  // Two changes to the same account at once: the next try goes through.
  ConcurrentModificationException: 'error.unknown',
  // A device key that collides with one already confirmed: the next sign-in gets another.
  DeviceKeyExistsException: 'error.unknown',
  // Raised when the code that verifies a new authenticator app is wrong.
  EnableSoftwareTokenMFAException: 'error.codeMismatch',
  ExpiredCodeException: 'error.codeExpired',
  // A web application firewall in front of the pool blocked the request.
  ForbiddenException: 'error.forbidden',
  // Cognito's own failure: nothing the user did, and a retry usually goes through.
  InternalErrorException: 'error.serviceUnavailable',
  // The pool may not send email through its SES identity, or text through its SNS role: the pool's set-up.
  InvalidEmailRoleAccessPolicyException: 'error.configuration',
  // The pool's own Lambda answered something Cognito could not use; a retry may meet a healthy one.
  InvalidLambdaResponseException: 'error.unknown',
  InvalidParameterException: 'error.invalidParameter',
  InvalidPasswordException: 'error.invalidPassword',
  InvalidSmsRoleAccessPolicyException: 'error.configuration',
  InvalidSmsRoleTrustRelationshipException: 'error.configuration',
  InvalidUserPoolConfigurationException: 'error.configuration',
  LimitExceededException: 'error.tooManyAttempts',
  MFAMethodNotFoundException: 'error.mfaUnavailable',
  NotAuthorizedException: 'error.incorrectCredentials',
  // Not available in this region (a replica) or for this pool's set-up.
  OperationNotEnabledException: 'error.configuration',
  PasswordHistoryPolicyViolationException: 'error.passwordReused',
  PasswordResetRequiredException: 'error.passwordResetRequired',
  // The refresh token was rotated away: the session is over.
  RefreshTokenReuseException: 'error.sessionExpired',
  // The app client or pool named in the configuration does not exist.
  ResourceNotFoundException: 'error.configuration',
  // TOTP is not active for the pool, or the user has no verified authenticator app.
  SoftwareTokenMFANotFoundException: 'error.totpNotSetUp',
  TooManyFailedAttemptsException: 'error.tooManyAttempts',
  TooManyRequestsException: 'error.tooManyAttempts',
  // RevokeToken's words for a token that is not (or no longer) valid.
  UnauthorizedException: 'error.sessionExpired',
  UnexpectedLambdaException: 'error.unknown',
  // The app client does not allow this flow or operation.
  UnsupportedOperationException: 'error.configuration',
  UnsupportedTokenTypeException: 'error.sessionExpired',
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
  // The identity pool's: its external provider failed (a retry may work), its set-up, or a conflict on the identity.
  ExternalServiceException: 'error.unknown',
  InvalidIdentityPoolConfigurationException: 'error.configuration',
  ResourceConflictException: 'error.unknown',
  NetworkError: 'error.network',
  UserAlreadyAuthenticatedException: 'error.alreadySignedIn',
  UserUnAuthenticatedException: 'error.sessionExpired',
  // Amplify raises it when no sign-in is in progress to confirm (page reloaded, session gone).
  SignInException: 'error.sessionExpired',
  AutoSignInException: 'error.autoSignIn',
  OAuthNotConfigureException: 'error.configuration',
  // The provider's answer came back unusable (a wrong state, an error from the provider).
  OAuthSignInException: 'error.socialSignInFailed',
  AuthUserPoolException: 'error.configuration',
  DeviceMetadataNotFoundException: 'error.deviceUnknown',
  PasskeyNotSupportedException: 'error.passkeyUnsupported',
  PasskeyRegistrationCanceledException: 'error.passkeyCanceled',
  PasskeyRegistrationFailedException: 'error.passkeyRegistrationFailed',
  PasskeyRetrievalCanceledException: 'error.passkeyCanceled',
  PasskeyRetrievalFailedException: 'error.passkeyFailed',
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
