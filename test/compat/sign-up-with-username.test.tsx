import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import App from './examples/sign-up-with-username/App';
import { pool } from './examples/sign-up-with-username/client';

// Amplify UI's packages/e2e/features/ui/components/authenticator/sign-up-with-username.feature, on the local pool,
// in Gatehouse's English (sentence case: "Create account" where Amplify UI says "Create Account").

it('opens on sign-up with Username, the two password fields and Email (where the code goes), and no phone number', async () => {
  render(<App />);
  const username = await screen.findByLabelText('Username');
  expect(username).toHaveProperty('autocomplete', 'username');
  expect(screen.getByLabelText('Email')).toHaveProperty('type', 'email');
  expect(screen.getByLabelText('New password')).toHaveProperty('autocomplete', 'new-password');
  expect(screen.getByLabelText('Confirm password')).toHaveProperty('autocomplete', 'new-password');
  expect(screen.queryByLabelText('Phone Number')).toBeNull();
});

it('signs up a new username, confirms the emailed code and greets the user by username, and signs out back to the initial screen', async () => {
  const user = userEvent.setup();
  render(<App />);
  await user.type(await screen.findByLabelText('Username'), 'jordan');
  await user.type(screen.getByLabelText('New password'), 'Passw0rd!');
  await user.type(screen.getByLabelText('Confirm password'), 'Passw0rd!');
  await user.type(screen.getByLabelText('Email'), 'jordan@example.com');
  await user.click(screen.getByRole('button', { name: 'Create account' }));
  await screen.findByRole('heading', { level: 2, name: 'Confirm your account' });
  expect(screen.getByText(/^We emailed a code to j\*\*\*@e\*\*\*/)).toBeDefined();
  await user.type(screen.getByLabelText('Code'), pool.codeSentTo('jordan@example.com'));
  await user.click(screen.getByRole('button', { name: 'Confirm' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Hello jordan' })).toBeDefined();
  await user.click(screen.getByRole('button', { name: 'Sign out' }));
  expect(await screen.findByRole('heading', { level: 2, name: 'Create an account' })).toBeDefined();
});
