import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLocalAuthClient, type LocalAuthClient } from '../../../src/client/local/index.js';
import type { AuthEvent } from '../../../src/client/types.js';
import { PASSWORD } from '../../support/local-pool.js';

// jsdom: the pool watches window's `storage` events on the real (jsdom) localStorage.
const TOKENS_KEY = 'gatehouse.local_gatehouse.gatehouse-local-client.tokens';
const EMAIL = 'ana@example.com';

let uncaught: unknown[] = [];
const onError = (event: ErrorEvent) => {
  uncaught.push(event.error);
  // Handled here: jsdom would otherwise print it as an uncaught error.
  event.preventDefault();
};

beforeEach(() => {
  uncaught = [];
  localStorage.clear();
  window.addEventListener('error', onError);
});

afterEach(() => {
  window.removeEventListener('error', onError);
  localStorage.clear();
});

function tab(): { client: LocalAuthClient; events: AuthEvent[]; stop: () => void } {
  const client = createLocalAuthClient({
    passwordHashIterations: 1_000,
    storage: 'localStorage',
    signInStorage: 'memory',
    users: [{ username: EMAIL, password: PASSWORD }],
  });
  const events: AuthEvent[] = [];
  const stop = client.subscribe((event) => events.push(event));
  return { client, events, stop };
}

function storageEvent(init: { newValue: string | null; oldValue: string | null; key?: string }): void {
  window.dispatchEvent(new StorageEvent('storage', { key: TOKENS_KEY, storageArea: localStorage, ...init }));
}

describe('storage events from other tabs', () => {
  it.each([
    ['bad JSON', '{"accessToken":'],
    ['JSON null', 'null'],
    ['a number', '42'],
    ['an array', '[]'],
    ['a string', '"eyJ.x.y"'],
    ['an object without tokens', '{"hello":"world"}'],
    ['tokens of the wrong types', '{"accessToken":1,"idToken":null,"refreshToken":[],"loginId":{},"authFlowType":true}'],
  ])('ignore a new value that is %s: no error, no event', async (_, newValue) => {
    const { client, events, stop } = tab();
    await client.ready;
    storageEvent({ newValue, oldValue: null });
    expect(uncaught).toEqual([]);
    expect(events).toEqual([]);
    stop();
  });

  it('ignore a removal when nothing was there, and a malformed old value', async () => {
    const { client, events, stop } = tab();
    await client.ready;
    storageEvent({ newValue: null, oldValue: null });
    storageEvent({ newValue: null, oldValue: '{' });
    expect([uncaught, events]).toEqual([[], []]);
    stop();
  });

  it('still announce a real sign-in and sign-out in another tab, and read malformed stored tokens as signed out', async () => {
    const here = tab();
    const there = tab();
    await there.client.signIn({ username: EMAIL, password: PASSWORD });
    const tokens = localStorage.getItem(TOKENS_KEY);
    here.events.length = 0;
    storageEvent({ newValue: tokens, oldValue: null });
    expect(here.events).toEqual([{ event: 'signedIn', data: expect.objectContaining({ signInDetails: { loginId: EMAIL, authFlowType: 'USER_SRP_AUTH' } }) as unknown }]);

    localStorage.setItem(TOKENS_KEY, '{"accessToken":');
    storageEvent({ newValue: '{"accessToken":', oldValue: tokens });
    expect(here.events.at(-1)).toEqual({ event: 'signedOut' });
    expect(await here.client.fetchAuthSession()).toEqual({});
    expect(uncaught).toEqual([]);
    here.stop();
    there.stop();
  });

  it('read a malformed sign-in in progress as none, not as a crash', async () => {
    const client = createLocalAuthClient({ passwordHashIterations: 1_000, storage: 'memory', signInStorage: 'sessionStorage' });
    for (const raw of ['{', 'null', '{"session":1,"loginId":[],"challenge":"SMS_MFA"}']) {
      sessionStorage.setItem('gatehouse.local_gatehouse.gatehouse-local-client.signIn', raw);
      await expect(client.confirmSignIn({ challengeResponse: '123456' })).rejects.toMatchObject({
        name: 'SignInException',
        message: 'No sign-in is in progress, or it has expired.',
      });
    }
    sessionStorage.clear();
  });
});
