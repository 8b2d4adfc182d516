import { expect, test, type Page } from '@playwright/test';
import { PASSWORD, expectScreen, expectSignedIn, inboxCode, newEmail, openPlayground, submitCode, submitSignIn, totpCode } from './support.js';

/** On the TOTP setup screen: the QR code is drawn, and the key shown in groups is the secret to enrol. */
async function enrolAuthenticatorApp(page: Page, account: string): Promise<void> {
  await expect(page.getByRole('main').getByRole('heading', { name: 'Set up your authenticator app', level: 2 })).toBeVisible();
  const qr = page.getByRole('img', { name: `QR code to add ${account} to an authenticator app` });
  await expect(qr).toHaveAttribute('aria-busy', 'false');
  await expect(qr.locator('svg')).toBeVisible();
  await expectScreen(page, 'Set up your authenticator app');
  const grouped = (await page.getByRole('region', { name: 'Set up your authenticator app' }).locator('code').textContent()) ?? '';
  expect(grouped).toMatch(/^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$/);
  await submitCode(page, totpCode(grouped.replace(/\s+/g, '')));
}

test.describe('mfa-required preset', () => {
  test('a new user sets up an authenticator app from the QR screen and is signed in', async ({ page }) => {
    await openPlayground(page, 'mfa-required');
    const email = newEmail('mfa');
    await page.getByRole('tab', { name: 'Create account' }).click();
    const form = page.getByRole('tabpanel', { name: 'Create account' });
    await form.getByRole('textbox', { name: 'Email', exact: true }).fill(email);
    await form.getByRole('textbox', { name: 'New password', exact: true }).fill(PASSWORD);
    await form.getByRole('textbox', { name: 'Confirm password', exact: true }).fill(PASSWORD);
    await form.getByRole('button', { name: 'Create account', exact: true }).click();
    await expectScreen(page, 'Confirm your account');
    await submitCode(page, await inboxCode(page, email));
    await expectScreen(page, 'Add a second sign-in step');
    const methods = page.getByRole('radiogroup');
    await expect(methods.getByRole('radio')).toHaveCount(2);
    await methods.getByRole('radio', { name: /Authenticator app/ }).check();
    await expectScreen(page, 'Add a second sign-in step');
    await page.getByRole('button', { name: 'Continue' }).click();
    await enrolAuthenticatorApp(page, email);
    await expectSignedIn(page, email);
  });

  test('another user chooses email codes, confirms the address and is signed in', async ({ page }) => {
    await openPlayground(page, 'mfa-required');
    await submitSignIn(page, 'confirmed@example.com');
    await expectScreen(page, 'Add a second sign-in step');
    await page.getByRole('radiogroup').getByRole('radio', { name: /Email/ }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expectScreen(page, 'Add an email address for sign-in codes');
    await page.getByRole('textbox', { name: 'Email', exact: true }).fill('confirmed@example.com');
    await page.getByRole('button', { name: 'Send code' }).click();
    await expectScreen(page, 'Enter your code');
    await submitCode(page, await inboxCode(page, 'confirmed@example.com'));
    await expectSignedIn(page, 'confirmed@example.com');
  });
});

test.describe('totp-required preset', () => {
  test('sign-in goes straight to authenticator app setup', async ({ page }) => {
    await openPlayground(page, 'totp-required');
    await submitSignIn(page, 'confirmed@example.com');
    await enrolAuthenticatorApp(page, 'confirmed@example.com');
    await expectSignedIn(page, 'confirmed@example.com');
  });
});
