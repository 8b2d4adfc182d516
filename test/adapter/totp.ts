import { TOTP } from 'otpauth';

/** The current code of an authenticator app holding that secret. */
export function totpCode(secret: string): string {
  return new TOTP({ secret, digits: 6, period: 30, algorithm: 'SHA1' }).generate();
}
