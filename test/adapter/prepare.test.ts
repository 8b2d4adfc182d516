import { Amplify } from 'aws-amplify';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createAmplifyAuthClient } from '../../src/amplify.js';
import { createPool, emulatorUrl, type PoolSetup } from '../cognito/api.js';

const loaded = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../../src/client/amplify/calls.js', async (importOriginal) => {
  loaded.calls += 1;
  return importOriginal();
});

let setup: PoolSetup;

beforeAll(async () => {
  setup = await createPool({});
  Amplify.configure({ Auth: { Cognito: { ...setup, userPoolEndpoint: emulatorUrl() } } });
});

describe("the Amplify adapter's calls", () => {
  it('are not loaded by the session check, and are by prepare(), then used by the first call', async () => {
    const client = createAmplifyAuthClient();
    await expect(client.getCurrentUser()).rejects.toMatchObject({ name: 'UserUnAuthenticatedException' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(loaded.calls).toBe(0);

    client.prepare?.();
    await vi.waitFor(() => {
      expect(loaded.calls).toBe(1);
    });
    await expect(client.signIn({ username: 'nobody@example.com', password: 'Passw0rd!' })).rejects.toMatchObject({ name: 'UserNotFoundException' });
    expect(loaded.calls).toBe(1);
  });
});
