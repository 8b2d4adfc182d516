// Just enough of a browser for aws-amplify's passkey registration in Node: a secure window, navigator.credentials
// backed by the software authenticator, and the WebAuthn classes Amplify checks its results against with instanceof.
import { vi } from 'vitest';
import { toBytes } from '../../src/client/local/crypto/bytes.js';
import { decodeCbor } from '../../src/client/local/crypto/cbor.js';
import { createSoftAuthenticator, type SoftAuthenticator } from '../support/soft-authenticator.js';

interface CreatedCredential {
  response: { attestationObject: ArrayBuffer };
}

/** The authenticator data inside an attestation object (its `authData`), which a browser's response also offers apart. */
function authenticatorData(attestationObject: ArrayBuffer): ArrayBuffer {
  const decoded = decodeCbor(new Uint8Array(attestationObject));
  const authData = decoded instanceof Map ? decoded.get('authData') : undefined;
  if (!(authData instanceof Uint8Array)) throw new Error('The attestation object has no authData');
  return toBytes(authData).buffer;
}

/** Stands for the browser's PublicKeyCredential: Amplify checks what create() returns with instanceof. */
class PublicKeyCredentialShim {
  constructor(plain: object, response: object) {
    Object.assign(this, plain, { response });
  }

  getClientExtensionResults(): Record<string, never> {
    return {};
  }
}

/** Stands for AuthenticatorAttestationResponse, with the getters a browser adds to the soft authenticator's fields. */
class AuthenticatorAttestationResponseShim {
  readonly #attestationObject: ArrayBuffer;

  constructor(plain: CreatedCredential['response']) {
    Object.assign(this, plain);
    this.#attestationObject = plain.attestationObject;
  }

  getPublicKeyAlgorithm(): number {
    return -7;
  }

  getAuthenticatorData(): ArrayBuffer {
    return authenticatorData(this.#attestationObject);
  }

  getPublicKey(): null {
    return null;
  }
}

/** The soft authenticator's plain object, dressed as the PublicKeyCredential a browser returns from create(). */
function asRegistration(created: Credential | null): Credential | null {
  if (!created) return created;
  const plain = created as unknown as CreatedCredential;
  return new PublicKeyCredentialShim(plain, new AuthenticatorAttestationResponseShim(plain.response)) as unknown as Credential;
}

export interface BrowserPasskeys {
  authenticator: SoftAuthenticator;
  /**
   * Runs an Amplify call with a secure `window` in place: Amplify asks it whether passkeys are supported. It is
   * there only for the call, since a `window` turns on Amplify's browser-only code (storage events, redirects).
   */
  inBrowser: <T>(call: () => Promise<T>) => Promise<T>;
}

/** Installs navigator.credentials and the WebAuthn classes for the rest of the test file. */
export function installBrowserPasskeys(origin: string, userAgent: string): BrowserPasskeys {
  const authenticator = createSoftAuthenticator({ origin });
  const credentials = {
    create: async (options?: CredentialCreationOptions) => asRegistration(await authenticator.create(options)),
  };
  vi.stubGlobal('navigator', { userAgent, credentials });
  vi.stubGlobal('PublicKeyCredential', PublicKeyCredentialShim);
  vi.stubGlobal('AuthenticatorAttestationResponse', AuthenticatorAttestationResponseShim);
  const window = { document: {}, isSecureContext: true, location: new URL(origin), PublicKeyCredential: PublicKeyCredentialShim };
  return {
    authenticator,
    inBrowser: async (call) => {
      (globalThis as { window?: object }).window = window;
      try {
        return await call();
      } finally {
        delete (globalThis as { window?: object }).window;
      }
    },
  };
}
