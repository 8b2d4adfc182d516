// @vitest-environment node
import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { claimsOf, createTestPool, failure, PASSWORD, storedTokens, type InspectableStorage, type TestPool } from '../../support/local-pool.js';

const ANA = 'ana@example.com';
const BEA = 'bea@example.com';
const TOKENS_KEY = 'gatehouse.local_gatehouse.gatehouse-local-client.tokens';

/** The pool's signing key, as any script on the origin can read it from the persisted database. */
function signingKey(pool: TestPool): Uint8Array<ArrayBuffer> {
  const [raw = '{}'] = Object.values(pool.persistence.contents());
  return Uint8Array.from(Buffer.from((JSON.parse(raw) as { signingKey: string }).signingKey, 'base64url'));
}

/** A token signed with the pool's own key, as a script that read it would mint one. */
async function mint(pool: TestPool, claims: Record<string, unknown>): Promise<string> {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const body = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}`;
  const key = await crypto.subtle.importKey('raw', signingKey(pool), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const signature = Buffer.from(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(body))).toString('base64url');
  return `${body}.${signature}`;
}

function tokensOf(storage: InspectableStorage): { accessToken: string; idToken: string; refreshToken: string } {
  const tokens = storedTokens(storage);
  if (!tokens) throw new Error('Not signed in.');
  return tokens;
}

function replaceTokens(storage: InspectableStorage, change: Partial<{ accessToken: string; refreshToken: string }>): void {
  const stored = JSON.parse(storage.getItem(TOKENS_KEY) ?? '{}') as Record<string, unknown>;
  storage.setItem(TOKENS_KEY, JSON.stringify({ ...stored, ...change }));
}

/** Ana signed in on one device, Bea on another, both on one persisted pool. */
async function twoSessions() {
  const pool = createTestPool();
  await pool.seedUser({ username: ANA, password: PASSWORD, attributes: { name: 'Ana' } });
  await pool.seedUser({ username: BEA, password: PASSWORD, attributes: { name: 'Bea' } });
  await pool.client.signIn({ username: ANA, password: PASSWORD });
  const bea = pool.otherDevice();
  await bea.client.signIn({ username: BEA, password: PASSWORD });
  return { pool, ana: claimsOf(tokensOf(pool.storage).accessToken), bea: claimsOf(tokensOf(bea.storage).accessToken), anaRefresh: claimsOf(tokensOf(pool.storage).refreshToken) };
}

const INVALID_ACCESS = { name: 'NotAuthorizedException', message: 'Invalid Access Token' };

describe('tokens of a persisted pool are bound to their session record', () => {
  it('accepts a token re-minted with the very claims of its session (the check is not on the signature alone)', async () => {
    const { pool, ana } = await twoSessions();
    replaceTokens(pool.storage, { accessToken: await mint(pool, ana) });
    expect(await pool.client.fetchUserAttributes()).toMatchObject({ email: ANA, name: 'Ana' });
  });

  it.each([
    ['another user’s sub and username', (ana: Record<string, unknown>, bea: Record<string, unknown>) => ({ ...ana, sub: bea.sub, username: bea.username })],
    ['another user’s sub only', (ana: Record<string, unknown>, bea: Record<string, unknown>) => ({ ...ana, sub: bea.sub })],
    ['another username only', (ana: Record<string, unknown>, bea: Record<string, unknown>) => ({ ...ana, username: bea.username })],
    ['another app client', (ana: Record<string, unknown>) => ({ ...ana, client_id: 'someone-elses-client' })],
    ['another issuer', (ana: Record<string, unknown>) => ({ ...ana, iss: 'https://cognito-idp.localhost/other_pool' })],
  ])('refuses an access token naming Ana’s session with %s', async (_, forge) => {
    const { pool, ana, bea } = await twoSessions();
    replaceTokens(pool.storage, { accessToken: await mint(pool, forge(ana, bea)) });
    expect(await failure(pool.client.fetchUserAttributes())).toEqual(INVALID_ACCESS);
    expect(await failure(pool.client.updateUserAttributes({ userAttributes: { name: 'Mallory' } }))).toEqual(INVALID_ACCESS);
    // Neither account changed.
    expect((await pool.client.admin.getUser(BEA))?.attributes.name).toBe('Bea');
    expect((await pool.client.admin.getUser(ANA))?.attributes.name).toBe('Ana');
  });

  it('refuses an access token naming Bea’s session with Ana’s identity', async () => {
    const { pool, ana, bea } = await twoSessions();
    replaceTokens(pool.storage, { accessToken: await mint(pool, { ...ana, origin_jti: bea.origin_jti }) });
    expect(await failure(pool.client.fetchUserAttributes())).toEqual(INVALID_ACCESS);
  });

  it('refuses a refresh token naming Ana’s session with another sub, and ends the local session', async () => {
    const { pool, anaRefresh, bea } = await twoSessions();
    const forged = await mint(pool, { ...anaRefresh, sub: bea.sub, username: bea.username });
    replaceTokens(pool.storage, { refreshToken: forged });
    expect(await pool.client.fetchAuthSession({ forceRefresh: true })).toEqual({});
    expect(pool.events.at(-1)).toMatchObject({ event: 'tokenRefresh_failure', data: { error: { name: 'NotAuthorizedException', message: 'Invalid Refresh Token' } } });
    expect(storedTokens(pool.storage)).toBeUndefined();
  });

  it('refuses an access token presented as a refresh token', async () => {
    const { pool, ana } = await twoSessions();
    replaceTokens(pool.storage, { refreshToken: await mint(pool, { ...ana, jti: ana.origin_jti }) });
    expect(await pool.client.fetchAuthSession({ forceRefresh: true })).toEqual({});
    expect(pool.events.at(-1)).toMatchObject({ event: 'tokenRefresh_failure' });
  });
});
