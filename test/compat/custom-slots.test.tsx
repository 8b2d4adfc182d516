import { cleanup, render, screen } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import * as qrcode from 'qrcode';
import { afterEach, expect, it, vi } from 'vitest';
import App from './examples/custom-slots/App';
import { pool, TOTP_SECRET } from './examples/custom-slots/client';

// Amplify UI's packages/e2e/features/ui/components/authenticator/custom-slots.feature, on the local pool, in
// Gatehouse's English where the example sets no text ("Create account", "Send code", "Sign in").

// The QR code's contents (the otpauth:// URI), as the screen hands them to the qrcode library.
vi.mock('qrcode', async (importOriginal) => {
  const actual = await importOriginal<typeof import('qrcode')>();
  return { ...actual, toString: vi.fn((text: string, options: qrcode.QRCodeToStringOptions) => actual.toString(text, options)) };
});

// One pool for the file, as the example has one backend: each test starts signed out, with no sign-in left in progress.
afterEach(async () => {
  cleanup();
  await pool.client.signOut();
  for (const key of Object.keys(pool.signInStorage.contents())) pool.signInStorage.removeItem(key);
});

async function slotsOf(heading: string): Promise<void> {
  await screen.findByRole('heading', { level: 2, name: heading });
  expect(screen.getByRole('heading', { level: 3, name: 'Enter Information:' })).toBeDefined();
  expect(screen.getByText('Footer Information')).toBeDefined();
}

async function signIn(user: UserEvent, email: string): Promise<void> {
  await user.type(await screen.findByPlaceholderText('Enter your email'), email);
  await user.type(screen.getByLabelText(/^Password/), 'Passw0rd!');
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

it('shows the custom Header (the logo), Footer and Sign In header around sign-in, and the username placeholder', async () => {
  render(<App />);
  expect(await screen.findByRole('heading', { level: 3, name: 'Sign in to your account' })).toBeDefined();
  expect(screen.getByRole('img', { name: 'Amplify logo' }).getAttribute('src')).toBe('https://docs.amplify.aws/assets/logo-dark.svg');
  expect(screen.getByText('© All Rights Reserved')).toBeDefined();
  expect(screen.getByPlaceholderText('Enter your email')).toBe(screen.getByLabelText(/^Email/));
});

it('the Sign In footer’s Reset Password opens forgot password with its slots; the code screen has its slots and fields', async () => {
  const user = userEvent.setup();
  render(<App />);
  await user.click(await screen.findByRole('button', { name: 'Reset Password' }));
  await slotsOf('Reset your password');
  expect(screen.getByRole('button', { name: 'Send code' })).toBeDefined();
  await user.type(screen.getByPlaceholderText('Enter your email:'), 'new-mfa@example.com');
  await user.click(screen.getByRole('button', { name: 'Send code' }));
  await slotsOf('Choose a new password');
  const code = screen.getByLabelText(/^New Label/);
  expect(code.getAttribute('placeholder')).toBe('Enter your Confirmation Code:');
  expect(screen.getByLabelText(/^Confirm password/).getAttribute('placeholder')).toBe('Enter your Password Please:');
  expect(pool.codeSentTo('new-mfa@example.com')).toMatch(/^\d{6}$/);
});

it('sign-up has its header, the confirm password field before the password (order), and its slots on the code screen', async () => {
  const user = userEvent.setup();
  render(<App />);
  await user.click(await screen.findByRole('tab', { name: 'Create account' }));
  expect(await screen.findByRole('heading', { level: 3, name: 'Create a new account' })).toBeDefined();
  const confirm = screen.getByLabelText(/^Confirm Password:/);
  const password = screen.getByLabelText(/^Password:/);
  expect(password.getAttribute('placeholder')).toBe('Enter your Password:');
  expect(confirm.compareDocumentPosition(password) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  await user.type(screen.getByLabelText(/^Email/), 'slots@example.com');
  await user.type(password, 'Passw0rd!');
  await user.type(confirm, 'Passw0rd!');
  await user.click(screen.getByRole('button', { name: 'Create account' }));
  await slotsOf('Confirm your account');
  expect(pool.codeSentTo('slots@example.com')).toMatch(/^\d{6}$/);
});

it('the Sign Up footer’s Back to Sign In goes back to sign-in and its header', async () => {
  const user = userEvent.setup();
  render(<App />);
  await user.click(await screen.findByRole('tab', { name: 'Create account' }));
  await user.click(await screen.findByRole('button', { name: 'Back to Sign In' }));
  expect(await screen.findByRole('heading', { level: 3, name: 'Sign in to your account' })).toBeDefined();
  expect(screen.getByRole('tab', { name: 'Sign in' }).getAttribute('aria-selected')).toBe('true');
});

it('a first sign-in sets up TOTP with its slots, the QR options (issuer, account name) and the code label', async () => {
  const user = userEvent.setup();
  render(<App />);
  await signIn(user, 'new-mfa@example.com');
  await slotsOf('Set up your authenticator app');
  expect(screen.getByRole('img', { name: 'QR code to add amplify_qr_test_user to an authenticator app' })).toBeDefined();
  await vi.waitFor(() => {
    expect(vi.mocked(qrcode.toString)).toHaveBeenCalled();
  });
  const [text] = vi.mocked(qrcode.toString).mock.calls.at(-1) ?? [];
  const uri = typeof text === 'string' ? text : '';
  expect(uri).toMatch(/^otpauth:\/\/totp\/test%20issuer:amplify_qr_test_user\?/);
  expect(new URL(uri).searchParams.get('issuer')).toBe('test issuer');
  expect(screen.getByLabelText(/^New Label/).getAttribute('placeholder')).toBe('Enter your Confirmation Code:');
});

it('a sign-in with TOTP set up asks for its code with the Confirm Sign In slots and label, then signs in', async () => {
  const user = userEvent.setup();
  render(<App />);
  await signIn(user, 'totp@example.com');
  await slotsOf('Enter your code');
  const code = screen.getByLabelText(/^New Label/);
  expect(code.getAttribute('placeholder')).toBe('Enter your Confirmation Code:');
  await user.type(code, pool.totpCode(TOTP_SECRET));
  await user.click(screen.getByRole('button', { name: 'Confirm' }));
  expect(await screen.findByRole('button', { name: 'Sign out' })).toBeDefined();
});
