import { expect, test, type Page } from '@playwright/test';
import { PASSWORD, expectScreen, expectSignedIn, inboxCode, newEmail, openPlayground, signOut, submitCode } from './support.js';

/** Types the email on the passwordless sign-in screen and continues to the first-factor choice. */
async function continueAs(page: Page, email: string): Promise<void> {
  const form = page.getByRole('tabpanel', { name: 'Sign in' });
  await form.getByRole('textbox', { name: 'Email', exact: true }).fill(email);
  await form.getByRole('button', { name: 'Continue', exact: true }).click();
  await expectScreen(page, 'Choose how to sign in');
}

test.describe('passwordless preset', () => {
  test.beforeEach(async ({ page }) => {
    await openPlayground(page, 'passwordless');
    await expectScreen(page, 'Sign in');
  });

  test('signs in with an email code chosen among the first factors', async ({ page }) => {
    await continueAs(page, 'confirmed@example.com');
    await expect(page.getByRole('region', { name: 'Choose how to sign in' }).getByRole('button', { name: /^Sign in with/ })).toHaveText([
      'Sign in with email code',
      'Sign in with password',
    ]);
    await page.getByRole('button', { name: 'Sign in with email code' }).click();
    await expectScreen(page, 'Enter your code');
    await submitCode(page, await inboxCode(page, 'confirmed@example.com'));
    await expectScreen(page, 'Sign in faster with a passkey');
    await page.getByRole('button', { name: 'Continue without a passkey' }).click();
    await expectSignedIn(page, 'confirmed@example.com');
  });

  test('signs in with a password chosen among the first factors', async ({ page }) => {
    await continueAs(page, 'confirmed@example.com');
    await page.getByRole('button', { name: 'Sign in with password' }).click();
    await expectScreen(page, 'Enter your password');
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(PASSWORD);
    await page.getByRole('main').getByRole('button', { name: 'Sign in', exact: true }).click();
    await expectSignedIn(page, 'confirmed@example.com');
  });

  test('signs up without a password, creates a passkey, then signs in with it and no code', async ({ page }) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true },
    });
    const email = newEmail('passkey');

    await page.getByRole('tab', { name: 'Create account' }).click();
    const form = page.getByRole('tabpanel', { name: 'Create account' });
    await expect(form.getByRole('textbox')).toHaveCount(1);
    await expect(form.getByText(/password/i)).toHaveCount(0);
    await form.getByRole('textbox', { name: 'Email', exact: true }).fill(email);
    await form.getByRole('button', { name: 'Create account', exact: true }).click();
    await expectScreen(page, 'Confirm your account');
    await submitCode(page, await inboxCode(page, email));

    await expectScreen(page, 'Sign in faster with a passkey');
    await page.getByRole('button', { name: 'Create a passkey' }).click();
    await expectSignedIn(page, email);
    const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    expect(credentials).toHaveLength(1);
    expect(credentials[0]?.isResidentCredential).toBe(true);
    expect(credentials[0]?.rpId).toBe('localhost');

    await signOut(page);
    await continueAs(page, email);
    await page.getByRole('button', { name: 'Sign in with passkey' }).click();
    await expectSignedIn(page, email);
    // Only the sign-up code was ever sent: the passkey sign-in needed none.
    await expect(page.getByRole('region', { name: 'Inbox' }).getByRole('listitem').filter({ hasText: email })).toHaveCount(1);
    await expect(page.getByRole('status').filter({ hasText: 'Last event' })).toContainText('signedIn by passkey');
    const after = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    expect(after.credentials[0]?.signCount).toBeGreaterThan(credentials[0]?.signCount ?? 0);
  });
});
