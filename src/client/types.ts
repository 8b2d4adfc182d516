/**
 * The AuthClient contract: the one interface the Authenticator talks to.
 *
 * Shaped like `aws-amplify/auth` v6 (same call names, inputs, outputs, step names and payloads), so that
 * the Amplify adapter is a thin pass-through and the embedded local pool is a drop-in twin of Cognito.
 */

/** Cognito's standard user attributes. */
export type StandardUserAttributeKey =
  | 'address'
  | 'birthdate'
  | 'email'
  | 'email_verified'
  | 'family_name'
  | 'gender'
  | 'given_name'
  | 'locale'
  | 'middle_name'
  | 'name'
  | 'nickname'
  | 'phone_number'
  | 'phone_number_verified'
  | 'picture'
  | 'preferred_username'
  | 'profile'
  | 'sub'
  | 'updated_at'
  | 'website'
  | 'zoneinfo';

/** A custom attribute is always prefixed with `custom:`. */
export type CustomUserAttributeKey = `custom:${string}`;

export type UserAttributeKey = StandardUserAttributeKey | CustomUserAttributeKey;

/** Attributes a code can be sent to for verification. */
export type VerifiableUserAttributeKey = 'email' | 'phone_number';

export type UserAttributes = Partial<Record<UserAttributeKey, string>>;

export type AuthFlowType =
  | 'USER_SRP_AUTH'
  | 'USER_PASSWORD_AUTH'
  | 'CUSTOM_WITH_SRP'
  | 'CUSTOM_WITHOUT_SRP'
  | 'USER_AUTH';

/** First factors of the USER_AUTH (choice-based) flow. */
export type AuthFactorType = 'WEB_AUTHN' | 'EMAIL_OTP' | 'SMS_OTP' | 'PASSWORD' | 'PASSWORD_SRP';

export type MfaType = 'SMS' | 'TOTP' | 'EMAIL';

export type DeliveryMedium = 'EMAIL' | 'SMS' | 'PHONE' | 'UNKNOWN';

export interface CodeDeliveryDetails {
  /** Masked, e.g. `j***@e***` or `+*******0100`. */
  destination?: string;
  deliveryMedium?: DeliveryMedium;
  attributeName?: UserAttributeKey;
}

export interface TotpSetupDetails {
  /** Base32 shared secret to enter in an authenticator app. */
  sharedSecret: string;
  /** The `otpauth://totp/...` URI an authenticator app reads (from a QR code or a link). */
  getSetupUri(appName: string, accountName?: string): URL;
}

