import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { ComponentType } from 'react';
import { expect, it, vi } from 'vitest';
import { NEW_PASSWORD, PASSWORD } from '../support/constants';
import Example from './examples/sign-in-with-phone/App';
import { pool } from './examples/sign-in-with-phone/client';

// Amplify UI's packages/e2e/features/ui/components/authenticator/sign-in-with-phone.feature, on the local pool,
// in Gatehouse's English (src/i18n/en.ts). withAuthenticator shows the screens in a dialog (modal), as there.

// The example's component takes `user` and `signOut` as `any` (published for `strict: false`), so withAuthenticator's
// typing (Amplify UI's as well) makes them the wrapper's own props too; the page renders it with none.
const App = Example as ComponentType;

async function countryCode(): Promise<HTMLSelectElement> {
  const select = await screen.findByLabelText('Country code');
  if (!(select instanceof HTMLSelectElement)) throw new Error('Country code is not a select');
  return select;
}

async function signIn(user: UserEvent, { dialCode, number }: { dialCode?: string; number: string }): Promise<void> {
  if (dialCode !== undefined) {
    const select = await countryCode();
    // Every country calling code loads when the field first shows.
    await waitFor(() => {
      expect([...select.options].map((option) => option.value)).toContain(dialCode);
    });
    await user.selectOptions(select, dialCode);
  }
  await user.type(await screen.findByLabelText('Phone number'), number);
  await user.type(screen.getByLabelText('Password'), PASSWORD);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

it('opens sign-in in a dialog with the example\'s dial code +82 and the autocompletes', async () => {
  render(<App />);
  const dialog = await screen.findByRole('dialog');
  expect(within(dialog).getByRole('heading', { level: 2, name: 'Sign in' })).toBeDefined();
  expect((await countryCode()).value).toBe('+82');
  expect(screen.getByLabelText('Phone number')).toHaveProperty('autocomplete', 'username');
  expect(screen.getByLabelText('Password')).toHaveProperty('autocomplete', 'current-password');
});

it('opens sign-up with the example\'s dial code +227 among exactly its four dial codes', async () => {
  const user = userEvent.setup();
  render(<App />);
  await user.click(await screen.findByRole('tab', { name: 'Create account' }));
  const select = await countryCode();
  expect(select.value).toBe('+227');
  expect([...select.options].map((option) => option.value)).toEqual(['+1', '+82', '+227', '+100']);
});

it('says the user does not exist for an unknown number, and for a known one under the default +82', async () => {
  const user = userEvent.setup();
  const signInCall = vi.spyOn(pool.client, 'signIn');
  render(<App />);
  await signIn(user, { dialCode: '+20', number: '9995554444' });
  expect((await screen.findByRole('alert')).textContent).toContain('We could not find an account with those details.');
  expect(signInCall).toHaveBeenLastCalledWith(expect.objectContaining({ username: '+209995554444' }));
  await user.selectOptions(await countryCode(), '+82');
  await user.clear(screen.getByLabelText('Phone number'));
  await user.clear(screen.getByLabelText('Password'));
  await signIn(user, { number: '9995554444' });
  await waitFor(() => {
    expect(signInCall).toHaveBeenCalledTimes(2);
  });
  expect(signInCall).toHaveBeenLastCalledWith(expect.objectContaining({ username: '+829995554444' }));
  expect((await screen.findByRole('alert')).textContent).toContain('We could not find an account with those details.');
  expect(screen.getByRole('heading', { level: 2, name: 'Sign in' })).toBeDefined();
  signInCall.mockRestore();
});

it('takes an unconfirmed number to the confirmation code screen', async () => {
  const user = userEvent.setup();
  render(<App />);
  await signIn(user, { dialCode: '+20', number: '9995550001' });
  expect(await screen.findByRole('heading', { level: 2, name: 'Confirm your account' })).toBeDefined();
  expect(screen.getByLabelText('Code')).toBeDefined();
});

it('signs in a confirmed number under +1, welcomes the user and signs out', async () => {
  const user = userEvent.setup();
  render(<App />);
  await signIn(user, { dialCode: '+1', number: '9995554444' });
  const welcome = await screen.findByRole('heading', { level: 2, name: /^Welcome, / });
  expect(welcome.textContent).toBe(`Welcome, ${(await pool.client.admin.getUser('+19995554444'))?.username ?? ''}`);
  await user.click(screen.getByRole('button', { name: 'Sign out' }));
  expect(await screen.findByRole('heading', { level: 2, name: 'Sign in' })).toBeDefined();
});

it('resets the password of a number under the default +1 of forgot password, sending +19995554444', async () => {
  const user = userEvent.setup();
  render(<App />);
  await user.click(await screen.findByRole('button', { name: 'Forgot your password?' }));
  await screen.findByRole('heading', { level: 2, name: 'Reset your password' });
  expect((await countryCode()).value).toBe('+1');
  await user.type(screen.getByLabelText('Phone number'), '9995554444');
  await user.click(screen.getByRole('button', { name: 'Send code' }));
  expect(await screen.findByRole('heading', { level: 2, name: 'Choose a new password' })).toBeDefined();
  await user.type(screen.getByLabelText('Code'), pool.codeSentTo('+19995554444'));
  await user.type(screen.getByLabelText('New password'), NEW_PASSWORD);
  await user.type(screen.getByLabelText('Confirm password'), NEW_PASSWORD);
  await user.click(screen.getByRole('button', { name: 'Reset password' }));
  expect(await screen.findByRole('heading', { level: 2, name: 'Sign in' })).toBeDefined();
  expect(pool.messagesTo('+19995554444').map((m) => m.purpose)).toEqual(['resetPassword']);
});
