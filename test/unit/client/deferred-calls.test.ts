import { describe, expect, it } from 'vitest';
import { deferredCalls, type ClientCalls } from '../../../src/client/deferred-calls.ts';
import { createLocalAuthClient } from '../../../src/local.ts';

describe('deferredCalls', () => {
  it('forwards every call of the contract to the loaded client, asking the loader each time (the caller caches it)', async () => {
    const real = createLocalAuthClient({ users: [{ username: 'ada@example.com', password: 'Passw0rd!' }] });
    let loads = 0;
    const deferred = deferredCalls(() => {
      loads += 1;
      return Promise.resolve(real);
    });
    const keys = Object.keys(deferred).sort();
    const contract = Object.keys(real)
      .filter((key) => !['getBackendConfig', 'subscribe', 'mayHaveSession', 'admin', 'outbox', 'ready'].includes(key))
      .sort();
    expect(keys).toEqual(contract);
    const output = await deferred.signIn({ username: 'ada@example.com', password: 'Passw0rd!' });
    expect(output.nextStep.signInStep).toBe('DONE');
    await expect(deferred.getCurrentUser()).resolves.toMatchObject({ signInDetails: { loginId: 'ada@example.com' } });
    expect(loads).toBe(2);
  });

  it('calls a class-based client with itself as `this`', async () => {
    class Counting {
      private readonly users = ['ada'];
      getCurrentUser() {
        return Promise.resolve({ username: this.users[0], userId: '1' });
      }
    }
    const calls = new Counting() as unknown as ClientCalls;
    await expect(deferredCalls(() => Promise.resolve(calls)).getCurrentUser()).resolves.toEqual({ username: 'ada', userId: '1' });
  });

  it('passes a failure of the loaded call through unchanged', async () => {
    const failure = new Error('offline');
    const calls = { getCurrentUser: () => Promise.reject(failure) } as unknown as ClientCalls;
    await expect(deferredCalls(() => Promise.resolve(calls)).getCurrentUser()).rejects.toBe(failure);
  });
});
