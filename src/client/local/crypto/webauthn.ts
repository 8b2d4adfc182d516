import { AuthError, type AuthErrorName } from '../../errors.js';
import { bytesEqual, concatBytes, fromBase64Url, sha256, toBase64Url, utf8Decode, utf8Encode } from './bytes.js';
import { type CborValue, decodeCbor, decodeCborPrefix } from './cbor.js';
import { type CoseAlgorithm, coseKeyToJwk, importPublicKey, verifySignature } from './cose.js';

// The JSON forms of WebAuthn Level 3 (PublicKeyCredential.toJSON() and parse*OptionsFromJSON):
// every binary field is a base64url string.

export interface RegistrationResponseJSON {
  id: string;
  rawId: string;
  type: 'public-key';
  authenticatorAttachment?: string | null;
  response: { clientDataJSON: string; attestationObject: string; transports?: string[] };
  clientExtensionResults?: Record<string, unknown>;
}

export interface AuthenticationResponseJSON {
  id: string;
  rawId: string;
  type: 'public-key';
  authenticatorAttachment?: string | null;
  response: { clientDataJSON: string; authenticatorData: string; signature: string; userHandle?: string | null };
  clientExtensionResults?: Record<string, unknown>;
}

export interface PublicKeyCredentialDescriptorJSON {
  id: string;
  type: 'public-key';
  transports?: string[];
}

export interface PublicKeyCredentialCreationOptionsJSON {
  rp: { id: string; name: string };
  user: { id: string; name: string; displayName: string };
  challenge: string;
  pubKeyCredParams: { type: 'public-key'; alg: number }[];
  timeout?: number;
  excludeCredentials?: PublicKeyCredentialDescriptorJSON[];
  authenticatorSelection?: {
    residentKey: ResidentKeyRequirement;
    userVerification: UserVerificationRequirement;
    authenticatorAttachment?: AuthenticatorAttachment;
  };
  attestation?: AttestationConveyancePreference;
}

export interface PublicKeyCredentialRequestOptionsJSON {
  challenge: string;
  timeout?: number;
  rpId?: string;
  allowCredentials?: PublicKeyCredentialDescriptorJSON[];
  userVerification?: UserVerificationRequirement;
}

export interface VerifiedPasskey {
  credentialId: string;
  publicKey: JsonWebKey;
  algorithm: CoseAlgorithm;
  signCount: number;
  transports: string[];
  /** The authenticator model's AAGUID, as a UUID (all zeros when the authenticator keeps it private). */
  aaguid: string;
  authenticatorAttachment?: string;
  userVerified: boolean;
  backedUp: boolean;
}

export interface StoredPasskeyKey {
  publicKey: JsonWebKey;
  algorithm: CoseAlgorithm;
  signCount: number;
}

interface CeremonyExpectations {
  expectedChallenge: string;
  expectedOrigins: readonly string[];
  rpId: string;
  requireUserVerification: boolean;
}

export interface VerifyRegistrationInput extends CeremonyExpectations {
  response: RegistrationResponseJSON;
}

export interface VerifyAuthenticationInput extends CeremonyExpectations {
  response: AuthenticationResponseJSON;
  credential: StoredPasskeyKey;
}

const FLAG_UP = 0x01;
const FLAG_UV = 0x04;
const FLAG_BE = 0x08;
const FLAG_BS = 0x10;
const FLAG_AT = 0x40;
const FLAG_ED = 0x80;

interface AuthenticatorData {
  rpIdHash: Uint8Array<ArrayBuffer>;
  flags: number;
  signCount: number;
  attested?: { aaguid: Uint8Array<ArrayBuffer>; credentialId: Uint8Array<ArrayBuffer>; publicKey: CborValue };
}

function fail(name: AuthErrorName, message: string, cause?: unknown): AuthError {
  return new AuthError({ name, message, cause });
}

function malformed(message: string, cause?: unknown): AuthError {
  return fail('NotAuthorizedException', message, cause);
}

/** Response fields come from the browser or the network, so their types are checked at run time. */
function decodeField(value: unknown, field: string): Uint8Array<ArrayBuffer> {
  if (typeof value !== 'string') throw malformed(`The passkey response has no ${field}.`);
  try {
    return fromBase64Url(value);
  } catch (cause) {
    throw malformed(`The passkey response's ${field} is not valid base64url.`, cause);
  }
}

