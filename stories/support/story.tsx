import type { StoryContext } from '@storybook/react-vite';
import { Authenticator, type AuthClient, type AuthenticatorProps, type LanguageTag } from '../../src/index.ts';
import type { LocalAuthClient } from '../../src/local.ts';
import { ScriptedClient } from '../../test/support/scripted-client.ts';

type Loaded = StoryContext['loaded'];

function isAuthClient(value: unknown): value is AuthClient {
  return typeof value === 'object' && value !== null && 'signIn' in value && 'getBackendConfig' in value;
}

/**
 * A story's client, made by a loader each time the story renders afresh: a client holds the session, so
 * one shared between renders would open the story signed in after its play function signed in.
 */
export function withClient(make: () => AuthClient): { loaders: [() => { client: AuthClient }] } {
  return { loaders: [() => ({ client: make() })] };
}

export function clientOf(loaded: Loaded): AuthClient {
  const client: unknown = loaded.client;
  if (!isAuthClient(client)) throw new Error('This story has no client: give it one with withClient().');
  return client;
}

/** The story's scripted client, for asserting what the Authenticator sent. */
export function scriptedOf(loaded: Loaded): ScriptedClient {
  const client = clientOf(loaded);
  if (!(client instanceof ScriptedClient)) throw new Error('This story runs on the local pool, not a scripted client.');
  return client;
}

/** The story's local pool, for its outbox. */
export function localOf(loaded: Loaded): LocalAuthClient {
  const client = clientOf(loaded);
  if (!('outbox' in client)) throw new Error('This story runs on a scripted client, not the local pool.');
  return client as LocalAuthClient;
}

/** The toolbar's language (preview.tsx), when one is picked: a story's own `language` arg wins. */
export function toolbarLanguage(globals: StoryContext['globals']): LanguageTag | undefined {
  const picked: unknown = globals.language;
  return typeof picked === 'string' && picked !== '' ? picked : undefined;
}

/** Every story renders the Authenticator with its args and the client its loader made. */
export function renderAuthenticator(args: AuthenticatorProps, { loaded, globals }: { loaded: Loaded; globals: StoryContext['globals'] }) {
  const language = args.language ?? toolbarLanguage(globals);
  return <Authenticator {...args} {...(language === undefined ? {} : { language })} client={clientOf(loaded)} />;
}
