import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import App from './examples/modal/App';

// Amplify UI's packages/e2e/features/ui/components/authenticator/modal.feature, on the local pool. The page's
// `signOut` prop is what Next.js passes it: nothing.

it('overlays the page with sign-in in a dialog', async () => {
  render(<App signOut={undefined} />);
  const dialog = await screen.findByRole('dialog');
  expect(within(dialog).getByRole('heading', { level: 2, name: 'Sign in' })).toBeDefined();
  expect(within(dialog).getByLabelText(/^Username/)).toBeDefined();
  expect(screen.queryByRole('button', { name: 'Sign out' })).toBeNull();
});

it('renders the app, outside any dialog, once signed in', async () => {
  const user = userEvent.setup();
  render(<App signOut={undefined} />);
  const dialog = await screen.findByRole('dialog');
  await user.type(within(dialog).getByLabelText(/^Username/), 'ada');
  await user.type(within(dialog).getByLabelText(/^Password/), 'Passw0rd!');
  await user.click(within(dialog).getByRole('button', { name: 'Sign in' }));
  expect(await screen.findByRole('button', { name: 'Sign out' })).toBeDefined();
  expect(screen.queryByRole('dialog')).toBeNull();
});
