import { describe, expect, it } from 'vitest';
import { createLocalAuthClient } from '../../../src/client/local/index.js';
import { anyOf, createTestPool, expectNoSecretsInStorage, matching, NEW_PASSWORD, PASSWORD } from '../../support/local-pool.js';

const EMAIL = 'ana@example.com';

interface StoredUser {
  password?: { salt: string; hash: string; iterations: number };
  codes: Record<string, { salt: string; hash: string; expiresAt: number; attemptsLeft: number }>;
}

function database(pool: ReturnType<typeof createTestPool>): { users: Record<string, StoredUser> } {
  const [raw] = Object.values(pool.persistence.contents());
  return JSON.parse(raw ?? '{}') as { users: Record<string, StoredUser> };
}

function base64UrlJwt(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none' })}.${part(claims)}.sig`;
}

describe('the secrets check itself', () => {
  it('finds a password, a code (even inside a JWT claim) and a TOTP secret in client storage', async () => {
    const p = createTestPool();
    await p.seedUser({ username: EMAIL, password: PASSWORD, totpSecret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' });
    await p.client.signUp({ username: 'bea@example.com', password: NEW_PASSWORD });
    const code = p.codeSentTo('bea@example.com');
    expect(expectNoSecretsInStorage(p)).toBe(4);

    p.signInStorage.setItem('leak', JSON.stringify({ password: PASSWORD }));
    expect(() => expectNoSecretsInStorage(p)).toThrow();
    p.signInStorage.removeItem('leak');
    p.storage.setItem('leak', JSON.stringify({ token: base64UrlJwt({ otp: code }) }));
    expect(() => expectNoSecretsInStorage(p)).toThrow();
    p.storage.setItem('leak', 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP');
    expect(() => expectNoSecretsInStorage(p)).toThrow();
    p.storage.removeItem('leak');
    expect(() => expectNoSecretsInStorage(p)).not.toThrow();
  });

  it('lets the pool’s database keep a TOTP secret, but not a code', async () => {
    const p = createTestPool();
    await p.seedUser({ username: EMAIL, password: PASSWORD, totpSecret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' });
    expect(JSON.stringify(p.persistence.contents())).toContain('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP');
    expectNoSecretsInStorage(p);
    await p.client.resetPassword({ username: EMAIL });
    const code = p.codeSentTo(EMAIL);
    p.persistence.setItem('leak', `{"code":"${code}"}`);
    expect(() => expectNoSecretsInStorage(p)).toThrow();
  });
});

describe('what the pool stores', () => {
  it('keeps passwords and codes as salted hashes only', async () => {
    const p = createTestPool();
    await p.seedUser({ username: EMAIL, password: PASSWORD });
    await p.seedUser({ username: 'bea@example.com', password: PASSWORD });
    await p.client.resetPassword({ username: EMAIL });
    const users = Object.values(database(p).users);
    expect(users).toHaveLength(2);
    const [ana, bea] = users;
    expect(ana?.password).toEqual({ salt: matching(/^[\w-]{22}$/), hash: matching(/^[\w-]{43}$/), iterations: 1_000 });
    // Same password, different salt, different hash.
    expect(ana?.password?.hash).not.toBe(bea?.password?.hash);
    expect(ana?.codes.resetPassword).toEqual({ salt: anyOf(String), hash: anyOf(String), expiresAt: anyOf(Number), attemptsLeft: 3 });
    expectNoSecretsInStorage(p);
  });

  it('keeps the pool across clients that share its persistence, and seeds only missing users', async () => {
    const p = createTestPool({ users: [{ username: EMAIL, password: PASSWORD }] });
    await p.client.ready;
    await p.client.resetPassword({ username: EMAIL });
    await p.client.confirmResetPassword({ username: EMAIL, confirmationCode: p.codeSentTo(EMAIL), newPassword: NEW_PASSWORD });
    // A new client with the same seed list must not put the old password back.
    const again = createLocalAuthClient({ passwordHashIterations: 1_000, persistence: p.persistence, storage: 'memory', signInStorage: 'memory', users: [{ username: EMAIL, password: PASSWORD }] });
    expect((await again.signIn({ username: EMAIL, password: NEW_PASSWORD })).nextStep.signInStep).toBe('DONE');
    expect(await again.admin.listUsers()).toHaveLength(1);
  });

  it('lets admin calls see every seed user, even called at once', async () => {
    const p = createTestPool({ users: [{ username: EMAIL, password: PASSWORD }, { username: 'bea@example.com', password: PASSWORD }] });
    const [all, bea] = await Promise.all([p.client.admin.listUsers(), p.client.admin.getUser('bea@example.com')]);
    expect(all.map((u) => u.attributes.email)).toEqual([EMAIL, 'bea@example.com']);
    expect(bea?.status).toBe('CONFIRMED');
  });

  it('runs in Node with the default storages (memory)', async () => {
    const client = createLocalAuthClient({ passwordHashIterations: 1_000, users: [{ username: EMAIL, password: PASSWORD }] });
    expect((await client.signIn({ username: EMAIL, password: PASSWORD })).nextStep.signInStep).toBe('DONE');
    expect((await client.fetchAuthSession()).tokens?.accessToken.payload.token_use).toBe('access');
  });
});
