import type { AuthFactorType, AuthFlowType, MfaType, VerifiableUserAttributeKey } from '../../types.js';
import type { CoseAlgorithm } from '../crypto/cose.js';
import type { ChallengeResult } from '../config.js';

/** What the pool stores, all of it JSON so that it persists in any storage. */

export type UserStatus = 'UNCONFIRMED' | 'CONFIRMED' | 'FORCE_CHANGE_PASSWORD' | 'RESET_REQUIRED';

export interface PasswordHash {
  salt: string;
  hash: string;
  iterations: number;
}

/** A one-time code, kept only as a salted hash. */
export interface CodeRecord {
  salt: string;
  hash: string;
  expiresAt: number;
  attemptsLeft: number;
}

export type UserCodePurpose = 'signUp' | 'resetPassword' | `verify:${VerifiableUserAttributeKey}`;

export interface PasskeyRecord {
  credentialId: string;
  publicKey: JsonWebKey;
  algorithm: CoseAlgorithm;
  signCount: number;
  transports: string[];
  relyingPartyId: string;
  authenticatorAttachment?: string;
  friendlyName?: string;
  createdAt: number;
}

/**
 * A tracked device (Cognito's device tracking). The pool keeps only the public half of the device's key
 * pair, as Cognito keeps only an SRP verifier: knowing a device key does not let another client claim it.
 */
export interface DeviceRecord {
  key: string;
  groupKey: string;
  name?: string;
  publicKey: JsonWebKey;
  remembered: boolean;
  createdAt: number;
  lastAuthenticatedAt: number;
  lastModifiedAt: number;
}

export interface UserRecord {
  username: string;
  sub: string;
  status: UserStatus;
  enabled: boolean;
  attributes: Record<string, string>;
  password?: PasswordHash;
  mfa: { enabled: MfaType[]; preferred?: MfaType };
  totp?: { secret: string; lastUsedStep?: number };
  /** A secret from setUpTOTP that verifyTOTPSetup has not confirmed yet. */
  pendingTotpSecret?: string;
  passkeys: PasskeyRecord[];
  /** Absent in a database persisted before devices were tracked. */
  devices?: DeviceRecord[];
  /** The groups the user is in, by name (absent: none). */
  groups?: string[];
  /**
   * New values of email or phone_number waiting for their code, while the current value stays in force
   * (Cognito's AttributesRequireVerificationBeforeUpdate).
   */
  pendingAttributes?: Partial<Record<VerifiableUserAttributeKey, string>>;
  /** When an administrator's temporary password stops working (FORCE_CHANGE_PASSWORD). */
  temporaryPasswordExpiresAt?: number;
  /** Wrong passwords since the count last started again (see lockout.ts). */
  failedSignIns: number;
  lockedUntil?: number;
  lastSignInAttemptAt?: number;
  codes: Partial<Record<UserCodePurpose, CodeRecord>>;
  /** Set by signUp with autoSignIn: confirmSignUp then issues a session for autoSignIn. */
  autoSignIn?: { authFlowType: AuthFlowType };
  createdAt: number;
  updatedAt: number;
}

/** The challenge a sign-in session waits on. */
export type PendingChallenge =
  | { name: 'NEW_PASSWORD_REQUIRED'; requiredAttributes: string[] }
  | { name: 'SMS_MFA' | 'EMAIL_OTP' | 'SMS_OTP'; code: CodeRecord; factor: 'mfa' | 'first' }
  | { name: 'SOFTWARE_TOKEN_MFA'; attemptsLeft: number }
  | { name: 'SELECT_MFA_TYPE'; types: MfaType[] }
  /** `verifiedStep`: the TOTP time step the setup code matched, kept so that code cannot be replayed at sign-in. */
  | { name: 'MFA_SETUP'; types: MfaType[]; pendingTotpSecret?: string; verifiedStep?: number }
  | { name: 'SELECT_CHALLENGE'; available: AuthFactorType[] }
  | { name: 'PASSWORD' }
  | { name: 'CUSTOM_CHALLENGE'; privateParameters: Record<string, string>; history: ChallengeResult[]; metadata?: string }
  | { name: 'WEB_AUTHN'; challenge: string }
  /** The device proves it holds its key; `next` says what the proof leads to (MFA, or tokens at once). */
  | { name: 'DEVICE_SRP_AUTH'; nonce: string; next: 'mfa' | 'tokens' };

export interface SignInSession {
  id: string;
  username: string;
  loginId: string;
  authFlowType: AuthFlowType;
  challenge: PendingChallenge;
  expiresAt: number;
  clientMetadata: Record<string, string>;
  /** The email an MFA setup is confirming (EMAIL setup). */
  setupEmail?: string;
  /** A decoy (see decoys.ts): shaped like a real sign-in, but no answer to it ever succeeds. */
  decoy?: true;
  /** The user's tracked device the client signs in from (its DEVICE_KEY), and whether it proved it holds it. */
  deviceKey?: string;
  deviceProven?: true;
}

/** A signed-in session on the server's side: every token minted for it names it, and must agree with it. */
export interface RefreshTokenRecord {
  jti: string;
  sub: string;
  username: string;
  clientId: string;
  expiresAt: number;
  revoked: boolean;
  authFlowType: AuthFlowType;
  loginId: string;
  /** The device the session signed in from (its tokens' `device_key` claim), and that device's group key. */
  deviceKey?: string;
  deviceGroupKey?: string;
}

export interface AuthorizationCodeRecord {
  code: string;
  username: string;
  expiresAt: number;
}

/**
 * The pool's data. Keyed collections are Maps, never plain objects: keys come from users and callers (a
 * username of `__proto__`, a forged session ID of `constructor`) and must not meet Object.prototype.
 */
export interface Database {
  version: 1;
  signingKey: string;
  users: Map<string, UserRecord>;
  sessions: Map<string, SignInSession>;
  refreshTokens: Map<string, RefreshTokenRecord>;
  /** Revoked token origins (a sign-out revokes the refresh token and the access tokens it minted), until they expire. */
  revokedOrigins: Map<string, { expiresAt: number }>;
  authorizationCodes: Map<string, AuthorizationCodeRecord>;
  /**
   * One-time sessions for autoSignIn: confirmSignUp hands them out, or (link verification) signUp, for a user
   * who becomes able to use it once the link is followed.
   */
  autoSignInSessions: Map<string, { username: string; authFlowType: AuthFlowType; expiresAt: number }>;
  /** When codes were sent, by kind and recipient (see send-limit.ts), until the window after the last one ends. */
  codeSends: Map<string, { sentAt: number[]; expiresAt: number }>;
  /** Wrong passwords for sign-in names of no user (hiding which users exist, those lock out too), by name. */
  decoyLockouts: Map<string, DecoyLockout>;
}

export type DecoyLockout = Pick<UserRecord, 'failedSignIns' | 'lockedUntil' | 'lastSignInAttemptAt'> & { expiresAt: number };
