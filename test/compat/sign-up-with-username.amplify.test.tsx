import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it, vi } from 'vitest';
import { latestCode } from '../cognito/api';
import App from './examples/sign-up-with-username/App';

// The same example through aws-amplify/auth: auth-with-username-no-attributes, whose aws-exports.js verifies emails.
vi.mock('./examples/sign-up-with-username/client', async () => {
  const { amplifyExample } = await import('./amplify-example');
  return amplifyExample({ aws_cognito_username_attributes: [], aws_cognito_verification_mechanisms: ['EMAIL'] }, { pool: { UsernameAttributes: [] } });
});

it('signs up a new username through Cognito, confirms the emailed code and greets the user', async () => {
  const user = userEvent.setup();
  render(<App />);
  await user.type(await screen.findByLabelText('Username'), 'jordan-amplify');
  await user.type(screen.getByLabelText('New password'), 'Passw0rd!');
  await user.type(screen.getByLabelText('Confirm password'), 'Passw0rd!');
  await user.type(screen.getByLabelText('Email'), 'jordan-amplify@example.com');
  expect(screen.queryByLabelText('Phone Number')).toBeNull();
  await user.click(screen.getByRole('button', { name: 'Create account' }));
  await screen.findByRole('heading', { level: 2, name: 'Confirm your account' });
  await user.type(screen.getByLabelText('Code'), await latestCode('jordan-amplify@example.com'));
  await user.click(screen.getByRole('button', { name: 'Confirm' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Hello jordan-amplify' }, { timeout: 10_000 })).toBeDefined();
});
