import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it, vi } from 'vitest';
import { NEW_PASSWORD } from '../support/constants';
import { latestCode } from '../cognito/api';
import App from './examples/forgot-password/App';

// The same example through aws-amplify/auth (ForgotPassword and ConfirmForgotPassword against the emulator):
// auth-with-username-no-attributes, with a confirmed user an administrator made.
vi.mock('./examples/forgot-password/client', async () => {
  const { amplifyExample, createUsernameUser } = await import('./amplify-example');
  const example = await amplifyExample({ aws_cognito_username_attributes: [], aws_cognito_verification_mechanisms: ['EMAIL'] }, { pool: { UsernameAttributes: [] } });
  await createUsernameUser(example.setup, 'riley', 'riley-reset@example.com');
  return example;
});

it('resets a password through Cognito with the emailed code and signs in with the new one', async () => {
  const user = userEvent.setup();
  render(<App />);
  await user.type(await screen.findByLabelText('Username'), 'riley');
  await user.click(screen.getByRole('button', { name: 'Send code' }));
  expect(await screen.findByRole('heading', { level: 2, name: 'Choose a new password' })).toBeDefined();
  await user.type(screen.getByLabelText(/^Code/), await latestCode('riley-reset@example.com'));
  await user.type(screen.getByLabelText('New password'), NEW_PASSWORD);
  await user.type(screen.getByLabelText('Confirm password'), NEW_PASSWORD);
  await user.click(screen.getByRole('button', { name: 'Reset password' }));
  expect(await screen.findByText('Your password has been reset. Sign in with your new password.')).toBeDefined();
  // Sign-in keeps the username the reset was for.
  expect(screen.getByLabelText('Username')).toHaveProperty('value', 'riley');
  await user.type(screen.getByLabelText('Password'), NEW_PASSWORD);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Hello riley' }, { timeout: 10_000 })).toBeDefined();
});
