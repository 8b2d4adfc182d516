// @vitest-environment jsdom
// Amplify's own storages (localStorage by default) are the browser's: this file runs where they exist.
import { Amplify } from 'aws-amplify';
import { cognitoUserPoolsTokenProvider } from 'aws-amplify/auth/cognito';
import { CookieStorage, defaultStorage, sessionStorage as amplifySessionStorage } from 'aws-amplify/utils';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAmplifyAuthClient } from '../../src/amplify.js';
import { KEPT_STEP_KEY } from '../../src/client/amplify/kept-step-key.js';
import { createPool, createUser, emulatorUrl, uniqueEmail, type PoolSetup } from '../cognito/api.js';
import { MemoryStorage, PASSWORD_FLOW, PASSWORD_FLOW_CLIENT, signOutQuietly } from './amplify.js';

let setup: PoolSetup;
const client = createAmplifyAuthClient();
const key = (name: string) => `CognitoIdentityServiceProvider.${setup.userPoolClientId}.${name}`;

function configure(): void {
  Amplify.configure({ Auth: { Cognito: { ...setup, userPoolEndpoint: emulatorUrl(), loginWith: { email: true } } } });
}

beforeAll(async () => {
  setup = await createPool({ client: PASSWORD_FLOW_CLIENT });
});

beforeEach(() => {
  configure();
  cognitoUserPoolsTokenProvider.setKeyValueStorage(defaultStorage);
  localStorage.clear();
  sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});

afterEach(() => signOutQuietly(client));

describe("the Amplify adapter's mayHaveSession", () => {
  it('says no on a page with nothing stored, yes once signed in, and no again after the sign-out, a remembered device notwithstanding', async () => {
    expect(client.mayHaveSession?.()).toBe(false);
    const email = uniqueEmail('stored');
    await createUser(setup, { email });
    await client.signIn({ username: email, password: 'Passw0rd!', options: PASSWORD_FLOW });
    expect(client.mayHaveSession?.()).toBe(true);
    await client.signOut();
    localStorage.setItem(key(`${email}.deviceKey`), 'us-east-1_device');
    expect(client.mayHaveSession?.()).toBe(false);
  });

  it('reads the storage Amplify was given: sessionStorage, and cookies with `ssr: true`', () => {
    cognitoUserPoolsTokenProvider.setKeyValueStorage(amplifySessionStorage);
    expect(client.mayHaveSession?.()).toBe(false);
    sessionStorage.setItem(key('LastAuthUser'), 'ada');
    expect(client.mayHaveSession?.()).toBe(true);

    sessionStorage.clear();
    // A redirect sign-in in flight is kept in localStorage, whatever the tokens' storage.
    localStorage.setItem(key('inflightOAuth'), 'true');
    expect(client.mayHaveSession?.()).toBe(true);
    localStorage.clear();

    cognitoUserPoolsTokenProvider.setKeyValueStorage(new CookieStorage());
    expect(client.mayHaveSession?.()).toBe(false);
    document.cookie = `${encodeURIComponent(key('ada.refreshToken'))}=token; path=/`;
    expect(client.mayHaveSession?.()).toBe(true);
    document.cookie = `${encodeURIComponent(key('ada.refreshToken'))}=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT`;
  });

  it('says yes whenever it cannot know: a storage of the app, a redirect back from a provider, a sign-in step kept by the page', () => {
    cognitoUserPoolsTokenProvider.setKeyValueStorage(new MemoryStorage());
    expect(client.mayHaveSession?.()).toBe(true);
    cognitoUserPoolsTokenProvider.setKeyValueStorage(defaultStorage);

    window.history.replaceState(null, '', '/?code=abc&state=xyz');
    expect(client.mayHaveSession?.()).toBe(true);
    window.history.replaceState(null, '', '/');

    sessionStorage.setItem(KEPT_STEP_KEY, '{}');
    expect(client.mayHaveSession?.()).toBe(true);
    sessionStorage.clear();
    expect(client.mayHaveSession?.()).toBe(false);
  });
});
