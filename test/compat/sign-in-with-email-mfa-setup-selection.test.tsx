import { render, screen } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, expect, it } from 'vitest';
import { PASSWORD } from '../support/constants';
import App from './examples/sign-in-with-email-mfa-setup-selection/App';
import { pool } from './examples/sign-in-with-email-mfa-setup-selection/client';

// Amplify UI's packages/e2e/features/ui/components/authenticator/sign-in-with-email-mfa-setup-selection.feature,
// on the local pool, in Gatehouse's English: "Add a second sign-in step" for "Multi-Factor Authentication Setup",
// "Add an email address for sign-in codes" for "Setup Email", "Enter your code" for "Confirm Email Code". The
// example's services answer every step; the pool is never asked to sign in.

const SETUP_CHOICE = 'Add a second sign-in step';
const SETUP_EMAIL = 'Add an email address for sign-in codes';

afterEach(() => {
  for (const storage of [pool.storage, pool.signInStorage]) for (const key of Object.keys(storage.contents())) storage.removeItem(key);
});

async function toSetupChoice(user: UserEvent): Promise<void> {
  // Back on sign-in, the login typed before is still there.
  const login = await screen.findByLabelText('Email');
  await user.clear(login);
  await user.type(login, 'james@example.com');
  await user.type(screen.getByLabelText('Password'), PASSWORD);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  await screen.findByRole('heading', { level: 2, name: SETUP_CHOICE });
}

async function toSetupEmail(user: UserEvent, choose = true): Promise<void> {
  await toSetupChoice(user);
  if (choose) await user.click(screen.getByRole('radio', { name: /^Email/ }));
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  await screen.findByRole('heading', { level: 2, name: SETUP_EMAIL });
}

/** Gatehouse fills in the address the user signed in with (Amplify UI leaves the field empty): typed over here. */
async function typeEmail(user: UserEvent): Promise<void> {
  const email = screen.getByLabelText('Email');
  expect(email).toHaveProperty('value', 'james@example.com');
  await user.clear(email);
  await user.type(email, 'james.mfa@example.com');
}

async function toEmailCode(user: UserEvent, choose = true): Promise<void> {
  await toSetupEmail(user, choose);
  await typeEmail(user);
  await user.click(screen.getByRole('button', { name: 'Send code' }));
  await screen.findByRole('heading', { level: 2, name: 'Enter your code' });
}

async function confirmAndSignOut(user: UserEvent): Promise<void> {
  await user.type(screen.getByLabelText('Code'), '123456');
  await user.click(screen.getByRole('button', { name: 'Confirm' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Hello james' })).toBeDefined();
  await user.click(screen.getByRole('button', { name: 'Sign out' }));
  expect(await screen.findByRole('heading', { level: 2, name: 'Sign in' })).toBeDefined();
}

it('offers the MFA types to set up that handleSignIn returned, sets up email, confirms its code and signs in', async () => {
  const user = userEvent.setup();
  render(<App />);
  await toSetupChoice(user);
  expect(screen.getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual(['EMAIL', 'TOTP']);
  await user.click(screen.getByRole('radio', { name: /^Email/ }));
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  await screen.findByRole('heading', { level: 2, name: SETUP_EMAIL });
  await typeEmail(user);
  await user.click(screen.getByRole('button', { name: 'Send code' }));
  await screen.findByRole('heading', { level: 2, name: 'Enter your code' });
  expect(screen.getByText('We emailed a code to a***@e***.com.')).toBeDefined();
  await confirmAndSignOut(user);
});

it('uses the default choice (Email) when the user just continues', async () => {
  const user = userEvent.setup();
  render(<App />);
  await toEmailCode(user, false);
  await confirmAndSignOut(user);
});

it('goes back to sign-in from the choice, the email setup and the code screen, and signs in after each', async () => {
  const user = userEvent.setup();
  render(<App />);
  for (const reach of [toSetupChoice, toSetupEmail, toEmailCode]) {
    await reach(user);
    await user.click(screen.getByRole('button', { name: 'Back to sign in' }));
    await screen.findByRole('heading', { level: 2, name: 'Sign in' });
  }
  await toEmailCode(user);
  await confirmAndSignOut(user);
});
