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

class JsonSlot<T> {
  constructor(
    private readonly storage: KeyValueStorage,
    readonly key: string,
  ) {}

  async read(): Promise<T | undefined> {
    const raw = await this.storage.getItem(this.key);
    if (raw === null) return undefined;
    try {
      return JSON.parse(raw) as T;
    } catch {
      return undefined;
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

  constructor(tokenStorage: KeyValueStorage, signInStorage: KeyValueStorage, prefix: string) {
    this.tokens = new JsonSlot(tokenStorage, `${prefix}.tokens`);
    this.signIn = new JsonSlot(signInStorage, `${prefix}.signIn`);
  }
}
