import { AuthError } from '../../errors.js';
import type { AuthFactorType, AuthFlowType, CodeDeliveryDetails, MfaType } from '../../types.js';
import { randomBytes, toBase64Url } from '../crypto/bytes.js';
import type { AuthenticationResponseJSON, PublicKeyCredentialRequestOptionsJSON } from '../crypto/webauthn.js';
import { checkCode } from './codes.js';
import type { ServiceContext } from './delivery.js';
import type { CodeRecord, Database, PendingChallenge, SignInSession, UserRecord } from './records.js';
import { newDeviceMetadata, trackedDevice, type NewDeviceMetadata } from './devices.js';
import { issueTokens, type IssuedTokens } from './tokens.js';

/** The plumbing of a sign-in: its sessions, its answers, and the errors every step shares. */

/** A challenge as the service states it to the client (Cognito's ChallengeName and ChallengeParameters). */
export type ServiceChallenge =
  | { name: 'NEW_PASSWORD_REQUIRED'; requiredAttributes: string[] }
  | { name: 'SMS_MFA' | 'EMAIL_OTP' | 'SMS_OTP'; delivery: CodeDeliveryDetails }
  | { name: 'SOFTWARE_TOKEN_MFA' }
  | { name: 'SELECT_MFA_TYPE'; types: MfaType[] }
  | { name: 'MFA_SETUP'; types: MfaType[] }
  | { name: 'SELECT_CHALLENGE'; available: AuthFactorType[] }
  | { name: 'PASSWORD' }
  | { name: 'CUSTOM_CHALLENGE'; parameters: Record<string, string> }
  | { name: 'WEB_AUTHN'; options: PublicKeyCredentialRequestOptionsJSON }
  | { name: 'DEVICE_SRP_AUTH'; deviceKey: string; nonce: string };

export type AuthResponse =
  | { kind: 'challenge'; session: string; challenge: ServiceChallenge }
  | {
      kind: 'tokens';
      tokens: IssuedTokens;
      username: string;
      sub: string;
      authFlowType: AuthFlowType;
      loginId: string;
      /** Cognito's NewDeviceMetadata: a device key for a sign-in from a device the pool does not know yet. */
      newDevice?: NewDeviceMetadata;
    };

export interface InitiateAuthInput {
  authFlowType: AuthFlowType;
  loginId: string;
  password?: string;
  preferredChallenge?: AuthFactorType;
  clientMetadata: Record<string, string>;
  /** The device keys the client holds for this pool (its DEVICE_KEY, see devices.ts). */
  deviceKeys?: readonly string[];
}

export interface RespondInput {
  session: string;
  /** The code, password, choice, email address or custom answer. */
  response: string;
  userAttributes?: Record<string, string>;
  credential?: AuthenticationResponseJSON;
}

/** Who is signing in, how, and from which device; for a decoy, `username` is the real user's (if any) or empty. */
export type SessionBase = Pick<SignInSession, 'username' | 'loginId' | 'authFlowType' | 'clientMetadata' | 'deviceKey' | 'deviceProven'>;

export const INCORRECT = 'Incorrect username or password.';
const SESSION_EXPIRED = 'Invalid session for the user, session is expired.';

export function notAuthorized(message = INCORRECT): AuthError {
  return new AuthError({ name: 'NotAuthorizedException', message });
}

function openSession(ctx: ServiceContext, db: Database, base: SessionBase, challenge: PendingChallenge, extra: Pick<SignInSession, 'setupEmail' | 'decoy'>): string {
  const id = toBase64Url(randomBytes(32));
  db.sessions.set(id, {
    username: base.username,
    loginId: base.loginId,
    authFlowType: base.authFlowType,
    clientMetadata: base.clientMetadata,
    id,
    challenge,
    expiresAt: ctx.config.clock() + ctx.config.codes.signInTtlMs,
    ...(base.deviceKey === undefined ? {} : { deviceKey: base.deviceKey }),
    ...(base.deviceProven ? { deviceProven: true } : {}),
    ...extra,
  });
  return id;
}

export function challengeResponse(
  ctx: ServiceContext,
  db: Database,
  base: SessionBase,
  pending: PendingChallenge,
  stated: ServiceChallenge,
  extra: Pick<SignInSession, 'setupEmail' | 'decoy'> = {},
): AuthResponse {
  return { kind: 'challenge', session: openSession(ctx, db, base, pending, extra), challenge: stated };
}

