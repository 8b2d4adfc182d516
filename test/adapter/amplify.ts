// Configures the real aws-amplify against the emulator, with a token storage the tests can read.
import { Amplify, type ResourcesConfig } from 'aws-amplify';
import { cognitoUserPoolsTokenProvider } from 'aws-amplify/auth/cognito';
import type { KeyValueStorageInterface } from 'aws-amplify/utils';
import { createAmplifyAuthClient } from '../../src/amplify.js';
import type { AuthClient } from '../../src/client/types.js';
import { emulatorUrl, type PoolSetup } from '../cognito/api.js';

/** Amplify's tokens, kept in a Map so that a test can read the refresh token it holds. */
export class MemoryStorage implements KeyValueStorageInterface {
  readonly items = new Map<string, string>();

  setItem(key: string, value: string): Promise<void> {
    this.items.set(key, value);
    return Promise.resolve();
  }

  getItem(key: string): Promise<string | null> {
    return Promise.resolve(this.items.get(key) ?? null);
  }

  removeItem(key: string): Promise<void> {
    this.items.delete(key);
    return Promise.resolve();
  }

  clear(): Promise<void> {
    this.items.clear();
    return Promise.resolve();
  }

  /** The refresh token Amplify keeps for the signed-in user. */
  refreshToken(): string | undefined {
    return this.ending('.refreshToken');
  }

  accessToken(): string | undefined {
    return this.ending('.accessToken');
  }

  /** The key of the device Amplify registered (ConfirmDevice) and keeps across sign-outs. */
  deviceKey(): string | undefined {
    return this.ending('.deviceKey');
  }

  private ending(suffix: string): string | undefined {
    return [...this.items].find(([key]) => key.endsWith(suffix))?.[1];
  }
}

/**
 * Tests of the account calls sign in with USER_PASSWORD_AUTH: Amplify's SRP, in JavaScript BigIntegers, takes a
 * second per sign-in on this machine, and sign-in.test.ts and devices.test.ts already prove it.
 */
export const PASSWORD_FLOW = { authFlowType: 'USER_PASSWORD_AUTH' } as const;

/** An app client that allows that flow besides SRP. */
export const PASSWORD_FLOW_CLIENT = { ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] };

/** The parts of Amplify's Cognito config the tests vary. */
type CognitoConfig = Pick<NonNullable<ResourcesConfig['Auth']>['Cognito'], 'mfa' | 'passwordless' | 'loginWith'>;

export interface AmplifyHarness {
  client: AuthClient;
  storage: MemoryStorage;
}

/** Amplify.configure for a pool of the emulator; the rest of the Cognito config as an app would write it. */
export function configureAmplify(setup: PoolSetup, config: Partial<CognitoConfig> = {}): AmplifyHarness {
  Amplify.configure({ Auth: { Cognito: { ...setup, userPoolEndpoint: emulatorUrl(), loginWith: { email: true }, ...config } } });
  const storage = new MemoryStorage();
  cognitoUserPoolsTokenProvider.setKeyValueStorage(storage);
  return { client: createAmplifyAuthClient(), storage };
}

/** Another browser of the same app: Amplify keeps its tokens and device keys in this storage from now on. */
export function useStorage(storage: MemoryStorage): void {
  cognitoUserPoolsTokenProvider.setKeyValueStorage(storage);
}

/** Signs out whoever is signed in, so that each test starts signed out. */
export async function signOutQuietly(client: AuthClient): Promise<void> {
  await client.signOut().catch(() => undefined);
}
