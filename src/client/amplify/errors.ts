import { AuthError, type AuthErrorName } from '../errors.js';

/** Cognito's exception names and the client-side names that keep their meaning across the contract. */
const passThrough = new Set<string>([
  'AliasExistsException',
  'CodeDeliveryFailureException',
  'CodeMismatchException',
  'EnableSoftwareTokenMFAException',
  'ExpiredCodeException',
  'ForbiddenException',
  'InternalErrorException',
  'InvalidParameterException',
  'InvalidPasswordException',
  'LimitExceededException',
  'MFAMethodNotFoundException',
  'NotAuthorizedException',
  'PasswordResetRequiredException',
  'ResourceNotFoundException',
  'TooManyFailedAttemptsException',
  'TooManyRequestsException',
  'UnexpectedLambdaException',
  'UserLambdaValidationException',
  'UserNotConfirmedException',
  'UserNotFoundException',
  'UsernameExistsException',
  'WebAuthnChallengeNotFoundException',
  'WebAuthnClientMismatchException',
  'WebAuthnConfigurationMissingException',
  'WebAuthnCredentialNotSupportedException',
  'WebAuthnNotEnabledException',
  'WebAuthnOriginNotAllowedException',
  'WebAuthnRelyingPartyMismatchException',
  'NetworkError',
  'UserAlreadyAuthenticatedException',
  'UserUnAuthenticatedException',
  'SignInException',
  'AutoSignInException',
  'OAuthNotConfigureException',
] satisfies AuthErrorName[]);

/** Amplify's own names whose contract equivalent is spelled differently. */
const renamed: Record<string, AuthErrorName> = {
  // Amplify checks inputs before calling Cognito; Cognito would have said InvalidParameterException.
  EmptySignInUsername: 'InvalidParameterException',
  EmptySignInPassword: 'InvalidParameterException',
  CustomAuthSignInPassword: 'InvalidParameterException',
  EmptySignUpUsername: 'InvalidParameterException',
  EmptySignUpPassword: 'InvalidParameterException',
  EmptyConfirmSignUpUsername: 'InvalidParameterException',
  EmptyConfirmSignUpCode: 'InvalidParameterException',
  EmptyresendSignUpCodeUsername: 'InvalidParameterException',
  EmptyChallengeResponse: 'InvalidParameterException',
  EmptyConfirmResetPasswordUsername: 'InvalidParameterException',
  EmptyConfirmResetPasswordNewPassword: 'InvalidParameterException',
  EmptyConfirmResetPasswordConfirmationCode: 'InvalidParameterException',
  EmptyResetPasswordUsername: 'InvalidParameterException',
  EmptyVerifyTOTPSetupCode: 'InvalidParameterException',
  EmptyConfirmUserAttributeCode: 'InvalidParameterException',
  EmptyUpdatePassword: 'InvalidParameterException',
  IncorrectMFAMethod: 'InvalidParameterException',
  InvalidPreferredChallenge: 'InvalidParameterException',
  // Amplify's OAuth configuration errors all mean "redirect sign-in is not set up".
  InvalidRedirectException: 'OAuthNotConfigureException',
  InvalidOriginException: 'OAuthNotConfigureException',
  InvalidAppSchemeException: 'OAuthNotConfigureException',
  InvalidPreferredRedirectUrlException: 'OAuthNotConfigureException',
  // A refresh that fails leaves nobody signed in.
  TokenRefreshException: 'NotAuthorizedException',
  NoSessionFoundException: 'UserUnAuthenticatedException',
  PasskeyNotSupported: 'PasskeyNotSupportedException',
  PasskeyAlreadyExists: 'PasskeyAlreadyExistsException',
  PasskeyRegistrationCanceled: 'PasskeyRegistrationCanceledException',
  PasskeyAuthenticationCanceled: 'PasskeyRetrievalCanceledException',
  PasskeyOperationAborted: 'PasskeyRetrievalCanceledException',
};

function errorName(name: string): AuthErrorName {
  if (passThrough.has(name)) return name as AuthErrorName;
  return renamed[name] ?? 'Unknown';
}

/** Any error Amplify throws as the contract's AuthError, keeping its message and recovery suggestion. */
export function fromAmplifyError(value: unknown): AuthError {
  if (value instanceof AuthError) return value;
  if (!(value instanceof Error)) return new AuthError({ name: 'Unknown', message: String(value), cause: value });
  const { recoverySuggestion } = value as { recoverySuggestion?: unknown };
  return new AuthError({
    name: errorName(value.name),
    message: value.message,
    ...(typeof recoverySuggestion === 'string' ? { recoverySuggestion } : {}),
    cause: value,
  });
}

/** Runs an Amplify call, rejecting with an AuthError. */
export async function amplifyCall<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw fromAmplifyError(error);
  }
}
