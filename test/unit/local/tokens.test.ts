import { describe, expect, it } from 'vitest';
import type { AuthEvent } from '../../../src/client/types.js';
import { anyOf, claimsOf, createTestPool, expectNoSecretsInStorage, failure, HOUR, PASSWORD, SECOND, storedTokens, T0 } from '../../support/local-pool.js';

const EMAIL = 'ana@example.com';
const DAY = 24 * HOUR;
const JWT = /^[\w-]+\.[\w-]+\.[\w-]+$/;

async function signedIn(options: Parameters<typeof createTestPool>[0] = {}) {
  const pool = createTestPool(options);
  await pool.seedUser({ username: EMAIL, password: PASSWORD, attributes: { name: 'Ana' } });
  await pool.client.signIn({ username: EMAIL, password: PASSWORD });
  return pool;
}

function names(events: AuthEvent[]): string[] {
  return events.map((e) => e.event);
}

describe('tokens', () => {
  it('issues JWT-shaped id, access and refresh tokens with Cognito’s claims and expiry', async () => {
    const p = await signedIn();
    const session = await p.client.fetchAuthSession();
    const user = await p.client.getCurrentUser();
    const now = T0 / 1000;
    expect(session.userSub).toBe(user.userId);
    expect(session.tokens?.signInDetails).toEqual({ loginId: EMAIL, authFlowType: 'USER_SRP_AUTH' });
    expect(session.tokens?.accessToken.toString()).toMatch(JWT);
    expect(session.tokens?.accessToken.payload).toMatchObject({
      sub: user.userId,
      iss: 'https://cognito-idp.localhost/local_gatehouse',
      client_id: 'gatehouse-local-client',
      token_use: 'access',
      scope: 'aws.cognito.signin.user.admin',
      username: user.username,
      auth_time: now,
      iat: now,
      exp: now + 3600,
    });
    expect(session.tokens?.idToken?.toString()).toMatch(JWT);
    expect(session.tokens?.idToken?.payload).toMatchObject({
      sub: user.userId,
      aud: 'gatehouse-local-client',
      token_use: 'id',
      'cognito:username': user.username,
      email: EMAIL,
      email_verified: true,
      name: 'Ana',
      exp: now + 3600,
    });
    expect(claimsOf(session.tokens?.idToken?.toString() ?? '')).toEqual(session.tokens?.idToken?.payload);
    const refreshToken = storedTokens(p.storage)?.refreshToken ?? '';
    expect(refreshToken).toMatch(JWT);
    expect(claimsOf(refreshToken)).toMatchObject({ token_use: 'refresh', sub: user.userId, exp: now + 30 * 24 * 3600 });
    expectNoSecretsInStorage(p);
  });

  it('refreshes expired tokens in fetchAuthSession and emits tokenRefresh', async () => {
    const p = await signedIn();
    const before = storedTokens(p.storage);
    p.advance(HOUR - SECOND);
    expect((await p.client.fetchAuthSession()).tokens?.accessToken.toString()).toBe(before?.accessToken);
    expect(names(p.events)).toEqual(['signedIn']);
    p.advance(SECOND);
    const session = await p.client.fetchAuthSession();
    expect(session.tokens?.accessToken.payload.iat).toBe(T0 / 1000 + 3600);
    expect(session.tokens?.accessToken.payload.auth_time).toBe(T0 / 1000);
    expect(names(p.events)).toEqual(['signedIn', 'tokenRefresh']);
    const after = storedTokens(p.storage);
    expect(after?.accessToken).toBe(session.tokens?.accessToken.toString());
    expect(after?.refreshToken).toBe(before?.refreshToken);
    expect((await p.client.fetchUserAttributes()).email).toBe(EMAIL);
  });

  it('refreshes on forceRefresh before expiry', async () => {
    const p = await signedIn();
    const before = (await p.client.fetchAuthSession()).tokens?.accessToken;
    p.advance(10 * SECOND);
    const after = (await p.client.fetchAuthSession({ forceRefresh: true })).tokens?.accessToken;
    expect(after?.toString()).not.toBe(before?.toString());
    expect(after?.payload.jti).not.toBe(before?.payload.jti);
    expect(after?.payload.iat).toBe(T0 / 1000 + 10);
    expect(names(p.events)).toEqual(['signedIn', 'tokenRefresh']);
  });

  it('shares one refresh between concurrent callers', async () => {
    const p = await signedIn();
    p.advance(HOUR);
    const [a, b] = await Promise.all([p.client.fetchAuthSession(), p.client.fetchAuthSession()]);
    expect(a.tokens?.accessToken.toString()).toBe(b.tokens?.accessToken.toString());
    expect(names(p.events)).toEqual(['signedIn', 'tokenRefresh']);
  });

  it('ends the session when the refresh token expires: tokenRefresh_failure, tokens cleared', async () => {
    const p = await signedIn();
    p.advance(30 * DAY);
    expect(await p.client.fetchAuthSession()).toEqual({});
    expect(p.events.at(-1)).toMatchObject({ event: 'tokenRefresh_failure', data: { error: { name: 'NotAuthorizedException' } } });
    expect(storedTokens(p.storage)).toBeUndefined();
    expect(await failure(p.client.getCurrentUser())).toMatchObject({ name: 'UserUnAuthenticatedException' });
  });

  it('global sign-out revokes every session of the user, on every device', async () => {
    const p = await signedIn();
    const laptop = p.otherDevice();
    await laptop.client.signIn({ username: EMAIL, password: PASSWORD });
    expect((await laptop.client.fetchAuthSession({ forceRefresh: true })).tokens).toBeDefined();

    await p.client.signOut({ global: true });
    expect(names(p.events)).toEqual(['signedIn', 'signedOut']);
    expect(storedTokens(p.storage)).toBeUndefined();

    // The laptop's access token is refused by the service, and its refresh token no longer works.
    expect(await failure(laptop.client.fetchUserAttributes())).toEqual({ name: 'NotAuthorizedException', message: 'Access Token has been revoked' });
    expect(await laptop.client.fetchAuthSession({ forceRefresh: true })).toEqual({});
    expect(laptop.events.at(-1)).toMatchObject({ event: 'tokenRefresh_failure', data: { error: { name: 'NotAuthorizedException' } } });
    expect(storedTokens(laptop.storage)).toBeUndefined();
    expect(laptop.storage.contents()).toEqual({});
    expectNoSecretsInStorage(p);
  });

  it('global sign-out after expiry fails the other device’s automatic refresh too', async () => {
    const p = await signedIn();
    const laptop = p.otherDevice();
    await laptop.client.signIn({ username: EMAIL, password: PASSWORD });
    await p.client.signOut({ global: true });
    p.advance(HOUR);
    expect(await laptop.client.fetchAuthSession()).toEqual({});
    expect(names(laptop.events)).toEqual(['signedIn', 'tokenRefresh_failure']);
  });

  it('local sign-out revokes only this device’s refresh token', async () => {
    const p = await signedIn();
    const laptop = p.otherDevice();
    await laptop.client.signIn({ username: EMAIL, password: PASSWORD });
    const snapshot = p.storage.contents();

    await p.client.signOut();
    expect(p.storage.contents()).toEqual({});
    expect(names(p.events)).toEqual(['signedIn', 'signedOut']);
    expect(await p.client.fetchAuthSession()).toEqual({});

    // A copy of the signed-out tokens (say, stolen before sign-out) no longer refreshes.
    const thief = p.otherDevice();
    for (const [key, value] of Object.entries(snapshot)) thief.storage.setItem(key, value);
    expect(await thief.client.fetchAuthSession({ forceRefresh: true })).toEqual({});
    expect(names(thief.events)).toEqual(['tokenRefresh_failure']);

    // The laptop's own session is untouched.
    expect((await laptop.client.fetchAuthSession({ forceRefresh: true })).tokens?.accessToken.payload.token_use).toBe('access');
    expect((await laptop.client.fetchUserAttributes()).email).toBe(EMAIL);
  });

  it('refuses the tokens of a disabled user', async () => {
    const p = await signedIn();
    await p.client.admin.setUserEnabled(EMAIL, false);
    expect(await failure(p.client.fetchUserAttributes())).toEqual({ name: 'NotAuthorizedException', message: 'User is disabled.' });
    expect(await p.client.fetchAuthSession({ forceRefresh: true })).toEqual({});
  });
});

