import { isE164, isEmail } from '../../formats.js';
import type { AuthFactorType, CodeDeliveryDetails, VerifiableUserAttributeKey } from '../../types.js';
import { randomBytes, sha256, toBase64Url, utf8Encode } from '../crypto/bytes.js';
import type { PublicKeyCredentialRequestOptionsJSON } from '../crypto/webauthn.js';
import type { ResolvedConfig } from '../config.js';
import { maskDestination } from './masking.js';
import type { CodeRecord, Database, PasswordHash } from './records.js';
import { relyingParty } from './relying-party.js';
import { unreachable } from '../../unreachable.js';

/**
 * What the pool answers, when it hides which users exist (preventUserExistenceErrors), for a user that does
 * not exist, or in passwordless sign-in for one that cannot sign in yet: answers shaped like a real user's,
 * the same each time for a sign-in name, that never lead anywhere.
 */

/** Bytes fixed for a sign-in name in this pool that say nothing about it (the signing key is the salt). */
async function seed(db: Database, loginId: string, use: string): Promise<Uint8Array> {
  return sha256(utf8Encode(`${db.signingKey}\u0000${use}\u0000${loginId.trim().toLowerCase()}`));
}

/**
 * Where a code for this sign-in name would go: the name's own format, else the pool's verification channel,
 * as Cognito picks a simulated delivery medium "by the input user name format and verification settings".
 */
export function decoyChannel(config: ResolvedConfig, loginId: string): VerifiableUserAttributeKey {
  const id = loginId.trim();
  if (isEmail(id)) return 'email';
  if (isE164(id)) return 'phone_number';
  if (config.signUpVerification === 'email' || config.signUpVerification === 'phone_number') return config.signUpVerification;
  return config.loginAttributes.includes('phone_number') && !config.loginAttributes.includes('email') ? 'phone_number' : 'email';
}

/** A masked destination of the shape a real user's has: the name itself when it is an address, else made up. */
export async function decoyDelivery(
  config: ResolvedConfig,
  db: Database,
  loginId: string,
  attribute: VerifiableUserAttributeKey = decoyChannel(config, loginId),
): Promise<CodeDeliveryDetails> {
  const id = loginId.trim();
  if (attribute === 'email') {
    // An email-as-username pool keeps addresses in lower case, so their masks are lower case too.
    if (isEmail(id)) return { destination: maskDestination(config.usernameMode === 'attributes' ? id.toLowerCase() : id), deliveryMedium: 'EMAIL', attributeName: 'email' };
    const [byte = 0] = await seed(db, id, 'email');
    return { destination: `${id.charAt(0).toLowerCase()}***@${String.fromCharCode(97 + (byte % 26))}***`, deliveryMedium: 'EMAIL', attributeName: 'email' };
  }
  if (isE164(id)) return { destination: maskDestination(id), deliveryMedium: 'SMS', attributeName: 'phone_number' };
  const digits = Array.from((await seed(db, id, 'phone')).subarray(0, 10), (byte) => String(byte % 10)).join('');
  return { destination: maskDestination(`+1${digits}`), deliveryMedium: 'SMS', attributeName: 'phone_number' };
}

/**
 * The first factors a user of this sign-in name would plausibly have, among the pool's: a password, and a
 * code where the name says codes go; a passkey only in a pool that offers nothing else.
 */
export function decoyFactors(config: ResolvedConfig, loginId: string): AuthFactorType[] {
  const factors = config.passwordless ?? [];
  const channel = decoyChannel(config, loginId);
  const plausible = factors.filter((factor) => {
    switch (factor) {
      case 'PASSWORD':
      case 'PASSWORD_SRP':
        return true;
      case 'EMAIL_OTP':
        return channel === 'email';
      case 'SMS_OTP':
        return channel === 'phone_number';
      case 'WEB_AUTHN':
        return false;
      default: {
        return unreachable(factor, 'factor');
      }
    }
  });
  return plausible.length > 0 ? plausible : factors.filter((factor) => factor === 'WEB_AUTHN');
}

/** A code record no answer matches (its hash is random), spending attempts and expiring as a real one. */
export function unmatchableCode(config: ResolvedConfig, ttlMs: number): CodeRecord {
  return { salt: toBase64Url(randomBytes(16)), hash: toBase64Url(randomBytes(32)), expiresAt: config.clock() + ttlMs, attemptsLeft: config.codes.maxAttempts };
}

/**
 * A verifier no password matches, at the pool's cost: checking a password against it takes as long as against
 * a real one, so a wrong password costs an unknown user (or one without a password) what it costs anyone.
 */
export function decoyVerifier(config: ResolvedConfig): PasswordHash {
  return { salt: toBase64Url(randomBytes(16)), hash: toBase64Url(randomBytes(32)), iterations: config.passwordHashIterations };
}

/** Passkey request options naming a credential that no authenticator holds, the same each time for the name. */
export async function decoyPasskeyOptions(config: ResolvedConfig, db: Database, loginId: string): Promise<PublicKeyCredentialRequestOptionsJSON> {
  const rp = relyingParty(config);
  return {
    challenge: toBase64Url(randomBytes(32)),
    rpId: rp.id,
    timeout: 180_000,
    userVerification: config.webAuthn.userVerification,
    allowCredentials: [{ id: toBase64Url(await seed(db, loginId, 'passkey')), type: 'public-key', transports: ['internal'] }],
  };
}
