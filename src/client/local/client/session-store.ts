import type { AuthFlowType, MfaType, SignInStep } from '../../types.js';
import type { PublicKeyCredentialRequestOptionsJSON } from '../crypto/webauthn.js';
import type { ServiceChallenge } from '../service/sign-in.js';
import type { KeyValueStorage } from '../storage.js';

/** The signed-in session, as Amplify keeps it: the three tokens and how the user signed in. */
export interface StoredTokens {
  accessToken: string;
  idToken: string;
  refreshToken: string;
  loginId: string;
  authFlowType: AuthFlowType;
}

/** A step as kept for a reload: its public payload; a TOTP setup without its secret. */
export type ResumableStep = Exclude<SignInStep, { signInStep: 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP' }> | { signInStep: 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP' };

/**
 * A sign-in in progress: what confirmSignIn needs to go on, and nothing secret (no password, code or TOTP
 * secret; the service holds those behind the opaque session).
 */
export interface SignInProgress {
  session: string;
  loginId: string;
  authFlowType: AuthFlowType;
  challenge: ServiceChallenge['name'];
  /** Where the client stands inside an MFA_SETUP challenge. */
  mfaSetup?: { types: MfaType[]; phase: 'select' | 'email' | 'totp' };
  /** Kept so that a cancelled passkey prompt can be tried again. */
  webAuthnOptions?: PublicKeyCredentialRequestOptionsJSON;
  /** The step the sign-in stands at, for resumeSignIn after a reload. */
  step?: ResumableStep;
}

/**
 * A device this client signed in from, for one user (Amplify keeps `deviceKey`, `deviceGroupKey` and
 * `randomPassword` per user in its token storage). `privateKey` is the device's secret: the pool holds only
 * its public half, so another client that learns the device key cannot sign in as this device.
 */
export interface StoredDevice {
  username: string;
  deviceKey: string;
  deviceGroupKey: string;
  privateKey: JsonWebKey;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasStrings(value: Record<string, unknown>, keys: readonly string[]): boolean {
  return keys.every((key) => typeof value[key] === 'string');
}

/** Stored tokens as another tab, an extension or an older version may have left them: checked, never trusted. */
export function isStoredTokens(value: unknown): value is StoredTokens {
  return isRecord(value) && hasStrings(value, ['accessToken', 'idToken', 'refreshToken', 'loginId', 'authFlowType']);
}

function isStoredDevices(value: unknown): value is StoredDevice[] {
  return Array.isArray(value) && value.every((device) => isRecord(device) && hasStrings(device, ['username', 'deviceKey', 'deviceGroupKey']) && isRecord(device.privateKey));
}

function isSignInProgress(value: unknown): value is SignInProgress {
  return isRecord(value) && hasStrings(value, ['session', 'loginId', 'authFlowType', 'challenge']) && (value.step === undefined || (isRecord(value.step) && typeof value.step.signInStep === 'string'));
}

/** A value read from storage: undefined for anything but well-formed JSON of the expected shape. */
export function parseStored<T>(raw: string | null, guard: (value: unknown) => value is T): T | undefined {
  if (raw === null) return undefined;
  try {
    const value: unknown = JSON.parse(raw);
    return guard(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

class JsonSlot<T> {
  constructor(
    private readonly storage: KeyValueStorage,
    readonly key: string,
    private readonly guard: (value: unknown) => value is T,
  ) {}

  async read(): Promise<T | undefined> {
    return parseStored(await this.storage.getItem(this.key), this.guard);
  }

  /** Whether something may be kept here, known without waiting: false only when a synchronous storage holds nothing. */
  mayHold(): boolean {
    try {
      return this.storage.getItem(this.key) !== null;
    } catch {
      return true;
    }
  }

  async write(value: T): Promise<void> {
    await this.storage.setItem(this.key, JSON.stringify(value));
  }

  async clear(): Promise<void> {
    await this.storage.removeItem(this.key);
  }
}

export class SessionStore {
  readonly tokens: JsonSlot<StoredTokens>;
  readonly signIn: JsonSlot<SignInProgress>;
  /** This client's tracked devices, one per user; they outlive a sign-out, as Amplify's device keys do. */
  readonly devices: JsonSlot<StoredDevice[]>;

  constructor(tokenStorage: KeyValueStorage, signInStorage: KeyValueStorage, prefix: string) {
    this.tokens = new JsonSlot(tokenStorage, `${prefix}.tokens`, isStoredTokens);
    this.signIn = new JsonSlot(signInStorage, `${prefix}.signIn`, isSignInProgress);
    this.devices = new JsonSlot(tokenStorage, `${prefix}.devices`, isStoredDevices);
  }

  /** The device keys this client holds (one per user that signed in here), offered at sign-in. */
  async deviceKeys(): Promise<string[]> {
    return ((await this.devices.read()) ?? []).map((device) => device.deviceKey);
  }

  async device(username: string): Promise<StoredDevice | undefined> {
    return (await this.devices.read())?.find((device) => device.username === username);
  }

  async saveDevice(device: StoredDevice): Promise<void> {
    const others = ((await this.devices.read()) ?? []).filter((d) => d.username !== device.username);
    await this.devices.write([...others, device]);
  }

  async forgetDevice(username: string): Promise<void> {
    const kept = ((await this.devices.read()) ?? []).filter((d) => d.username !== username);
    if (kept.length === 0) await this.devices.clear();
    else await this.devices.write(kept);
  }
}
