// The steps of a sign-in after the first factor, shared by InitiateAuth and RespondToAuthChallenge: device
// authentication, MFA (SMS, TOTP, email, selection, set-up at sign-in when the pool requires it) and the tokens.
import type { Context } from 'cognito-local/lib/services/context.js';
import type { User } from 'cognito-local/lib/services/userPoolService.js';
import { sendCode } from './delivery.js';
import { tracksDevices, type NewDeviceMetadata } from './devices.js';
import { attribute, type ClientContext, type EmulatorServices } from './emulator-services.js';
import { cognitoError } from './errors.js';
import type { ChallengeName, ChallengeSession } from './sessions.js';
import { issueTokens } from './tokens.js';

export interface ChallengeOutput {
  ChallengeName: ChallengeName;
  ChallengeParameters: Record<string, string>;
  Session: string;
  AvailableChallenges?: string[];
}

export interface TokensOutput {
  ChallengeParameters: Record<string, string>;
  AuthenticationResult: object;
}

export type AuthOutput = ChallengeOutput | TokensOutput;

export interface Step {
  services: EmulatorServices;
  ctx: Context;
  context: ClientContext;
  flow: ChallengeSession['flow'];
  /** The DEVICE_KEY the client presented in this sign-in, if any. */
  deviceKey?: string | undefined;
}

export function openChallenge(
  step: Step,
  user: User | undefined,
  challenge: ChallengeName,
  parameters: Record<string, string>,
  extra: Partial<ChallengeSession> = {},
): ChallengeOutput {
  const session = step.services.sessions.open({
    challenge,
    clientId: step.context.client.ClientId,
    username: user?.Username,
    flow: step.flow,
    ...(step.deviceKey === undefined ? {} : { deviceKey: step.deviceKey }),
    ...extra,
  });
  return { ChallengeName: challenge, ChallengeParameters: parameters, Session: session };
}

/** The user as stored now: steps save the user, and a stale copy would undo them. */
export async function reload(step: Step, user: User): Promise<User> {
  const current = await step.context.pool.getUserByUsername(step.ctx, user.Username);
  if (!current) throw cognitoError.incorrectCredentials();
  return current;
}

/**
 * On a pool that tracks devices, a sign-in from a device the pool does not know registers it: the result carries
 * its key (NewDeviceMetadata) for the client to confirm. A known device is only marked as just used.
 */
function trackDevice(step: Step, user: User): NewDeviceMetadata | undefined {
  const { pool } = step.context;
  if (!tracksDevices(pool)) return undefined;
  const now = step.services.clock.get();
  const known = step.services.devices.find(pool.options.Id, user.Username, step.deviceKey);
  if (known) {
    known.authenticatedAt = now;
    return undefined;
  }
  const device = step.services.devices.register(pool.options.Id, user.Username, now);
  return { DeviceKey: device.key, DeviceGroupKey: device.groupKey };
}

export async function tokens(step: Step, user: User): Promise<TokensOutput> {
  const { pool, client } = step.context;
  const current = await reload(step, user);
  const result = await issueTokens(step.services, step.ctx, pool, client, current);
  const newDevice = trackDevice(step, current);
  return { ChallengeParameters: {}, AuthenticationResult: newDevice ? { ...result, NewDeviceMetadata: newDevice } : result };
}

type MfaMethod = 'SMS_MFA' | 'SOFTWARE_TOKEN_MFA' | 'EMAIL_OTP';
const MFA_METHODS: readonly MfaMethod[] = ['SMS_MFA', 'SOFTWARE_TOKEN_MFA', 'EMAIL_OTP'];

export function isMfaMethod(value: string | undefined): value is MfaMethod {
  return MFA_METHODS.some((m) => m === value);
}

/** The MFA methods a user has turned on: SetUserMFAPreference's list, or a legacy SMS MFAOption. */
export function enabledMfa(user: User): MfaMethod[] {
  const listed = new Set(user.UserMFASettingList ?? []);
  if (listed.size === 0 && (user.MFAOptions ?? []).some((o) => o.DeliveryMedium === 'SMS')) listed.add('SMS_MFA');
  return MFA_METHODS.filter((m) => listed.has(m));
}

export async function mfaChallenge(step: Step, user: User, method: MfaMethod): Promise<ChallengeOutput> {
  if (method === 'SOFTWARE_TOKEN_MFA') {
    const device = user.SoftwareTokenMfaConfiguration?.FriendlyDeviceName;
    return openChallenge(step, user, 'SOFTWARE_TOKEN_MFA', { USER_ID_FOR_SRP: user.Username, ...(device ? { FRIENDLY_DEVICE_NAME: device } : {}) });
  }
  const medium = method === 'SMS_MFA' ? 'SMS' : 'EMAIL';
  const delivery = await sendCode(step.services, step.ctx, step.context.pool, step.context.client.ClientId, user, medium, 'Authentication');
  return openChallenge(
    step,
    user,
    method,
    { CODE_DELIVERY_DELIVERY_MEDIUM: medium, CODE_DELIVERY_DESTINATION: delivery.destination, USER_ID_FOR_SRP: user.Username },
    { code: delivery.code },
  );
}

