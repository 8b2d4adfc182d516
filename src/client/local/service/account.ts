import { AuthError } from '../../errors.js';
import type { FetchMfaPreferenceOutput, MfaPreferenceValue, MfaType, UpdateMfaPreferenceInput, WebAuthnCredential } from '../../types.js';
import { randomBytes, toBase64Url, utf8Encode } from '../crypto/bytes.js';
import { generateTotpSecret, verifyTotp } from '../crypto/totp.js';
import {
  verifyRegistrationResponse,
  type PublicKeyCredentialCreationOptionsJSON,
  type RegistrationResponseJSON,
} from '../crypto/webauthn.js';
import type { ServiceContext } from './delivery.js';
import type { UserRecord } from './records.js';
import { relyingParty } from './relying-party.js';

/** What the signed-in user may do to their own account (Cognito's token-authorised calls): MFA and passkeys. */

const MAX_PASSKEYS = 20;

export function userAttributes(user: UserRecord): Record<string, string> {
  return { ...user.attributes };
}

/** AssociateSoftwareToken for a signed-in user: the secret waits for verifyTOTPSetup. */
export function associateSoftwareToken(user: UserRecord): string {
  const secret = generateTotpSecret();
  user.pendingTotpSecret = secret;
  return secret;
}

export async function verifySoftwareToken(ctx: ServiceContext, user: UserRecord, code: string): Promise<void> {
  const secret = user.pendingTotpSecret;
  if (secret === undefined) throw new AuthError({ name: 'InvalidParameterException', message: 'Call setUpTOTP before verifying a code.' });
  const step = await verifyTotp(secret, code.trim(), ctx.config.clock());
  if (step === undefined) throw new AuthError({ name: 'EnableSoftwareTokenMFAException', message: 'Code mismatch' });
  user.totp = { secret, lastUsedStep: step };
  delete user.pendingTotpSecret;
}

function applyPreference(user: UserRecord, type: MfaType, value: MfaPreferenceValue | undefined): void {
  if (value === undefined) return;
  const enabled = user.mfa.enabled.filter((t) => t !== type);
  if (value !== 'DISABLED') enabled.push(type);
  user.mfa.enabled = enabled;
  if (value === 'PREFERRED') user.mfa.preferred = type;
  else if (user.mfa.preferred === type) delete user.mfa.preferred;
}

/** SetUserMFAPreference; each enabled type needs what it sends to (or a verified TOTP secret). */
export function setMfaPreference(ctx: ServiceContext, user: UserRecord, input: UpdateMfaPreferenceInput): void {
  const wanted: [MfaType, MfaPreferenceValue | undefined][] = [['SMS', input.sms], ['TOTP', input.totp], ['EMAIL', input.email]];
  for (const [type, value] of wanted) {
    if (value === undefined || value === 'DISABLED') continue;
    if (!ctx.config.mfa.types.includes(type)) {
      throw new AuthError({ name: 'InvalidParameterException', message: `${type} MFA is not enabled for this user pool.` });
    }
    if (type === 'TOTP' && !user.totp) throw new AuthError({ name: 'InvalidParameterException', message: 'User has not verified software token mfa' });
    if (type === 'SMS' && user.attributes.phone_number === undefined) {
      throw new AuthError({ name: 'InvalidParameterException', message: 'User does not have a phone number for SMS MFA.' });
    }
    if (type === 'EMAIL' && user.attributes.email === undefined) {
      throw new AuthError({ name: 'InvalidParameterException', message: 'User does not have an email address for email MFA.' });
    }
  }
  if (wanted.filter(([, value]) => value === 'PREFERRED').length > 1) {
    throw new AuthError({ name: 'InvalidParameterException', message: 'Only one MFA type can be preferred.' });
  }
  for (const [type, value] of wanted) applyPreference(user, type, value);
}

export function mfaPreference(user: UserRecord): FetchMfaPreferenceOutput {
  return {
    ...(user.mfa.enabled.length > 0 ? { enabled: [...user.mfa.enabled] } : {}),
    ...(user.mfa.preferred === undefined ? {} : { preferred: user.mfa.preferred }),
  };
}

/** StartWebAuthnRegistration: creation options, with the challenge remembered on the user until completion. */
export function startPasskeyRegistration(ctx: ServiceContext, user: UserRecord, pending: Map<string, string>): PublicKeyCredentialCreationOptionsJSON {
  const rp = relyingParty(ctx.config);
  if (user.passkeys.length >= MAX_PASSKEYS) throw new AuthError({ name: 'LimitExceededException', message: 'The user already has the most passkeys allowed.' });
  const challenge = toBase64Url(randomBytes(32));
  pending.set(user.sub, challenge);
  const name = user.attributes.email ?? user.attributes.phone_number ?? user.username;
  return {
    challenge,
    rp: { id: rp.id, name: rp.id },
    user: { id: toBase64Url(utf8Encode(user.sub)), name, displayName: user.attributes.name ?? name },
    pubKeyCredParams: [
      { type: 'public-key', alg: -7 },
      { type: 'public-key', alg: -257 },
    ],
    timeout: 180_000,
    excludeCredentials: user.passkeys.map((p) => ({ id: p.credentialId, type: 'public-key', transports: p.transports })),
    authenticatorSelection: { residentKey: 'required', userVerification: ctx.config.webAuthn.userVerification },
    attestation: 'none',
  };
}

export async function completePasskeyRegistration(
  ctx: ServiceContext,
  user: UserRecord,
  pending: Map<string, string>,
  credential: RegistrationResponseJSON,
): Promise<void> {
  const challenge = pending.get(user.sub);
  if (challenge === undefined) throw new AuthError({ name: 'WebAuthnChallengeNotFoundException', message: 'Start passkey registration before completing it.' });
  pending.delete(user.sub);
  const rp = relyingParty(ctx.config);
  const verified = await verifyRegistrationResponse({
    response: credential,
    expectedChallenge: challenge,
    expectedOrigins: rp.origins,
    rpId: rp.id,
    requireUserVerification: ctx.config.webAuthn.userVerification === 'required',
  });
  if (user.passkeys.some((p) => p.credentialId === verified.credentialId)) {
    throw new AuthError({ name: 'PasskeyAlreadyExistsException', message: 'This passkey is already registered.' });
  }
  user.passkeys.push({
    credentialId: verified.credentialId,
    publicKey: verified.publicKey,
    algorithm: verified.algorithm,
    signCount: verified.signCount,
    transports: verified.transports,
    relyingPartyId: rp.id,
    ...(verified.authenticatorAttachment === undefined ? {} : { authenticatorAttachment: verified.authenticatorAttachment }),
    friendlyName: `Passkey ${user.passkeys.length + 1}`,
    createdAt: ctx.config.clock(),
  });
}

export function listPasskeys(user: UserRecord): WebAuthnCredential[] {
  return user.passkeys.map((p) => ({
    credentialId: p.credentialId,
    relyingPartyId: p.relyingPartyId,
    authenticatorTransports: [...p.transports],
    createdAt: new Date(p.createdAt),
    ...(p.friendlyName === undefined ? {} : { friendlyCredentialName: p.friendlyName }),
    ...(p.authenticatorAttachment === undefined ? {} : { authenticatorAttachment: p.authenticatorAttachment }),
  }));
}

export function deletePasskey(user: UserRecord, credentialId: string): void {
  const before = user.passkeys.length;
  user.passkeys = user.passkeys.filter((p) => p.credentialId !== credentialId);
  if (user.passkeys.length === before) throw new AuthError({ name: 'ResourceNotFoundException', message: 'No passkey with that credential ID.' });
}
