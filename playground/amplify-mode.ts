// Amplify mode: the real aws-amplify through gatehouse/amplify. main.tsx imports this file dynamically, so that
// local mode never downloads aws-amplify.
import { Amplify, type ResourcesConfig } from 'aws-amplify';
import { createAmplifyAuthClient } from '../src/amplify.ts';
import type { AuthenticatorProps } from '../src/index.ts';
import { createEmulatorInbox } from './emulator-inbox.ts';
import type { AmplifyMode, AmplifyUser, PresetOption } from './mode.ts';

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

type AmplifyPreset = PresetOption & { props: Partial<AuthenticatorProps> };

/**
 * The same user pool, two ways to sign in. With no props the Authenticator follows the backend, as an app
 * configured by amplify_outputs.json alone: this pool enables email codes, so sign-in is choice-based (USER_AUTH)
 * and asks for the email, then how to sign in.
 */
const DEFAULT_PRESET: AmplifyPreset = { value: 'default', label: 'default: As amplify_outputs.json says (choose password or email code)', props: {} };
const PRESETS: readonly AmplifyPreset[] = [
  DEFAULT_PRESET,
  { value: 'password', label: 'password: Email and password first, email code under other options', props: { passwordless: { preferredChallenge: 'PASSWORD' } } },
];

/**
 * The users `npm run playground:cognito` seeds, from `custom.gatehouse.users` (test/cognito/playground-pool.ts).
 * Outputs of a real backend have none.
 */
function seededUsers(users: unknown): Pick<AmplifyMode, 'users' | 'password' | 'totpSecret'> {
  if (!isObject(users)) return { users: [], password: undefined, totpSecret: undefined };
  const totpSecret = text(users.totpSecret);
  const list: AmplifyUser[] = [];
  const add = (login: unknown, note: string) => {
    const name = text(login);
    if (name !== undefined) list.push({ login: name, note });
  };
  add(users.plain, 'password only');
  add(users.totp, `TOTP MFA (secret ${totpSecret ?? 'unknown'})`);
  add(users.passwordless, 'email code (or the password)');
  return { users: list, password: text(users.password), totpSecret };
}

/**
 * Configures Amplify with amplify_outputs.json. Gen 2 outputs have no field for a custom endpoint, so the
 * emulator's address (`custom.gatehouse.userPoolEndpoint`) is added to Amplify's resolved config.
 */
function configure(outputs: JsonObject, userPoolEndpoint: string | undefined): string {
  Amplify.configure(outputs);
  const config = Amplify.getConfig();
  const cognito = config.Auth?.Cognito;
  if (!cognito?.userPoolId) throw new Error('amplify_outputs.json has no auth.user_pool_id');
  if (userPoolEndpoint !== undefined) {
    Amplify.configure({ ...config, Auth: { Cognito: { ...cognito, userPoolEndpoint } } } as ResourcesConfig);
  }
  return cognito.userPoolId;
}

export function amplifyMode(outputs: unknown, search: string): AmplifyMode {
  if (!isObject(outputs)) throw new Error('amplify_outputs.json is not a JSON object');
  const gatehouse = isObject(outputs.custom) && isObject(outputs.custom.gatehouse) ? outputs.custom.gatehouse : {};
  const userPoolEndpoint = text(gatehouse.userPoolEndpoint);
  const messagesUrl = text(gatehouse.messagesUrl);
  const userPoolId = configure(outputs, userPoolEndpoint);
  const requested = new URLSearchParams(search).get('preset');
  const preset = PRESETS.find((option) => option.value === requested) ?? DEFAULT_PRESET;
  return {
    backend: 'amplify',
    client: createAmplifyAuthClient(),
    presets: PRESETS.map(({ value, label }) => ({ value, label })),
    preset: preset.value,
    authenticatorProps: preset.props,
    userPoolId,
    userPoolEndpoint,
    inbox: messagesUrl === undefined ? undefined : createEmulatorInbox(messagesUrl),
    ...seededUsers(gatehouse.users),
  };
}
