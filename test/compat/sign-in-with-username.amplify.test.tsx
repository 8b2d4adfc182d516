import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it, vi } from 'vitest';
import App from './examples/sign-in-with-username/App';

// The same example through aws-amplify/auth (SRP sign-in against the emulator): auth-with-username-no-attributes,
// with a confirmed user an administrator made.
vi.mock('./examples/sign-in-with-username/client', async () => {
  const { amplifyExample, createUsernameUser } = await import('./amplify-example');
  const example = await amplifyExample({ aws_cognito_username_attributes: [], aws_cognito_verification_mechanisms: ['EMAIL'] }, { pool: { UsernameAttributes: [] } });
  await createUsernameUser(example.setup, 'sam', 'sam@example.com');
  return example;
});

it('says an unknown username does not exist, then signs the user in through Cognito by username and signs out', async () => {
  const user = userEvent.setup();
  render(<App />);
  await user.type(await screen.findByLabelText('Username'), 'nobody');
  await user.type(screen.getByLabelText('Password'), 'Passw0rd!');
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  expect((await screen.findByRole('alert')).textContent).toContain('We could not find an account with those details.');
  await user.clear(screen.getByLabelText('Username'));
  await user.type(screen.getByLabelText('Username'), 'sam');
  await user.clear(screen.getByLabelText('Password'));
  await user.type(screen.getByLabelText('Password'), 'Passw0rd!');
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Hello sam' }, { timeout: 10_000 })).toBeDefined();
  await user.click(screen.getByRole('button', { name: 'Sign out' }));
  expect(await screen.findByRole('heading', { level: 2, name: 'Sign in' })).toBeDefined();
});
