import { act, render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { signOut } from 'aws-amplify/auth';
import { expect, it, vi } from 'vitest';
import { HOUR } from '../support/local-pool';
import App from './examples/hub-events/App';
import { pool } from './examples/hub-events/client';

// Amplify UI's packages/e2e/features/ui/components/authenticator/hub-events.feature (its scenarios are parked in
// Amplify UI's own CI), on the local pool: the Authenticator follows auth events from outside it. The local pool
// sends its own events (no Hub); the example's aws-amplify/auth signOut is the pool's here. The Amplify run,
// hub-events.amplify.test.tsx, sends Hub's.
vi.mock('aws-amplify/auth', async () => {
  const { pool: local } = await import('./examples/hub-events/client');
  return { signOut: vi.fn(() => local.client.signOut()) };
});

async function signIn(user: UserEvent): Promise<void> {
  const dialog = await screen.findByRole('dialog');
  await user.type(within(dialog).getByLabelText(/^Email/), 'ada@example.com');
  await user.type(within(dialog).getByLabelText(/^Password/), 'Passw0rd!');
  await user.click(within(dialog).getByRole('button', { name: 'Sign in' }));
  await screen.findByRole('button', { name: 'Sign out' });
}

it('the app’s own sign-out, outside the Authenticator, brings back sign-in', async () => {
  const user = userEvent.setup();
  render(<App />);
  await signIn(user);
  await user.click(screen.getByRole('button', { name: 'Sign out' }));
  expect(vi.mocked(signOut)).toHaveBeenCalledTimes(1);
  const dialog = await screen.findByRole('dialog');
  expect(await within(dialog).findByRole('heading', { level: 2, name: 'Sign in' })).toBeDefined();
});

it('an unsuccessful token refresh (the session revoked elsewhere) signs the user out', async () => {
  const user = userEvent.setup();
  render(<App />);
  await signIn(user);
  const other = pool.otherDevice();
  await other.client.signIn({ username: 'ada@example.com', password: 'Passw0rd!' });
  await other.client.signOut({ global: true });
  pool.advance(HOUR + 1);
  await act(async () => {
    await pool.client.fetchAuthSession();
  });
  const dialog = await screen.findByRole('dialog');
  expect(await within(dialog).findByRole('heading', { level: 2, name: 'Sign in' })).toBeDefined();
  expect(screen.queryByRole('button', { name: 'Sign out' })).toBeNull();
});
