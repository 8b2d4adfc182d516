// @vitest-environment jsdom
// @vitest-environment-options { "url": "https://app.example.com/account" }
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLocalAuthClient, type LocalAuthClientOptions } from '../../../src/client/local/index.js';
import { claimsOf, failure, PASSWORD } from '../../support/local-pool.js';

// Cookie storage for the session, like Amplify's `cognitoUserPoolsTokenProvider.setKeyValueStorage(new
// CookieStorage())` (Amplify docs, "Update your token-saving mechanism"): the cookies persist across tabs and
// browser sessions; here they are Secure on https and SameSite=Lax unless told otherwise. jsdom keeps real
// cookies (tough-cookie), on an https page.
const EMAIL = 'ana@example.com';

interface Jsdom {
  reconfigure(options: { url: string }): void;
}

let written: string[] = [];

beforeEach(() => {
  written = [];
  const descriptor = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  vi.spyOn(document, 'cookie', 'set').mockImplementation((value: string) => {
    written.push(value);
    descriptor?.set?.call(document, value);
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  for (const cookie of document.cookie.split('; ')) {
    const name = cookie.split('=')[0];
    if (name) document.cookie = `${name}=; Path=/; Max-Age=0`;
  }
  (globalThis as unknown as { jsdom: Jsdom }).jsdom.reconfigure({ url: 'https://app.example.com/account' });
});

function pool(options: LocalAuthClientOptions = {}) {
  return createLocalAuthClient({
    passwordHashIterations: 1_000,
    persistence: 'memory',
    signInStorage: 'memory',
    storage: 'cookie',
    users: [{ username: EMAIL, password: PASSWORD }],
    ...options,
  });
}

function cookieNames(): string[] {
  return document.cookie === '' ? [] : document.cookie.split('; ').map((cookie) => cookie.split('=')[0] ?? '');
}

describe('cookie storage', () => {
  it('keeps the session in cookies: Secure on https, SameSite=Lax, for the whole site, a year', async () => {
    const client = pool();
    await client.signIn({ username: EMAIL, password: PASSWORD });
    expect(cookieNames()).toEqual(['gatehouse.local_gatehouse.gatehouse-local-client.tokens']);
    const tokenCookie = written.find((cookie) => cookie.startsWith('gatehouse.local_gatehouse.gatehouse-local-client.tokens='));
    expect(tokenCookie?.split('; ').slice(1)).toEqual(['Path=/', 'Secure', 'SameSite=Lax', `Max-Age=${String(365 * 24 * 3600)}`]);
    expect(document.cookie).not.toContain(PASSWORD);
    // Another page (a reload, another tab) reads the same cookies.
    const reloaded = pool({ users: [] });
    expect((await reloaded.getCurrentUser()).signInDetails?.loginId).toBe(EMAIL);
    await reloaded.signOut();
    expect(cookieNames()).toEqual([]);
  });

  it('leaves Secure off on an http page, which could not set it', async () => {
    (globalThis as unknown as { jsdom: Jsdom }).jsdom.reconfigure({ url: 'http://localhost:5173/' });
    const client = pool();
    await client.signIn({ username: EMAIL, password: PASSWORD });
    expect(written.at(-1)?.split('; ')).not.toContain('Secure');
    expect(written.at(-1)).toContain('SameSite=Lax');
    expect((await client.getCurrentUser()).signInDetails?.loginId).toBe(EMAIL);
  });

  it('takes Amplify’s CookieStorage options: domain, path, expires (days), secure and sameSite', async () => {
    const client = pool({ storage: { cookie: { domain: 'app.example.com', path: '/account', expires: 7, sameSite: 'strict' } } });
    await client.signIn({ username: EMAIL, password: PASSWORD });
    expect(written.at(-1)?.split('; ').slice(1)).toEqual(['Path=/account', 'Domain=app.example.com', 'Secure', 'SameSite=Strict', `Max-Age=${String(7 * 24 * 3600)}`]);
    expect((await client.fetchAuthSession()).tokens).toBeDefined();
    await client.signOut();
    expect(cookieNames()).toEqual([]);
  });

  it('refuses sameSite none without secure, as browsers would drop such cookies', () => {
    expect(() => pool({ storage: { cookie: { sameSite: 'none', secure: false } } })).toThrow('sameSite: none requires secure cookies');
    expect(() => pool({ storage: { cookie: { sameSite: 'none' } } })).not.toThrow();
  });

  it('splits a session too large for one cookie over several, and reads it back whole', async () => {
    const attributes = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`custom:note${String(i)}`, 'x'.repeat(400)]));
    const schema = Object.fromEntries(Object.keys(attributes).map((key) => [key, { dataType: 'String' as const, maxLen: 2048 }]));
    const client = pool({ attributes: schema, users: [{ username: EMAIL, password: PASSWORD, attributes }] });
    await client.signIn({ username: EMAIL, password: PASSWORD });
    const names = cookieNames();
    expect(names.length).toBeGreaterThan(1);
    for (const cookie of document.cookie.split('; ')) expect(cookie.length).toBeLessThan(4096);
    const { tokens } = await pool({ attributes: schema, users: [] }).fetchAuthSession();
    expect(claimsOf(tokens?.idToken?.toString() ?? '')['custom:note7']).toBe('x'.repeat(400));
    // Smaller again (the notes deleted, the tokens refreshed): one cookie, no chunk left behind.
    await client.deleteUserAttributes({ userAttributeKeys: Object.keys(attributes) as [`custom:${string}`] });
    await client.fetchAuthSession({ forceRefresh: true });
    expect(cookieNames()).toEqual(['gatehouse.local_gatehouse.gatehouse-local-client.tokens']);
    await client.signOut();
    expect(cookieNames()).toEqual([]);
  });

  it('ignores a cookie of the same name it cannot read', async () => {
    document.cookie = 'gatehouse.local_gatehouse.gatehouse-local-client.tokens=%E0%A4%A; Path=/';
    const client = pool();
    expect(await failure(client.getCurrentUser())).toMatchObject({ name: 'UserUnAuthenticatedException' });
  });
});
