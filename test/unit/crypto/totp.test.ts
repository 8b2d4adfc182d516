import * as OTPAuth from 'otpauth';
import { describe, expect, it, vi } from 'vitest';
import { base32Decode, base32Encode } from '../../../src/client/local/crypto/base32.js';
import { utf8Encode } from '../../../src/client/local/crypto/bytes.js';
import {
  generateTotpSecret,
  type TotpAlgorithm,
  totpAt,
  verifyTotp,
} from '../../../src/client/local/crypto/totp.js';

// RFC 6238 Appendix B: the seeds are ASCII digits of 20, 32 and 64 bytes.
const seeds: Record<TotpAlgorithm, string> = {
  'SHA-1': '12345678901234567890',
  'SHA-256': '12345678901234567890123456789012',
  'SHA-512': '1234567890123456789012345678901234567890123456789012345678901234',
};

const vectors: [number, TotpAlgorithm, string][] = [
  [59, 'SHA-1', '94287082'],
  [59, 'SHA-256', '46119246'],
  [59, 'SHA-512', '90693936'],
  [1111111109, 'SHA-1', '07081804'],
  [1111111109, 'SHA-256', '68084774'],
  [1111111109, 'SHA-512', '25091201'],
  [1111111111, 'SHA-1', '14050471'],
  [1111111111, 'SHA-256', '67062674'],
  [1111111111, 'SHA-512', '99943326'],
  [1234567890, 'SHA-1', '89005924'],
  [1234567890, 'SHA-256', '91819424'],
  [1234567890, 'SHA-512', '93441116'],
  [2000000000, 'SHA-1', '69279037'],
  [2000000000, 'SHA-256', '90698825'],
  [2000000000, 'SHA-512', '38618901'],
  [20000000000, 'SHA-1', '65353130'],
  [20000000000, 'SHA-256', '77737706'],
  [20000000000, 'SHA-512', '47863826'],
];

const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const now = 1_700_000_000_000;
const step = 30_000;

function otpauthCode(timestamp: number): string {
  return new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate({ timestamp });
}

describe('totpAt', () => {
  it('has 18 RFC 6238 vectors', () => {
    expect(vectors).toHaveLength(18);
  });

  it.each(vectors)('at %i s with %s gives %s (RFC 6238)', async (seconds, algorithm, expected) => {
    const seed = base32Encode(utf8Encode(seeds[algorithm]));
    expect(await totpAt(seed, seconds * 1000, { algorithm, digits: 8 })).toBe(expected);
  });

  it('defaults to 6 digits, 30 seconds and SHA-1, like the otpauth library', async () => {
    for (const timestamp of [0, 59_000, now, now + 29_999, now + 30_000]) {
      expect(await totpAt(secret, timestamp)).toBe(otpauthCode(timestamp));
    }
  });

  it('honours a different period', async () => {
    const code = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), period: 60 }).generate({ timestamp: now });
    expect(await totpAt(secret, now, { periodSeconds: 60 })).toBe(code);
  });

  it('refuses digit counts outside 6 to 10', async () => {
    await expect(totpAt(secret, now, { digits: 4 })).rejects.toThrow(RangeError);
    await expect(totpAt(secret, now, { digits: 11 })).rejects.toThrow(RangeError);
  });
});

describe('verifyTotp', () => {
  const counter = Math.floor(now / step);

  it('accepts a code from the independent otpauth library and returns its time step', async () => {
    expect(await verifyTotp(secret, otpauthCode(now), now)).toBe(counter);
  });

  it('accepts one step of drift either way and reports the step the code belongs to', async () => {
    expect(await verifyTotp(secret, otpauthCode(now - step), now)).toBe(counter - 1);
    expect(await verifyTotp(secret, otpauthCode(now + step), now)).toBe(counter + 1);
  });

  it('rejects two steps of drift', async () => {
    expect(await verifyTotp(secret, otpauthCode(now - 2 * step), now)).toBeUndefined();
    expect(await verifyTotp(secret, otpauthCode(now + 2 * step), now)).toBeUndefined();
  });

  it('accepts no drift with window 0', async () => {
    expect(await verifyTotp(secret, otpauthCode(now - step), now, { window: 0 })).toBeUndefined();
    expect(await verifyTotp(secret, otpauthCode(now), now, { window: 0 })).toBe(counter);
  });

  it('rejects a wrong code', async () => {
    const code = otpauthCode(now);
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    expect(await verifyTotp(secret, wrong, now, { window: 0 })).toBeUndefined();
  });

  it.each(['12345', '1234567', '12345a', ' 12345', '١٢٣٤٥٦'])('rejects %j without computing any HMAC', async (code) => {
    const importKey = vi.spyOn(globalThis.crypto.subtle, 'importKey');
    try {
      expect(await verifyTotp(secret, code, now)).toBeUndefined();
      expect(importKey).not.toHaveBeenCalled();
    } finally {
      importKey.mockRestore();
    }
  });

  it('verifies 8-digit SHA-256 codes', async () => {
    const seed = base32Encode(utf8Encode(seeds['SHA-256']));
    expect(await verifyTotp(seed, '91819424', 1234567890_000, { algorithm: 'SHA-256', digits: 8 })).toBe(
      Math.floor(1234567890 / 30),
    );
  });
});

describe('generateTotpSecret', () => {
  it('is 32 base32 characters holding 20 fresh random bytes', () => {
    const generated = generateTotpSecret();
    expect(generated).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32Decode(generated)).toHaveLength(20);
    expect(generateTotpSecret()).not.toBe(generated);
  });
});
