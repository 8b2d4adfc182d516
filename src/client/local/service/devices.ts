import { AuthError } from '../../errors.js';
import { randomBytes, toBase64Url } from '../crypto/bytes.js';
import type { ServiceContext } from './delivery.js';
import type { DeviceRecord, UserRecord } from './records.js';

/**
 * Cognito's device tracking: a sign-in from a device the pool does not know gets a new device key with its
 * tokens (NewDeviceMetadata); the client confirms it with a verifier (ConfirmDevice); a later sign-in that
 * names it must prove the device holds its secret (DEVICE_SRP_AUTH), and a remembered device then skips MFA.
 * What only a pool that tracks devices needs (the calls, the proof) is in device-calls.ts, loaded when used.
 */

export interface NewDeviceMetadata {
  deviceKey: string;
  deviceGroupKey: string;
}

export function deviceNotFound(): AuthError {
  return new AuthError({ name: 'ResourceNotFoundException', message: 'Device does not exist.' });
}

/** The user's tracked device of this key, when the pool tracks devices. */
export function trackedDevice(ctx: ServiceContext, user: UserRecord, key: string | undefined): DeviceRecord | undefined {
  if (ctx.config.deviceTracking === 'off' || key === undefined) return undefined;
  return user.devices?.find((device) => device.key === key);
}

/**
 * Which of the keys a client holds is this user's (Amplify finds it by the username Cognito names in the SRP
 * challenge; the local pool has no SRP round, so the client offers the keys it holds for this pool).
 */
export function offeredDevice(ctx: ServiceContext, user: UserRecord, keys: readonly string[]): string | undefined {
  return keys.find((key) => trackedDevice(ctx, user, key) !== undefined);
}

export function newDeviceMetadata(): NewDeviceMetadata {
  return { deviceKey: `local_${crypto.randomUUID()}`, deviceGroupKey: `-${toBase64Url(randomBytes(9))}` };
}

