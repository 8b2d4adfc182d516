import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestPool, failure, PASSWORD } from '../../support/local-pool.js';

const EMAIL = 'ana@example.com';

async function poolWithAna(options: Parameters<typeof createTestPool>[0] = {}) {
  const pool = createTestPool(options);
  await pool.seedUser({ username: EMAIL, password: PASSWORD, mfa: { enabled: ['EMAIL'] } });
  return pool;
}

describe('injected faults', () => {
  it('fails the next signIn with a NetworkError, without counting it as a wrong password', async () => {
    const p = await poolWithAna();
    p.client.admin.failNext('signIn', 'NetworkError', 5);
    for (let i = 0; i < 5; i++) {
      expect(await failure(p.client.signIn({ username: EMAIL, password: 'Wrong-Pass-1' }))).toEqual({ name: 'NetworkError', message: 'A network error has occurred.' });
    }
    expect((await p.client.admin.getUser(EMAIL))?.locked).toBe(false);
    expect((await p.client.signIn({ username: EMAIL, password: PASSWORD })).nextStep.signInStep).toBe('DONE');
  });

  it('fails only the named operation, and a sign-in in progress survives the failed call', async () => {
    const p = await poolWithAna({ mfa: { enforcement: 'OPTIONAL', types: ['EMAIL'] } });
    p.client.admin.failNext('confirmSignIn', 'TooManyRequestsException');
    expect((await p.client.signIn({ username: EMAIL, password: PASSWORD })).nextStep.signInStep).toBe('CONFIRM_SIGN_IN_WITH_EMAIL_CODE');
    const code = p.codeSentTo(EMAIL);
    expect(await failure(p.client.confirmSignIn({ challengeResponse: code }))).toEqual({
      name: 'TooManyRequestsException',
      message: 'Too many requests, please try again later.',
    });
    expect((await p.client.confirmSignIn({ challengeResponse: code })).nextStep.signInStep).toBe('DONE');
  });

  it("fails any operation with '*', as many times as asked", async () => {
    const p = await poolWithAna();
    p.client.admin.failNext('*', 'TooManyRequestsException', 2);
    expect(await failure(p.client.signUp({ username: 'bea@example.com', password: PASSWORD }))).toMatchObject({ name: 'TooManyRequestsException' });
    expect(await failure(p.client.resetPassword({ username: EMAIL }))).toMatchObject({ name: 'TooManyRequestsException' });
    expect(p.client.outbox.messages()).toEqual([]);
    expect((await p.client.resetPassword({ username: EMAIL })).nextStep.resetPasswordStep).toBe('CONFIRM_RESET_PASSWORD_WITH_CODE');
  });

  it('applies network.fault to every call it names', async () => {
    const p = await poolWithAna({ network: { fault: (operation) => (operation === 'signUp' ? 'TooManyRequestsException' : undefined) } });
    for (let i = 0; i < 2; i++) {
      expect(await failure(p.client.signUp({ username: 'bea@example.com', password: PASSWORD }))).toEqual({
        name: 'TooManyRequestsException',
        message: 'Too many requests, please try again later.',
      });
    }
    expect(await p.client.admin.getUser('bea@example.com')).toBeUndefined();
    expect((await p.client.signIn({ username: EMAIL, password: PASSWORD })).nextStep.signInStep).toBe('DONE');
  });

  it('can fail with a NetworkError from network.fault, e.g. to simulate going offline', async () => {
    let offline = true;
    const p = await poolWithAna({ network: { fault: () => (offline ? 'NetworkError' : undefined) } });
    expect(await failure(p.client.signIn({ username: EMAIL, password: PASSWORD }))).toMatchObject({ name: 'NetworkError' });
    offline = false;
    expect((await p.client.signIn({ username: EMAIL, password: PASSWORD })).nextStep.signInStep).toBe('DONE');
  });
});

describe('sign-out when the service cannot be reached', () => {
  it('a sign-out of this device still ends the local session, as Amplify does, and never rejects', async () => {
    const p = await poolWithAna();
    await p.client.signIn({ username: EMAIL, password: PASSWORD });
    p.client.admin.failNext('signOut', 'NetworkError');
    await expect(p.client.signOut()).resolves.toBeUndefined();
    expect(p.storage.contents()).toEqual({});
    expect(p.events.map((e) => e.event)).toEqual(['signedIn', 'signedOut']);
  });

  it('signing out everywhere is reported when it fails, and changes nothing: this device and the others stay signed in', async () => {
    const p = await poolWithAna();
    await p.client.signIn({ username: EMAIL, password: PASSWORD });
    const laptop = p.otherDevice();
    await laptop.client.signIn({ username: EMAIL, password: PASSWORD });
    p.client.admin.failNext('signOut', 'NetworkError');
    await expect(p.client.signOut({ global: true })).rejects.toMatchObject({ name: 'NetworkError' });
    expect(p.events.map((e) => e.event)).toEqual(['signedIn']);
    await expect(p.client.getCurrentUser()).resolves.toMatchObject({ signInDetails: { loginId: EMAIL } });
    expect((await laptop.client.fetchAuthSession({ forceRefresh: true })).tokens).toBeDefined();
    // Tried again once the service answers: every session ends.
    await p.client.signOut({ global: true });
    expect(p.storage.contents()).toEqual({});
    expect((await laptop.client.fetchAuthSession({ forceRefresh: true })).tokens).toBeUndefined();
  });

  it('refreshes an expired access token to sign out everywhere', async () => {
    const p = await poolWithAna({ tokens: { accessTtlMs: 60_000 } });
    await p.client.signIn({ username: EMAIL, password: PASSWORD });
    const laptop = p.otherDevice();
    await laptop.client.signIn({ username: EMAIL, password: PASSWORD });
    p.advance(61_000);
    await expect(p.client.signOut({ global: true })).resolves.toBeUndefined();
    expect(p.storage.contents()).toEqual({});
    expect((await laptop.client.fetchAuthSession({ forceRefresh: true })).tokens).toBeUndefined();
  });
});

describe('simulated latency', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  async function settlesAfter(latencyMs: number | readonly [number, number], before: number, after: number): Promise<void> {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const p = await poolWithAna({ network: { latencyMs } });
    await p.client.ready;
    let settled = false;
    const call = p.client.signIn({ username: EMAIL, password: PASSWORD }).finally(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(before);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(after - before);
    await vi.waitFor(() => {
      expect(settled).toBe(true);
    });
    expect((await call).nextStep.signInStep).toBe('DONE');
  }

  it('delays each call by a fixed latency', async () => {
    await settlesAfter(300, 299, 300);
  });

  it('delays each call by a latency within a range', async () => {
    await settlesAfter([100, 200], 99, 200);
  });
});
