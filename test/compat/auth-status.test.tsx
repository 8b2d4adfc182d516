import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { signIn, signOut } from 'aws-amplify/auth';
import { expect, it, vi } from 'vitest';
import App from './examples/auth-status/App';
import * as example from './examples/auth-status/client';
import { reloadPage } from './examples/auth-status/client';

// Amplify UI's packages/e2e/features/ui/components/authenticator/auth-status.feature, on the local pool: the app
// signs in and out itself, with no Authenticator on screen, and the Provider's authStatus follows. Here the
// example's aws-amplify/auth calls are the pool's (the Amplify run, auth-status.amplify.test.tsx, makes the real ones).
vi.mock('aws-amplify/auth', async () => {
  const local = await import('./examples/auth-status/client');
  type Client = typeof local.client;
  return {
    signIn: vi.fn((input: Parameters<Client['signIn']>[0]) => local.client.signIn(input)),
    signOut: vi.fn(() => local.client.signOut()),
  };
});

it('shows unauthenticated, then authenticated after the app’s own sign-in, across reloads, and unauthenticated after its sign-out', async () => {
  const user = userEvent.setup();
  const page = render(<App />);
  expect(await screen.findByText('unauthenticated')).toBeDefined();
  await user.type(screen.getByLabelText('Username'), 'ada');
  await user.type(screen.getByLabelText('Password'), 'Passw0rd!');
  await user.click(screen.getByRole('button', { name: 'Sign In' }));
  expect(await screen.findByText('authenticated')).toBeDefined();
  expect(vi.mocked(signIn)).toHaveBeenCalledWith({ username: 'ada', password: 'Passw0rd!' });
  expect(screen.queryByLabelText('Username')).toBeNull();

  page.unmount();
  const before = example.client;
  reloadPage();
  // The page after the reload has a new client over the same storage.
  expect(example.client).not.toBe(before);
  const reloaded = render(<App />);
  expect(await screen.findByText('authenticated')).toBeDefined();
  await user.click(screen.getByRole('button', { name: 'Sign Out' }));
  expect(await screen.findByText('unauthenticated')).toBeDefined();
  expect(vi.mocked(signOut)).toHaveBeenCalledTimes(1);

  reloaded.unmount();
  reloadPage();
  render(<App />);
  expect(await screen.findByText('unauthenticated')).toBeDefined();
  expect(screen.getByRole('button', { name: 'Sign In' })).toBeDefined();
});
