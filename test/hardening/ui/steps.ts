import { screen } from '@testing-library/react';
import type { LocalOperation, SeedUser } from '../../../src/local.js';
import type { AuthenticatorHarness } from '../../support/authenticator.js';
import { EMAIL, NEW_PASSWORD, PASSWORD, PHONE, TEMPORARY_PASSWORD } from '../../support/constants.js';
import { findHeading, signIn, typeInto } from '../../support/screens.js';

// The screens whose submit calls the client, each reached from a fresh render on the local pool.
export const OPTIONAL_MFA = { mfa: { enforcement: 'OPTIONAL', types: ['SMS', 'EMAIL', 'TOTP'] } } as const;
const USERS = {
  confirmed: { username: EMAIL, password: PASSWORD },
  unconfirmed: { username: EMAIL, password: PASSWORD, status: 'UNCONFIRMED' },
  sms: { username: EMAIL, password: PASSWORD, attributes: { phone_number: PHONE }, mfa: { enabled: ['SMS'], preferred: 'SMS' } },
  newPassword: { username: EMAIL, password: TEMPORARY_PASSWORD, status: 'FORCE_CHANGE_PASSWORD' },
} satisfies Record<string, SeedUser>;

export interface Step {
  /** The screen, reached from a fresh render. */
  screen: string;
  user: SeedUser;
  operation: LocalOperation;
  reach: (harness: AuthenticatorHarness) => Promise<void>;
  /** Fills the form; returns the labels and what they must still hold after the fault. */
  fill: (harness: AuthenticatorHarness) => Promise<Record<string, string>>;
  submit: string;
  /** The heading once the same submit succeeds. */
  next: string | RegExp;
}

const signInForm = async ({ user }: AuthenticatorHarness, password = PASSWORD) => {
  await typeInto(user, 'Email', EMAIL);
  await typeInto(user, 'Password', password);
  return { Email: EMAIL, Password: password };
};

export const STEPS: readonly Step[] = [
  { screen: 'sign-in', user: USERS.confirmed, operation: 'signIn', reach: async () => {
      await findHeading('Sign in');
    }, fill: (h) => signInForm(h), submit: 'Sign in', next: /Signed in as/ },
  {
    screen: 'sign-up',
    user: USERS.confirmed,
    operation: 'signUp',
    reach: async ({ user }) => {
      await user.click(screen.getByRole('tab', { name: 'Create account' }));
      await findHeading('Create an account');
    },
    fill: async ({ user }) => {
      await typeInto(user, 'Email', 'grace@example.com');
      await typeInto(user, 'New password', PASSWORD);
      await typeInto(user, 'Confirm password', PASSWORD);
      return { Email: 'grace@example.com', 'New password': PASSWORD, 'Confirm password': PASSWORD };
    },
    submit: 'Create account',
    next: 'Confirm your account',
  },
  {
    screen: 'confirm sign-up',
    user: USERS.unconfirmed,
    operation: 'confirmSignUp',
    reach: async ({ user }) => {
      await signIn(user, EMAIL, PASSWORD);
      await findHeading('Confirm your account');
    },
    fill: async (harness) => {
      const code = harness.codeFor(EMAIL);
      await typeInto(harness.user, /^Code/, code);
      return { Code: code };
    },
    submit: 'Confirm',
    next: /Signed in as|Sign in/,
  },
  {
    screen: 'forgot password',
    user: USERS.confirmed,
    operation: 'resetPassword',
    reach: async ({ user }) => {
      await user.click(screen.getByRole('button', { name: 'Forgot your password?' }));
      await findHeading('Reset your password');
    },
    fill: async ({ user }) => {
      await typeInto(user, 'Email', EMAIL);
      return { Email: EMAIL };
    },
    submit: 'Send code',
    next: 'Choose a new password',
  },
  {
    screen: 'confirm reset password',
    user: USERS.confirmed,
    operation: 'confirmResetPassword',
    reach: async ({ user }) => {
      await user.click(screen.getByRole('button', { name: 'Forgot your password?' }));
      await findHeading('Reset your password');
      await typeInto(user, 'Email', EMAIL);
      await user.click(screen.getByRole('button', { name: 'Send code' }));
      await findHeading('Choose a new password');
    },
    fill: async (harness) => {
      const code = harness.codeFor(EMAIL);
      await typeInto(harness.user, 'Code', code);
      await typeInto(harness.user, 'New password', NEW_PASSWORD);
      await typeInto(harness.user, 'Confirm password', NEW_PASSWORD);
      return { Code: code, 'New password': NEW_PASSWORD, 'Confirm password': NEW_PASSWORD };
    },
    submit: 'Reset password',
    next: 'Sign in',
  },
  {
    screen: 'SMS code',
    user: USERS.sms,
    operation: 'confirmSignIn',
    reach: async ({ user }) => {
      await signIn(user, EMAIL, PASSWORD);
      await findHeading('Enter your code');
    },
    fill: async (harness) => {
      const code = harness.codeFor(PHONE);
      await typeInto(harness.user, /^Code/, code);
      return { Code: code };
    },
    submit: 'Confirm',
    next: /Signed in as/,
  },
  {
    screen: 'new password required',
    user: USERS.newPassword,
    operation: 'confirmSignIn',
    reach: async ({ user }) => {
      await signIn(user, EMAIL, TEMPORARY_PASSWORD);
      await findHeading('Choose a new password');
    },
    fill: async ({ user }) => {
      await typeInto(user, 'New password', NEW_PASSWORD);
      await typeInto(user, 'Confirm password', NEW_PASSWORD);
      return { 'New password': NEW_PASSWORD, 'Confirm password': NEW_PASSWORD };
    },
    submit: 'Change password',
    next: /Signed in as|Verify your contact details/,
  },
];

