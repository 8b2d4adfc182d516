import type { AuthClient } from '../../client/types.js';
import type { FlowState } from '../../core/flow-state.js';
import type { AuthenticatorEvent, PasswordlessOptions } from '../options.js';
import type { AuthenticatorServices } from '../services.js';

/** Props that change after mount; actions always read the latest. */
export interface EngineSettings {
  services: Partial<AuthenticatorServices> | undefined;
  passwordless: PasswordlessOptions | undefined;
  onAuthEvent: ((event: AuthenticatorEvent) => void) | undefined;
}

/**
 * What a sign-in keeps in memory only, never in the flow's state: the password of a sign-in that stopped at
 * CONFIRM_SIGN_UP, so that confirming the account signs the user in (as Amplify UI does) without asking again.
 */
export interface SignInMemory {
  unconfirmed: { username: string; password: string } | undefined;
  /** The user ticked "Remember this device" on the MFA code screen: once signed in, the device is remembered. */
  rememberDevice: boolean;
  /** The account is being deleted: the sign-out the client reports next is that deletion's. */
  deletingAccount?: boolean;
}

/** What every action gets. */
export interface ActionDeps {
  client: AuthClient;
  /** The client calls, with the app's `services` overrides over them. */
  services: () => AuthenticatorServices;
  settings: () => EngineSettings;
  flow: () => FlowState;
  memory: SignInMemory;
}
