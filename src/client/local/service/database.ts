import { randomBytes, toBase64Url } from '../crypto/bytes.js';
import type { KeyValueStorage } from '../storage.js';
import type { Database } from './records.js';

function emptyDatabase(): Database {
  return {
    version: 1,
    signingKey: toBase64Url(randomBytes(32)),
    users: new Map(),
    sessions: new Map(),
    refreshTokens: new Map(),
    revokedOrigins: new Map(),
    authorizationCodes: new Map(),
    autoSignInSessions: new Map(),
    codeSends: new Map(),
    decoyLockouts: new Map(),
  };
}

type Stored<T> = { [K in keyof T]: T[K] extends Map<string, infer V> ? Partial<Record<string, V>> : T[K] };

/**
 * The database as JSON keeps each collection as an object. Object.entries and Object.fromEntries read and
 * define own properties, so even a key of `__proto__` survives the round trip.
 */
function collection<V>(stored: Partial<Record<string, V>> | undefined): Map<string, V> {
  return new Map(Object.entries(stored ?? {}).filter((entry): entry is [string, V] => entry[1] !== undefined));
}

function parse(raw: string): Database {
  const stored = JSON.parse(raw) as Stored<Database>;
  return {
    version: 1,
    signingKey: stored.signingKey,
    users: collection(stored.users),
    sessions: collection(stored.sessions),
    refreshTokens: collection(stored.refreshTokens),
    revokedOrigins: collection(stored.revokedOrigins),
    authorizationCodes: collection(stored.authorizationCodes),
    autoSignInSessions: collection(stored.autoSignInSessions),
    codeSends: collection(stored.codeSends),
    decoyLockouts: collection(stored.decoyLockouts),
  };
}

function serialize(db: Database): string {
  const stored: Stored<Database> = {
    version: db.version,
    signingKey: db.signingKey,
    users: Object.fromEntries(db.users),
    sessions: Object.fromEntries(db.sessions),
    refreshTokens: Object.fromEntries(db.refreshTokens),
    revokedOrigins: Object.fromEntries(db.revokedOrigins),
    authorizationCodes: Object.fromEntries(db.authorizationCodes),
    autoSignInSessions: Object.fromEntries(db.autoSignInSessions),
    codeSends: Object.fromEntries(db.codeSends),
    decoyLockouts: Object.fromEntries(db.decoyLockouts),
  };
  return JSON.stringify(stored);
}

function dropExpired<T extends { expiresAt: number }>(records: Map<string, T>, now: number): void {
  for (const [key, record] of records) if (record.expiresAt <= now) records.delete(key);
}

/**
 * The pool's data. Every operation runs as one transaction, one at a time, so that two calls in flight
 * (or two tabs sharing a persisted pool) never interleave half-done writes.
 */
export class DatabaseStore {
  private queue: Promise<unknown> = Promise.resolve();
  private cached: Database | undefined;

  constructor(
    private readonly storage: KeyValueStorage | undefined,
    private readonly key: string,
    private readonly clock: () => number,
  ) {}

  transaction<T>(work: (db: Database) => T | Promise<T>): Promise<T> {
    const once = async () => {
      const db = await this.load();
      try {
        return await work(db);
      } finally {
        // Failed attempts change state too (lockout counters, spent codes), so save either way.
        await this.save(db);
      }
    };
    const run = this.queue.then(() => this.acrossTabs(once));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Every tab of the app runs its own copy of the pool on the same storage: without a lock a tab could read,
   * wait on a password hash, and write back a copy from before another tab's change (a "sign out everywhere"
   * revoked, then restored). A Web Lock named after the database makes the read-change-write one step for
   * all tabs of the origin; without Web Locks (a server, an old browser) the in-tab queue is all there is.
   */
  private acrossTabs<T>(step: () => Promise<T>): Promise<T> {
    const locks = this.storage && typeof navigator !== 'undefined' ? navigator.locks : undefined;
    return locks ? locks.request(this.key, step) : step();
  }

  private async load(): Promise<Database> {
    if (this.storage) {
      const raw = await this.storage.getItem(this.key);
      this.cached = raw ? parse(raw) : (this.cached ?? emptyDatabase());
    }
    this.cached ??= emptyDatabase();
    const now = this.clock();
    dropExpired(this.cached.sessions, now);
    dropExpired(this.cached.authorizationCodes, now);
    dropExpired(this.cached.autoSignInSessions, now);
    dropExpired(this.cached.refreshTokens, now);
    dropExpired(this.cached.revokedOrigins, now);
    dropExpired(this.cached.codeSends, now);
    dropExpired(this.cached.decoyLockouts, now);
    return this.cached;
  }

  private async save(db: Database): Promise<void> {
    if (this.storage) await this.storage.setItem(this.key, serialize(db));
  }
}
