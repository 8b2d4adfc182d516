import { queries, render, screen, within, type BoundFunctions, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { AccountSettings, Authenticator, type AccountSettingsProps, type AuthClient, type AuthenticatorEvent } from '../../src/index.js';
import { scriptedClient, type ScriptedClient, type Script } from './scripted-client.js';

/** A section's region, found by its heading: queries inside it stay inside it. */
export async function findSection(name: string | RegExp): Promise<BoundFunctions<typeof queries>> {
  const region = await screen.findByRole('region', { name }, { timeout: 8_000 });
  return within(region);
}

export interface AccountHarness<Client extends AuthClient> {
  client: Client;
  user: UserEvent;
  events: AuthenticatorEvent[];
  result: RenderResult;
  /** The account-center events only (not signedIn/signedOut), by type. */
  accountEvents: () => string[];
}

export interface RenderAccountOptions<Client extends AuthClient> {
  client: Client;
  props?: AccountSettingsProps;
  /** What the Authenticator shows once signed in; default: the whole account center with `props`. */
  children?: ReactNode;
  language?: string;
}

/** The account center inside `<Authenticator>` on a signed-in client, as an app renders it. */
export function renderAccount<Client extends AuthClient>({ client, props = {}, children, language = 'en' }: RenderAccountOptions<Client>): AccountHarness<Client> {
  const events: AuthenticatorEvent[] = [];
  const result = render(
    <Authenticator client={client} language={language} onAuthEvent={(event) => events.push(event)}>
      {children ?? <AccountSettings {...props} />}
    </Authenticator>,
  );
  return {
    client,
    user: userEvent.setup({ delay: null }),
    events,
    result,
    accountEvents: () => events.filter((event) => event.type !== 'signedIn' && event.type !== 'signedOut').map((event) => event.type),
  };
}

/**
 * A scripted client already signed in (a restored session), with the script's answers. The script is the
 * client's own: a test changes an answer by assigning to it (what a list reads after an addition, say).
 */
export function signedInClient(script: Script = {}): ScriptedClient {
  script.signedIn ??= true;
  return scriptedClient(script);
}

/** The calls the client received with this name, inputs only. */
export function callsOf(client: ScriptedClient, name: string): unknown[] {
  return client.calls.filter((call) => call.name === name).map((call) => call.input);
}
