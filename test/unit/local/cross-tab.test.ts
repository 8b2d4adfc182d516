import { afterEach, expect, it, vi } from 'vitest';
import { DatabaseStore } from '../../../src/client/local/service/database.js';
import { createInspectableStorage } from '../../support/local-pool.js';

// Two tabs of one app: two copies of the pool on one localStorage. A change one tab makes while the other is in
// the middle of a transaction (awaiting a password hash, say) must not be written over by the other's older copy.

const KEY = 'gatehouse.pool.tabs';
const NOW = 1_000;
const LATER = { expiresAt: NOW + 60_000 };

/** Web Locks as the browser grants them: one holder of a name at a time, in request order. */
function exclusiveLocks(): Pick<LockManager, 'request'> {
  const tails = new Map<string, Promise<unknown>>();
  const request = (name: string, callback: () => Promise<unknown>) => {
    const run = (tails.get(name) ?? Promise.resolve()).then(callback);
    tails.set(name, run.catch(() => undefined));
    return run;
  };
  return { request: request as LockManager['request'] };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

it("keeps a second tab's change made while the first tab's transaction was waiting", async () => {
  vi.stubGlobal('navigator', { locks: exclusiveLocks() });
  const storage = createInspectableStorage();
  const first = new DatabaseStore(storage, KEY, () => NOW);
  const second = new DatabaseStore(storage, KEY, () => NOW);
  await first.transaction(() => undefined);

  let release = () => {};
  const hashing = new Promise<void>((resolve) => (release = resolve));
  let firstLoaded = () => {};
  const loaded = new Promise<void>((resolve) => (firstLoaded = resolve));
  const slow = first.transaction(async (db) => {
    firstLoaded();
    await hashing;
    db.revokedOrigins.set('first', LATER);
  });
  await loaded;
  const quick = second.transaction((db) => {
    db.revokedOrigins.set('second', LATER);
  });
  release();
  await Promise.all([slow, quick]);

  const stored = JSON.parse(storage.getItem(KEY) ?? '{}') as { revokedOrigins: Record<string, unknown> };
  expect(Object.keys(stored.revokedOrigins).sort()).toEqual(['first', 'second']);
});

it('without Web Locks (a server, an old browser) still runs one transaction at a time within the page', async () => {
  const storage = createInspectableStorage();
  const store = new DatabaseStore(storage, KEY, () => NOW);
  await Promise.all(['a', 'b', 'c'].map((name) => store.transaction(async (db) => {
    await Promise.resolve();
    db.revokedOrigins.set(name, LATER);
  })));
  const stored = JSON.parse(storage.getItem(KEY) ?? '{}') as { revokedOrigins: Record<string, unknown> };
  expect(Object.keys(stored.revokedOrigins).sort()).toEqual(['a', 'b', 'c']);
});
