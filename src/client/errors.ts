/** Cognito's exception names, plus the client-side ones Amplify adds. */
export type AuthErrorName =
  | 'AliasExistsException'
  | 'CodeDeliveryFailureException'
  | 'CodeMismatchException'
  | 'EnableSoftwareTokenMFAException'
  | 'ExpiredCodeException'
  | 'ForbiddenException'
  | 'InternalErrorException'
  | 'InvalidParameterException'
  | 'InvalidPasswordException'
  | 'LimitExceededException'
  | 'MFAMethodNotFoundException'
  | 'NotAuthorizedException'
  | 'PasswordResetRequiredException'
  | 'ResourceNotFoundException'
  | 'TooManyFailedAttemptsException'
  | 'TooManyRequestsException'
  | 'UnexpectedLambdaException'
  | 'UserLambdaValidationException'
  | 'UserNotConfirmedException'
  | 'UserNotFoundException'
  | 'UsernameExistsException'
  | 'WebAuthnChallengeNotFoundException'
  | 'WebAuthnClientMismatchException'
  | 'WebAuthnConfigurationMissingException'
  | 'WebAuthnCredentialNotSupportedException'
  | 'WebAuthnNotEnabledException'
  | 'WebAuthnOriginNotAllowedException'
  | 'WebAuthnRelyingPartyMismatchException'
  // Raised on the client, never by the service:
  | 'NetworkError'
  | 'UserAlreadyAuthenticatedException'
  | 'UserUnAuthenticatedException'
  | 'SignInException'
  | 'AutoSignInException'
  | 'OAuthNotConfigureException'
  | 'PasskeyNotSupportedException'
  | 'PasskeyRegistrationCanceledException'
  | 'PasskeyRetrievalCanceledException'
  | 'PasskeyAlreadyExistsException'
  | 'Unknown';

export interface AuthErrorInit {
  name: AuthErrorName;
  message: string;
  recoverySuggestion?: string;
  cause?: unknown;
}

/** The one error type every client call rejects with. `name` is the Cognito exception name. */
export class AuthError extends Error {
  override readonly name: AuthErrorName;
  readonly recoverySuggestion?: string;

  constructor({ name, message, recoverySuggestion, cause }: AuthErrorInit) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = name;
    if (recoverySuggestion !== undefined) this.recoverySuggestion = recoverySuggestion;
  }
}

export function isAuthError(value: unknown): value is AuthError {
  return value instanceof AuthError;
}

/** Any thrown value as an AuthError, keeping what it says. */
export function toAuthError(value: unknown): AuthError {
  if (value instanceof AuthError) return value;
  const message = value instanceof Error ? value.message : String(value);
  return new AuthError({ name: 'Unknown', message, cause: value });
}
