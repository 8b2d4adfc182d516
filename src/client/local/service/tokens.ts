import { AuthError } from '../../errors.js';
import { bytesEqual, fromBase64Url, randomBytes, toBase64Url, utf8Decode, utf8Encode } from '../crypto/bytes.js';
import type { ResolvedConfig } from '../config.js';
import { groupsOf } from './groups.js';
import type { Database, RefreshTokenRecord, UserRecord } from './records.js';

export interface IssuedTokens {
  accessToken: string;
  idToken: string;
  refreshToken: string;
  /** Seconds, as Cognito's ExpiresIn. */
  expiresIn: number;
}

type Claims = Record<string, unknown>;

const HEADER = toBase64Url(utf8Encode(JSON.stringify({ alg: 'HS256', typ: 'JWT' })));

async function hmacKey(db: Database): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', fromBase64Url(db.signingKey), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
}

async function sign(db: Database, claims: Claims): Promise<string> {
  const body = `${HEADER}.${toBase64Url(utf8Encode(JSON.stringify(claims)))}`;
  const signature = new Uint8Array(await crypto.subtle.sign('HMAC', await hmacKey(db), utf8Encode(body)));
  return `${body}.${toBase64Url(signature)}`;
}

/** The claims of a token the pool signed, or undefined when it is malformed or tampered with. */
async function verifiedClaims(db: Database, token: string): Promise<Claims | undefined> {
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== HEADER) return undefined;
  const [header = '', payload = '', signature = ''] = parts;
  try {
    const expected = new Uint8Array(await crypto.subtle.sign('HMAC', await hmacKey(db), utf8Encode(`${header}.${payload}`)));
    if (!bytesEqual(expected, fromBase64Url(signature))) return undefined;
    return JSON.parse(utf8Decode(fromBase64Url(payload))) as Claims;
  } catch {
    return undefined;
  }
}

function idTokenAttributes(user: UserRecord): Claims {
  const claims: Claims = {};
  for (const [key, value] of Object.entries(user.attributes)) {
    if (key === 'sub') continue;
    claims[key] = key.endsWith('_verified') ? value === 'true' : value;
  }
  return claims;
}

/** `cognito:groups`, in both tokens, for a user in groups: by precedence, as the pool's `groups` orders them. */
function groupClaims(config: ResolvedConfig, user: UserRecord): Claims {
  const groups = groupsOf(config, user);
  return groups.length > 0 ? { 'cognito:groups': groups } : {};
}

async function mintAccessAndId(
  db: Database,
  config: ResolvedConfig,
  user: UserRecord,
  session: Pick<RefreshTokenRecord, 'jti' | 'deviceKey'>,
  authTime: number,
): Promise<Pick<IssuedTokens, 'accessToken' | 'idToken' | 'expiresIn'>> {
  const now = Math.floor(config.clock() / 1000);
  const eventId = crypto.randomUUID();
  const originJti = session.jti;
  const groups = groupClaims(config, user);
  const accessToken = await sign(db, {
    sub: user.sub,
    ...groups,
    iss: config.issuer,
    client_id: config.clientId,
    origin_jti: originJti,
    event_id: eventId,
    token_use: 'access',
    scope: 'aws.cognito.signin.user.admin',
    auth_time: authTime,
    iat: now,
    exp: now + Math.floor(config.tokens.accessTtlMs / 1000),
    jti: crypto.randomUUID(),
    username: user.username,
    ...(session.deviceKey === undefined ? {} : { device_key: session.deviceKey }),
  });
  const idToken = await sign(db, {
    ...idTokenAttributes(user),
    sub: user.sub,
    ...groups,
    iss: config.issuer,
    'cognito:username': user.username,
    origin_jti: originJti,
    aud: config.clientId,
    event_id: eventId,
    token_use: 'id',
    auth_time: authTime,
    iat: now,
    exp: now + Math.floor(config.tokens.idTtlMs / 1000),
    jti: crypto.randomUUID(),
  });
  return { accessToken, idToken, expiresIn: Math.floor(config.tokens.accessTtlMs / 1000) };
}

/** Tokens for a completed sign-in: a new refresh token, and access and ID tokens descended from it. */
export async function issueTokens(
  db: Database,
  config: ResolvedConfig,
  user: UserRecord,
  details: Pick<RefreshTokenRecord, 'authFlowType' | 'loginId' | 'deviceKey' | 'deviceGroupKey'>,
): Promise<IssuedTokens> {
  const now = config.clock();
  const jti = toBase64Url(randomBytes(16));
  const expiresAt = now + config.tokens.refreshTtlMs;
  const record: RefreshTokenRecord = { jti, sub: user.sub, username: user.username, clientId: config.clientId, expiresAt, revoked: false, ...details };
  db.refreshTokens.set(jti, record);
  const authTime = Math.floor(now / 1000);
  const refreshToken = await sign(db, {
    token_use: 'refresh',
    jti,
    sub: user.sub,
    username: user.username,
    client_id: config.clientId,
    iss: config.issuer,
    auth_time: authTime,
    iat: authTime,
    exp: Math.floor(expiresAt / 1000),
  });
  return { ...(await mintAccessAndId(db, config, user, record, authTime)), refreshToken };
}

