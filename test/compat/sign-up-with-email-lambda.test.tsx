import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentType } from 'react';
import { expect, it, vi } from 'vitest';
import { PASSWORD } from '../support/constants';
import Example from './examples/sign-up-with-email-lambda/App';
import { client, pool } from './examples/sign-up-with-email-lambda/client';

// Amplify UI's packages/e2e/features/ui/components/authenticator/sign-up-with-email-with-lambda-trigger.feature,
// on the local pool, in Gatehouse's English. withAuthenticator shows the screens in a dialog, as there.

// The example's component takes `user` and `signOut` as `any` (published for `strict: false`), so withAuthenticator's
// typing (Amplify UI's as well) makes them the wrapper's own props too; the page renders it with none.
const App = Example as ComponentType;

it('opens on sign-up in a dialog, with Email as the login field and no username or phone number', async () => {
  render(<App />);
  const dialog = await screen.findByRole('dialog');
  expect(within(dialog).getByRole('tab', { name: 'Create account', selected: true })).toBeDefined();
  expect(within(dialog).getByLabelText('Email')).toHaveProperty('autocomplete', 'username');
  expect(within(dialog).queryByLabelText('Username')).toBeNull();
  expect(within(dialog).queryByLabelText('Phone number')).toBeNull();
});

it('signs a new user up, confirmed at once, and signs them in with no code: signUp then signIn, as the feature spies', async () => {
  const signUp = vi.spyOn(client, 'signUp');
  const autoSignIn = vi.spyOn(client, 'autoSignIn');
  const user = userEvent.setup();
  render(<App />);
  const dialog = await screen.findByRole('dialog');
  await user.type(within(dialog).getByLabelText('Email'), 'TEST@example.com');
  await user.type(within(dialog).getByLabelText('New password'), PASSWORD);
  await user.type(within(dialog).getByLabelText('Confirm password'), PASSWORD);
  await user.click(within(dialog).getByRole('button', { name: 'Create account' }));
  // An email pool's username is the id Cognito makes up (as with Amplify), which the example shows.
  await screen.findByRole('button', { name: 'Sign out' });
  expect(document.querySelector('.amplify-text')?.textContent).toMatch(/^[0-9a-f-]{36}$/);
  expect(screen.queryByRole('button', { name: 'Create account' })).toBeNull();
  expect(screen.queryByRole('dialog')).toBeNull();
  expect(signUp).toHaveBeenCalledTimes(1);
  expect(signUp.mock.calls[0]?.[0]).toMatchObject({ username: 'TEST@example.com', password: PASSWORD, options: { userAttributes: { email: 'TEST@example.com' } } });
  expect(autoSignIn).toHaveBeenCalledTimes(1);
  expect(pool.messagesTo('TEST@example.com')).toEqual([]);
  await user.click(screen.getByRole('button', { name: 'Sign out' }));
  expect(await screen.findByRole('dialog')).toBeDefined();
});
