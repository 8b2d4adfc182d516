import { render, screen } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { NEW_PASSWORD, PASSWORD } from '../support/constants';
import App from './examples/sign-in-with-email/App';
import { pool } from './examples/sign-in-with-email/client';

// Amplify UI's packages/e2e/features/ui/components/authenticator/sign-in-with-email.feature, on the local pool,
// in Gatehouse's English (src/i18n/en.ts) except for the texts the example sets itself. Every test that signs in
// signs out again.

/** Cognito's username in an email pool: an id it made up (what Amplify's getCurrentUser gives as `username`). */
async function poolUsername(email: string): Promise<string> {
  const found = await pool.client.admin.getUser(email);
  if (!found) throw new Error(`No user ${email}`);
  return found.username;
}

async function signIn(user: UserEvent, email: string, password = PASSWORD): Promise<void> {
  await user.type(await screen.findByLabelText('Email'), email);
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

it('has no sign-up tab (hideSignUp), the example\'s placeholder on Email, and the sign-in autocompletes', async () => {
  render(<App />);
  const email = await screen.findByLabelText('Email');
  expect(email).toHaveProperty('placeholder', 'Enter your cool email');
  // "On sign in form, autocomplete prefers usage of username instead of email."
  expect(email).toHaveProperty('autocomplete', 'username');
  expect(screen.getByLabelText('Password')).toHaveProperty('autocomplete', 'current-password');
  expect(screen.getByRole('heading', { level: 2, name: 'Sign in' })).toBeDefined();
  expect(screen.queryByRole('tab')).toBeNull();
  expect(screen.queryByText('Create account')).toBeNull();
});

it('says the user does not exist for an unknown email', async () => {
  const user = userEvent.setup();
  render(<App />);
  await signIn(user, 'nobody@example.com');
  expect((await screen.findByRole('alert')).textContent).toContain('We could not find an account with those details.');
});

it('sends a user whose password must be reset to reset it, with a required Code (Gatehouse: one "Send code" click first)', async () => {
  const user = userEvent.setup();
  render(<App />);
  await signIn(user, 'reset@example.com');
  // Amplify UI sends the reset code at once; Gatehouse explains first, with the email filled in.
  expect(await screen.findByRole('heading', { level: 2, name: 'Reset your password' })).toBeDefined();
  expect((await screen.findByRole('status')).textContent).toContain('You need to reset your password before you sign in.');
  expect(screen.getByLabelText('Email')).toHaveProperty('value', 'reset@example.com');
  await user.click(screen.getByRole('button', { name: 'Send code' }));
  expect(await screen.findByRole('heading', { level: 2, name: 'Choose a new password' })).toBeDefined();
  expect(screen.getByLabelText(/^Code/).getAttribute('aria-required')).toBe('true');
  await user.type(screen.getByLabelText(/^Code/), pool.codeSentTo('reset@example.com'));
  await user.type(screen.getByLabelText('New password'), NEW_PASSWORD);
  await user.type(screen.getByLabelText('Confirm password'), NEW_PASSWORD);
  await user.click(screen.getByRole('button', { name: 'Reset password' }));
  expect(await screen.findByText('Your password has been reset. Sign in with your new password.')).toBeDefined();
});

it('confirms an unconfirmed account from sign-in, never showing sign-up (Gatehouse: the sign-in then goes on)', async () => {
  const user = userEvent.setup();
  render(<App />);
  await signIn(user, 'unconfirmed@example.com');
  expect(await screen.findByRole('heading', { level: 2, name: 'Confirm your account' })).toBeDefined();
  await user.type(screen.getByLabelText('Code'), pool.codeSentTo('unconfirmed@example.com'));
  await user.click(screen.getByRole('button', { name: 'Confirm' }));
  // Amplify UI goes back to sign-in here; Gatehouse finishes the sign-in with the password just given.
  expect(await screen.findByRole('heading', { level: 1, name: `Hello ${await poolUsername('unconfirmed@example.com')}` })).toBeDefined();
  expect(screen.queryByLabelText('Code')).toBeNull();
  expect((await pool.client.admin.getUser('unconfirmed@example.com'))?.status).toBe('CONFIRMED');
  await user.click(screen.getByRole('button', { name: 'Sign out' }));
  expect(await screen.findByRole('heading', { level: 2, name: 'Sign in' })).toBeDefined();
  expect(screen.queryByText('Create account')).toBeNull();
});

it('signs a confirmed user in, keeps the session across a remount, signs out and shows the custom placeholder again', async () => {
  const user = userEvent.setup();
  const first = render(<App />);
  await signIn(user, 'confirmed@example.com');
  expect(await screen.findByRole('heading', { level: 1, name: `Hello ${await poolUsername('confirmed@example.com')}` })).toBeDefined();
  first.unmount();
  render(<App />);
  await user.click(await screen.findByRole('button', { name: 'Sign out' }));
  expect(await screen.findByPlaceholderText('Enter your cool email')).toBeDefined();
});

it('shows the example\'s VerifyUser and ConfirmVerifyUser slots and its confirmation_code label, placeholder and isRequired', async () => {
  const user = userEvent.setup();
  render(<App />);
  await signIn(user, 'unverified@example.com');
  expect(await screen.findByRole('heading', { level: 2, name: 'Verify your contact details' })).toBeDefined();
  expect(screen.getByRole('heading', { level: 3, name: 'Enter Information:' })).toBeDefined();
  expect(screen.getByText('Footer Information')).toBeDefined();
  await user.click(screen.getByRole('button', { name: 'Send code' }));
  expect(await screen.findByRole('heading', { level: 2, name: 'Enter your verification code' })).toBeDefined();
  expect(screen.getByRole('heading', { level: 3, name: 'Enter Information:' })).toBeDefined();
  expect(screen.getByText('Footer Information')).toBeDefined();
  const code = screen.getByLabelText('New Label');
  expect(code).toHaveProperty('placeholder', 'Enter your Confirmation Code:');
  expect(code.getAttribute('aria-required')).toBeNull();
  await user.type(code, pool.codeSentTo('unverified@example.com'));
  await user.click(screen.getByRole('button', { name: 'Verify' }));
  expect(await screen.findByRole('heading', { level: 1, name: `Hello ${await poolUsername('unverified@example.com')}` })).toBeDefined();
  expect((await pool.client.admin.getUser('unverified@example.com'))?.attributes.email_verified).toBe('true');
  await user.click(screen.getByRole('button', { name: 'Sign out' }));
  await screen.findByRole('heading', { level: 2, name: 'Sign in' });
});