/**
 * A token is good only for the session record it names, and only if it agrees with that record on who and
 * which client: a persisted pool's signing key is readable by any script on the origin, so a signature alone
 * proves little.
 */
function boundTo(record: RefreshTokenRecord, claims: Claims, config: ResolvedConfig): boolean {
  return (
    claims.iss === config.issuer &&
    claims.sub === record.sub &&
    claims.username === record.username &&
    claims.client_id === record.clientId &&
    record.clientId === config.clientId
  );
}

/** The user a session record is for: the same username and the same sub (a deleted and re-created user is not). */
function sessionUser(db: Database, record: RefreshTokenRecord): UserRecord | undefined {
  const user = db.users.get(record.username);
  return user?.sub === record.sub ? user : undefined;
}

/** The user an access token speaks for; throws NotAuthorizedException as Cognito does for a bad token. */
export async function authorize(db: Database, config: ResolvedConfig, accessToken: string): Promise<UserRecord> {
  return (await authorizeSession(db, config, accessToken)).user;
}

/** The user an access token speaks for, and the signed-in session (refresh token record) it descends from. */
export async function authorizeSession(db: Database, config: ResolvedConfig, accessToken: string): Promise<{ user: UserRecord; session: RefreshTokenRecord }> {
  const claims = await verifiedClaims(db, accessToken);
  if (claims?.token_use !== 'access') throw new AuthError({ name: 'NotAuthorizedException', message: 'Invalid Access Token' });
  if (typeof claims.exp !== 'number' || claims.exp * 1000 <= config.clock()) {
    throw new AuthError({ name: 'NotAuthorizedException', message: 'Access Token has expired' });
  }
  const origin = claims.origin_jti;
  const record = typeof origin === 'string' ? db.refreshTokens.get(origin) : undefined;
  if (typeof origin !== 'string' || db.revokedOrigins.has(origin) || record?.revoked !== false) {
    throw new AuthError({ name: 'NotAuthorizedException', message: 'Access Token has been revoked' });
  }
  if (!boundTo(record, claims, config)) throw new AuthError({ name: 'NotAuthorizedException', message: 'Invalid Access Token' });
  const user = sessionUser(db, record);
  if (!user) throw new AuthError({ name: 'UserNotFoundException', message: 'User does not exist.' });
  if (!user.enabled) throw new AuthError({ name: 'NotAuthorizedException', message: 'User is disabled.' });
  return { user, session: record };
}

/** New access and ID tokens for a refresh token (Cognito's REFRESH_TOKEN_AUTH; the refresh token is kept). */
export async function refreshTokens(
  db: Database,
  config: ResolvedConfig,
  refreshToken: string,
): Promise<Pick<IssuedTokens, 'accessToken' | 'idToken' | 'expiresIn'>> {
  const claims = await verifiedClaims(db, refreshToken);
  const record = claims?.token_use === 'refresh' && typeof claims.jti === 'string' ? db.refreshTokens.get(claims.jti) : undefined;
  if (!claims || !record || record.revoked) throw new AuthError({ name: 'NotAuthorizedException', message: 'Refresh Token has been revoked' });
  if (record.expiresAt <= config.clock()) throw new AuthError({ name: 'NotAuthorizedException', message: 'Refresh Token has expired' });
  if (!boundTo(record, claims, config)) throw new AuthError({ name: 'NotAuthorizedException', message: 'Invalid Refresh Token' });
  const user = sessionUser(db, record);
  if (!user) throw new AuthError({ name: 'NotAuthorizedException', message: 'User does not exist.' });
  if (!user.enabled) throw new AuthError({ name: 'NotAuthorizedException', message: 'User is disabled.' });
  return mintAccessAndId(db, config, user, record, typeof claims.auth_time === 'number' ? claims.auth_time : 0);
}

function revoke(db: Database, config: ResolvedConfig, jti: string): void {
  const record = db.refreshTokens.get(jti);
  if (record) record.revoked = true;
  db.revokedOrigins.set(jti, { expiresAt: config.clock() + config.tokens.accessTtlMs });
}

/** RevokeToken: the refresh token and every access token minted from it. Unknown tokens are ignored, as Cognito does. */
export async function revokeRefreshToken(db: Database, config: ResolvedConfig, refreshToken: string): Promise<void> {
  const claims = await verifiedClaims(db, refreshToken);
  if (typeof claims?.jti === 'string') revoke(db, config, claims.jti);
}

/** GlobalSignOut: every refresh token of the user, on every device, and their access tokens. */
export function revokeAllTokens(db: Database, config: ResolvedConfig, user: UserRecord): void {
  for (const record of db.refreshTokens.values()) if (record.sub === user.sub) revoke(db, config, record.jti);
}
