import { createSign } from 'node:crypto';
import { createRequire } from 'node:module';
import type { Services } from 'cognito-local/lib/services/index.js';
import type { AppClient } from 'cognito-local/lib/services/appClient.js';
import type { Context } from 'cognito-local/lib/services/context.js';
import type { User, UserPoolService } from 'cognito-local/lib/services/userPoolService.js';
import { cognitoError } from './errors.js';

const require = createRequire(import.meta.url);
const signingKey = (require('cognito-local/lib/keys/cognitoLocal.private.json') as { pem: string }).pem;

function base64url(value: string | Buffer): string {
  return Buffer.from(value).toString('base64url');
}

export function decodeJwt(token: string): Record<string, unknown> | undefined {
  const payload = token.split('.')[1];
  if (payload === undefined) return undefined;
  try {
    return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/** Signs a payload as cognito-local signs its tokens (RS256, its key id), so its own checks accept it. */
function signJwt(payload: Record<string, unknown>): string {
  const head = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: 'CognitoLocal' }));
  const body = base64url(JSON.stringify(payload));
  const signature = createSign('RSA-SHA256').update(`${head}.${body}`).sign(signingKey);
  return `${head}.${body}.${base64url(signature)}`;
}

/**
 * Cognito marks the access and ID tokens with `origin_jti`, the id of the refresh token they came from: Amplify's
 * signOut revokes the refresh token only when it sees that claim, and a revoked origin revokes every token minted
 * from it. cognito-local's tokens lack it; these are re-signed with it.
 */
function withOrigin(token: string, originJti: string): string {
  return signJwt({ ...decodeJwt(token), origin_jti: originJti });
}

function jtiOf(token: string): string {
  const jti = decodeJwt(token)?.jti;
  if (typeof jti !== 'string') throw cognitoError.invalidRefreshToken();
  return jti;
}

/** Refresh-token origins revoked by RevokeToken or GlobalSignOut. */
export class Revocations {
  readonly #origins = new Set<string>();

  revokeRefreshToken(token: string): void {
    this.#origins.add(jtiOf(token));
  }

  /** Rejects an access token whose refresh token was revoked, as Cognito does for every call that takes one. */
  assertAccessToken(token: string): void {
    const origin = decodeJwt(token)?.origin_jti;
    if (typeof origin === 'string' && this.#origins.has(origin)) throw cognitoError.revokedAccessToken();
  }
}

export interface AuthenticationResult {
  AccessToken: string;
  IdToken: string;
  RefreshToken?: string;
  ExpiresIn: number;
  TokenType: 'Bearer';
}

/**
 * Mints tokens through cognito-local's generator, then adds `origin_jti`. With `refreshToken` they are a refresh's:
 * the same origin, and no new refresh token.
 */
export async function issueTokens(
  services: Services,
  ctx: Context,
  pool: UserPoolService,
  client: AppClient,
  user: User,
  refreshToken?: string,
): Promise<AuthenticationResult> {
  const groups = await pool.listUserGroupMembership(ctx, user);
  const minted = await services.tokenGenerator.generate(ctx, user, groups, client, undefined, refreshToken ? 'RefreshTokens' : 'Authentication');
  const origin = jtiOf(refreshToken ?? minted.RefreshToken);
  if (!refreshToken) await pool.storeRefreshToken(ctx, minted.RefreshToken, user);
  const accessToken = withOrigin(minted.AccessToken, origin);
  const exp = Number(decodeJwt(accessToken)?.exp ?? 0);
  return {
    AccessToken: accessToken,
    IdToken: withOrigin(minted.IdToken, origin),
    ...(refreshToken ? {} : { RefreshToken: minted.RefreshToken }),
    ExpiresIn: Math.max(0, exp - Math.floor(Date.now() / 1000)),
    TokenType: 'Bearer',
  };
}
