import { DEFAULT_PASSWORD_POLICY } from '../password-policy.js';
import type {
  AuthFactorType,
  CustomUserAttributeKey,
  MfaEnforcement,
  MfaType,
  PasswordPolicy,
  SocialProvider,
  StandardUserAttributeKey,
  UserAttributes,
  VerifiableUserAttributeKey,
} from '../types.js';
import type { CredentialsContainerLike } from './webauthn-ceremony.js';
import type { StorageOption } from './storage.js';

export interface StandardAttributeSchema {
  required?: boolean;
  /** Whether the user may change it after sign-up (default true). */
  mutable?: boolean;
}

export type CustomAttributeSchema =
  | { dataType: 'String'; mutable?: boolean; minLen?: number; maxLen?: number }
  | { dataType: 'Number'; mutable?: boolean; min?: number; max?: number }
  | { dataType: 'Boolean'; mutable?: boolean }
  | { dataType: 'DateTime'; mutable?: boolean };

export type AttributeSchemaConfig = Partial<Record<Exclude<StandardUserAttributeKey, 'sub' | 'email_verified' | 'phone_number_verified'>, StandardAttributeSchema>> &
  Partial<Record<CustomUserAttributeKey, CustomAttributeSchema>>;

/** What a "sent" code is for; each has its own template. */
export type MessagePurpose = 'signUp' | 'signIn' | 'resetPassword' | 'verifyAttribute';

export interface MessageTemplate {
  emailSubject?: string;
  /**
   * Like Amplify's `verificationEmailBody`: call `createCode()` where the code goes. A sign-up email in a
   * `verificationEmailStyle: 'LINK'` pool calls it `createLink(text?)`: it gives the link (after `text`).
   */
  emailBody?: (createCode: (text?: string) => string) => string;
  smsMessage?: (createCode: () => string) => string;
}

/** Like Amplify's `userInvitation`: the message `admin.createUser` sends with a temporary password. */
export interface InvitationTemplate {
  emailSubject?: string;
  emailBody?: (username: () => string, code: () => string) => string;
  smsMessage?: (username: () => string, code: () => string) => string;
}

/** A Cognito custom-auth challenge, defined by the same three functions as Cognito's Lambda triggers. */
export interface ChallengeResult {
  challengeName: 'PASSWORD_VERIFIER' | 'CUSTOM_CHALLENGE';
  challengeResult: boolean;
  challengeMetadata?: string;
}

export interface CustomAuthEvent {
  /** The pool's username; for a user that does not exist, the name the sign-in gave. */
  username: string;
  userAttributes: UserAttributes;
  session: readonly ChallengeResult[];
  clientMetadata: Record<string, string>;
  /**
   * Set, as Cognito's `request.userNotFound`, when `preventUserExistenceErrors` answers for a user that does
   * not exist: the challenge is a decoy, and no answer to it ever signs in.
   */
  userNotFound?: true;
}

export interface CustomAuthTriggers {
  /** Decides what comes next. Default: a correct answer signs in; three wrong answers fail the sign-in. */
  defineAuthChallenge?: (
    event: CustomAuthEvent,
  ) => { issueTokens: boolean; failAuthentication: boolean } | Promise<{ issueTokens: boolean; failAuthentication: boolean }>;
  createAuthChallenge: (event: CustomAuthEvent) =>
    | { publicChallengeParameters: Record<string, string>; privateChallengeParameters: Record<string, string>; challengeMetadata?: string }
    | Promise<{ publicChallengeParameters: Record<string, string>; privateChallengeParameters: Record<string, string>; challengeMetadata?: string }>;
  verifyAuthChallengeResponse: (
    event: CustomAuthEvent & { privateChallengeParameters: Record<string, string>; challengeAnswer: string },
  ) => { answerCorrect: boolean } | Promise<{ answerCorrect: boolean }>;
}

export interface FederatedProfile {
  provider: SocialProvider;
  /** The attributes the identity provider hands back for the simulated user. */
  attributes: UserAttributes & { email: string };
}

