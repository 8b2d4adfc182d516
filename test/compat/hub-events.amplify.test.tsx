import { act, render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { Hub } from 'aws-amplify/utils';
import { beforeAll, expect, it, vi } from 'vitest';
import { createUser } from '../cognito/api';
import type { AmplifyExample } from './amplify-example';
import App from './examples/hub-events/App';

// The same example with the real Amplify on the emulator (auth-with-email): the Authenticator follows the Hub
// events of Amplify's auth channel, as Amplify UI's defaultAuthHubHandler does.
vi.mock('./examples/hub-events/client', async () => {
  const { amplifyExample } = await import('./amplify-example');
  return amplifyExample({ aws_cognito_username_attributes: ['EMAIL'], aws_cognito_verification_mechanisms: ['EMAIL'] });
});

const EMAIL = 'hub-events@example.com';

beforeAll(async () => {
  const { setup } = (await import('./examples/hub-events/client')) as unknown as AmplifyExample;
  await createUser(setup, { email: EMAIL });
});

async function signIn(user: UserEvent): Promise<void> {
  const dialog = await screen.findByRole('dialog');
  await within(dialog).findByRole('heading', { level: 2, name: 'Sign in' });
  await user.type(within(dialog).getByLabelText(/^Email/), EMAIL);
  await user.type(within(dialog).getByLabelText(/^Password/), 'Passw0rd!');
  await user.click(within(dialog).getByRole('button', { name: 'Sign in' }));
  await screen.findByRole('button', { name: 'Sign out' }, { timeout: 10_000 });
}

/** What Amplify's token orchestrator dispatches when a refresh fails. */
function refreshFailure(name: string): void {
  const error = new Error(name);
  error.name = name;
  act(() => {
    Hub.dispatch('auth', { event: 'tokenRefresh_failure', data: { error } }, 'Auth', Symbol.for('amplify_default'));
  });
}

it('a tokenRefresh_failure on Hub signs the user out, unless the network was the cause (Amplify keeps the tokens then)', async () => {
  const user = userEvent.setup();
  render(<App />);
  await signIn(user);
  refreshFailure('NetworkError');
  expect(screen.getByRole('button', { name: 'Sign out' })).toBeDefined();
  expect(screen.queryByRole('dialog')).toBeNull();
  refreshFailure('NotAuthorizedException');
  const dialog = await screen.findByRole('dialog');
  expect(await within(dialog).findByRole('heading', { level: 2, name: 'Sign in' })).toBeDefined();
  // Amplify clears the tokens of a refused refresh itself; the event alone, sent here, leaves them.
  const { storage } = (await import('./examples/hub-events/client')) as unknown as AmplifyExample;
  await storage.clear();
});

it('the app’s own aws-amplify/auth signOut reaches the Authenticator through Hub: sign-in again', async () => {
  const user = userEvent.setup();
  render(<App />);
  await signIn(user);
  await user.click(screen.getByRole('button', { name: 'Sign out' }));
  const dialog = await screen.findByRole('dialog', {}, { timeout: 5_000 });
  expect(await within(dialog).findByRole('heading', { level: 2, name: 'Sign in' })).toBeDefined();
});
