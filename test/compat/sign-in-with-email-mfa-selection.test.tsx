import { render, screen } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, expect, it } from 'vitest';
import { PASSWORD } from '../support/constants';
import App from './examples/sign-in-with-email-mfa-selection/App';
import { pool } from './examples/sign-in-with-email-mfa-selection/client';

// Amplify UI's packages/e2e/features/ui/components/authenticator/sign-in-with-email-mfa-selection.feature, on the
// local pool, in Gatehouse's English (src/i18n/en.ts): "Choose how to verify it's you" where Amplify UI says
// "Multi-Factor Authentication", "Continue" where its choice's button says "Confirm", "Enter your code" for
// "Confirm Email Code". The example's services answer every step; the pool is never asked to sign in.

afterEach(() => {
  for (const storage of [pool.storage, pool.signInStorage]) for (const key of Object.keys(storage.contents())) storage.removeItem(key);
});

async function toSelection(user: UserEvent): Promise<void> {
  await user.type(await screen.findByLabelText('Email'), 'james@example.com');
  await user.type(screen.getByLabelText('Password'), PASSWORD);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  await screen.findByRole('heading', { level: 2, name: 'Choose how to verify it’s you' });
}

async function toEmailCode(user: UserEvent): Promise<void> {
  await toSelection(user);
  await user.click(screen.getByRole('radio', { name: /^Email/ }));
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  await screen.findByRole('heading', { level: 2, name: 'Enter your code' });
}

it('offers the two MFA types handleSignIn returned, Email first and chosen by default', async () => {
  const user = userEvent.setup();
  render(<App />);
  await toSelection(user);
  const radios = screen.getAllByRole('radio');
  expect(radios.map((radio) => radio.getAttribute('value'))).toEqual(['EMAIL', 'TOTP']);
  expect(screen.getByRole('radio', { name: /^Email/ })).toHaveProperty('checked', true);
});

it('signs in by email code: the choice, the code screen naming the masked address, the code, then the services\' user', async () => {
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

it('goes back to sign-in from the MFA choice', async () => {
  const user = userEvent.setup();
  render(<App />);
  await toSelection(user);
  await user.click(screen.getByRole('button', { name: 'Back to sign in' }));
  expect(await screen.findByRole('heading', { level: 2, name: 'Sign in' })).toBeDefined();
});

it('goes back to sign-in from the email code screen', async () => {
  const user = userEvent.setup();
  render(<App />);
  await toEmailCode(user);
  await user.click(screen.getByRole('button', { name: 'Back to sign in' }));
  expect(await screen.findByRole('heading', { level: 2, name: 'Sign in' })).toBeDefined();
});

it('shows the error handleConfirmSignIn throws for a wrong code, then takes the right one', async () => {
  const user = userEvent.setup();
  render(<App />);
  await toEmailCode(user);
  await user.type(screen.getByLabelText('Code'), '000000');
  await user.click(screen.getByRole('button', { name: 'Confirm' }));
  expect((await screen.findByRole('alert')).textContent).toContain('Invalid code or auth state for the user.');
  await user.clear(screen.getByLabelText('Code'));
  await user.type(screen.getByLabelText('Code'), '123456');
  await user.click(screen.getByRole('button', { name: 'Confirm' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Hello james' })).toBeDefined();
  await user.click(screen.getByRole('button', { name: 'Sign out' }));
  await screen.findByRole('heading', { level: 2, name: 'Sign in' });
});
