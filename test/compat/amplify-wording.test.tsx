import { render, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { Authenticator } from 'gatehouse';
import { createTestPool } from '../support/local-pool';

// The one thing a port changes on screen without asking: Gatehouse's own English (sentence case). An app whose
// users, docs or Cypress tests expect Amplify UI's exact words sets them on Gatehouse's message keys
// (src/i18n/en.ts), as the README's migration section says. An Amplify phrase mapped to itself would not do:
// Amplify UI's own `translations` holds such an English dictionary, and passing it must not change the English.

const AMPLIFY_WORDS = {
  'signIn.tab': 'Sign In',
  'signUp.tab': 'Create Account',
  'signUp.submit': 'Create Account',
  'field.newPassword': 'Password',
  'field.confirm_password': 'Confirm Password',
};

it("shows Amplify UI's words where the app sets them on the message keys", async () => {
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