/** The device challenge: the client signs a fresh nonce with the secret of the device it named. */
export function deviceChallenge(ctx: ServiceContext, db: Database, base: SessionBase & { deviceKey: string }, next: 'mfa' | 'tokens'): AuthResponse {
  const nonce = toBase64Url(randomBytes(32));
  return challengeResponse(ctx, db, base, { name: 'DEVICE_SRP_AUTH', nonce, next }, { name: 'DEVICE_SRP_AUTH', deviceKey: base.deviceKey, nonce });
}

/**
 * Tokens for a completed sign-in. With device tracking, a device the user named must first prove itself;
 * a sign-in from an unknown device gets a new device key with its tokens.
 */
export async function tokensFor(ctx: ServiceContext, db: Database, user: UserRecord, base: SessionBase): Promise<AuthResponse> {
  const device = trackedDevice(ctx, user, base.deviceKey);
  if (device && !base.deviceProven) return deviceChallenge(ctx, db, { ...base, deviceKey: device.key }, 'tokens');
  if (device) device.lastAuthenticatedAt = ctx.config.clock();
  const newDevice = !device && ctx.config.deviceTracking !== 'off' ? newDeviceMetadata() : undefined;
  const signedInFrom = device ? { deviceKey: device.key, deviceGroupKey: device.groupKey } : newDevice;
  const tokens = await issueTokens(db, ctx.config, user, { authFlowType: base.authFlowType, loginId: base.loginId, ...signedInFrom });
  return {
    kind: 'tokens',
    tokens,
    username: user.username,
    sub: user.sub,
    authFlowType: base.authFlowType,
    loginId: base.loginId,
    ...(newDevice === undefined ? {} : { newDevice }),
  };
}

/** Whether the account's status lets it sign in at all (disabled, unconfirmed and reset-required ones cannot). */
export function canSignIn(user: UserRecord): boolean {
  return user.enabled && user.status !== 'UNCONFIRMED' && user.status !== 'RESET_REQUIRED';
}

export function assertCanSignIn(user: UserRecord): void {
  if (!user.enabled) throw notAuthorized('User is disabled.');
  if (user.status === 'UNCONFIRMED') throw new AuthError({ name: 'UserNotConfirmedException', message: 'User is not confirmed.' });
  if (user.status === 'RESET_REQUIRED') {
    throw new AuthError({ name: 'PasswordResetRequiredException', message: 'Password reset required for the user' });
  }
}

export function takeSession(ctx: ServiceContext, db: Database, id: string): SignInSession {
  const session = db.sessions.get(id);
  if (!session || session.expiresAt <= ctx.config.clock()) throw notAuthorized(SESSION_EXPIRED);
  return session;
}

export function endSession(db: Database, session: SignInSession): void {
  db.sessions.delete(session.id);
}

/** A wrong code spends an attempt; the last one ends the session. */
export async function checkSessionCode(ctx: ServiceContext, db: Database, session: SignInSession, record: CodeRecord, code: string): Promise<void> {
  const result = await checkCode(record, code, ctx.config.clock());
  if (result === 'valid') return;
  if (result === 'mismatch') throw new AuthError({ name: 'CodeMismatchException', message: 'Invalid code or auth state for the user.' });
  endSession(db, session);
  if (result === 'expired') throw new AuthError({ name: 'ExpiredCodeException', message: 'Invalid code provided, please request a code again.' });
  throw notAuthorized('Invalid session for the user, too many failed attempts.');
}

/** The factor a SELECT_CHALLENGE answer names, among those offered. */
export function chosenFactor(available: readonly AuthFactorType[], response: string): AuthFactorType {
  const factor = available.find((f) => f === response.trim().toUpperCase());
  if (factor === undefined) throw new AuthError({ name: 'InvalidParameterException', message: `Choose one of: ${available.join(', ')}.` });
  return factor;
}

export function isPasswordFactor(factor: AuthFactorType | undefined): factor is 'PASSWORD' | 'PASSWORD_SRP' {
  return factor === 'PASSWORD' || factor === 'PASSWORD_SRP';
}
