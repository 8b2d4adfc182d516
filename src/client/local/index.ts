import { deferredCalls } from '../deferred-calls.js';
import type { AuthClient } from '../types.js';
import { backendConfig } from './client/backend-config.js';
import { SimulatedNetwork } from './client/network.js';
import { SessionStore } from './client/session-store.js';
import { unauthenticated } from './client/unauthenticated.js';
import { resolveConfig, type InjectedFault, type LocalOperation, type LocalPoolConfig } from './config.js';
import type { OpenPool, PoolStorages } from './pool.js';
import type { LocalUserView, SeedUser } from './service/admin.js';
import { Outbox, type OutboxListener, type OutboxMessage } from './service/outbox.js';
import { resolveStorage, sharedWebStorage } from './storage.js';

export type {
  AttributeSchemaConfig,
  ChallengeResult,
  CustomAttributeSchema,
  CustomAuthEvent,
  CustomAuthTriggers,
  DeviceTracking,
  FederatedProfile,
  InjectedFault,
  InvitationTemplate,
  LocalOperation,
  LocalPoolConfig,
  MessagePurpose,
  MessageTemplate,
  StandardAttributeSchema,
} from './config.js';
export type { CookieStorageOptions } from './cookie-storage.js';
export type { KeyValueStorage, StorageOption } from './storage.js';
export type { LocalUserView, SeedPasskey, SeedUser } from './service/admin.js';
export type { MessageChannel, OutboxListener, OutboxMessage, OutboxPurpose } from './service/outbox.js';
export type { UserStatus } from './service/records.js';
export type { CredentialsContainerLike } from './webauthn-ceremony.js';

/** Administration of the pool: what the AWS console and the Admin* API calls do for a real one. */
export interface LocalPoolAdmin {
  createUser(user: SeedUser): Promise<LocalUserView>;
  getUser(loginId: string): Promise<LocalUserView | undefined>;
  listUsers(): Promise<LocalUserView[]>;
  deleteUser(loginId: string): Promise<void>;
  setUserEnabled(loginId: string, enabled: boolean): Promise<void>;
  /** AdminAddUserToGroup: the group must be one of the pool's `groups` (else ResourceNotFoundException). */
  addUserToGroup(loginId: string, group: string): Promise<void>;
  removeUserFromGroup(loginId: string, group: string): Promise<void>;
  /** The user's groups, by precedence. */
  listGroupsForUser(loginId: string): Promise<string[]>;
  /**
   * Opens a link the pool sent (a sign-up email with `verificationEmailStyle: 'LINK'`), as the user's browser
   * opening it would: the account is confirmed, and an autoSignIn waiting for it goes on.
   */
  followLink(url: string): Promise<void>;
  /** Makes the next `times` calls of an operation ('*': of any) fail with a fault, for error-state tests. */
  failNext(operation: LocalOperation | '*', fault: InjectedFault, times?: number): void;
}

/** The outbox: every email and SMS the pool "sent", for a dev inbox and for tests. */
export interface LocalOutbox {
  messages(): readonly OutboxMessage[];
  latest(destination: string): OutboxMessage | undefined;
  subscribe(listener: OutboxListener): () => void;
  clear(): void;
}

export interface LocalAuthClient extends AuthClient {
  readonly admin: LocalPoolAdmin;
  readonly outbox: LocalOutbox;
  /** Settles once the seed users exist. Every call waits for it already. */
  readonly ready: Promise<void>;
}

export interface LocalAuthClientOptions extends LocalPoolConfig {
  /** Users to create at start; users a persisted pool already has are left as they are. */
  users?: SeedUser[];
}

/**
 * An AuthClient backed by an embedded, faithful model of a Cognito user pool: no server needed. The pool's code
 * loads as soon as the client is created, in parallel with the app's first render, and every call waits for it:
 * an app's first load carries only the configuration, the network model and the outbox.
 */
export function createLocalAuthClient(options: LocalAuthClientOptions = {}): LocalAuthClient {
  const { users = [], ...poolConfig } = options;
  const config = resolveConfig(poolConfig);
  const network = new SimulatedNetwork(poolConfig.network ?? {});
  const outbox = new Outbox(config.clock);
  const { persistence, storage, signInStorage } = poolConfig;
  const storages: PoolStorages = {
    persistence: persistence === undefined || persistence === 'memory' ? undefined : resolveStorage(persistence, 'localStorage'),
    session: new SessionStore(resolveStorage(storage, 'localStorage'), resolveStorage(signInStorage, 'sessionStorage'), `gatehouse.${config.poolId}.${config.clientId}`),
    shared: sharedWebStorage(storage, 'localStorage'),
  };
  const pool = import('./pool.js').then((module) => module.openPool(config, storages, users, network, outbox));
  const ready = pool.then((open) => open.ready);
  // Every admin call waits for the seed users, or it could run between two seeding steps and miss some.
  const afterSeed = async <T>(work: (service: OpenPool['service']) => Promise<T>): Promise<T> => {
    const { service, ready: seeded } = await pool;
    await seeded;
    return work(service);
  };
  const admin: LocalPoolAdmin = {
    createUser: (user) => afterSeed((service) => service.adminCreateUser(user)),
    getUser: (loginId) => afterSeed((service) => service.adminGetUser(loginId)),
    listUsers: () => afterSeed((service) => service.adminListUsers()),
    deleteUser: (loginId) => afterSeed((service) => service.adminDeleteUser(loginId)),
    setUserEnabled: (loginId, enabled) => afterSeed((service) => service.adminSetUserEnabled(loginId, enabled)),
    addUserToGroup: (loginId, group) => afterSeed((service) => service.adminAddUserToGroup(loginId, group)),
    removeUserFromGroup: (loginId, group) => afterSeed((service) => service.adminRemoveUserFromGroup(loginId, group)),
    listGroupsForUser: (loginId) => afterSeed((service) => service.adminListGroupsForUser(loginId)),
    followLink: (url) => afterSeed((service) => service.followConfirmationLink(url)),
    failNext: (operation, fault, times) => {
      network.failNext(operation, fault, times);
    },
  };
  const calls = deferredCalls(async () => (await pool).client);
  return {
    ...calls,
    // With no session stored, the session check answers at once, as Amplify's does from its token store: the
    // first screen never waits for the pool's code or its seed users.
    getCurrentUser: async () => {
      if (!(await storages.session.tokens.read())) throw unauthenticated();
      return calls.getCurrentUser();
    },
    // Most pages have no sign-in in progress: they learn it without waiting for the pool.
    resumeSignIn: async () => ((await storages.session.signIn.read()) === undefined ? { status: 'none' } : calls.resumeSignIn()),
    getBackendConfig: () => backendConfig(config),
    mayHaveSession: () => storages.session.tokens.mayHold() || storages.session.signIn.mayHold(),
    // Nothing happens in the pool before it is loaded, so a listener added meanwhile misses no event.
    subscribe: (listener) => {
      let stop: (() => void) | undefined;
      let stopped = false;
      void pool.then(({ client }) => {
        if (!stopped) stop = client.subscribe(listener);
      });
      return () => {
        stopped = true;
        stop?.();
      };
    },
    admin,
    outbox,
    ready,
  };
}
