import { expect, test } from '@playwright/test';
import {
  NEW_PASSWORD,
  PASSWORD,
  TOTP_SECRET,
  expectScreen,
  expectSignedIn,
  inboxCode,
  newEmail,
  openPlayground,
  signOut,
  submitCode,
  submitSignIn,
  totpCode,
} from './support.js';

test.describe('email preset', () => {
  test.beforeEach(async ({ page }) => {
    await openPlayground(page, 'email');
    await expectScreen(page, 'Sign in');
  });

  test('a new user signs up, confirms with the emailed code and is signed in', async ({ page }) => {
    const email = newEmail('new');
    await page.getByRole('tab', { name: 'Create account' }).click();
    await expectScreen(page, 'Create an account');
    const form = page.getByRole('tabpanel', { name: 'Create account' });
    await form.getByRole('textbox', { name: 'Email', exact: true }).fill(email);
    await form.getByRole('textbox', { name: 'New password', exact: true }).fill(PASSWORD);
    await form.getByRole('textbox', { name: 'Confirm password', exact: true }).fill(PASSWORD);
    await expectScreen(page, 'Create an account');
    await form.getByRole('button', { name: 'Create account', exact: true }).click();
    await expectScreen(page, 'Confirm your account');
    await submitCode(page, await inboxCode(page, email));
    await expectSignedIn(page, email);
    await signOut(page);
  });

  test('confirmed@ signs in and signs out', async ({ page }) => {
    await submitSignIn(page, 'confirmed@example.com');
    await expectSignedIn(page, 'confirmed@example.com');
    await expect(page.getByRole('status').filter({ hasText: 'Last event' })).toContainText('signedIn by password');
    await signOut(page);
    await expect(page.getByRole('status').filter({ hasText: 'Last event' })).toContainText('signedOut');
  });

  test('a wrong password shows an error and keeps the email', async ({ page }) => {
    await submitSignIn(page, 'confirmed@example.com', 'Wr0ng-password!');
    await expect(page.getByRole('alert')).toHaveText(/Incorrect username or password\./);
    await expect(page.getByRole('textbox', { name: 'Email', exact: true })).toHaveValue('confirmed@example.com');
    await expectScreen(page, 'Sign in');
  });

  test('forgot password: code, new password, then sign in with it', async ({ page }) => {
    await page.getByRole('button', { name: 'Forgot your password?' }).click();
    await expectScreen(page, 'Reset your password');
    await page.getByRole('textbox', { name: 'Email', exact: true }).fill('confirmed@example.com');
    await page.getByRole('button', { name: 'Send code' }).click();
    await expectScreen(page, 'Choose a new password');
    await page.getByRole('textbox', { name: 'Code', exact: true }).fill(await inboxCode(page, 'confirmed@example.com'));
    await page.getByRole('textbox', { name: 'New password', exact: true }).fill(NEW_PASSWORD);
    await page.getByRole('textbox', { name: 'Confirm password', exact: true }).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Reset password' }).click();
    await expectScreen(page, 'Sign in');
    await expect(page.getByText('Your password has been reset.')).toBeVisible();
    await submitSignIn(page, 'confirmed@example.com', NEW_PASSWORD);
    await expectSignedIn(page, 'confirmed@example.com');
  });

  test('newpass@ must choose a new password, then is signed in', async ({ page }) => {
    await submitSignIn(page, 'newpass@example.com', 'TempPassw0rd!');
    await expectScreen(page, 'Choose a new password');
    await page.getByRole('textbox', { name: 'New password', exact: true }).fill(NEW_PASSWORD);
    await page.getByRole('textbox', { name: 'Confirm password', exact: true }).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Change password' }).click();
    await expectSignedIn(page, 'newpass@example.com');
  });

  test('reset@ is sent to reset its password, then signs in with the new one', async ({ page }) => {
    await submitSignIn(page, 'reset@example.com');
    await expectScreen(page, 'Reset your password');
    await expect(page.getByRole('status').filter({ hasText: 'You need to reset your password before you sign in.' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Email', exact: true })).toHaveValue('reset@example.com');
    await page.getByRole('button', { name: 'Send code' }).click();
    await expectScreen(page, 'Choose a new password');
    await page.getByRole('textbox', { name: 'Code', exact: true }).fill(await inboxCode(page, 'reset@example.com'));
    await page.getByRole('textbox', { name: 'New password', exact: true }).fill(NEW_PASSWORD);
    await page.getByRole('textbox', { name: 'Confirm password', exact: true }).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Reset password' }).click();
    await expectScreen(page, 'Sign in');
    await submitSignIn(page, 'reset@example.com', NEW_PASSWORD);
    await expectSignedIn(page, 'reset@example.com');
  });

  test('unconfirmed@ confirms its account with the emailed code and is signed in', async ({ page }) => {
    await submitSignIn(page, 'unconfirmed@example.com');
    await expectScreen(page, 'Confirm your account');
    await submitCode(page, await inboxCode(page, 'unconfirmed@example.com'));
    await expectSignedIn(page, 'unconfirmed@example.com');
  });

  test('sms@ enters a wrong code, then the texted one', async ({ page }) => {
    await submitSignIn(page, 'sms@example.com');
    await expectScreen(page, 'Enter your code');
    await expect(page.getByText(/We texted a code to \+\*+0100\./)).toBeVisible();
    const code = await inboxCode(page, '+15555550100');
    await submitCode(page, code === '000000' ? '111111' : '000000');
    await expect(page.getByRole('alert')).toHaveText(/That code is not right\. Check it and try again\./);
    await expect(page.getByRole('textbox', { name: 'Code', exact: true })).toHaveValue('');
    await expectScreen(page, 'Enter your code');
    await submitCode(page, code);
    await expectSignedIn(page, 'sms@example.com');
  });

  test('totp@ enters the code of its authenticator app', async ({ page }) => {
    await submitSignIn(page, 'totp@example.com');
    await expectScreen(page, 'Enter your code');
    await expect(page.getByText('Open your authenticator app')).toBeVisible();
    await submitCode(page, totpCode(TOTP_SECRET));
    await expectSignedIn(page, 'totp@example.com');
  });

  test('emailmfa@ enters the emailed code', async ({ page }) => {
    await submitSignIn(page, 'emailmfa@example.com');
    await expectScreen(page, 'Enter your code');
    await expect(page.getByText(/We emailed a code to/)).toBeVisible();
    await submitCode(page, await inboxCode(page, 'emailmfa@example.com'));
    await expectSignedIn(page, 'emailmfa@example.com');
  });

  test('choose@ picks the authenticator app among its MFA methods', async ({ page }) => {
    await submitSignIn(page, 'choose@example.com');
    await expectScreen(page, 'Choose how to verify it’s you');
    const methods = page.getByRole('radiogroup');
    await expect(methods.getByRole('radio')).toHaveCount(2);
    await methods.getByRole('radio', { name: /Authenticator app/ }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expectScreen(page, 'Enter your code');
    await submitCode(page, totpCode(TOTP_SECRET));
    await expectSignedIn(page, 'choose@example.com');
  });

  test('unverified@ verifies its email after sign-in', async ({ page }) => {
    await submitSignIn(page, 'unverified@example.com');
    await expectScreen(page, 'Verify your contact details');
    await page.getByRole('button', { name: 'Send code' }).click();
    await expectScreen(page, 'Enter your verification code');
    await submitCode(page, await inboxCode(page, 'unverified@example.com'), 'Verify');
    await expectSignedIn(page, 'unverified@example.com');
  });

  test('the Google button signs in with the simulated provider', async ({ page }) => {
    await page.getByRole('button', { name: 'Sign in with Google' }).click();
    await expectSignedIn(page, 'ada.google@example.com');
    await signOut(page);
  });
});
