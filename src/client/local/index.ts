import type { AuthClient } from '../types.js';
import { LocalAuthClientImpl } from './client/local-client.js';
import { SimulatedNetwork } from './client/network.js';
import { SessionStore } from './client/session-store.js';
import { resolveConfig, type InjectedFault, type LocalOperation, type LocalPoolConfig } from './config.js';
import type { LocalUserView, SeedUser } from './service/admin.js';
import type { OutboxListener, OutboxMessage } from './service/outbox.js';
import { UserPoolService } from './service/service.js';
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

/** An AuthClient backed by an embedded, faithful model of a Cognito user pool: no server needed. */
export function createLocalAuthClient(options: LocalAuthClientOptions = {}): LocalAuthClient {
  const { users = [], ...poolConfig } = options;
  const config = resolveConfig(poolConfig);
  const persistence = poolConfig.persistence === undefined || poolConfig.persistence === 'memory' ? undefined : resolveStorage(poolConfig.persistence, 'localStorage');
  const service = new UserPoolService(config, persistence);
  const prefix = `gatehouse.${config.poolId}.${config.clientId}`;
  const store = new SessionStore(resolveStorage(poolConfig.storage, 'localStorage'), resolveStorage(poolConfig.signInStorage, 'sessionStorage'), prefix);
  const network = new SimulatedNetwork(poolConfig.network ?? {});
  const ready = seed(service, users);
  const client = new LocalAuthClientImpl(config, service, store, network, sharedWebStorage(poolConfig.storage, 'localStorage'), ready);
  // Every admin call waits for the seed users, or it could run between two seeding steps and miss some.
  const afterSeed = <T>(work: () => Promise<T>): Promise<T> => ready.then(work);
  const admin: LocalPoolAdmin = {
    createUser: (user) => afterSeed(() => service.adminCreateUser(user)),
    getUser: (loginId) => afterSeed(() => service.adminGetUser(loginId)),
    listUsers: () => afterSeed(() => service.adminListUsers()),
    deleteUser: (loginId) => afterSeed(() => service.adminDeleteUser(loginId)),
    setUserEnabled: (loginId, enabled) => afterSeed(() => service.adminSetUserEnabled(loginId, enabled)),
    addUserToGroup: (loginId, group) => afterSeed(() => service.adminAddUserToGroup(loginId, group)),
    removeUserFromGroup: (loginId, group) => afterSeed(() => service.adminRemoveUserFromGroup(loginId, group)),
    listGroupsForUser: (loginId) => afterSeed(() => service.adminListGroupsForUser(loginId)),
    followLink: (url) => afterSeed(() => service.followConfirmationLink(url)),
    failNext: (operation, fault, times) => {
      network.failNext(operation, fault, times);
    },
  };
  return Object.assign(client, { admin, outbox: service.outbox, ready });
}

async function seed(service: UserPoolService, users: readonly SeedUser[]): Promise<void> {
  for (const user of users) {
    if (await service.adminGetUser(user.username)) continue;
    await service.adminCreateUser(user);
  }
}
