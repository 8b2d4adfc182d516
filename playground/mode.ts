import type { AuthClient, AuthenticatorProps } from '../src/index.ts';
import type { Inbox } from './inbox.ts';
import type { Preset } from './presets.ts';

export interface PresetOption {
  value: string;
  label: string;
}

interface ModeBase {
  client: AuthClient;
  /** The `?preset=` choices of this mode and the one in use. */
  presets: readonly PresetOption[];
  preset: string;
  /** What the preset adds to the Authenticator's props. */
  authenticatorProps: Partial<AuthenticatorProps>;
}

/** The embedded local pool, one per page load. */
export interface LocalMode extends ModeBase {
  backend: 'local';
  localPreset: Preset;
  inbox: Inbox;
}

/** A seeded user of the emulator's pool, with how it signs in. */
export interface AmplifyUser {
  login: string;
  note: string;
}

/** aws-amplify against the user pool of amplify_outputs.json (the local Cognito emulator, or a real pool). */
export interface AmplifyMode extends ModeBase {
  backend: 'amplify';
  userPoolId: string;
  /** The emulator's address; undefined for a real Cognito user pool. */
  userPoolEndpoint: string | undefined;
  /** The emulator's sent messages; undefined when Cognito delivers codes to real addresses. */
  inbox: Inbox | undefined;
  users: readonly AmplifyUser[];
  password: string | undefined;
  /** The seeded TOTP user's secret, shown in the authenticator-app helper. */
  totpSecret: string | undefined;
}

export type PlaygroundMode = LocalMode | AmplifyMode;
