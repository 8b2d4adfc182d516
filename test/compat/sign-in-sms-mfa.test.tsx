import { render, screen, waitFor } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, expect, it, vi } from 'vitest';
import { NEW_PASSWORD, PASSWORD, TEMPORARY_PASSWORD } from '../support/constants';
import App from './examples/sign-in-sms-mfa/App';
import { pool } from './examples/sign-in-sms-mfa/client';

// Amplify UI's packages/e2e/features/ui/components/authenticator/sign-in-sms-mfa.feature, on the local pool, in
// Gatehouse's English (src/i18n/en.ts): "Enter your code" where Amplify UI says "Confirm SMS Code".

/** The first screen after a sign-in: the pool's SRP work can take a while on a busy machine. */
const AFTER_SIGN_IN = { timeout: 5_000 };

// A test that stops half-way leaves its sign-in in progress, and the next render would resume it: each test
// starts in a fresh browser session instead.
afterEach(() => {
  for (const storage of [pool.storage, pool.signInStorage]) for (const key of Object.keys(storage.contents())) storage.removeItem(key);
});

async function signIn(user: UserEvent, { dialCode, number, password = PASSWORD }: { dialCode?: string; number: string; password?: string }): Promise<void> {
  if (dialCode !== undefined) {
    const select = await screen.findByLabelText('Country code');
    if (!(select instanceof HTMLSelectElement)) throw new Error('Country code is not a select');
    // Every country calling code loads when the field first shows.
    await waitFor(() => {
      expect([...select.options].map((option) => option.value)).toContain(dialCode);
    });
    await user.selectOptions(select, dialCode);
  }
  await user.type(await screen.findByLabelText('Phone number'), number);
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

it('asks for the texted code after the password and signs in with it, through confirmSignIn', async () => {
  const user = userEvent.setup();
  const confirmSignIn = vi.spyOn(pool.client, 'confirmSignIn');
  render(<App />);
  await signIn(user, { number: '9995554444' });
  expect(await screen.findByRole('heading', { level: 2, name: 'Enter your code' }, AFTER_SIGN_IN)).toBeDefined();
  expect(screen.getByText(/^We texted a code to /)).toBeDefined();
  const code = pool.codeSentTo('+19995554444');
  await user.type(screen.getByLabelText('Code'), code);
  await user.click(screen.getByRole('button', { name: 'Confirm' }));
  const username = (await pool.client.admin.getUser('+19995554444'))?.username ?? '';
  expect(await screen.findByText(`Hello ${username}`, {}, AFTER_SIGN_IN)).toBeDefined();
  expect(confirmSignIn).toHaveBeenCalledWith(expect.objectContaining({ challengeResponse: code }));
  confirmSignIn.mockRestore();
  await user.click(screen.getByRole('button', { name: 'Sign out' }));
  await screen.findByRole('heading', { level: 2, name: 'Sign in' });
});

it('goes back to sign-in from the code screen', async () => {
  const user = userEvent.setup();
  render(<App />);
  await signIn(user, { number: '9995554444' });
  await user.click(await screen.findByRole('button', { name: 'Back to sign in' }, AFTER_SIGN_IN));
  expect(await screen.findByRole('heading', { level: 2, name: 'Sign in' })).toBeDefined();
});

it('says a wrong code is wrong', async () => {
  const user = userEvent.setup();
  render(<App />);
  await signIn(user, { number: '9995554444' });
  await screen.findByRole('heading', { level: 2, name: 'Enter your code' }, AFTER_SIGN_IN);
  const wrong = pool.codeSentTo('+19995554444') === '000000' ? '111111' : '000000';
  await user.type(screen.getByLabelText('Code'), wrong);
  await user.click(screen.getByRole('button', { name: 'Confirm' }));
  expect((await screen.findByRole('alert')).textContent).toContain('That code is not right. Check it and try again.');
});

it('says the user does not exist for an unknown number under +20', async () => {
  const user = userEvent.setup();
  render(<App />);
  await signIn(user, { dialCode: '+20', number: '9995554444' });
  expect((await screen.findByRole('alert', {}, AFTER_SIGN_IN)).textContent).toContain('We could not find an account with those details.');
});

it('has a user with a temporary password change it, then asks for the texted code', async () => {
  const user = userEvent.setup();
  render(<App />);
  await signIn(user, { dialCode: '+30', number: '9995554444', password: TEMPORARY_PASSWORD });
  expect(await screen.findByRole('heading', { level: 2, name: 'Choose a new password' }, AFTER_SIGN_IN)).toBeDefined();
  await user.type(screen.getByLabelText('New password'), NEW_PASSWORD);
  await user.type(screen.getByLabelText('Confirm password'), NEW_PASSWORD);
  await user.click(screen.getByRole('button', { name: 'Change password' }));
  expect(await screen.findByRole('heading', { level: 2, name: 'Enter your code' }, AFTER_SIGN_IN)).toBeDefined();
  expect(pool.messagesTo('+309995554444').at(-1)?.purpose).toBe('signIn');
});
