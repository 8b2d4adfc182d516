import { QueryClient } from '@tanstack/react-query';
import { signIn, signOut } from 'aws-amplify/auth';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAuthenticatorEngine, type AuthenticatorEngine } from '../../src/hooks/engine/engine.js';
import type { AuthenticatorEvent } from '../../src/hooks/options.js';
import { appQueryClient } from '../../src/hooks/query-client/source.js';
import { createPool, createUser, uniqueEmail, type PoolSetup } from '../cognito/api.js';
import { configureAmplify, PASSWORD_FLOW, PASSWORD_FLOW_CLIENT, signOutQuietly, type AmplifyHarness } from './amplify.js';

let setup: PoolSetup;
let amplify: AmplifyHarness;
let stop: (() => void) | undefined;

beforeAll(async () => {
  setup = await createPool({ client: PASSWORD_FLOW_CLIENT });
  amplify = configureAmplify(setup);
});

afterEach(async () => {
  stop?.();
  await signOutQuietly(amplify.client);
});

/** The Authenticator's engine (what `useAuthenticator` reads) over the Amplify adapter, started as a mounted Authenticator starts it. */
function startEngine(events: AuthenticatorEvent[]): AuthenticatorEngine {
  const engine = createAuthenticatorEngine(amplify.client, appQueryClient(new QueryClient()), 'signIn', uniqueEmail('engine'));
  engine.configure('provider', { services: undefined, passwordless: undefined, onAuthEvent: (event) => events.push(event) });
  stop = engine.start();
  return engine;
}

// Amplify UI listens to Hub's auth channel: a sign-in or sign-out the app makes itself moves the Authenticator.
describe('what the app does through aws-amplify/auth itself reaches authStatus and route (Hub)', () => {
  it('its own signIn: authenticated, with that user; its own signOut: back to sign-in, told as a sign-out elsewhere', async () => {
    const email = uniqueEmail('hub');
    await createUser(setup, { email });
    const events: AuthenticatorEvent[] = [];
    const engine = startEngine(events);
    await vi.waitFor(() => {
      expect(engine.getState().flow.authStatus).toBe('unauthenticated');
    });

    await signIn({ username: email, password: 'Passw0rd!', options: PASSWORD_FLOW });
    await vi.waitFor(() => {
      expect(engine.getState().flow.authStatus).toBe('authenticated');
    });
    expect(engine.getState().flow.route.name).toBe('authenticated');
    expect(engine.getState().flow.user?.signInDetails?.loginId).toBe(email);
    expect(events.map((event) => event.type)).toEqual(['signedIn']);

    await signOut();
    await vi.waitFor(() => {
      expect(engine.getState().flow.authStatus).toBe('unauthenticated');
    });
    expect(engine.getState().flow.route.name).toBe('signIn');
    expect(events.at(-1)).toEqual({ type: 'signedOut', reason: 'otherTab' });
  });
});