function sameBase64Url(a: string, b: string): boolean {
  try {
    return bytesEqual(fromBase64Url(a), fromBase64Url(b));
  } catch {
    return false;
  }
}

function checkCredentialType(type: unknown): void {
  if (type !== 'public-key') {
    throw fail('WebAuthnClientMismatchException', `Expected a credential of type "public-key", got "${String(type)}".`);
  }
}

function checkClientData(
  clientDataJSON: Uint8Array,
  expectedType: 'webauthn.create' | 'webauthn.get',
  { expectedChallenge, expectedOrigins }: CeremonyExpectations,
): void {
  let clientData: unknown;
  try {
    clientData = JSON.parse(utf8Decode(clientDataJSON));
  } catch (cause) {
    throw malformed("The passkey response's clientDataJSON is not valid JSON.", cause);
  }
  if (typeof clientData !== 'object' || clientData === null) {
    throw malformed("The passkey response's clientDataJSON is not a JSON object.");
  }
  const { type, challenge, origin, crossOrigin } = clientData as Record<string, unknown>;
  if (type !== expectedType) {
    throw fail('WebAuthnClientMismatchException', `Expected a "${expectedType}" response, got "${String(type)}".`);
  }
  if (typeof challenge !== 'string' || !sameBase64Url(challenge, expectedChallenge)) {
    throw fail(
      'WebAuthnChallengeNotFoundException',
      'The passkey response does not answer the current challenge; it may have expired or been used already.',
    );
  }
  if (typeof origin !== 'string' || !expectedOrigins.includes(origin)) {
    throw fail(
      'WebAuthnOriginNotAllowedException',
      `The passkey response comes from origin "${String(origin)}", which is not one of the allowed origins (${expectedOrigins.join(', ')}).`,
    );
  }
  if (crossOrigin === true) {
    throw fail('WebAuthnOriginNotAllowedException', 'Passkeys cannot be used from a cross-origin iframe here.');
  }
}

function parseAuthenticatorData(bytes: Uint8Array<ArrayBuffer>): AuthenticatorData {
  try {
    if (bytes.byteLength < 37) throw new Error(`it is ${bytes.byteLength} bytes long, less than the minimum 37`);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const flags = view.getUint8(32);
    const data: AuthenticatorData = { rpIdHash: bytes.slice(0, 32), flags, signCount: view.getUint32(33) };
    let offset = 37;
    if (flags & FLAG_AT) {
      if (bytes.byteLength < offset + 18) throw new Error('the attested credential data is truncated');
      const idLength = view.getUint16(offset + 16);
      const idStart = offset + 18;
      if (bytes.byteLength < idStart + idLength) throw new Error('the credential ID is truncated');
      const key = decodeCborPrefix(bytes.subarray(idStart + idLength));
      data.attested = {
        aaguid: bytes.slice(offset, offset + 16),
        credentialId: bytes.slice(idStart, idStart + idLength),
        publicKey: key.value,
      };
      offset = idStart + idLength + key.length;
    }
    if (flags & FLAG_ED) offset += decodeCborPrefix(bytes.subarray(offset)).length;
    if (offset !== bytes.byteLength) throw new Error(`${bytes.byteLength - offset} unexpected bytes follow it`);
    return data;
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw malformed(`The passkey's authenticator data is malformed: ${reason}.`, cause);
  }
}

async function checkAuthenticatorData(
  data: AuthenticatorData,
  { rpId, requireUserVerification }: CeremonyExpectations,
): Promise<void> {
  if (!bytesEqual(data.rpIdHash, await sha256(utf8Encode(rpId)))) {
    throw fail('WebAuthnRelyingPartyMismatchException', `The passkey response is not for the relying party "${rpId}".`);
  }
  if (!(data.flags & FLAG_UP)) throw malformed('The authenticator did not confirm that the user was present.');
  if (requireUserVerification && !(data.flags & FLAG_UV)) {
    throw malformed('The authenticator did not verify the user (with a PIN or biometrics), which is required.');
  }
  if (data.flags & FLAG_BS && !(data.flags & FLAG_BE)) {
    throw malformed('The authenticator data says the credential is backed up but not eligible for backup.');
  }
}

