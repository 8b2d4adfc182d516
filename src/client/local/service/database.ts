import { randomBytes, toBase64Url } from '../crypto/bytes.js';
import type { KeyValueStorage } from '../storage.js';
import type { Database } from './records.js';

function emptyDatabase(): Database {
  return {
    version: 1,
    signingKey: toBase64Url(randomBytes(32)),
    users: {},
    sessions: {},
    refreshTokens: {},
    revokedOrigins: {},
    authorizationCodes: {},
    autoSignInSessions: {},
  };
}

function dropExpired<T extends { expiresAt: number }>(records: Record<string, T>, now: number): void {
  for (const [key, record] of Object.entries(records)) if (record.expiresAt <= now) Reflect.deleteProperty(records, key);
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
    const run = this.queue.then(async () => {
      const db = await this.load();
      try {
        return await work(db);
      } finally {
        // Failed attempts change state too (lockout counters, spent codes), so save either way.
        await this.save(db);
      }
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async load(): Promise<Database> {
    if (this.storage) {
      const raw = await this.storage.getItem(this.key);
      this.cached = raw ? (JSON.parse(raw) as Database) : (this.cached ?? emptyDatabase());
    }
    this.cached ??= emptyDatabase();
    const now = this.clock();
    dropExpired(this.cached.sessions, now);
    dropExpired(this.cached.authorizationCodes, now);
    dropExpired(this.cached.autoSignInSessions, now);
    dropExpired(this.cached.refreshTokens, now);
    dropExpired(this.cached.revokedOrigins, now);
    return this.cached;
  }

  private async save(db: Database): Promise<void> {
    if (this.storage) await this.storage.setItem(this.key, JSON.stringify(db));
  }
}
