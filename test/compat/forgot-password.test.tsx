import { render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { NEW_PASSWORD } from '../support/constants';
import App from './examples/forgot-password/App';
import { pool } from './examples/forgot-password/client';

// Amplify UI's packages/e2e/features/ui/components/authenticator/forgot-password.feature, on the local pool, in
// Gatehouse's English (src/i18n/en.ts): "Reset password" where Amplify UI's button says "Submit", the password
// rules as a checklist ("Missing: a number") where it lists "Password must have numbers".

async function sendCode(user: UserEvent, username: string): Promise<void> {
  await user.type(await screen.findByLabelText('Username'), username);
  await user.click(screen.getByRole('button', { name: 'Send code' }));
}

function unmetRules(): string[] {
  const list = screen.getByText('Password requirements').nextElementSibling;
  if (!(list instanceof HTMLElement)) throw new Error('No checklist');
  return within(list)
    .getAllByRole('listitem')
    .map((item) => item.textContent)
    .filter((text) => text.startsWith('Missing:'))
    .map((text) => text.replace(/^Missing: •/, ''));
}

it('opens on forgot password asking for the username only', async () => {
  render(<App />);
  expect(await screen.findByRole('heading', { level: 2, name: 'Reset your password' })).toBeDefined();
  expect(screen.getByLabelText('Username')).toHaveProperty('autocomplete', 'username');
  // Amplify UI's placeholder "Enter your Username": Gatehouse sets none unless formFields does.
  expect(screen.getByLabelText('Username').getAttribute('placeholder')).toBeNull();
  expect(screen.queryByLabelText('Email')).toBeNull();
  expect(screen.queryByLabelText('Phone number')).toBeNull();
});

it('says an unknown username has no account', async () => {
  const user = userEvent.setup();
  render(<App />);
  await sendCode(user, 'nobody');
  expect((await screen.findByRole('alert')).textContent).toContain('We could not find an account with those details.');
});

it('resets the password with the emailed code, after sending a new one, and lands on sign-in', async () => {
  const user = userEvent.setup();
  render(<App />);
  await sendCode(user, 'confirmed');
  expect(await screen.findByRole('heading', { level: 2, name: 'Choose a new password' })).toBeDefined();
  await user.click(screen.getByRole('button', { name: 'Send a new code' }));
  expect(await screen.findByText('We sent a new code.')).toBeDefined();
  expect(pool.messagesTo('confirmed@example.com').map((m) => m.purpose)).toEqual(['resetPassword', 'resetPassword']);
  const code = screen.getByLabelText(/^Code/);
  expect(code.getAttribute('aria-required')).toBe('true');
  await user.type(code, pool.codeSentTo('confirmed@example.com'));
  await user.type(screen.getByLabelText('New password'), NEW_PASSWORD);
  await user.type(screen.getByLabelText('Confirm password'), NEW_PASSWORD);
  await user.click(screen.getByRole('button', { name: 'Reset password' }));
  expect(await screen.findByRole('heading', { level: 2, name: 'Sign in' })).toBeDefined();
  expect(screen.getByText('Your password has been reset. Sign in with your new password.')).toBeDefined();
});

it('lists the rules a new password misses, and says so on the field', async () => {
  const user = userEvent.setup();
  render(<App />);
  await sendCode(user, 'confirmed');
  await user.type(await screen.findByLabelText(/^Code/), pool.codeSentTo('confirmed@example.com'));
  const password = screen.getByLabelText('New password');
  // "an invalid wrong complexity new password"
  await user.type(password, 'abc');
  expect(unmetRules()).toEqual(['at least 8 characters', 'an uppercase letter', 'a number', 'a symbol, like ! or ?']);
  // "an invalid no lower case new password"
  await user.clear(password);
  await user.type(password, 'ABC');
  expect(unmetRules()).toEqual(['at least 8 characters', 'a lowercase letter', 'a number', 'a symbol, like ! or ?']);
  await user.type(screen.getByLabelText('Confirm password'), 'ABC');
  await user.click(screen.getByRole('button', { name: 'Reset password' }));
  await screen.findByText('Your password does not meet every requirement yet.');
  expect(password.getAttribute('aria-invalid')).toBe('true');
  const described = (password.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);
  expect(described).toContainEqual(expect.stringContaining('Your password does not meet every requirement yet.'));
});
