import { render, screen } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, expect, it } from 'vitest';
import { withPublicKeyCredential } from '../support/passkeys';
import App from './examples/sign-in-passwordless/App';
import { pool } from './examples/sign-in-passwordless/client';

// Amplify UI's packages/e2e/features/ui/components/authenticator/sign-in-passwordless.feature, on the local pool,
// in Gatehouse's English (src/i18n/en.ts): "Sign in with email code" where Amplify UI says "Sign in with Email",
// "Sign in faster with a passkey", "Continue without a passkey", "Create a passkey".

// jsdom has no WebAuthn: PublicKeyCredential is defined for each test (the passkey prompt needs it), and the
// pool's passkeys live in a software authenticator.
withPublicKeyCredential();

afterEach(() => {
  for (const storage of [pool.storage, pool.signInStorage]) for (const key of Object.keys(storage.contents())) storage.removeItem(key);
});

async function signInWithEmailCode(user: UserEvent): Promise<void> {
  await user.type(await screen.findByLabelText('Email'), 'confirmed@example.com');
  await user.click(screen.getByRole('button', { name: 'Sign in with email code' }));
  await screen.findByRole('heading', { level: 2, name: 'Enter your code' }, { timeout: 5_000 });
  await user.type(screen.getByLabelText('Code'), pool.codeSentTo('confirmed@example.com'));
  await user.click(screen.getByRole('button', { name: 'Confirm' }));
}

it('prefers the email code: no password field, "Sign in with email code" as the submit, the other options behind a button', async () => {
  const user = userEvent.setup();
  render(<App />);
  expect(await screen.findByLabelText('Email')).toBeDefined();
  expect(screen.queryByLabelText('Password')).toBeNull();
  expect(screen.getByRole('button', { name: 'Sign in with email code' })).toHaveProperty('type', 'submit');
  await user.click(screen.getByRole('button', { name: 'Other sign-in options' }));
  // hiddenAuthMethods: [] offers every factor, in Amplify UI's order.
  expect(screen.getAllByRole('button', { name: /^Sign in with (?!email code)/ }).map((button) => button.textContent)).toEqual([
    'Sign in with password',
    'Sign in with text message code',
    'Sign in with passkey',
  ]);
});

it('signs in with the emailed code, offers a passkey, and goes on without one', async () => {
  const user = userEvent.setup();
  render(<App />);
  await signInWithEmailCode(user);
  expect(await screen.findByRole('heading', { level: 2, name: 'Sign in faster with a passkey' })).toBeDefined();
  await user.click(screen.getByRole('button', { name: 'Continue without a passkey' }));
  const username = (await pool.client.admin.getUser('confirmed@example.com'))?.username ?? '';
  expect(await screen.findByRole('heading', { level: 1, name: `Hello ${username}` })).toBeDefined();
  expect((await pool.client.admin.getUser('confirmed@example.com'))?.passkeyCount).toBe(0);
  await user.click(screen.getByRole('button', { name: 'Sign out' }));
  await screen.findByRole('heading', { level: 2, name: 'Sign in' });
});

it('keeps "Forgot your password?" in passwordless mode, leading to "Send code"', async () => {
  const user = userEvent.setup();
  render(<App />);
  await user.type(await screen.findByLabelText('Email'), 'confirmed@example.com');
  await user.click(screen.getByRole('button', { name: 'Forgot your password?' }));
  expect(await screen.findByRole('button', { name: 'Send code' })).toBeDefined();
});

it('creates a passkey from the prompt after an email-code sign-in, then goes on to the app', async () => {
  const user = userEvent.setup();
  render(<App />);
  await signInWithEmailCode(user);
  await user.click(await screen.findByRole('button', { name: 'Create a passkey' }));
  // Amplify UI says "Passkey created successfully" with a Continue button first; Gatehouse goes straight on.
  const username = (await pool.client.admin.getUser('confirmed@example.com'))?.username ?? '';
  expect(await screen.findByRole('heading', { level: 1, name: `Hello ${username}` }, { timeout: 5_000 })).toBeDefined();
  expect((await pool.client.admin.getUser('confirmed@example.com'))?.passkeyCount).toBe(1);
  await user.click(screen.getByRole('button', { name: 'Sign out' }));
  await screen.findByRole('heading', { level: 2, name: 'Sign in' });
});
