import { AuthError } from '../../errors.js';
import type { SocialProvider } from '../../types.js';
import { randomBytes, sha256, toBase64Url, utf8Encode } from '../crypto/bytes.js';
import type { ServiceContext } from './delivery.js';
import type { Database } from './records.js';
import { issueTokens, type IssuedTokens } from './tokens.js';
import { newUserRecord } from './users.js';

export function providerName(provider: SocialProvider): string {
  return typeof provider === 'string' ? provider : provider.custom;
}

/**
 * The simulated identity provider's side of a redirect sign-in: the profile configured for the provider
 * becomes (or updates) a federated user, and a single-use authorization code stands for it.
 */
export async function authorizeFederated(ctx: ServiceContext, db: Database, provider: SocialProvider): Promise<string> {
  const name = providerName(provider);
  const profile = ctx.config.federation.find((p) => providerName(p.provider) === name);
  if (!profile) {
    throw new AuthError({ name: 'OAuthNotConfigureException', message: `The identity provider ${name} is not configured for this user pool.` });
  }
  const subject = toBase64Url(await sha256(utf8Encode(`${name}:${profile.attributes.email}`))).slice(0, 16);
  const username = `${name.toLowerCase()}_${subject}`;
  const now = ctx.config.clock();
  const attributes: Record<string, string> = { ...profile.attributes, email_verified: 'true' };
  const existing = db.users.get(username);
  if (existing) {
    Object.assign(existing.attributes, attributes);
    existing.updatedAt = now;
  } else {
    db.users.set(username, newUserRecord(username, crypto.randomUUID(), 'CONFIRMED', attributes, now));
  }
  const code = toBase64Url(randomBytes(24));
  db.authorizationCodes.set(code, { code, username, expiresAt: now + 5 * 60_000 });
  return code;
}

/** The token endpoint: a code is good once. */
export async function exchangeAuthorizationCode(ctx: ServiceContext, db: Database, code: string): Promise<{ tokens: IssuedTokens; username: string; sub: string }> {
  const record = db.authorizationCodes.get(code);
  db.authorizationCodes.delete(code);
  const user = record && db.users.get(record.username);
  if (!record || !user) throw new AuthError({ name: 'NotAuthorizedException', message: 'invalid_grant' });
  const loginId = user.attributes.email ?? user.username;
  const tokens = await issueTokens(db, ctx.config, user, { authFlowType: 'USER_SRP_AUTH', loginId });
  return { tokens, username: user.username, sub: user.sub };
}
