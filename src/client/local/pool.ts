import { LocalAuthClientImpl } from './client/local-client.js';
import type { SimulatedNetwork } from './client/network.js';
import type { SessionStore } from './client/session-store.js';
import type { ResolvedConfig } from './config.js';
import type { SeedUser } from './service/admin.js';
import type { Outbox } from './service/outbox.js';
import { UserPoolService } from './service/service.js';
import type { KeyValueStorage } from './storage.js';

/** Where the pool keeps what: resolved (and refused when invalid) where the client is created. */
export interface PoolStorages {
  /** The pool's own database; undefined: in memory. */
  persistence: KeyValueStorage | undefined;
  /** The client's tokens and sign-in in progress. */
  session: SessionStore;
  /** The Web Storage shared with other tabs, when tokens are kept in one. */
  shared: Storage | undefined;
}

/** The pool's service and the client over it, once loaded; index.ts creates what must exist before. */
export interface OpenPool {
  readonly service: UserPoolService;
  readonly client: LocalAuthClientImpl;
  /** Settles once the seed users exist. */
  readonly ready: Promise<void>;
}

export function openPool(config: ResolvedConfig, storages: PoolStorages, users: readonly SeedUser[], network: SimulatedNetwork, outbox: Outbox): OpenPool {
  const service = new UserPoolService(config, storages.persistence, outbox);
  const ready = seed(service, users);
  const client = new LocalAuthClientImpl(config, service, storages.session, network, storages.shared, ready);
  return { service, client, ready };
}

async function seed(service: UserPoolService, users: readonly SeedUser[]): Promise<void> {
  for (const user of users) {
    if (await service.adminGetUser(user.username)) continue;
    await service.adminCreateUser(user);
  }
}
