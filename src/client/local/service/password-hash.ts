import { bytesEqual, fromBase64Url, randomBytes, toBase64Url, utf8Encode } from '../crypto/bytes.js';
import type { PasswordHash } from './records.js';

async function derive(password: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', utf8Encode(password), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, 256);
  return new Uint8Array(bits);
}

/** A salted PBKDF2-SHA-256 hash: the only form in which the pool keeps a password. */
export async function hashPassword(password: string, iterations: number): Promise<PasswordHash> {
  const salt = randomBytes(16);
  return { salt: toBase64Url(salt), hash: toBase64Url(await derive(password, salt, iterations)), iterations };
}

export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  const candidate = await derive(password, fromBase64Url(stored.salt), stored.iterations);
  return bytesEqual(candidate, fromBase64Url(stored.hash));
}
