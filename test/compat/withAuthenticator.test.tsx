import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import App, { getStaticProps } from './examples/withAuthenticator/App';

// Amplify UI's packages/e2e/features/ui/components/authenticator/withAuthenticator.feature, on the local pool: the
// page's props (from getStaticProps, as Next.js passes them) reach the wrapped component with user and signOut.

it('wraps the app with an Authenticator in a dialog (withAuthenticator’s default variation) showing sign-in', async () => {
  const { props } = await getStaticProps();
  render(<App {...props} />);
  const dialog = await screen.findByRole('dialog');
  expect(within(dialog).getByRole('heading', { level: 2, name: 'Sign in' })).toBeDefined();
  expect(within(dialog).getByLabelText(/^Username/)).toBeDefined();
  expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
});

it('renders the app once signed in, with its own props, user and signOut; signing out shows sign-in again', async () => {
  const user = userEvent.setup();
  const { props } = await getStaticProps();
  render(<App {...props} />);
  await user.type(await screen.findByLabelText(/^Username/), 'ada');
  await user.type(screen.getByLabelText(/^Password/), 'Passw0rd!');
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  // The component threw had isPassedToWithAuthenticator not reached it.
  expect(await screen.findByRole('heading', { level: 1, name: 'Hello ada' })).toBeDefined();
  expect(screen.queryByRole('dialog')).toBeNull();
  await user.click(screen.getByRole('button', { name: 'Sign out' }));
  const dialog = await screen.findByRole('dialog');
  expect(await within(dialog).findByRole('heading', { level: 2, name: 'Sign in' })).toBeDefined();
});