/** Calls of the AuthClient contract, for latency and fault injection. */
export type LocalOperation =
  | 'signIn'
  | 'confirmSignIn'
  | 'signUp'
  | 'confirmSignUp'
  | 'resendSignUpCode'
  | 'autoSignIn'
  | 'resetPassword'
  | 'confirmResetPassword'
  | 'signOut'
  | 'fetchAuthSession'
  | 'fetchUserAttributes'
  | 'updateUserAttributes'
  | 'sendUserAttributeVerificationCode'
  | 'confirmUserAttribute'
  | 'signInWithRedirect'
  | 'associateWebAuthnCredential'
  | 'listWebAuthnCredentials'
  | 'deleteWebAuthnCredential'
  | 'setUpTOTP'
  | 'verifyTOTPSetup'
  | 'updateMFAPreference'
  | 'fetchMFAPreference'
  | 'updatePassword'
  | 'deleteUser'
  | 'updateUserAttribute'
  | 'deleteUserAttributes'
  | 'rememberDevice'
  | 'forgetDevice'
  | 'fetchDevices';

/** Cognito's device tracking ("Remember user devices": No, User opt-in, Always). */
export type DeviceTracking = 'off' | 'userOptIn' | 'always';

export type InjectedFault = 'NetworkError' | 'TooManyRequestsException' | 'LimitExceededException' | 'InternalErrorException';

export interface LocalPoolConfig {
  /** Identifies the pool in token issuers and storage keys. Default `local_gatehouse`. */
  poolId?: string;
  clientId?: string;
  /**
   * How users sign in. With `username`, users pick a username and may also sign in with their verified
   * email/phone (Cognito aliases); without it, the email and/or phone number is the username.
   * Default `{ email: true }`.
   */
  loginWith?: { email?: boolean; phone?: boolean; username?: boolean; preferredUsername?: boolean };
  /** Standard and `custom:` attributes: required, mutable and (custom) data types and bounds. */
  attributes?: AttributeSchemaConfig;
  passwordPolicy?: Partial<PasswordPolicy>;
  /**
   * Where the sign-up code goes; `'none'` auto-confirms (a pre sign-up trigger's autoConfirmUser), and
   * `'verified'` also marks the email and phone number given verified (its autoVerifyEmail, autoVerifyPhone).
   * Default: email when users sign in with email, else phone_number.
   */
  signUpVerification?: VerifiableUserAttributeKey | 'none' | 'verified';
  /**
   * Amplify's `verificationEmailStyle`: a sign-up email holds a code (`CODE`, the default) or a link that
   * confirms the account (`LINK`, Amplify's `signUpVerificationMethod: 'link'`). Text messages always hold a code.
   */
  verificationEmailStyle?: 'CODE' | 'LINK';
  /**
   * Cognito's AttributesRequireVerificationBeforeUpdate ("keep original attribute value active when an update
   * is pending"): a new value of these attributes takes effect only once its code is confirmed. Default both,
   * as Amplify Gen 2 sets it; `[]` updates at once, unverified.
   */
  attributesRequireVerificationBeforeUpdate?: readonly VerifiableUserAttributeKey[];
  /** Cognito's device tracking. Default `off`. */
  deviceTracking?: DeviceTracking;
  /** The name this client gives its device (ConfirmDevice's DeviceName). Default: the browser's user agent. */
  deviceName?: string;
  /** The pool's groups, as Amplify Gen 2's `groups`: the first has precedence 0, the next 1, and so on. */
  groups?: readonly string[];
  /** How long a temporary password from `admin.createUser` is good for. Default 7 days, as Cognito's. */
  temporaryPasswordValidityDays?: number;
  mfa?: { enforcement: MfaEnforcement; types: readonly MfaType[] };
  /** Enables the USER_AUTH (choice-based) flow with these first factors. */
  passwordless?: { firstFactors: readonly AuthFactorType[] };
  /** Enables CUSTOM_WITH_SRP / CUSTOM_WITHOUT_SRP. */
  customAuth?: CustomAuthTriggers;
  webAuthn?: {
    /** Default: the page's hostname. */
    relyingPartyId?: string;
    /** Origins allowed in client data. Default: the page's origin. */
    origins?: string[];
    userVerification?: 'required' | 'preferred';
    /** Default: `navigator.credentials`. Tests pass a software authenticator. */
    credentials?: CredentialsContainerLike;
  };
  /** Simulated identity providers for signInWithRedirect. */
  federation?: FederatedProfile[];
  /** Answer as if unknown users existed (Cognito's PreventUserExistenceErrors). Default false. */
  preventUserExistenceErrors?: boolean;
  codes?: {
    /** Default 5 minutes: MFA, email/SMS sign-in codes and the sign-in session. */
    signInTtlMs?: number;
    /** Default 24 hours. */
    signUpTtlMs?: number;
    /** Default 1 hour. */
    resetPasswordTtlMs?: number;
    /** Default 24 hours. */
    verifyAttributeTtlMs?: number;
    /** Wrong answers a code allows before it is spent. Default 3. */
    maxAttempts?: number;
    /**
     * Codes of one kind (sign-up, password reset, attribute verification, passwordless sign-in) one user may
     * be sent in `windowMs`; more is LimitExceededException. Default 5 an hour: Cognito allows "between five
     * and 20" reset requests an hour and does not publish its exact limits.
     */
    sendLimit?: { count?: number; windowMs?: number };
  };
  /**
   * Cognito's lockout (NotAuthorizedException "Password attempts exceeded"): the `maxAttempts`-th wrong password
   * (default 5) locks the account for `durationMs` (default 1 s), each further one for twice as long, up to
   * `maxDurationMs` (default 15 minutes); `resetAfterMs` (default 15 minutes) without an attempt starts over.
   */
  lockout?: { maxAttempts?: number; durationMs?: number; maxDurationMs?: number; resetAfterMs?: number };
  tokens?: { accessTtlMs?: number; idTtlMs?: number; refreshTtlMs?: number };
  /** PBKDF2-SHA-256 rounds for stored passwords. Default 600 000 (OWASP); lower it only for tests and demos. */
  passwordHashIterations?: number;
  messages?: Partial<Record<MessagePurpose, MessageTemplate>> & { invitation?: InvitationTemplate };
  /**
   * Where the signed-in session (and this client's device key) lives, like Amplify's token storage.
   * Default `localStorage` in a browser, else memory; `'cookie'` or `{ cookie: { … } }` for cookies.
   */
  storage?: StorageOption;
  /** Where the in-progress sign-in lives. Default `sessionStorage` in a browser (it survives a reload), else memory. */
  signInStorage?: StorageOption;
  /** Where the pool keeps its own database (the service's side). Default memory. */
  persistence?: StorageOption;
  /** Simulated network: latency per call, and faults. */
  network?: {
    latencyMs?: number | readonly [min: number, max: number];
    fault?: (operation: LocalOperation) => InjectedFault | undefined;
  };
  /** The clock, in milliseconds. Tests move it to expire codes and tokens. */
  clock?: () => number;
}

