import { expect, test } from '@playwright/test';
import { PASSWORD, expectScreen, expectSignedIn, fillPhone, inboxCode, newEmail, openPlayground, submitCode, submitSignIn } from './support.js';

test.describe('username preset', () => {
  test.beforeEach(async ({ page }) => {
    await openPlayground(page, 'username');
    await expectScreen(page, 'Sign in');
  });

  test('a new user signs up with username, email and phone, confirms by email and is signed in', async ({ page }) => {
    const email = newEmail('user');
    const username = email.split('@')[0] ?? '';
    await page.getByRole('tab', { name: 'Create account' }).click();
    const form = page.getByRole('tabpanel', { name: 'Create account' });
    await form.getByRole('textbox', { name: 'Username', exact: true }).fill(username);
    await form.getByRole('textbox', { name: 'Email', exact: true }).fill(email);
    await fillPhone(form, '+1', '5555550199');
    await form.getByRole('textbox', { name: 'New password', exact: true }).fill(PASSWORD);
    await form.getByRole('textbox', { name: 'Confirm password', exact: true }).fill(PASSWORD);
    await expectScreen(page, 'Create an account');
    await form.getByRole('button', { name: 'Create account', exact: true }).click();
    await expectScreen(page, 'Confirm your account');
    await submitCode(page, await inboxCode(page, email));
    await expectSignedIn(page, username);
  });

  test('confirmed signs in with its username', async ({ page }) => {
    await submitSignIn(page, 'confirmed', PASSWORD, 'Username');
    await expectSignedIn(page, 'confirmed');
  });
});

test.describe('phone preset', () => {
  test.beforeEach(async ({ page }) => {
    await openPlayground(page, 'phone');
    await expectScreen(page, 'Sign in');
  });

  test('a new user signs up with a UK number, confirms by SMS and is signed in', async ({ page }) => {
    const national = `7700${String(Date.now()).slice(-6)}`;
    await page.getByRole('tab', { name: 'Create account' }).click();
    const form = page.getByRole('tabpanel', { name: 'Create account' });
    await fillPhone(form, '+44', national);
    await form.getByRole('textbox', { name: 'New password', exact: true }).fill(PASSWORD);
    await form.getByRole('textbox', { name: 'Confirm password', exact: true }).fill(PASSWORD);
    await expectScreen(page, 'Create an account');
    await form.getByRole('button', { name: 'Create account', exact: true }).click();
    await expectScreen(page, 'Confirm your account');
    await expect(page.getByText(/We texted a code to/)).toBeVisible();
    await submitCode(page, await inboxCode(page, `+44${national}`));
    await expectSignedIn(page, `+44${national}`);
  });

  test('a seeded user signs in with country code and number', async ({ page }) => {
    const form = page.getByRole('tabpanel', { name: 'Sign in' });
    await fillPhone(form, '+1', '5555550101');
    await form.getByRole('textbox', { name: 'Password', exact: true }).fill(PASSWORD);
    await form.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expectSignedIn(page, '+15555550101');
  });
});

test.describe('custom-challenge preset', () => {
  test('shows the hint, rejects a wrong answer and accepts 7', async ({ page }) => {
    await openPlayground(page, 'custom-challenge');
    await submitSignIn(page, 'confirmed@example.com');
    await expectScreen(page, 'One more step');
    await expect(page.getByRole('region', { name: 'One more step' }).getByText('What is 3 + 4?', { exact: true })).toBeVisible();
    const answer = page.getByRole('textbox', { name: 'Answer', exact: true });
    await answer.fill('8');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('alert')).toHaveText(/That answer is not right\. Try again\./);
    await expectScreen(page, 'One more step');
    await answer.fill('7');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expectSignedIn(page, 'confirmed@example.com');
  });
});
