import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { signUp } from 'aws-amplify/auth';
import { expect, it, vi } from 'vitest';
import App from './examples/override-function-calls/App';
import { pool } from './examples/override-function-calls/client';

// Amplify UI has no feature file for this example; its documentation says what it does: handleSignUp lowercases
// the username and the email before calling aws-amplify/auth's signUp. On the local pool, that signUp is the
// pool's (the Amplify run, override-function-calls.amplify.test.tsx, calls the real one).
vi.mock('aws-amplify/auth', async () => {
  const { pool: local } = await import('./examples/override-function-calls/client');
  return { signUp: vi.fn((input: Parameters<typeof local.client.signUp>[0]) => local.client.signUp(input)) };
});

it('sends the sign-up through the overridden handleSignUp, with the username and email lowercased, and confirms it', async () => {
  const user = userEvent.setup();
  render(<App />);
  await user.type(await screen.findByLabelText(/^Email/), 'Grace.Hopper@Example.COM');
  await user.type(screen.getByLabelText(/^New password/), 'Passw0rd!');
  await user.type(screen.getByLabelText(/^Confirm password/), 'Passw0rd!');
  await user.click(screen.getByRole('button', { name: 'Create account' }));
  await screen.findByRole('heading', { level: 2, name: 'Confirm your account' });
  expect(vi.mocked(signUp)).toHaveBeenCalledTimes(1);
  expect(vi.mocked(signUp).mock.calls[0]?.[0]).toMatchObject({
    username: 'grace.hopper@example.com',
    password: 'Passw0rd!',
    options: { userAttributes: { email: 'grace.hopper@example.com' } },
  });
  await user.type(screen.getByLabelText(/^Code/), pool.codeSentTo('grace.hopper@example.com'));
  await user.click(screen.getByRole('button', { name: 'Confirm' }));
  expect(await screen.findByRole('button', { name: 'Sign out' })).toBeDefined();
  const [created] = await pool.client.admin.listUsers();
  expect(created?.attributes.email).toBe('grace.hopper@example.com');
});
