import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useSyncExternalStore } from 'react';
import { expect, it } from 'vitest';
import IndexPage from './examples/useAuthenticator/App';
import { reloadPage } from './examples/useAuthenticator/client';
import HomePage from './examples/useAuthenticator/home/App';
import router from './examples/useAuthenticator/next-router';

// Amplify UI's packages/e2e/features/ui/components/authenticator/useAuthenticator.feature, on the local pool: two
// pages of one app (the Authenticator, then a page with only the Provider), each rendered at its path.

const INDEX = '/ui/components/authenticator/useAuthenticator';

function Pages() {
  const path = useSyncExternalStore(router.subscribe, () => router.pathname);
  if (path === INDEX) return <IndexPage />;
  if (path === `${INDEX}/home`) return <HomePage />;
  return <p>No page at {path}</p>;
}

it('signs in, navigates to the Provider-only page that greets the user, keeps the session over a reload, and signs out', async () => {
  const user = userEvent.setup();
  const page = render(<Pages />);
  await user.type(await screen.findByLabelText(/^Username/), 'ada');
  await user.type(screen.getByLabelText(/^Password/), 'Passw0rd!');
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  await user.click(await screen.findByRole('button', { name: 'Navigate to Home' }));
  expect(router.pathname).toBe(`${INDEX}/home`);
  expect(await screen.findByText('Hello, ada!')).toBeDefined();

  // The reload: the page mounts again, on a new client over the same storage.
  page.unmount();
  reloadPage();
  render(<Pages />);
  expect(await screen.findByText('Hello, ada!')).toBeDefined();

  await user.click(screen.getByRole('button', { name: 'Sign Out' }));
  expect(router.pathname).toBe(INDEX);
  expect(await screen.findByRole('heading', { level: 2, name: 'Sign in' })).toBeDefined();
  expect(screen.queryByRole('button', { name: 'Navigate to Home' })).toBeNull();
});