function uuid(bytes: Uint8Array): string {
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function parseAttestationObject(bytes: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  let attestation: CborValue;
  try {
    attestation = decodeCbor(bytes);
  } catch (cause) {
    throw malformed("The passkey's attestation object is not valid CBOR.", cause);
  }
  const authData = attestation instanceof Map ? attestation.get('authData') : undefined;
  if (!(attestation instanceof Map) || typeof attestation.get('fmt') !== 'string' || !ArrayBuffer.isView(authData)) {
    throw malformed("The passkey's attestation object lacks fmt or authData.");
  }
  if (!(attestation.get('attStmt') instanceof Map)) throw malformed("The passkey's attestation object lacks attStmt.");
  // attStmt is not verified, whatever fmt says: the pool requests attestation 'none', as Cognito
  // does not require attestation, so there is no trusted root to check a chain against.
  return authData;
}

/** Checks a navigator.credentials.create() response, as Cognito's CompleteWebAuthnRegistration does. */
export async function verifyRegistrationResponse(input: VerifyRegistrationInput): Promise<VerifiedPasskey> {
  const { response } = input;
  checkCredentialType(response.type);
  checkClientData(decodeField(response.response.clientDataJSON, 'clientDataJSON'), 'webauthn.create', input);
  const data = parseAuthenticatorData(
    parseAttestationObject(decodeField(response.response.attestationObject, 'attestationObject')),
  );
  await checkAuthenticatorData(data, input);
  if (!data.attested) throw malformed('The passkey response does not contain the new credential.');
  const rawId = decodeField(response.rawId, 'rawId');
  if (!bytesEqual(data.attested.credentialId, rawId) || !sameBase64Url(response.id, response.rawId)) {
    throw fail(
      'WebAuthnClientMismatchException',
      "The credential ID in the authenticator data does not match the response's ID.",
    );
  }
  const { algorithm, publicKey } = coseKeyToJwk(data.attested.publicKey);
  try {
    await importPublicKey(algorithm, publicKey);
  } catch (cause) {
    throw malformed("The passkey's public key is not a valid key.", cause);
  }
  const transports = response.response.transports ?? [];
  const attachment = response.authenticatorAttachment;
  return {
    credentialId: toBase64Url(rawId),
    publicKey,
    algorithm,
    signCount: data.signCount,
    transports: transports.filter((transport) => typeof transport === 'string'),
    aaguid: uuid(data.attested.aaguid),
    ...(typeof attachment === 'string' && { authenticatorAttachment: attachment }),
    userVerified: (data.flags & FLAG_UV) !== 0,
    backedUp: (data.flags & FLAG_BS) !== 0,
  };
}

/** Checks a navigator.credentials.get() response, as Cognito's WEB_AUTHN challenge does. */
export async function verifyAuthenticationResponse(
  input: VerifyAuthenticationInput,
): Promise<{ signCount: number; userVerified: boolean }> {
  const { response, credential } = input;
  checkCredentialType(response.type);
  const clientDataJSON = decodeField(response.response.clientDataJSON, 'clientDataJSON');
  checkClientData(clientDataJSON, 'webauthn.get', input);
  const authenticatorData = decodeField(response.response.authenticatorData, 'authenticatorData');
  const data = parseAuthenticatorData(authenticatorData);
  await checkAuthenticatorData(data, input);
  const signature = decodeField(response.response.signature, 'signature');
  const signed = concatBytes(authenticatorData, await sha256(clientDataJSON));
  if (!(await verifySignature(credential.algorithm, credential.publicKey, signature, signed))) {
    throw malformed('The passkey signature is not valid.');
  }
  // WebAuthn's rule: when either counter is non-zero, the new one must be greater. Only two zeros mean an
  // authenticator that does not count (most synced passkeys); a counter dropping to 0 is no such thing.
  if ((data.signCount !== 0 || credential.signCount !== 0) && data.signCount <= credential.signCount) {
    throw malformed(
      `The passkey's signature counter went from ${credential.signCount} to ${data.signCount}, which suggests a cloned authenticator.`,
    );
  }
  return { signCount: data.signCount, userVerified: (data.flags & FLAG_UV) !== 0 };
}
