import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it, vi } from 'vitest';
import App from './examples/sign-in-federated/App';
import { pool } from './examples/sign-in-federated/client';

// Amplify UI's packages/e2e/features/ui/components/authenticator/sign-in-federated.feature, on the local pool,
// in Gatehouse's English (src/i18n/en.ts): "Sign in with Google" on both tabs, where Amplify UI's sign-up tab says
// "Sign Up with Google". The example names no provider: they come from the backend's configuration, as there.

const BUTTONS = ['Sign in with Facebook', 'Sign in with Google', 'Sign in with Amazon'];

function providerButtons(): string[] {
  return screen
    .getAllByRole('button', { name: /^Sign in with / })
    .map((button) => button.textContent);
}

it('shows a button per configured provider on sign-in, in the configuration\'s order, and no Apple', async () => {
  render(<App />);
  await screen.findByRole('button', { name: 'Sign in with Google' });
  expect(providerButtons()).toEqual(BUTTONS);
  expect(screen.queryByRole('button', { name: /Apple/ })).toBeNull();
});

it('shows the same providers on the sign-up tab', async () => {
  const user = userEvent.setup();
  render(<App />);
  await user.click(await screen.findByRole('tab', { name: 'Create account' }));
  const panel = await screen.findByRole('tabpanel');
  await within(panel).findByRole('button', { name: 'Sign in with Google' });
  expect(providerButtons()).toEqual(BUTTONS);
});

it('signs in through a provider with signInWithRedirect, then signs out', async () => {
  const user = userEvent.setup();
  const redirect = vi.spyOn(pool.client, 'signInWithRedirect');
  render(<App />);
  await user.click(await screen.findByRole('button', { name: 'Sign in with Google' }));
  expect(await screen.findByRole('button', { name: 'Sign out' }, { timeout: 5_000 })).toBeDefined();
  expect(redirect).toHaveBeenCalledWith(expect.objectContaining({ provider: 'Google' }));
  redirect.mockRestore();
  // The provider's user now has an account in the pool, under the email the provider gave.
  expect(await pool.client.admin.getUser('gus@example.com')).toBeDefined();
  await user.click(screen.getByRole('button', { name: 'Sign out' }));
  expect(await screen.findByRole('heading', { level: 2, name: 'Sign in' })).toBeDefined();
});
