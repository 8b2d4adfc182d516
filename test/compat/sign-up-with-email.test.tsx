import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { signUp } from 'aws-amplify/auth';
import { expect, it, vi } from 'vitest';
import App from './examples/sign-up-with-email/App';
import { pool } from './examples/sign-up-with-email/client';

// Amplify UI's packages/e2e/features/ui/components/authenticator/sign-up-with-email.feature, on the local pool,
// in Gatehouse's English. The example's service calls aws-amplify/auth's signUp: here that is the pool's (the
// Amplify run, sign-up-with-email.amplify.test.tsx, calls the real one and shows the I18n vocabulary it sets,
// which only the Amplify adapter reads).
vi.mock('aws-amplify/auth', async () => {
  const { pool: local } = await import('./examples/sign-up-with-email/client');
  return { signUp: vi.fn((input: Parameters<typeof local.client.signUp>[0]) => local.client.signUp(input)) };
});

it('asks for Email (autocompleting username) and the two new-password fields, and neither Username nor Phone number', async () => {
  render(<App />);
  const email = await screen.findByLabelText(/^Email/);
  expect(email).toHaveProperty('type', 'email');
  expect(email).toHaveProperty('autocomplete', 'username');
  expect(screen.getByLabelText(/^New password/)).toHaveProperty('autocomplete', 'new-password');
  expect(screen.getByLabelText(/^Confirm password/)).toHaveProperty('autocomplete', 'new-password');
  expect(screen.queryByLabelText(/^Username/)).toBeNull();
  expect(screen.queryByLabelText(/^Phone number/)).toBeNull();
});

it('shows authStatus outside the Authenticator; signs up with the email lowercased by the service; confirms with the placeholder set', async () => {
  const user = userEvent.setup();
  render(<App />);
  expect(await screen.findByText('unauthenticated')).toBeDefined();
  await user.type(screen.getByLabelText(/^Email/), 'TEST@example.com');
  await user.type(screen.getByLabelText(/^New password/), 'Passw0rd!');
  await user.type(screen.getByLabelText(/^Confirm password/), 'Passw0rd!');
  await user.click(screen.getByRole('button', { name: 'Create account' }));
  await screen.findByRole('heading', { level: 2, name: 'Confirm your account' });
  expect(vi.mocked(signUp).mock.calls[0]?.[0]).toMatchObject({ username: 'test@example.com', options: { userAttributes: { email: 'test@example.com' } } });
  const code = screen.getByLabelText(/^Code/);
  expect(code.getAttribute('placeholder')).toBe('Enter the code given');
  expect(code.getAttribute('aria-required')).toBe('true');
  await user.type(code, pool.codeSentTo('test@example.com'));
  await user.click(screen.getByRole('button', { name: 'Confirm' }));
  expect(await screen.findByRole('heading', { level: 1, name: /^Hello / })).toBeDefined();
  expect(screen.getByText('authenticated')).toBeDefined();
});
