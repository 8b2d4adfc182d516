import { AuthError } from '../../errors.js';
import type { AWSAuthDevice } from '../../types.js';
import { importDevicePublicKey, verifyDeviceProof } from '../crypto/device-key.js';
import type { ServiceContext } from './delivery.js';
import { deviceNotFound, trackedDevice } from './devices.js';
import type { DeviceRecord, RefreshTokenRecord, UserRecord } from './records.js';

/** The device calls (ConfirmDevice, UpdateDeviceStatus, ForgetDevice, ListDevices) and the device's proof. */

/** ListDevices' most: Amplify's fetchDevices asks for 60. */
const MAX_LISTED = 60;

export function proveDevice(device: DeviceRecord, nonce: string, signature: string): Promise<boolean> {
  return verifyDeviceProof(device.publicKey, { deviceKey: device.key, deviceGroupKey: device.groupKey }, nonce, signature);
}

/**
 * ConfirmDevice: the device the signed-in session was issued (its tokens' `device_key`) becomes a tracked
 * device with this verifier. `always` remembers it at once; `userOptIn` waits for UpdateDeviceStatus.
 */
export async function confirmDevice(
  ctx: ServiceContext,
  user: UserRecord,
  session: RefreshTokenRecord,
  input: { deviceKey: string; publicKey: JsonWebKey; name?: string },
): Promise<{ userConfirmationNecessary: boolean }> {
  const tracking = ctx.config.deviceTracking;
  if (tracking === 'off') throw new AuthError({ name: 'InvalidParameterException', message: 'Device tracking is not enabled for this user pool.' });
  if (session.deviceKey !== input.deviceKey || session.deviceGroupKey === undefined) throw deviceNotFound();
  // A confirmed device keeps its verifier: a stolen access token cannot swap in another.
  if (user.devices?.some((device) => device.key === input.deviceKey)) {
    throw new AuthError({ name: 'InvalidParameterException', message: 'The device is already confirmed.' });
  }
  try {
    await importDevicePublicKey(input.publicKey);
  } catch {
    throw new AuthError({ name: 'InvalidParameterException', message: 'The device secret verifier is not valid.' });
  }
  const now = ctx.config.clock();
  const name = input.name?.trim().slice(0, 1024);
  const device: DeviceRecord = {
    key: input.deviceKey,
    groupKey: session.deviceGroupKey,
    publicKey: input.publicKey,
    remembered: tracking === 'always',
    createdAt: now,
    lastAuthenticatedAt: now,
    lastModifiedAt: now,
    ...(name ? { name } : {}),
  };
  user.devices = [...(user.devices ?? []), device];
  return { userConfirmationNecessary: tracking === 'userOptIn' };
}

function ownDevice(ctx: ServiceContext, user: UserRecord, key: string): DeviceRecord {
  const device = trackedDevice(ctx, user, key);
  if (!device) throw deviceNotFound();
  return device;
}

/** UpdateDeviceStatus. */
export function updateDeviceStatus(ctx: ServiceContext, user: UserRecord, key: string, status: 'remembered' | 'not_remembered'): void {
  const device = ownDevice(ctx, user, key);
  device.remembered = status === 'remembered';
  device.lastModifiedAt = ctx.config.clock();
}

/** ForgetDevice: the device is no longer tracked; a sign-in from it is a new device's again. */
export function forgetDevice(ctx: ServiceContext, user: UserRecord, key: string): void {
  ownDevice(ctx, user, key);
  user.devices = (user.devices ?? []).filter((device) => device.key !== key);
}

/** ListDevices, as Amplify's fetchDevices shapes it. Nothing the pool cannot know (no `last_ip_used`). */
export function listDevices(ctx: ServiceContext, user: UserRecord): AWSAuthDevice[] {
  if (ctx.config.deviceTracking === 'off') return [];
  return (user.devices ?? []).slice(0, MAX_LISTED).map((device) => {
    const status = device.remembered ? 'remembered' : 'not_remembered';
    return {
      id: device.key,
      ...(device.name === undefined ? {} : { name: device.name }),
      attributes: {
        device_status: status,
        // Cognito's own name for the remembered status.
        'dev:device_remembered_status': status,
        ...(device.name === undefined ? {} : { device_name: device.name }),
      },
      createDate: new Date(device.createdAt),
      lastAuthenticatedDate: new Date(device.lastAuthenticatedAt),
      lastModifiedDate: new Date(device.lastModifiedAt),
    };
  });
}
