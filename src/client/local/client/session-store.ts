import type { AuthFlowType, MfaType } from '../../types.js';
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

function isSignInProgress(value: unknown): value is SignInProgress {
  return isRecord(value) && hasStrings(value, ['session', 'loginId', 'authFlowType', 'challenge']);
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

  constructor(tokenStorage: KeyValueStorage, signInStorage: KeyValueStorage, prefix: string) {
    this.tokens = new JsonSlot(tokenStorage, `${prefix}.tokens`, isStoredTokens);
    this.signIn = new JsonSlot(signInStorage, `${prefix}.signIn`, isSignInProgress);
  }
}
