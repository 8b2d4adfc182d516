// Cognito's device tracking, as state: the devices sign-ins register (NewDeviceMetadata), the SRP verifier
// ConfirmDevice stores, and whether the user chose to remember each one.
import { randomBytes, randomUUID } from 'node:crypto';
import type { UserPoolService } from 'cognito-local/lib/services/userPoolService.js';

export type DeviceStatus = 'remembered' | 'not_remembered';

export interface DeviceRecord {
  /** `REGION_UUID`, as Cognito spells device keys. */
  key: string;
  groupKey: string;
  poolId: string;
  username: string;
  /** ConfirmDevice's SRP verifier and salt; a device without them was registered but never confirmed. */
  secret?: { verifier: bigint; salt: bigint };
  name?: string;
  status: DeviceStatus;
  createdAt: Date;
  modifiedAt: Date;
  authenticatedAt: Date;
}

export interface NewDeviceMetadata {
  DeviceKey: string;
  DeviceGroupKey: string;
}

interface DeviceConfiguration {
  ChallengeRequiredOnNewDevice?: boolean;
  DeviceOnlyRememberedOnUserPrompt?: boolean;
}

function deviceConfiguration(pool: UserPoolService): DeviceConfiguration | undefined {
  const config = (pool.options as { DeviceConfiguration?: DeviceConfiguration }).DeviceConfiguration;
  // Any property set turns tracking on, as CreateUserPool documents.
  return config && (config.ChallengeRequiredOnNewDevice !== undefined || config.DeviceOnlyRememberedOnUserPrompt !== undefined) ? config : undefined;
}

export function tracksDevices(pool: UserPoolService): boolean {
  return deviceConfiguration(pool) !== undefined;
}

/** "User opt-in": ConfirmDevice leaves the device not remembered until UpdateDeviceStatus says otherwise. */
export function remembersOnPrompt(pool: UserPoolService): boolean {
  return deviceConfiguration(pool)?.DeviceOnlyRememberedOnUserPrompt === true;
}

/** Whether a remembered device's authentication stands in for the MFA step (ChallengeRequiredOnNewDevice). */
export function deviceReplacesMfa(pool: UserPoolService, device: DeviceRecord): boolean {
  return device.status === 'remembered' && deviceConfiguration(pool)?.ChallengeRequiredOnNewDevice === true;
}

/** Every device the emulator registered, by key. Kept in memory, as the challenge sessions are. */
export class DeviceStore {
  readonly #devices = new Map<string, DeviceRecord>();

  register(poolId: string, username: string, now: Date): DeviceRecord {
    const region = poolId.split('_')[0] ?? 'local';
    const device: DeviceRecord = {
      key: `${region}_${randomUUID()}`,
      groupKey: `-${randomBytes(9).toString('base64url')}`,
      poolId,
      username,
      status: 'not_remembered',
      createdAt: now,
      modifiedAt: now,
      authenticatedAt: now,
    };
    this.#devices.set(device.key, device);
    return device;
  }

  /** The user's device of that key, confirmed or not; undefined for another user's or an unknown key. */
  find(poolId: string, username: string, key: string | undefined): DeviceRecord | undefined {
    const device = key === undefined ? undefined : this.#devices.get(key);
    return device?.poolId === poolId && device.username === username ? device : undefined;
  }

  /** The user's confirmed devices, oldest first: what ListDevices lists. */
  list(poolId: string, username: string): DeviceRecord[] {
    return [...this.#devices.values()].filter((d) => d.poolId === poolId && d.username === username && d.secret !== undefined);
  }

  forget(key: string): void {
    this.#devices.delete(key);
  }

  forgetUser(poolId: string, username: string): void {
    for (const [key, device] of this.#devices) if (device.poolId === poolId && device.username === username) this.#devices.delete(key);
  }
}
