import { render, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { Authenticator } from 'gatehouse';
import { createTestPool } from '../support/local-pool';

// The one thing a port changes on screen without asking: Gatehouse's own English (sentence case). An app whose
// users, docs or Cypress tests expect Amplify UI's exact words gives those words as a phrase dictionary, as the
// README's migration section says; phrases are Amplify UI's English strings, keys and values both.

const AMPLIFY_WORDS = {
  'Sign In': 'Sign In',
  'Create Account': 'Create Account',
  Username: 'Username',
  Password: 'Password',
  'Confirm Password': 'Confirm Password',
  'Forgot your password?': 'Forgot your password?',
  // Gatehouse says "New password" wherever one is chosen; Amplify UI says "Password" on sign-up only.
  'field.newPassword': 'Password',
};

it("shows Amplify UI's words where the app gives them as an English phrase dictionary", async () => {
  const { client } = createTestPool({ loginWith: { username: true } });
  render(<Authenticator client={client} initialState="signUp" language="en" dictionary={{ en: AMPLIFY_WORDS }} />);
  expect(await screen.findByRole('tab', { name: 'Create Account' })).toBeDefined();
  expect(screen.getByRole('tab', { name: 'Sign In' })).toBeDefined();
  expect(screen.getByLabelText('Username')).toBeDefined();
  expect(screen.getByLabelText('Password')).toBeDefined();
  expect(screen.getByLabelText('Confirm Password')).toBeDefined();
  expect(screen.getByRole('button', { name: 'Create Account' })).toBeDefined();
});

it("without one, Gatehouse's own English", async () => {
  const { client } = createTestPool({ loginWith: { username: true } });
  render(<Authenticator client={client} initialState="signUp" language="en" />);
  expect(await screen.findByRole('tab', { name: 'Create account' })).toBeDefined();
  expect(screen.getByLabelText('New password')).toBeDefined();
  expect(screen.getByLabelText('Confirm password')).toBeDefined();
  expect(screen.getByRole('button', { name: 'Create account' })).toBeDefined();
});
