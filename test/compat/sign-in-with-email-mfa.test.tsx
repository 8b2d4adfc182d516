import { render, screen } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, expect, it } from 'vitest';
import { PASSWORD } from '../support/constants';
import App from './examples/sign-in-with-email-mfa/App';
import { pool } from './examples/sign-in-with-email-mfa/client';

// Amplify UI's packages/e2e/features/ui/components/authenticator/sign-in-with-email-mfa.feature, on the local
// pool, in Gatehouse's English: "Enter your code" where Amplify UI says "Confirm Email Code". The example's
// services answer every step; the pool is never asked to sign in.

afterEach(() => {
  for (const storage of [pool.storage, pool.signInStorage]) for (const key of Object.keys(storage.contents())) storage.removeItem(key);
});

async function toEmailCode(user: UserEvent): Promise<void> {
  await user.type(await screen.findByLabelText('Email'), 'james@example.com');
  await user.type(screen.getByLabelText('Password'), PASSWORD);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  await screen.findByRole('heading', { level: 2, name: 'Enter your code' });
}

it('asks for the emailed code handleSignIn announced, then greets the services\' user and signs out', async () => {
  const user = userEvent.setup();
  render(<App />);
  await toEmailCode(user);
  expect(screen.getByText('We emailed a code to a***@e***.com.')).toBeDefined();
  await user.type(screen.getByLabelText('Code'), '123456');
  await user.click(screen.getByRole('button', { name: 'Confirm' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Hello james' })).toBeDefined();
  await user.click(screen.getByRole('button', { name: 'Sign out' }));
  expect(await screen.findByRole('heading', { level: 2, name: 'Sign in' })).toBeDefined();
});

it('goes back to sign-in from the code screen', async () => {
  const user = userEvent.setup();
  render(<App />);
  await toEmailCode(user);
  await user.click(screen.getByRole('button', { name: 'Back to sign in' }));
  expect(await screen.findByRole('heading', { level: 2, name: 'Sign in' })).toBeDefined();
});

it('shows the error handleConfirmSignIn throws for a wrong code, keeps the screen, then takes the right code', async () => {
  const user = userEvent.setup();
  render(<App />);
  await toEmailCode(user);
  await user.type(screen.getByLabelText('Code'), '000000');
  await user.click(screen.getByRole('button', { name: 'Confirm' }));
  expect((await screen.findByRole('alert')).textContent).toContain('Invalid code or auth state for the user.');
  expect(screen.getByRole('heading', { level: 2, name: 'Enter your code' })).toBeDefined();
  await user.clear(screen.getByLabelText('Code'));
  await user.type(screen.getByLabelText('Code'), '123456');
  await user.click(screen.getByRole('button', { name: 'Confirm' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Hello james' })).toBeDefined();
});
