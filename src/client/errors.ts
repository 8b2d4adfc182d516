import { reasonOf, type AuthErrorReason } from './error-reasons.js';

// A Record rather than a union alone, so that a name can be recognised at run time (an error thrown by
// `aws-amplify` itself, through an app's `services` override, carries the same names).
const AUTH_ERROR_NAMES = {
  // Every exception of the user-pool operations aws-amplify/auth calls (Cognito API reference):
  AliasExistsException: true,
  CodeDeliveryFailureException: true,
  CodeMismatchException: true,
  ConcurrentModificationException: true,
  DeviceKeyExistsException: true,
  EnableSoftwareTokenMFAException: true,
  ExpiredCodeException: true,
  ForbiddenException: true,
  InternalErrorException: true,
  InvalidEmailRoleAccessPolicyException: true,
  InvalidLambdaResponseException: true,
  InvalidParameterException: true,
  InvalidPasswordException: true,
  InvalidSmsRoleAccessPolicyException: true,
  InvalidSmsRoleTrustRelationshipException: true,
  InvalidUserPoolConfigurationException: true,
  LimitExceededException: true,
  MFAMethodNotFoundException: true,
  NotAuthorizedException: true,
  OperationNotEnabledException: true,
  PasswordHistoryPolicyViolationException: true,
  PasswordResetRequiredException: true,
  RefreshTokenReuseException: true,
  ResourceNotFoundException: true,
  SoftwareTokenMFANotFoundException: true,
  TooManyFailedAttemptsException: true,
  TooManyRequestsException: true,
  UnauthorizedException: true,
  UnexpectedLambdaException: true,
  UnsupportedOperationException: true,
  UnsupportedTokenTypeException: true,
  UserLambdaValidationException: true,
  UserNotConfirmedException: true,
  UserNotFoundException: true,
  UsernameExistsException: true,
  WebAuthnChallengeNotFoundException: true,
  WebAuthnClientMismatchException: true,
  WebAuthnConfigurationMissingException: true,
  WebAuthnCredentialNotSupportedException: true,
  WebAuthnNotEnabledException: true,
  WebAuthnOriginNotAllowedException: true,
  WebAuthnRelyingPartyMismatchException: true,
  // The identity pool's, from fetchAuthSession when the app configures one:
  ExternalServiceException: true,
  InvalidIdentityPoolConfigurationException: true,
  ResourceConflictException: true,
  // Raised on the client, never by the service:
  NetworkError: true,
  UserAlreadyAuthenticatedException: true,
  UserUnAuthenticatedException: true,
  SignInException: true,
  AutoSignInException: true,
  OAuthNotConfigureException: true,
  OAuthSignInException: true,
  /** The app's Amplify (or client) configuration is missing or not valid. */
  AuthUserPoolException: true,
  /** This browser holds no device key: the device was never tracked, or was forgotten. */
  DeviceMetadataNotFoundException: true,
  PasskeyNotSupportedException: true,
  PasskeyRegistrationCanceledException: true,
  PasskeyRegistrationFailedException: true,
  PasskeyRetrievalCanceledException: true,
  PasskeyRetrievalFailedException: true,
  PasskeyAlreadyExistsException: true,
  Unknown: true,
} as const;

/** Cognito's exception names, plus the client-side ones Amplify adds. */
export type AuthErrorName = keyof typeof AUTH_ERROR_NAMES;

export function isAuthErrorName(name: string): name is AuthErrorName {
  return Object.hasOwn(AUTH_ERROR_NAMES, name);
}

export interface AuthErrorInit {
  name: AuthErrorName;
  message: string;
  recoverySuggestion?: string;
  /** What the failure means beyond its name; by default read from the message as Cognito words it. */
  reason?: AuthErrorReason;
  cause?: unknown;
}

/** The one error type every client call rejects with. `name` is the Cognito exception name. */
export class AuthError extends Error {
  override readonly name: AuthErrorName;
  readonly recoverySuggestion?: string;
  /** The situation, where one exception name covers several (the UI keys its message on it, never on text). */
  readonly reason?: AuthErrorReason;

  constructor({ name, message, recoverySuggestion, reason, cause }: AuthErrorInit) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = name;
    if (recoverySuggestion !== undefined) this.recoverySuggestion = recoverySuggestion;
    const found = reason ?? reasonOf(name, message);
    if (found !== undefined) this.reason = found;
  }
}

export function isAuthError(value: unknown): value is AuthError {
  return value instanceof AuthError;
}

function stringField(value: object, field: 'name' | 'message' | 'recoverySuggestion'): string | undefined {
  const found: unknown = (value as Record<string, unknown>)[field];
  return typeof found === 'string' ? found : undefined;
}

/**
 * Any thrown value as an AuthError, keeping what it says. An error that already carries a Cognito or
 * Amplify name (thrown by `aws-amplify` directly, say from an app's `services` override) keeps that name.
 */
export function toAuthError(value: unknown): AuthError {
  if (value instanceof AuthError) return value;
  if (typeof value === 'object' && value !== null) {
    const name = stringField(value, 'name');
    const message = stringField(value, 'message') ?? '';
    const recoverySuggestion = stringField(value, 'recoverySuggestion');
    if (name !== undefined && isAuthErrorName(name)) {
      return new AuthError({ name, message, ...(recoverySuggestion === undefined ? {} : { recoverySuggestion }), cause: value });
    }
    if (value instanceof Error) return new AuthError({ name: 'Unknown', message, cause: value });
  }
  return new AuthError({ name: 'Unknown', message: String(value), cause: value });
}

export type { AuthErrorReason } from './error-reasons.js';
