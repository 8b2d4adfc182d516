import { base32Decode, base32Encode } from './base32.js';
import { bytesEqual, randomBytes, utf8Encode } from './bytes.js';

export type TotpAlgorithm = 'SHA-1' | 'SHA-256' | 'SHA-512';

export interface TotpOptions {
  digits?: number;
  periodSeconds?: number;
  algorithm?: TotpAlgorithm;
}

export interface VerifyTotpOptions extends TotpOptions {
  /** Time steps of clock drift accepted on each side of the current one. */
  window?: number;
}

interface ResolvedOptions {
  digits: number;
  periodSeconds: number;
  algorithm: TotpAlgorithm;
}

function resolve(options: TotpOptions): ResolvedOptions {
  const { digits = 6, periodSeconds = 30, algorithm = 'SHA-1' } = options;
  // Dynamic truncation yields 31 bits, so more than 10 digits would only add leading zeros.
  if (!Number.isInteger(digits) || digits < 6 || digits > 10) throw new RangeError('TOTP digits must be 6 to 10.');
  if (!Number.isInteger(periodSeconds) || periodSeconds < 1) {
    throw new RangeError('TOTP period must be a positive whole number of seconds.');
  }
  return { digits, periodSeconds, algorithm };
}

function timeStep(timeMs: number, periodSeconds: number): number {
  return Math.floor(timeMs / 1000 / periodSeconds);
}

async function importSecret(secretBase32: string, algorithm: TotpAlgorithm): Promise<CryptoKey> {
  const params: HmacImportParams = { name: 'HMAC', hash: algorithm };
  return globalThis.crypto.subtle.importKey('raw', base32Decode(secretBase32), params, false, ['sign']);
}

/** RFC 4226 HOTP: HMAC of the 8-byte big-endian counter, dynamically truncated. */
async function hotp(key: CryptoKey, counter: number, digits: number): Promise<string> {
  const message = new Uint8Array(8);
  new DataView(message.buffer).setBigUint64(0, BigInt(counter));
  const mac = new Uint8Array(await globalThis.crypto.subtle.sign('HMAC', key, message));
  const offset = (mac[mac.length - 1] ?? 0) & 0x0f;
  const binary = new DataView(mac.buffer).getUint32(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, '0');
}

/** 20 random bytes (160 bits, the RFC 4226 recommendation), as 32 base32 characters. */
export function generateTotpSecret(): string {
  return base32Encode(randomBytes(20));
}

export async function totpAt(secretBase32: string, timeMs: number, options: TotpOptions = {}): Promise<string> {
  const { digits, periodSeconds, algorithm } = resolve(options);
  return hotp(await importSecret(secretBase32, algorithm), timeStep(timeMs, periodSeconds), digits);
}

/**
 * The time-step counter the code matched, or undefined. Callers store the counter to refuse a
 * second use of the same code.
 */
export async function verifyTotp(
  secretBase32: string,
  code: string,
  timeMs: number,
  options: VerifyTotpOptions = {},
): Promise<number | undefined> {
  const { digits, periodSeconds, algorithm } = resolve(options);
  const window = options.window ?? 1;
  if (code.length !== digits || !/^\d+$/.test(code)) return undefined;
  const key = await importSecret(secretBase32, algorithm);
  const current = timeStep(timeMs, periodSeconds);
  const expected = utf8Encode(code);
  for (let counter = Math.max(0, current - window); counter <= current + window; counter++) {
    if (bytesEqual(utf8Encode(await hotp(key, counter, digits)), expected)) return counter;
  }
  return undefined;
}
