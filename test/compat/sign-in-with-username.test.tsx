import { render, screen } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { NEW_PASSWORD, PASSWORD, TEMPORARY_PASSWORD } from '../support/constants';
import App from './examples/sign-in-with-username/App';
import { pool } from './examples/sign-in-with-username/client';

// Amplify UI's packages/e2e/features/ui/components/authenticator/sign-in-with-username.feature, on the local pool,
// in Gatehouse's English (src/i18n/en.ts). Every test starts signed out: each one that signs in signs out again.

async function signIn(user: UserEvent, username: string, password = PASSWORD): Promise<void> {
  await user.type(await screen.findByLabelText('Username'), username);
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

it('autocompletes Username as "username" and Password as "current-password"', async () => {
  render(<App />);
  expect(await screen.findByLabelText('Username')).toHaveProperty('autocomplete', 'username');
  expect(screen.getByLabelText('Password')).toHaveProperty('autocomplete', 'current-password');
});

it('says the user does not exist for an unknown username', async () => {
  const user = userEvent.setup();
  render(<App />);
  await signIn(user, 'nobody');
  expect((await screen.findByRole('alert')).textContent).toContain('We could not find an account with those details.');
  expect(screen.getByRole('heading', { level: 2, name: 'Sign in' })).toBeDefined();
});

it('takes an unconfirmed user to the confirmation code screen, with a new sign-up code sent to its email', async () => {
  const user = userEvent.setup();
  render(<App />);
  await signIn(user, 'unconfirmed');
  expect(await screen.findByRole('heading', { level: 2, name: 'Confirm your account' })).toBeDefined();
  expect(screen.getByLabelText('Code')).toBeDefined();
  expect(pool.messagesTo('unconfirmed@example.com').map((m) => m.purpose)).toEqual(['signUp']);
});

it('signs a confirmed user in, keeps them signed in across a remount, signs out and signs in again', async () => {
  const user = userEvent.setup();
  const first = render(<App />);
  await signIn(user, 'confirmed');
  expect(await screen.findByRole('heading', { level: 1, name: 'Hello confirmed' })).toBeDefined();
  // "When I reload the page": a fresh Authenticator finds the stored session.
  first.unmount();
  render(<App />);
  expect(await screen.findByRole('button', { name: 'Sign out' })).toBeDefined();
  await user.click(screen.getByRole('button', { name: 'Sign out' }));
  expect(await screen.findByRole('heading', { level: 2, name: 'Sign in' })).toBeDefined();
  await signIn(user, 'confirmed');
  await user.click(await screen.findByRole('button', { name: 'Sign out' }));
  expect(await screen.findByRole('heading', { level: 2, name: 'Sign in' })).toBeDefined();
});

it('trims the spaces around a typed username', async () => {
  const user = userEvent.setup();
  render(<App />);
  await signIn(user, '  confirmed  ');
  expect(await screen.findByRole('heading', { level: 1, name: 'Hello confirmed' })).toBeDefined();
  await user.click(screen.getByRole('button', { name: 'Sign out' }));
  expect(await screen.findByRole('heading', { level: 2, name: 'Sign in' })).toBeDefined();
});

it('asks a user with a temporary password for a new one (Amplify UI: "Change Password")', async () => {
  const user = userEvent.setup();
  render(<App />);
  await signIn(user, 'changing', TEMPORARY_PASSWORD);
  expect(await screen.findByRole('heading', { level: 2, name: 'Choose a new password' })).toBeDefined();
  await user.type(screen.getByLabelText('New password'), NEW_PASSWORD);
  await user.type(screen.getByLabelText('Confirm password'), NEW_PASSWORD);
  await user.click(screen.getByRole('button', { name: 'Change password' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Hello changing' })).toBeDefined();
  await user.click(screen.getByRole('button', { name: 'Sign out' }));
  await screen.findByRole('heading', { level: 2, name: 'Sign in' });
});

it('resets a forgotten password: "Send code" to the confirm page with Code, then its submit button', async () => {
  const user = userEvent.setup();
  render(<App />);
  await user.click(await screen.findByRole('button', { name: 'Forgot your password?' }));
  await user.type(await screen.findByLabelText('Username'), 'confirmed');
  await user.click(screen.getByRole('button', { name: 'Send code' }));
  expect(await screen.findByRole('heading', { level: 2, name: 'Choose a new password' })).toBeDefined();
  await user.type(screen.getByLabelText('Code'), pool.codeSentTo('confirmed@example.com'));
  await user.type(screen.getByLabelText('New password'), NEW_PASSWORD);
  await user.type(screen.getByLabelText('Confirm password'), NEW_PASSWORD);
  // Amplify UI's button says "Submit"; Gatehouse's says what it does.
  expect(screen.getByRole('button', { name: 'Reset password' })).toHaveProperty('type', 'submit');
});
