import type { JwtPayload } from '../../types.js';
import { fromBase64Url, utf8Decode } from '../crypto/bytes.js';

/** The payload of a token, read without verifying it: the client trusts its own storage, as Amplify does. */
export function decodeJwt(token: string): JwtPayload {
  const [, payload = ''] = token.split('.');
  try {
    return JSON.parse(utf8Decode(fromBase64Url(payload))) as JwtPayload;
  } catch {
    return {};
  }
}

/** When a token expires, in milliseconds (0 when it says nothing). */
export function expiresAt(token: string): number {
  const { exp } = decodeJwt(token);
  return typeof exp === 'number' ? exp * 1000 : 0;
}
