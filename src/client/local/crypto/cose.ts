import { AuthError } from '../../errors.js';
import type { CborValue } from './cbor.js';
import { toBase64Url } from './bytes.js';

/** ES256 (ECDSA P-256 with SHA-256) and RS256 (RSASSA-PKCS1-v1_5 with SHA-256). */
export type CoseAlgorithm = -7 | -257;

// COSE_Key labels and values (RFC 9052, RFC 9053, RFC 8230).
const KTY = 1;
const ALG = 3;
const KTY_EC2 = 2;
const KTY_RSA = 3;
const EC2_CRV = -1;
const EC2_X = -2;
const EC2_Y = -3;
const CRV_P256 = 1;
const RSA_N = -1;
const RSA_E = -2;

function notSupported(message: string): AuthError {
  return new AuthError({ name: 'WebAuthnCredentialNotSupportedException', message });
}

function byteField(key: Map<number | string, CborValue>, label: number, length?: number): string {
  const value = key.get(label);
  if (!ArrayBuffer.isView(value) || (length !== undefined && value.byteLength !== length)) {
    throw notSupported(`The passkey's public key has a missing or malformed parameter ${label}.`);
  }
  return toBase64Url(value);
}

/** A WebAuthn credential public key (COSE_Key) as a JWK, for WebCrypto. */
export function coseKeyToJwk(coseKey: CborValue): { algorithm: CoseAlgorithm; publicKey: JsonWebKey } {
  if (!(coseKey instanceof Map)) throw notSupported("The passkey's public key is not a COSE key.");
  const kty = coseKey.get(KTY);
  const alg = coseKey.get(ALG);
  if (alg === -7 && kty === KTY_EC2 && coseKey.get(EC2_CRV) === CRV_P256) {
    return {
      algorithm: -7,
      publicKey: { kty: 'EC', crv: 'P-256', x: byteField(coseKey, EC2_X, 32), y: byteField(coseKey, EC2_Y, 32) },
    };
  }
  if (alg === -257 && kty === KTY_RSA) {
    return {
      algorithm: -257,
      publicKey: { kty: 'RSA', alg: 'RS256', n: byteField(coseKey, RSA_N), e: byteField(coseKey, RSA_E) },
    };
  }
  throw notSupported(
    `This passkey uses an unsupported key type or algorithm (COSE algorithm ${typeof alg === 'number' ? alg : 'missing'}); only ES256 (-7) and RS256 (-257) are supported.`,
  );
}

function importParams(algorithm: CoseAlgorithm): EcKeyImportParams | RsaHashedImportParams {
  return algorithm === -7 ? { name: 'ECDSA', namedCurve: 'P-256' } : { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
}

/** Rejects (with the WebCrypto error) when the key is not a valid public key for the algorithm. */
export async function importPublicKey(algorithm: CoseAlgorithm, publicKeyJwk: JsonWebKey): Promise<CryptoKey> {
  return globalThis.crypto.subtle.importKey('jwk', publicKeyJwk, importParams(algorithm), false, ['verify']);
}

/** One DER INTEGER from `der` at `offset`, as an unsigned big-endian number of exactly 32 bytes. */
function readDerInteger(der: Uint8Array, offset: number): { value: Uint8Array; next: number } | undefined {
  const length = der[offset + 1];
  if (der[offset] !== 0x02 || length === undefined || length === 0 || offset + 2 + length > der.byteLength) {
    return undefined;
  }
  let digits = der.subarray(offset + 2, offset + 2 + length);
  if ((digits[0] ?? 0) & 0x80) return undefined; // negative: never a valid r or s
  while (digits.byteLength > 0 && digits[0] === 0) digits = digits.subarray(1);
  if (digits.byteLength > 32) return undefined;
  const value = new Uint8Array(32);
  value.set(digits, 32 - digits.byteLength);
  return { value, next: offset + 2 + length };
}

/**
 * WebAuthn ES256 signatures are DER `SEQUENCE { r INTEGER, s INTEGER }`; WebCrypto wants raw r||s.
 * Only short-form lengths: a P-256 signature is at most 72 bytes.
 */
function derToRawEcdsa(der: Uint8Array): Uint8Array<ArrayBuffer> | undefined {
  if (der[0] !== 0x30 || der[1] !== der.byteLength - 2) return undefined;
  const r = readDerInteger(der, 2);
  const s = r && readDerInteger(der, r.next);
  if (!r || !s || s.next !== der.byteLength) return undefined;
  const raw = new Uint8Array(64);
  raw.set(r.value, 0);
  raw.set(s.value, 32);
  return raw;
}

/** False for a wrong or malformed signature; never throws for the signature's sake. */
export async function verifySignature(
  algorithm: CoseAlgorithm,
  publicKeyJwk: JsonWebKey,
  signature: Uint8Array<ArrayBuffer>,
  data: Uint8Array<ArrayBuffer>,
): Promise<boolean> {
  const key = await importPublicKey(algorithm, publicKeyJwk);
  if (algorithm === -257) {
    return globalThis.crypto.subtle.verify('RSASSA-PKCS1-v1_5', key, signature, data).catch(() => false);
  }
  const raw = derToRawEcdsa(signature);
  if (!raw) return false;
  return globalThis.crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, raw, data).catch(() => false);
}
