import { AuthError } from '../../errors.js';
import { generateDeviceKeyPair, signDeviceChallenge } from '../crypto/device-key.js';
import type { UserPoolService } from '../service/service.js';
import type { NewDeviceMetadata } from '../service/devices.js';
import type { SessionStore, StoredDevice } from './session-store.js';

/** The client's side of device tracking, as Amplify does it around Cognito's device calls; loaded when used. */

/**
 * Amplify's assertDeviceMetadata raises DeviceMetadataNotFoundException; that name is not among the
 * contract's error names yet (adding it needs its UI message too), so the pool says ResourceNotFoundException
 * with Amplify's words until it is.
 */
export function deviceMetadataNotFound(): AuthError {
  return new AuthError({
    name: 'DeviceMetadataNotFoundException',
    message: 'Either deviceKey, deviceGroupKey or secretPassword were not found during the sign-in process.',
    recoverySuggestion: 'Make sure to not clear storage after calling the signIn API.',
  });
}

/**
 * A new device from a sign-in: a key pair made here, its public half confirmed with the pool (ConfirmDevice),
 * the device kept for the user. As Amplify's, a failure here leaves the sign-in signed in, only untracked.
 */
export async function confirmNewDevice(
  service: UserPoolService,
  store: SessionStore,
  accessToken: string,
  username: string,
  metadata: NewDeviceMetadata,
  name: string | undefined,
): Promise<void> {
  try {
    const { privateKey, publicKey } = await generateDeviceKeyPair();
    await service.confirmDevice(accessToken, { deviceKey: metadata.deviceKey, publicKey, ...(name === undefined ? {} : { name }) });
    await store.saveDevice({ username, deviceKey: metadata.deviceKey, deviceGroupKey: metadata.deviceGroupKey, privateKey });
  } catch {
    // Amplify's getNewDeviceMetadata ignores a failed ConfirmDevice the same way.
  }
}

/** DEVICE_SRP_AUTH, answered for the caller: the device's signature over the pool's challenge. */
export async function answerDeviceChallenge(store: SessionStore, deviceKey: string, nonce: string): Promise<string> {
  const device: StoredDevice | undefined = ((await store.devices.read()) ?? []).find((d) => d.deviceKey === deviceKey);
  if (!device) throw deviceMetadataNotFound();
  return signDeviceChallenge(device.privateKey, device, nonce);
}
