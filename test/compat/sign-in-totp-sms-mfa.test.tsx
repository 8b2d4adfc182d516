import { render, screen } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, expect, it } from 'vitest';
import { PASSWORD, TOTP_SECRET } from '../support/constants';
import App from './examples/sign-in-totp-sms-mfa/App';
import { pool } from './examples/sign-in-totp-sms-mfa/client';

// Amplify UI has no feature file for this example: these are the flows its environment (MFA required, by text
// message or authenticator app) leads to, in Gatehouse's English (src/i18n/en.ts).

const AFTER_SIGN_IN = { timeout: 5_000 };

afterEach(() => {
  for (const storage of [pool.storage, pool.signInStorage]) for (const key of Object.keys(storage.contents())) storage.removeItem(key);
});

async function signIn(user: UserEvent, email: string): Promise<void> {
  await user.type(await screen.findByLabelText('Email'), email);
  await user.type(screen.getByLabelText('Password'), PASSWORD);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

async function choose(user: UserEvent, factor: RegExp): Promise<void> {
  await user.click(screen.getByRole('radio', { name: factor }));
  await user.click(screen.getByRole('button', { name: 'Continue' }));
}

it('asks a user with both factors which to use, and signs in with the authenticator app\'s code', async () => {
  const user = userEvent.setup();
  render(<App />);
  await signIn(user, 'both@example.com');
  expect(await screen.findByRole('heading', { level: 2, name: 'Choose how to verify it’s you' }, AFTER_SIGN_IN)).toBeDefined();
  expect(screen.getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual(['SMS', 'TOTP']);
  await choose(user, /^Authenticator app/);
  expect(await screen.findByRole('heading', { level: 2, name: 'Enter your code' })).toBeDefined();
  expect(screen.getByText('Open your authenticator app and enter the 6-digit code it shows for this account.')).toBeDefined();
  await user.type(screen.getByLabelText('Code'), pool.totpCode(TOTP_SECRET));
  await user.click(screen.getByRole('button', { name: 'Confirm' }));
  await user.click(await screen.findByRole('button', { name: 'Sign out' }, AFTER_SIGN_IN));
  expect(await screen.findByRole('heading', { level: 2, name: 'Sign in' })).toBeDefined();
});

it('signs the same user in with a texted code when they choose text message', async () => {
  const user = userEvent.setup();
  render(<App />);
  await signIn(user, 'both@example.com');
  await screen.findByRole('heading', { level: 2, name: 'Choose how to verify it’s you' }, AFTER_SIGN_IN);
  await choose(user, /^Text message/);
  expect(await screen.findByText(/^We texted a code to /)).toBeDefined();
  await user.type(screen.getByLabelText('Code'), pool.codeSentTo('+19995554444'));
  await user.click(screen.getByRole('button', { name: 'Confirm' }));
  await user.click(await screen.findByRole('button', { name: 'Sign out' }, AFTER_SIGN_IN));
  await screen.findByRole('heading', { level: 2, name: 'Sign in' });
});

it('texts a code, as Cognito does, to a user with a phone number and neither factor set up', async () => {
  const user = userEvent.setup();
  render(<App />);
  await signIn(user, 'phone@example.com');
  expect(await screen.findByRole('heading', { level: 2, name: 'Enter your code' }, AFTER_SIGN_IN)).toBeDefined();
  expect(screen.getByText('We texted a code to +*******0000.')).toBeDefined();
  await user.type(screen.getByLabelText('Code'), pool.codeSentTo('+19995550000'));
  await user.click(screen.getByRole('button', { name: 'Confirm' }));
  await user.click(await screen.findByRole('button', { name: 'Sign out' }, AFTER_SIGN_IN));
  await screen.findByRole('heading', { level: 2, name: 'Sign in' });
});

it('has a user with no phone number and no factor set up add the authenticator app, the one factor a sign-in can set up', async () => {
  const user = userEvent.setup();
  render(<App />);
  await signIn(user, 'new@example.com');
  expect(await screen.findByRole('heading', { level: 2, name: 'Set up your authenticator app' }, AFTER_SIGN_IN)).toBeDefined();
  expect(screen.queryByRole('radio')).toBeNull();
});