export interface ResolvedConfig {
  poolId: string;
  clientId: string;
  issuer: string;
  usernameMode: 'username' | 'attributes';
  /** In `attributes` mode: the attributes that act as the username. In `username` mode: the aliases. */
  loginAttributes: ('email' | 'phone_number' | 'preferred_username')[];
  attributes: AttributeSchemaConfig;
  passwordPolicy: PasswordPolicy;
  signUpVerification: VerifiableUserAttributeKey | 'none' | 'verified';
  verificationEmailStyle: 'CODE' | 'LINK';
  keepOriginal: readonly VerifiableUserAttributeKey[];
  deviceTracking: DeviceTracking;
  deviceName: string | undefined;
  groups: readonly string[];
  temporaryPasswordValidityMs: number;
  mfa: { enforcement: MfaEnforcement; types: MfaType[] };
  passwordless: AuthFactorType[] | undefined;
  customAuth: CustomAuthTriggers | undefined;
  webAuthn: {
    relyingPartyId: string | undefined;
    origins: string[] | undefined;
    userVerification: 'required' | 'preferred';
    credentials: CredentialsContainerLike | undefined;
  };
  federation: FederatedProfile[];
  preventUserExistenceErrors: boolean;
  codes: {
    signInTtlMs: number;
    signUpTtlMs: number;
    resetPasswordTtlMs: number;
    verifyAttributeTtlMs: number;
    maxAttempts: number;
    sendLimit: { count: number; windowMs: number };
  };
  lockout: { maxAttempts: number; durationMs: number; maxDurationMs: number; resetAfterMs: number };
  tokens: { accessTtlMs: number; idTtlMs: number; refreshTtlMs: number };
  passwordHashIterations: number;
  messages: Partial<Record<MessagePurpose, MessageTemplate>> & { invitation?: InvitationTemplate };
  clock: () => number;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function uniqueGroups(groups: readonly string[]): string[] {
  const names = groups.map((group) => group.trim());
  if (names.some((name) => name === '') || new Set(names).size !== names.length) throw new Error('groups needs distinct, non-empty names.');
  return names;
}

export function resolveConfig(config: LocalPoolConfig): ResolvedConfig {
  const loginWith = config.loginWith ?? { email: true };
  const usernameMode = loginWith.username ? 'username' : 'attributes';
  const loginAttributes: ResolvedConfig['loginAttributes'] = [];
  if (loginWith.email) loginAttributes.push('email');
  if (loginWith.phone) loginAttributes.push('phone_number');
  if (usernameMode === 'username' && loginWith.preferredUsername) loginAttributes.push('preferred_username');
  if (usernameMode === 'attributes' && loginAttributes.length === 0) {
    throw new Error('loginWith needs at least one of email, phone or username.');
  }
  const poolId = config.poolId ?? 'local_gatehouse';
  const firstVerifiable = loginWith.email ? 'email' : loginWith.phone ? 'phone_number' : 'email';
  return {
    poolId,
    clientId: config.clientId ?? 'gatehouse-local-client',
    issuer: `https://cognito-idp.localhost/${poolId}`,
    usernameMode,
    loginAttributes,
    attributes: config.attributes ?? {},
    passwordPolicy: { ...DEFAULT_PASSWORD_POLICY, ...config.passwordPolicy },
    signUpVerification: config.signUpVerification ?? firstVerifiable,
    verificationEmailStyle: config.verificationEmailStyle ?? 'CODE',
    keepOriginal: [...(config.attributesRequireVerificationBeforeUpdate ?? ['email', 'phone_number'])],
    deviceTracking: config.deviceTracking ?? 'off',
    deviceName: config.deviceName ?? (typeof navigator === 'undefined' ? undefined : navigator.userAgent),
    groups: uniqueGroups(config.groups ?? []),
    temporaryPasswordValidityMs: (config.temporaryPasswordValidityDays ?? 7) * DAY,
    mfa: config.mfa ? { enforcement: config.mfa.enforcement, types: [...config.mfa.types] } : { enforcement: 'OFF', types: [] },
    passwordless: config.passwordless && [...config.passwordless.firstFactors],
    customAuth: config.customAuth,
    webAuthn: {
      relyingPartyId: config.webAuthn?.relyingPartyId,
      origins: config.webAuthn?.origins,
      userVerification: config.webAuthn?.userVerification ?? 'preferred',
      credentials: config.webAuthn?.credentials,
    },
    federation: config.federation ?? [],
    preventUserExistenceErrors: config.preventUserExistenceErrors ?? false,
    codes: {
      signInTtlMs: config.codes?.signInTtlMs ?? 5 * MINUTE,
      signUpTtlMs: config.codes?.signUpTtlMs ?? DAY,
      resetPasswordTtlMs: config.codes?.resetPasswordTtlMs ?? HOUR,
      verifyAttributeTtlMs: config.codes?.verifyAttributeTtlMs ?? DAY,
      maxAttempts: config.codes?.maxAttempts ?? 3,
      sendLimit: { count: config.codes?.sendLimit?.count ?? 5, windowMs: config.codes?.sendLimit?.windowMs ?? HOUR },
    },
    lockout: {
      maxAttempts: config.lockout?.maxAttempts ?? 5,
      durationMs: config.lockout?.durationMs ?? SECOND,
      maxDurationMs: config.lockout?.maxDurationMs ?? 15 * MINUTE,
      resetAfterMs: config.lockout?.resetAfterMs ?? 15 * MINUTE,
    },
    tokens: {
      accessTtlMs: config.tokens?.accessTtlMs ?? HOUR,
      idTtlMs: config.tokens?.idTtlMs ?? HOUR,
      refreshTtlMs: config.tokens?.refreshTtlMs ?? 30 * DAY,
    },
    passwordHashIterations: config.passwordHashIterations ?? 600_000,
    messages: config.messages ?? {},
    clock: config.clock ?? Date.now,
  };
}