export type SignInStep =
  | { signInStep: 'CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED'; missingAttributes?: UserAttributeKey[] }
  | { signInStep: 'CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE'; additionalInfo?: Record<string, string> }
  | { signInStep: 'CONFIRM_SIGN_IN_WITH_TOTP_CODE' }
  | { signInStep: 'CONFIRM_SIGN_IN_WITH_SMS_CODE'; codeDeliveryDetails?: CodeDeliveryDetails }
  | { signInStep: 'CONFIRM_SIGN_IN_WITH_EMAIL_CODE'; codeDeliveryDetails?: CodeDeliveryDetails }
  | { signInStep: 'CONFIRM_SIGN_IN_WITH_PASSWORD' }
  | { signInStep: 'CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION'; availableChallenges?: AuthFactorType[] }
  | { signInStep: 'CONTINUE_SIGN_IN_WITH_MFA_SELECTION'; allowedMFATypes?: MfaType[] }
  | { signInStep: 'CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION'; allowedMFATypes?: MfaType[] }
  | { signInStep: 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP'; totpSetupDetails: TotpSetupDetails }
  | { signInStep: 'CONTINUE_SIGN_IN_WITH_EMAIL_SETUP' }
  | { signInStep: 'RESET_PASSWORD' }
  | { signInStep: 'CONFIRM_SIGN_UP' }
  | { signInStep: 'DONE' };

export type SignInStepName = SignInStep['signInStep'];

export interface SignInOutput {
  isSignedIn: boolean;
  nextStep: SignInStep;
}

/**
 * A sign-in in progress when the page loads (the page was reloaded mid sign-in): the step it stands at, with
 * its payload (a TOTP setup with a fresh secret, as a secret is never stored), or an ended one.
 */
export type ResumeSignInOutput =
  | { status: 'none' }
  | { status: 'expired' }
  | { status: 'inProgress'; username: string; nextStep: SignInStep };

export type SignUpStep =
  | { signUpStep: 'CONFIRM_SIGN_UP'; codeDeliveryDetails: CodeDeliveryDetails }
  | { signUpStep: 'COMPLETE_AUTO_SIGN_IN'; codeDeliveryDetails?: CodeDeliveryDetails }
  | { signUpStep: 'DONE' };

export type SignUpStepName = SignUpStep['signUpStep'];

export interface SignUpOutput {
  isSignUpComplete: boolean;
  userId?: string;
  nextStep: SignUpStep;
}

export type ResetPasswordStep =
  | { resetPasswordStep: 'CONFIRM_RESET_PASSWORD_WITH_CODE'; codeDeliveryDetails: CodeDeliveryDetails }
  | { resetPasswordStep: 'DONE' };

export type ResetPasswordStepName = ResetPasswordStep['resetPasswordStep'];

export interface ResetPasswordOutput {
  isPasswordReset: boolean;
  nextStep: ResetPasswordStep;
}

export type UpdateAttributeStep =
  | { updateAttributeStep: 'CONFIRM_ATTRIBUTE_WITH_CODE'; codeDeliveryDetails: CodeDeliveryDetails }
  | { updateAttributeStep: 'DONE' };

export type UpdateAttributeStepName = UpdateAttributeStep['updateAttributeStep'];

export type UpdateUserAttributesOutput = Partial<
  Record<UserAttributeKey, { isUpdated: boolean; nextStep: UpdateAttributeStep }>
>;

export interface SignInInput {
  username: string;
  password?: string;
  options?: {
    authFlowType?: AuthFlowType;
    preferredChallenge?: AuthFactorType;
    clientMetadata?: Record<string, string>;
  };
}

export interface ConfirmSignInInput {
  /** The code, new password, selected MFA type or first factor, email address or custom answer. */
  challengeResponse: string;
  options?: {
    /** Required attributes the user must provide with a new password. */
    userAttributes?: UserAttributes;
    friendlyDeviceName?: string;
    clientMetadata?: Record<string, string>;
  };
}

export interface SignUpInput {
  username: string;
  /** Omitted for a passwordless sign-up. */
  password?: string;
  options?: {
    userAttributes?: UserAttributes;
    /** Sign the user in as soon as the sign-up is confirmed. */
    autoSignIn?: boolean | { authFlowType?: AuthFlowType };
    clientMetadata?: Record<string, string>;
  };
}

export interface ConfirmSignUpInput {
  username: string;
  confirmationCode: string;
  options?: { clientMetadata?: Record<string, string> };
}

export interface ResendSignUpCodeInput {
  username: string;
}

export interface ResetPasswordInput {
  username: string;
}

export interface ConfirmResetPasswordInput {
  username: string;
  confirmationCode: string;
  newPassword: string;
}

export interface SignOutInput {
  /** Also revoke every refresh token of the user, on every device. */
  global?: boolean;
}

export interface SignInDetails {
  loginId?: string;
  authFlowType?: AuthFlowType;
}

export interface AuthUser {
  /** The pool's username (for email/phone-as-username pools, the user's `sub`). */
  username: string;
  userId: string;
  signInDetails?: SignInDetails;
}

export interface JwtPayload {
  sub?: string;
  iss?: string;
  aud?: string | string[];
  exp?: number;
  iat?: number;
  jti?: string;
  token_use?: 'id' | 'access' | 'refresh';
  [claim: string]: unknown;
}

export interface Jwt {
  payload: JwtPayload;
  toString(): string;
}

export interface AuthTokens {
  idToken?: Jwt;
  accessToken: Jwt;
  signInDetails?: SignInDetails;
}

export interface AuthSession {
  /** Absent when nobody is signed in. */
  tokens?: AuthTokens;
  userSub?: string;
}

export interface FetchAuthSessionInput {
  forceRefresh?: boolean;
}

export interface UpdateUserAttributesInput {
  userAttributes: UserAttributes;
}

export interface SendUserAttributeVerificationCodeInput {
  userAttributeKey: VerifiableUserAttributeKey;
}

export interface ConfirmUserAttributeInput {
  userAttributeKey: VerifiableUserAttributeKey;
  confirmationCode: string;
}

export type BuiltInSocialProvider = 'Amazon' | 'Apple' | 'Facebook' | 'Google';

/** A built-in provider, or an OIDC/SAML provider configured in the user pool under that name. */
export type SocialProvider = BuiltInSocialProvider | { custom: string };

export interface SignInWithRedirectInput {
  provider?: SocialProvider;
  customState?: string;
}

export interface WebAuthnCredential {
  credentialId: string;
  friendlyCredentialName?: string;
  relyingPartyId: string;
  authenticatorAttachment?: string;
  authenticatorTransports?: string[];
  createdAt?: Date;
}

export interface ListWebAuthnCredentialsInput {
  pageSize?: number;
  nextToken?: string;
}

export interface ListWebAuthnCredentialsOutput {
  credentials: WebAuthnCredential[];
  nextToken?: string;
}

export interface DeleteWebAuthnCredentialInput {
  credentialId: string;
}

export interface VerifyTotpSetupInput {
  code: string;
  options?: { friendlyDeviceName?: string };
}

export type MfaPreferenceValue = 'ENABLED' | 'DISABLED' | 'PREFERRED' | 'NOT_PREFERRED';

export interface UpdateMfaPreferenceInput {
  sms?: MfaPreferenceValue;
  totp?: MfaPreferenceValue;
  email?: MfaPreferenceValue;
}

export interface FetchMfaPreferenceOutput {
  enabled?: MfaType[];
  preferred?: MfaType;
}

export interface UpdatePasswordInput {
  oldPassword: string;
  newPassword: string;
}

export interface UserAttributeInput {
  attributeKey: UserAttributeKey;
  value: string;
}

export interface UpdateUserAttributeInput {
  userAttribute: UserAttributeInput;
  options?: { clientMetadata?: Record<string, string> };
}

export interface UpdateUserAttributeOutput {
  isUpdated: boolean;
  nextStep: UpdateAttributeStep;
}

export interface DeleteUserAttributesInput {
  /** At least one key, as Amplify's type says. */
  userAttributeKeys: [UserAttributeKey, ...UserAttributeKey[]];
}

/** A device the user pool tracks, by its Cognito device key. */
export interface AuthDevice {
  id: string;
  name?: string;
}

export type DeviceAttributeKey = 'device_status' | 'device_name' | 'last_ip_used';

/** A tracked device as `fetchDevices` lists it (Amplify's `AWSAuthDevice`). */
export interface AWSAuthDevice extends AuthDevice {
  /** `device_status` is `remembered` or `not_remembered`. */
  attributes: Partial<Record<DeviceAttributeKey, string>> & Record<string, string>;
  createDate?: Date;
  lastAuthenticatedDate?: Date;
  lastModifiedDate?: Date;
}

export type FetchDevicesOutput = AWSAuthDevice[];

export interface ForgetDeviceInput {
  /** Another device of the user's; without it, this device. */
  device?: AuthDevice;
}

/** Events a client emits, named as Amplify's Hub `auth` channel names them. */
export type AuthEvent =
  | { event: 'signedIn'; data: AuthUser }
  | { event: 'signedOut' }
  | { event: 'tokenRefresh' }
  | { event: 'tokenRefresh_failure'; data: { error: Error } }
  | { event: 'signInWithRedirect' }
  | { event: 'signInWithRedirect_failure'; data: { error: Error } };

export type AuthEventName = AuthEvent['event'];

export type AuthEventListener = (event: AuthEvent) => void;

export type LoginMechanism = 'email' | 'phone_number' | 'username';

export interface PasswordPolicy {
  minLength: number;
  requireLowercase: boolean;
  requireUppercase: boolean;
  requireNumbers: boolean;
  requireSymbols: boolean;
}

export type MfaEnforcement = 'OFF' | 'OPTIONAL' | 'ON';

/**
 * What the backend is configured to do, for the Authenticator's defaults (Amplify UI reads the same from
 * `Amplify.getConfig()`). Every field is optional: an adapter says what it knows.
 */
export interface AuthBackendConfig {
  loginMechanisms?: LoginMechanism[];
  /** Attributes the pool requires at sign-up, besides the login mechanism. */
  signUpAttributes?: UserAttributeKey[];
  /** Attributes verified by a code after sign-up. */
  verificationMechanisms?: VerifiableUserAttributeKey[];
  passwordPolicy?: PasswordPolicy;
  mfa?: { enforcement: MfaEnforcement; types: MfaType[] };
  /** First factors of the USER_AUTH flow, when the pool offers passwordless sign-in. */
  passwordless?: { firstFactors: AuthFactorType[] };
  socialProviders?: SocialProvider[];
  /**
   * Cognito's device tracking: `always` remembers every device that signs in, `userOptIn` asks the user
   * ("Remember this device"). Absent: devices are not tracked, or the backend does not say.
   */
  deviceTracking?: 'always' | 'userOptIn';
  /** The pool's attribute schema (standard and `custom:`), for typed inputs; absent when unknown. */
  userAttributes?: UserAttributeSchema[];
}

export type AttributeDataType = 'String' | 'Number' | 'Boolean' | 'DateTime';

/** One attribute of the pool's schema, as Cognito's DescribeUserPool gives it. */
export interface UserAttributeSchema {
  name: UserAttributeKey;
  dataType: AttributeDataType;
  required: boolean;
  /** Whether the user may change it after sign-up. */
  mutable: boolean;
  /** String: the length bounds; Number: the value bounds. */
  minLength?: number;
  maxLength?: number;
  minValue?: number;
  maxValue?: number;
}

/** Every call of the contract. Each rejects with an {@link AuthError}. */
export interface AuthClient {
  signIn(input: SignInInput): Promise<SignInOutput>;
  confirmSignIn(input: ConfirmSignInInput): Promise<SignInOutput>;
  signUp(input: SignUpInput): Promise<SignUpOutput>;
  confirmSignUp(input: ConfirmSignUpInput): Promise<SignUpOutput>;
  resendSignUpCode(input: ResendSignUpCodeInput): Promise<CodeDeliveryDetails>;
  autoSignIn(): Promise<SignInOutput>;
  resetPassword(input: ResetPasswordInput): Promise<ResetPasswordOutput>;
  confirmResetPassword(input: ConfirmResetPasswordInput): Promise<void>;
  signOut(input?: SignOutInput): Promise<void>;
  getCurrentUser(): Promise<AuthUser>;
  fetchAuthSession(input?: FetchAuthSessionInput): Promise<AuthSession>;
  fetchUserAttributes(): Promise<UserAttributes>;
  updateUserAttributes(input: UpdateUserAttributesInput): Promise<UpdateUserAttributesOutput>;
  sendUserAttributeVerificationCode(input: SendUserAttributeVerificationCodeInput): Promise<CodeDeliveryDetails>;
  confirmUserAttribute(input: ConfirmUserAttributeInput): Promise<void>;
  signInWithRedirect(input?: SignInWithRedirectInput): Promise<void>;
  associateWebAuthnCredential(): Promise<void>;
  listWebAuthnCredentials(input?: ListWebAuthnCredentialsInput): Promise<ListWebAuthnCredentialsOutput>;
  deleteWebAuthnCredential(input: DeleteWebAuthnCredentialInput): Promise<void>;
  setUpTOTP(): Promise<TotpSetupDetails>;
  verifyTOTPSetup(input: VerifyTotpSetupInput): Promise<void>;
  updateMFAPreference(input: UpdateMfaPreferenceInput): Promise<void>;
  fetchMFAPreference(): Promise<FetchMfaPreferenceOutput>;
  updatePassword(input: UpdatePasswordInput): Promise<void>;
  /** Deletes the signed-in user: every token is revoked and `signedOut` fires. */
  deleteUser(): Promise<void>;
  updateUserAttribute(input: UpdateUserAttributeInput): Promise<UpdateUserAttributeOutput>;
  deleteUserAttributes(input: DeleteUserAttributesInput): Promise<void>;
  /** Marks this device as remembered: later sign-ins from it skip MFA. */
  rememberDevice(): Promise<void>;
  forgetDevice(input?: ForgetDeviceInput): Promise<void>;
  fetchDevices(): Promise<FetchDevicesOutput>;
  /**
   * The sign-in this page left in progress (both clients keep it for the page session, as Amplify does), so the
   * Authenticator resumes at the same step after a reload. Not an Amplify call: the adapter reads Amplify's state.
   */
  resumeSignIn(): Promise<ResumeSignInOutput>;
  /** The backend's configuration, for the Authenticator's defaults. */
  getBackendConfig(): AuthBackendConfig;
  /**
   * Whether a session (or a sign-in in progress) may be stored, answered at once without a call: `false` only
   * when surely nothing is, and the first screen then shows as it is rendered. Optional: without it (or with
   * `true`) the Authenticator waits for `getCurrentUser` before it shows its form.
   */
  mayHaveSession?(): boolean;
  /**
   * The user has started on the first screen: fetch ahead of time what the calls need, so the first submit
   * does not wait for it. Optional: without it each call loads what it needs on first use.
   */
  prepare?(): void;
  /** Listen to auth events; returns the function that stops listening. */
  subscribe(listener: AuthEventListener): () => void;
  /**
   * The app's translation of one of Amplify UI's English phrases, where the backend's SDK keeps vocabularies
   * (the Amplify adapter answers with `I18n.get`): the screens show it in place of their built-in text.
   */
  translatePhrase?(phrase: string): unknown;
}
