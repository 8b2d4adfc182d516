import { render, screen, waitFor } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import * as OTPAuth from 'otpauth';
import { afterEach, expect, it } from 'vitest';
import { NEW_PASSWORD, PASSWORD, TEMPORARY_PASSWORD } from '../support/constants';
import { decodeQrSvg } from '../support/qr-decode';
import App from './examples/sign-in-totp-mfa/App';
import { pool } from './examples/sign-in-totp-mfa/client';

// Amplify UI's packages/e2e/features/ui/components/authenticator/sign-in-totp-mfa.feature, on the local pool, in
// Gatehouse's English (src/i18n/en.ts): "Back to sign in", "Set up your authenticator app", "Change password".

// A test that stops half-way leaves its sign-in in progress, and the next render would resume it: each test
// starts in a fresh browser session instead.
afterEach(() => {
  for (const storage of [pool.storage, pool.signInStorage]) for (const key of Object.keys(storage.contents())) storage.removeItem(key);
});

/** The first screen after a sign-in: the pool's SRP and TOTP work can take a while on a busy machine. */
const AFTER_SIGN_IN = { timeout: 5_000 };

async function signIn(user: UserEvent, email: string, password = PASSWORD): Promise<void> {
  await user.type(await screen.findByLabelText('Email'), email);
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

/** The setup screen's QR code, read back as the URI an authenticator app would get. */
async function scannedUri(account: string): Promise<string> {
  const qr = await screen.findByRole('img', { name: `QR code to add ${account} to an authenticator app` });
  await waitFor(() => {
    expect(qr.getAttribute('aria-busy')).toBe('false');
  });
  const svg = qr.querySelector('svg');
  if (!svg) throw new Error('The QR code has no SVG');
  return decodeQrSvg(svg);
}

it('takes a user with no authenticator app to TOTP setup: a QR code for "My Web App", one code input, a Confirm button', async () => {
  const user = userEvent.setup();
  render(<App />);
  await signIn(user, 'confirmed@example.com');
  expect(await screen.findByRole('heading', { level: 2, name: 'Set up your authenticator app' }, AFTER_SIGN_IN)).toBeDefined();
  const uri = await scannedUri('confirmed@example.com');
  expect(uri).toContain('otpauth://totp/My%20Web%20App');
  const parsed = OTPAuth.URI.parse(uri);
  expect([parsed.issuer, parsed.label]).toEqual(['My Web App', 'confirmed@example.com']);
  expect(screen.getAllByRole('textbox')).toHaveLength(1);
  expect(screen.getByLabelText('Code')).toHaveProperty('autocomplete', 'one-time-code');
  expect(screen.getByRole('button', { name: 'Confirm' })).toHaveProperty('type', 'submit');
});

it('goes back to sign-in from TOTP setup', async () => {
  const user = userEvent.setup();
  render(<App />);
  await signIn(user, 'confirmed@example.com');
  await user.click(await screen.findByRole('button', { name: 'Back to sign in' }, AFTER_SIGN_IN));
  expect(await screen.findByRole('heading', { level: 2, name: 'Sign in' })).toBeDefined();
});

it('says a wrong setup code is wrong, then takes the app\'s code and signs the user in', async () => {
  const user = userEvent.setup();
  render(<App />);
  await signIn(user, 'confirmed@example.com');
  await screen.findByRole('heading', { level: 2, name: 'Set up your authenticator app' }, AFTER_SIGN_IN);
  const secret = OTPAuth.URI.parse(await scannedUri('confirmed@example.com')).secret.base32;
  await user.type(screen.getByLabelText('Code'), '000000');
  await user.click(screen.getByRole('button', { name: 'Confirm' }));
  expect((await screen.findByRole('alert')).textContent).toContain('That code is not right. Check it and try again.');
  await user.clear(screen.getByLabelText('Code'));
  await user.type(screen.getByLabelText('Code'), pool.totpCode(secret));
  await user.click(screen.getByRole('button', { name: 'Confirm' }));
  const username = (await pool.client.admin.getUser('confirmed@example.com'))?.username ?? '';
  expect(await screen.findByText(username, { selector: 'span' }, AFTER_SIGN_IN)).toBeDefined();
  expect((await pool.client.admin.getUser('confirmed@example.com'))?.hasTotp).toBe(true);
  await user.click(screen.getByRole('button', { name: 'Sign out' }));
  await screen.findByRole('heading', { level: 2, name: 'Sign in' });
});

it('says the user does not exist for an unknown email', async () => {
  const user = userEvent.setup();
  render(<App />);
  await signIn(user, 'nobody@example.com');
  expect((await screen.findByRole('alert', {}, AFTER_SIGN_IN)).textContent).toContain('We could not find an account with those details.');
});

it('has an admin-created user change the temporary password, then set up TOTP', async () => {
  const user = userEvent.setup();
  render(<App />);
  await signIn(user, 'changing@example.com', TEMPORARY_PASSWORD);
  expect(await screen.findByRole('heading', { level: 2, name: 'Choose a new password' }, AFTER_SIGN_IN)).toBeDefined();
  await user.type(screen.getByLabelText('New password'), NEW_PASSWORD);
  await user.type(screen.getByLabelText('Confirm password'), NEW_PASSWORD);
  await user.click(screen.getByRole('button', { name: 'Change password' }));
  expect(await screen.findByRole('heading', { level: 2, name: 'Set up your authenticator app' }, AFTER_SIGN_IN)).toBeDefined();
  expect(await scannedUri('changing@example.com')).toContain('otpauth://totp/My%20Web%20App');
});
