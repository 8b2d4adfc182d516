import { fromBase64Url, toBase64Url, utf8Encode } from './bytes.js';

/**
 * A tracked device's secret and its proof. Cognito proves a device with device SRP: the client keeps a random
 * password, the pool only a verifier. The local pool keeps the same split with an ECDSA P-256 key pair: the
 * client keeps the private key (as Amplify keeps its `randomPassword`), the pool the public key, and a sign-in
 * from the device signs a fresh challenge. Whoever knows only the device key cannot answer it.
 */

const EC_P256 = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const ECDSA_SHA256 = { name: 'ECDSA', hash: 'SHA-256' } as const;

export interface DeviceKeyPair {
  /** The client's secret half (a JWK with `d`): it never leaves the client's storage. */
  privateKey: JsonWebKey;
  /** What the pool keeps (ConfirmDevice's verifier). */
  publicKey: JsonWebKey;
}

export async function generateDeviceKeyPair(): Promise<DeviceKeyPair> {
  const pair = await globalThis.crypto.subtle.generateKey(EC_P256, true, ['sign', 'verify']);
  const [privateKey, publicKey] = await Promise.all([
    globalThis.crypto.subtle.exportKey('jwk', pair.privateKey),
    globalThis.crypto.subtle.exportKey('jwk', pair.publicKey),
  ]);
  return { privateKey, publicKey: publicPart(publicKey) };
}

/** The public coordinates of a P-256 JWK, and nothing else; throws for anything else. */
function publicPart(jwk: JsonWebKey): JsonWebKey {
  const { kty, crv, x, y } = jwk;
  if (kty !== 'EC' || crv !== 'P-256' || typeof x !== 'string' || typeof y !== 'string') throw new Error('A device verifier must be a P-256 public key.');
  return { kty, crv, x, y };
}

/** What a proof signs: the challenge, bound to the device it is for. */
function proofMessage(deviceGroupKey: string, deviceKey: string, nonce: string): Uint8Array<ArrayBuffer> {
  return utf8Encode(`${deviceGroupKey}\u0000${deviceKey}\u0000${nonce}`);
}

export async function signDeviceChallenge(privateKey: JsonWebKey, device: { deviceKey: string; deviceGroupKey: string }, nonce: string): Promise<string> {
  const key = await globalThis.crypto.subtle.importKey('jwk', privateKey, EC_P256, false, ['sign']);
  const signature = await globalThis.crypto.subtle.sign(ECDSA_SHA256, key, proofMessage(device.deviceGroupKey, device.deviceKey, nonce));
  return toBase64Url(new Uint8Array(signature));
}

/** False for a wrong, malformed or foreign signature, and for a key that is not a P-256 public key. */
export async function verifyDeviceProof(
  publicKey: JsonWebKey,
  device: { deviceKey: string; deviceGroupKey: string },
  nonce: string,
  signature: string,
): Promise<boolean> {
  try {
    const key = await importDevicePublicKey(publicKey);
    return await globalThis.crypto.subtle.verify(ECDSA_SHA256, key, fromBase64Url(signature), proofMessage(device.deviceGroupKey, device.deviceKey, nonce));
  } catch {
    return false;
  }
}

/** Rejects unless the JWK is a P-256 public key; a private part is refused, never kept. */
export async function importDevicePublicKey(publicKey: JsonWebKey): Promise<CryptoKey> {
  if (publicKey.d !== undefined) throw new Error('A device verifier must not hold the private key.');
  return globalThis.crypto.subtle.importKey('jwk', publicPart(publicKey), EC_P256, false, ['verify']);
}
