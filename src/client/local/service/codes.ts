import { bytesEqual, concatBytes, fromBase64Url, randomBytes, sha256, toBase64Url, utf8Encode } from '../crypto/bytes.js';
import type { CodeRecord } from './records.js';

/** Six random digits, drawn without modulo bias. */
export function generateCode(): string {
  let code = '';
  while (code.length < 6) {
    const [byte = 255] = randomBytes(1);
    if (byte < 250) code += String(byte % 10);
  }
  return code;
}

async function digest(salt: Uint8Array, code: string): Promise<Uint8Array> {
  // Sized by bytes, not characters: whatever the user typed (full-width digits, say) must hash, not throw.
  return sha256(concatBytes(salt, utf8Encode(code)));
}

/** The record to store for a code: a salted hash, never the code. */
export async function codeRecord(code: string, expiresAt: number, attempts: number): Promise<CodeRecord> {
  const salt = randomBytes(16);
  return { salt: toBase64Url(salt), hash: toBase64Url(await digest(salt, code)), expiresAt, attemptsLeft: attempts };
}

export type CodeCheck = 'valid' | 'mismatch' | 'expired' | 'exhausted';

/** Checks a code and spends one attempt on a wrong answer (the caller saves the record). */
export async function checkCode(record: CodeRecord, code: string, now: number): Promise<CodeCheck> {
  if (record.expiresAt <= now) return 'expired';
  if (record.attemptsLeft <= 0) return 'exhausted';
  const matches = bytesEqual(await digest(fromBase64Url(record.salt), code.trim()), fromBase64Url(record.hash));
  if (matches) return 'valid';
  record.attemptsLeft -= 1;
  return record.attemptsLeft <= 0 ? 'exhausted' : 'mismatch';
}
