// Passkeys as state: the pool's relying party (SetUserPoolMfaConfig's WebAuthnConfiguration), the registration
// ceremony in progress for each user, and the credentials registered.
import type { UserPoolService } from 'cognito-local/lib/services/userPoolService.js';
import { CognitoError } from 'cognito-local/lib/errors.js';

export interface WebAuthnConfiguration {
  RelyingPartyId?: string;
  UserVerification?: 'required' | 'preferred';
}

export interface RelyingParty {
  id: string;
  userVerification: 'required' | 'preferred';
}

interface PasskeyPolicies {
  Policies?: { SignInPolicy?: { AllowedFirstAuthFactors?: string[] } };
  WebAuthnConfiguration?: WebAuthnConfiguration;
}

/** The pool's relying party; fails as Cognito fails a pool without passkeys or without a relying party. */
export function relyingParty(pool: UserPoolService): RelyingParty {
  const options = pool.options as PasskeyPolicies;
  if (!(options.Policies?.SignInPolicy?.AllowedFirstAuthFactors ?? []).includes('WEB_AUTHN')) {
    throw new CognitoError('WebAuthnNotEnabledException', 'Passkeys are not enabled for this user pool.');
  }
  // Cognito falls back to the pool's domain; the emulator serves none.
  const id = options.WebAuthnConfiguration?.RelyingPartyId;
  if (!id) throw new CognitoError('WebAuthnConfigurationMissingException', 'The user pool has no relying party ID.');
  return { id, userVerification: options.WebAuthnConfiguration?.UserVerification ?? 'preferred' };
}

/** An origin Cognito accepts for a relying party: HTTPS on the RP ID or a subdomain of it, or http://localhost. */
export function originAllowed(origin: string, rpId: string): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && url.hostname === 'localhost');
  return secure && (url.hostname === rpId || url.hostname.endsWith(`.${rpId}`));
}

export interface StoredPasskey {
  credentialId: string;
  relyingPartyId: string;
  transports: string[];
  authenticatorAttachment?: string;
  createdAt: Date;
  publicKey: JsonWebKey;
  algorithm: number;
  signCount: number;
}

interface Ceremony {
  challenge: string;
  clientId: string;
  expiresAt: number;
}

/** Cognito's registration options time out after five minutes. */
const CEREMONY_LIFETIME_MS = 5 * 60 * 1000;

/** Per user (pool id and username): the ceremony in progress and the registered passkeys. Kept in memory. */
export class PasskeyStore {
  readonly #ceremonies = new Map<string, Ceremony>();
  readonly #passkeys = new Map<string, StoredPasskey[]>();

  start(poolId: string, username: string, challenge: string, clientId: string): void {
    this.#ceremonies.set(`${poolId}/${username}`, { challenge, clientId, expiresAt: Date.now() + CEREMONY_LIFETIME_MS });
  }

  /** The ceremony in progress, which a completion uses up; undefined when none is, or it timed out. */
  take(poolId: string, username: string): Ceremony | undefined {
    const key = `${poolId}/${username}`;
    const ceremony = this.#ceremonies.get(key);
    this.#ceremonies.delete(key);
    return ceremony && ceremony.expiresAt > Date.now() ? ceremony : undefined;
  }

  list(poolId: string, username: string): StoredPasskey[] {
    return this.#passkeys.get(`${poolId}/${username}`) ?? [];
  }

  add(poolId: string, username: string, passkey: StoredPasskey): void {
    this.#passkeys.set(`${poolId}/${username}`, [...this.list(poolId, username), passkey]);
  }

  /** Whether a passkey of that id was there to delete. */
  delete(poolId: string, username: string, credentialId: string): boolean {
    const before = this.list(poolId, username);
    const after = before.filter((p) => p.credentialId !== credentialId);
    this.#passkeys.set(`${poolId}/${username}`, after);
    return after.length < before.length;
  }

  forgetUser(poolId: string, username: string): void {
    this.#ceremonies.delete(`${poolId}/${username}`);
    this.#passkeys.delete(`${poolId}/${username}`);
  }
}
