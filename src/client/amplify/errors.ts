import { AuthError, isAuthErrorName, type AuthErrorName } from '../errors.js';
import { amplifyAuthError } from './error-shape.js';

/**
 * The names aws-amplify/auth throws of its own, as the contract's name that means the same. Cognito's exception
 * names (and Amplify's that the contract shares) pass through as they are.
 */
const renamed = new Map<string, AuthErrorName>(
  Object.entries({
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
    // The provider's redirect came back with an error or a state this browser did not send.
    oauthSignInError: 'OAuthSignInException',
    // Amplify.configure() is missing what the call needs, or the runtime lacks what Amplify needs.
    AuthTokenConfigException: 'AuthUserPoolException',
    AuthUserPoolAndIdentityPoolException: 'AuthUserPoolException',
    InvalidIdentityPoolIdException: 'AuthUserPoolException',
    InvalidUserPoolId: 'AuthUserPoolException',
    KeyValueStorageNotFoundException: 'AuthUserPoolException',
    EmptyTokenStoreException: 'AuthUserPoolException',
    EmptyTokenRefresherException: 'AuthUserPoolException',
    MissingPolyfill: 'AuthUserPoolException',
    Base64EncoderError: 'AuthUserPoolException',
    AmplifyServerContextError: 'AuthUserPoolException',
    PlatformNotSupported: 'AuthUserPoolException',
    // Tokens that are missing, unreadable or cannot be refreshed leave nobody signed in.
    TokenRefreshException: 'UserUnAuthenticatedException',
    NoSessionFoundException: 'UserUnAuthenticatedException',
    InvalidTokens: 'UserUnAuthenticatedException',
    InvalidIdTokenException: 'UserUnAuthenticatedException',
    iatNotFoundException: 'UserUnAuthenticatedException',
    // A sign-in whose state was lost midway (a reload during a passwordless step): it starts over.
    UnexpectedSignInInterruptionException: 'SignInException',
    PasskeyNotSupported: 'PasskeyNotSupportedException',
    PasskeyAlreadyExists: 'PasskeyAlreadyExistsException',
    PasskeyRegistrationCanceled: 'PasskeyRegistrationCanceledException',
    PasskeyAuthenticationCanceled: 'PasskeyRetrievalCanceledException',
    PasskeyOperationAborted: 'PasskeyRetrievalCanceledException',
    PasskeyRegistrationFailed: 'PasskeyRegistrationFailedException',
    InvalidPasskeyRegistrationOptions: 'PasskeyRegistrationFailedException',
    PasskeyRetrievalFailed: 'PasskeyRetrievalFailedException',
    InvalidPasskeyAuthenticationOptions: 'PasskeyRetrievalFailedException',
    // The page's domain is not the passkey's relying party: the app's set-up, as Cognito's own mismatch is.
    RelyingPartyMismatch: 'WebAuthnRelyingPartyMismatchException',
  } satisfies Record<string, AuthErrorName>),
);

/** Cognito's words when a device key names no device (forgotten elsewhere): for the user, this device is unknown. */
const UNKNOWN_DEVICE = /device does not exist/i;

function errorName(name: string, message: string): AuthErrorName {
  if (name === 'ResourceNotFoundException' && UNKNOWN_DEVICE.test(message)) return 'DeviceMetadataNotFoundException';
  if (isAuthErrorName(name)) return name;
  // Every other name of Amplify's means "try again": identity-pool credentials that did not load, a device
  // verifier that could not be hashed, a TOTP secret or an SRP challenge the service sent incomplete.
  return renamed.get(name) ?? 'Unknown';
}

/** Any error Amplify throws as the contract's AuthError, keeping its message and recovery suggestion. */
export function fromAmplifyError(value: unknown): AuthError {
  if (value instanceof AuthError) return value;
  if (!(value instanceof Error)) return new AuthError({ name: 'Unknown', message: String(value), cause: value });
  return amplifyAuthError(value, errorName(value.name, value.message));
}

/** Runs an Amplify call, rejecting with an AuthError. */
export async function amplifyCall<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw fromAmplifyError(error);
  }
}
