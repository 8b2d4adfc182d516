import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AuthEvent } from '../../src/client/types.js';
import { cognitoApi, createPool, createUser, uniqueEmail, type PoolSetup } from '../cognito/api.js';
import { configureAmplify, signOutQuietly, type AmplifyHarness } from './amplify.js';

let setup: PoolSetup;
let amplify: AmplifyHarness;

beforeAll(async () => {
  setup = await createPool({ client: { ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] } });
  amplify = configureAmplify(setup);
});

afterEach(() => signOutQuietly(amplify.client));

/** A refresh token held by another device of the same user. */
async function otherDevice(email: string): Promise<string> {
  const { AuthenticationResult } = await cognitoApi<{ AuthenticationResult: { RefreshToken: string } }>('InitiateAuth', {
    ClientId: setup.userPoolClientId,
    AuthFlow: 'USER_PASSWORD_AUTH',
    AuthParameters: { USERNAME: email, PASSWORD: 'Passw0rd!' },
  });
  return AuthenticationResult.RefreshToken;
}

function refresh(refreshToken: string) {
  return cognitoApi('GetTokensFromRefreshToken', { ClientId: setup.userPoolClientId, RefreshToken: refreshToken });
}

async function signedIn(): Promise<{ email: string; refreshToken: string }> {
  const email = uniqueEmail('session');
  await createUser(setup, { email });
  await amplify.client.signIn({ username: email, password: 'Passw0rd!' });
  const refreshToken = amplify.storage.refreshToken();
  if (!refreshToken) throw new Error('Amplify kept no refresh token');
  return { email, refreshToken };
}

describe('sessions through aws-amplify/auth', () => {
  it('refreshes the tokens with the refresh token, and reports it', async () => {
    const events: AuthEvent['event'][] = [];
    const stop = amplify.client.subscribe((event) => events.push(event.event));
    const { email } = await signedIn();
    const before = await amplify.client.fetchAuthSession();
    const after = await amplify.client.fetchAuthSession({ forceRefresh: true });
    stop();
    expect(before.tokens?.accessToken.payload.username).toBe(after.tokens?.accessToken.payload.username);
    expect(after.tokens?.accessToken.payload.jti).not.toBe(before.tokens?.accessToken.payload.jti);
    expect(after.tokens?.idToken?.payload.email).toBe(email);
    expect(after.userSub).toBe(before.tokens?.accessToken.payload.sub);
    expect(events).toEqual(['signedIn', 'tokenRefresh']);
  });

  it('signs out on this device only: its refresh token is revoked, another device keeps its own', async () => {
    const { email, refreshToken } = await signedIn();
    const other = await otherDevice(email);
    const events: AuthEvent['event'][] = [];
    const stop = amplify.client.subscribe((event) => events.push(event.event));
    await amplify.client.signOut();
    stop();
    expect(events).toEqual(['signedOut']);
    await expect(amplify.client.getCurrentUser()).rejects.toMatchObject({ name: 'UserUnAuthenticatedException' });
    await expect(refresh(refreshToken)).rejects.toMatchObject({ name: 'NotAuthorizedException' });
    await expect(refresh(other)).resolves.toHaveProperty('AuthenticationResult');
  });

  it('signs out everywhere: every refresh token of the user is revoked', async () => {
    const { email, refreshToken } = await signedIn();
    const other = await otherDevice(email);
    await amplify.client.signOut({ global: true });
    await expect(refresh(refreshToken)).rejects.toMatchObject({ name: 'NotAuthorizedException', message: 'Invalid Refresh Token' });
    await expect(refresh(other)).rejects.toMatchObject({ name: 'NotAuthorizedException', message: 'Invalid Refresh Token' });
    await expect(amplify.client.getCurrentUser()).rejects.toMatchObject({ name: 'UserUnAuthenticatedException' });
  });

  it('reports a global sign-out that fails (Amplify would swallow it), and keeps every session', async () => {
    const { email, refreshToken } = await signedIn();
    const other = await otherDevice(email);
    const realFetch = globalThis.fetch;
    const offline = vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
      const target = new Headers(init?.headers).get('X-Amz-Target') ?? '';
      return target.endsWith('.GlobalSignOut') ? Promise.reject(new TypeError('Failed to fetch')) : realFetch(input, init);
    });
    try {
      await expect(amplify.client.signOut({ global: true })).rejects.toMatchObject({ name: 'NetworkError' });
    } finally {
      offline.mockRestore();
    }
    await expect(amplify.client.getCurrentUser()).resolves.toMatchObject({ signInDetails: { loginId: email } });
    await expect(refresh(refreshToken)).resolves.toHaveProperty('AuthenticationResult');
    await expect(refresh(other)).resolves.toHaveProperty('AuthenticationResult');
  });

  it("reports Cognito's refusal of a global sign-out by its name", async () => {
    await signedIn();
    const realFetch = globalThis.fetch;
    const refused = vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
      const target = new Headers(init?.headers).get('X-Amz-Target') ?? '';
      if (!target.endsWith('.GlobalSignOut')) return realFetch(input, init);
      return Promise.resolve(new Response(JSON.stringify({ __type: 'TooManyRequestsException', message: 'Rate exceeded' }), { status: 400 }));
    });
    try {
      await expect(amplify.client.signOut({ global: true })).rejects.toMatchObject({ name: 'TooManyRequestsException', message: 'Rate exceeded' });
    } finally {
      refused.mockRestore();
    }
    await expect(amplify.client.getCurrentUser()).resolves.toBeDefined();
  });
});
