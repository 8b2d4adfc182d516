// The server side of SRP-6a as Amazon Cognito runs it for USER_SRP_AUTH (and PASSWORD_SRP under USER_AUTH), with
// BigInt. Cognito's variant: the 3072-bit group of RFC 5054 with g = 2, SHA-256, k = H(N, g), u = H(A, B), numbers
// hashed as the even-length hex of their two's-complement bytes, x = H(salt, H(poolName + userId + ':' + password)),
// and a 16-byte HKDF key ("Caldera Derived Key") that signs poolName + userId + secretBlock + timestamp.
import { createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

export const N = BigInt(
  '0xFFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DDEF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7EDEE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3BE39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA051015728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200CBBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF',
);
export const g = 2n;

/** The hex of a non-negative number as Java's BigInteger.toByteArray() spells it: even length, a leading 00 when the top bit is set. */
export function padHex(value: bigint): string {
  let hex = value.toString(16);
  if (hex.length % 2 === 1) hex = `0${hex}`;
  return /^[89a-f]/.test(hex) ? `00${hex}` : hex;
}

export function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

function hashOfHex(hex: string): bigint {
  return BigInt(`0x${sha256Hex(Buffer.from(hex, 'hex'))}`);
}

export function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n;
  let b = ((base % modulus) + modulus) % modulus;
  let e = exponent;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % modulus;
    b = (b * b) % modulus;
    e >>= 1n;
  }
  return result;
}

export const k = hashOfHex(padHex(N) + padHex(g));

export function scrambler(A: bigint, B: bigint): bigint {
  return hashOfHex(padHex(A) + padHex(B));
}

/** x = H(salt | H(poolName userId ":" password)): the private key both sides derive from the password. */
export function privateKey(poolName: string, userId: string, password: string, salt: bigint): bigint {
  return hashOfHex(padHex(salt) + sha256Hex(`${poolName}${userId}:${password}`));
}

export function randomNumber(bytes: number): bigint {
  return BigInt(`0x${randomBytes(bytes).toString('hex')}`);
}

export interface ServerChallenge {
  salt: bigint;
  verifier: bigint;
  b: bigint;
  B: bigint;
}

/** B = k·v + g^b for a verifier already known: a device's, stored when ConfirmDevice registered it. */
export function verifierChallenge(verifier: bigint, salt: bigint): ServerChallenge {
  for (;;) {
    const b = randomNumber(128);
    const B = (k * verifier + modPow(g, b, N)) % N;
    if (B !== 0n) return { salt, verifier, b, B };
  }
}

/** What the server sends back for a client's A: a salt and B = k·v + g^b, v being the password's verifier. */
export function serverChallenge(poolName: string, userId: string, password: string): ServerChallenge {
  const salt = randomNumber(16);
  return verifierChallenge(modPow(g, privateKey(poolName, userId, password, salt), N), salt);
}

/** The 16-byte key both sides derive: HKDF-SHA256 over S, salted with u, info "Caldera Derived Key". */
export function sessionKey(S: bigint, u: bigint): Buffer {
  const key = hkdfSync('sha256', Buffer.from(padHex(S), 'hex'), Buffer.from(padHex(u), 'hex'), 'Caldera Derived Key', 16);
  return Buffer.from(key);
}

/** The server's key for a client's A: S = (A · v^u)^b. Undefined when A is not acceptable (A mod N = 0, u = 0). */
export function serverKey(challenge: ServerChallenge, A: bigint): Buffer | undefined {
  if (A % N === 0n) return undefined;
  const u = scrambler(A, challenge.B);
  if (u === 0n) return undefined;
  const S = modPow(A * modPow(challenge.verifier, u, N), challenge.b, N);
  return sessionKey(S, u);
}

/** The client's key for the server's B: S = (B − k·g^x)^(a + u·x). Used by the tests, as Amplify computes it. */
export function clientKey(a: bigint, B: bigint, x: bigint): Buffer {
  const A = modPow(g, a, N);
  const u = scrambler(A, B);
  const S = modPow(B - k * modPow(g, x, N), a + u * x, N);
  return sessionKey(S, u);
}

/** PASSWORD_CLAIM_SIGNATURE: base64 HMAC-SHA256 under the derived key. */
export function claimSignature(key: Buffer, poolName: string, userId: string, secretBlock: string, timestamp: string): string {
  const message = Buffer.concat([Buffer.from(poolName), Buffer.from(userId), Buffer.from(secretBlock, 'base64'), Buffer.from(timestamp)]);
  return createHmac('sha256', key).update(message).digest('base64');
}

export function signaturesMatch(expected: string, actual: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(actual);
  return a.length === b.length && timingSafeEqual(a, b);
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Cognito's TIMESTAMP: "ddd MMM D HH:mm:ss UTC YYYY" in UTC, the day of the month not padded. */
export function formatTimestamp(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[date.getUTCDay()] ?? ''} ${MONTHS[date.getUTCMonth()] ?? ''} ${date.getUTCDate()} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} UTC ${date.getUTCFullYear()}`;
}

const TIMESTAMP = /^(Sun|Mon|Tue|Wed|Thu|Fri|Sat) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ([1-9]|[12]\d|3[01]) ([01]\d|2[0-3]):([0-5]\d):([0-5]\d) UTC (\d{4})$/;

/** The instant a TIMESTAMP names, or undefined when it is not in Cognito's format. */
export function parseTimestamp(value: string): Date | undefined {
  const match = TIMESTAMP.exec(value);
  if (!match) return undefined;
  const [, , month, day, hours, minutes, seconds, year] = match;
  const date = new Date(Date.UTC(Number(year), MONTHS.indexOf(month ?? ''), Number(day), Number(hours), Number(minutes), Number(seconds)));
  // "Mon Feb 30 ..." or a weekday that is not that date's is not a time Amplify would send.
  return formatTimestamp(date) === value ? date : undefined;
}