describe('events', () => {
  it('emits signedIn with the user and signedOut, until unsubscribed', async () => {
    const p = createTestPool();
    await p.seedUser({ username: EMAIL, password: PASSWORD });
    const seen: AuthEvent[] = [];
    const stop = p.client.subscribe((event) => seen.push(event));
    await p.client.signIn({ username: EMAIL, password: PASSWORD });
    const user = await p.client.getCurrentUser();
    expect(seen).toEqual([{ event: 'signedIn', data: user }]);
    expect(user).toEqual({ username: user.userId, userId: anyOf(String), signInDetails: { loginId: EMAIL, authFlowType: 'USER_SRP_AUTH' } });
    await p.client.signOut();
    expect(seen.map((e) => e.event)).toEqual(['signedIn', 'signedOut']);
    stop();
    await p.client.signIn({ username: EMAIL, password: PASSWORD });
    expect(seen).toHaveLength(2);
    expect(names(p.events)).toEqual(['signedIn', 'signedOut', 'signedIn']);
  });
});

describe('signInWithRedirect', () => {
  const federation = [{ provider: 'Google' as const, attributes: { email: 'gina@gmail.example', name: 'Gina' } }];

  it('signs in with a simulated identity provider profile', async () => {
    const p = createTestPool({ federation });
    await p.client.signInWithRedirect({ provider: 'Google' });
    expect(names(p.events)).toEqual(['signInWithRedirect', 'signedIn']);
    const user = await p.client.getCurrentUser();
    expect(user.username).toMatch(/^google_/);
    expect(user.signInDetails?.loginId).toBe('gina@gmail.example');
    expect(await p.client.fetchUserAttributes()).toMatchObject({ email: 'gina@gmail.example', email_verified: 'true', name: 'Gina' });
    expect((await p.client.fetchAuthSession()).tokens?.idToken?.payload.email).toBe('gina@gmail.example');

    // The same profile comes back as the same user.
    await p.client.signOut();
    await p.client.signInWithRedirect({ provider: 'Google' });
    expect((await p.client.getCurrentUser()).userId).toBe(user.userId);
    expect(await p.client.admin.listUsers()).toHaveLength(1);
  });

  it('fails for a provider the pool does not have, with signInWithRedirect_failure', async () => {
    const p = createTestPool({ federation });
    expect(await failure(p.client.signInWithRedirect({ provider: 'Facebook' }))).toMatchObject({ name: 'OAuthNotConfigureException' });
    expect(p.events).toMatchObject([{ event: 'signInWithRedirect_failure', data: { error: { name: 'OAuthNotConfigureException' } } }]);
    expect(await p.client.fetchAuthSession()).toEqual({});
  });
});