/** A DEVICE_KEY the pool does not know (forgotten, or another user's) fails the sign-in; Amplify then drops the key and tries again. */
export function assertKnownDevice(step: Step, user: User): void {
  if (step.deviceKey === undefined || !tracksDevices(step.context.pool)) return;
  if (!step.services.devices.find(step.context.pool.options.Id, user.Username, step.deviceKey)?.secret) throw cognitoError.deviceNotFound();
}

/**
 * What comes after a verified password. From a device the user confirmed, device authentication first
 * (DEVICE_SRP_AUTH, whose answer decides whether MFA is still asked); otherwise the second factor.
 */
export async function afterPassword(step: Step, user: User): Promise<AuthOutput> {
  const device = step.services.devices.find(step.context.pool.options.Id, user.Username, step.deviceKey);
  if (tracksDevices(step.context.pool) && device?.secret) return openChallenge(step, user, 'DEVICE_SRP_AUTH', { USERNAME: user.Username });
  return secondFactor(step, user);
}

/** An MFA challenge when the pool and the user call for one, else the tokens. */
export async function secondFactor(step: Step, user: User): Promise<AuthOutput> {
  const mode = step.context.pool.options.MfaConfiguration ?? 'OFF';
  if (mode === 'OFF') return tokens(step, user);
  const methods = enabledMfa(user);
  if (methods.length === 0) {
    if (mode !== 'ON') return tokens(step, user);
    const canSetUp = [...(step.context.pool.options.SmsConfiguration ? ['SMS_MFA'] : []), 'SOFTWARE_TOKEN_MFA'];
    return openChallenge(step, user, 'MFA_SETUP', { MFAS_CAN_SETUP: JSON.stringify(canSetUp), USER_ID_FOR_SRP: user.Username });
  }
  const preferred = methods.find((m) => m === user.PreferredMfaSetting);
  const only = methods.length === 1 ? methods[0] : undefined;
  const method = preferred ?? only;
  if (method) return mfaChallenge(step, user, method);
  return openChallenge(step, user, 'SELECT_MFA_TYPE', { MFAS_CAN_CHOOSE: JSON.stringify(methods), USER_ID_FOR_SRP: user.Username });
}

/** The attributes the pool requires that the user lacks, as NEW_PASSWORD_REQUIRED names them. */
export function missingRequiredAttributes(step: Step, user: User): string[] {
  return (step.context.pool.options.SchemaAttributes ?? [])
    .filter((schema) => schema.Required === true && schema.Name !== undefined && attribute(user, schema.Name) === undefined)
    .map((schema) => `userAttributes.${schema.Name ?? ''}`);
}

export function newPasswordChallenge(step: Step, user: User): ChallengeOutput {
  const visible = user.Attributes.filter((a) => a.Name !== 'sub');
  return openChallenge(step, user, 'NEW_PASSWORD_REQUIRED', {
    USER_ID_FOR_SRP: user.Username,
    requiredAttributes: JSON.stringify(missingRequiredAttributes(step, user)),
    userAttributes: JSON.stringify(Object.fromEntries(visible.map((a) => [a.Name, a.Value ?? '']))),
  });
}

/** After a verified password: the account's status decides before MFA does. */
export async function afterVerifiedPassword(step: Step, user: User): Promise<AuthOutput> {
  if (user.UserStatus === 'UNCONFIRMED') throw cognitoError.userNotConfirmed();
  if (user.UserStatus === 'FORCE_CHANGE_PASSWORD') return newPasswordChallenge(step, user);
  if (step.flow === 'CUSTOM_AUTH') return customChallenge(step, user, 0);
  return afterPassword(step, user);
}

/**
 * CUSTOM_AUTH without Lambda: the emulator plays the Define/Create/Verify Auth Challenge triggers of the common
 * "email a one-time code" example. Three wrong answers end the sign-in.
 */
export async function customChallenge(step: Step, user: User, attempts: number, code?: string): Promise<ChallengeOutput> {
  const medium = attribute(user, 'email') ? 'EMAIL' : 'SMS';
  const delivery = code
    ? undefined
    : await sendCode(step.services, step.ctx, step.context.pool, step.context.client.ClientId, user, medium, 'Authentication');
  return openChallenge(
    step,
    user,
    'CUSTOM_CHALLENGE',
    { USERNAME: user.Username, challenge: 'ONE_TIME_CODE', attemptsLeft: String(3 - attempts) },
    { code: code ?? delivery?.code ?? '', customAttempts: attempts },
  );
}
