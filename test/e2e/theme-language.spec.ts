import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { PASSWORD, chooseLanguage, chooseTheme, expectAccessible, inboxCode, openPlayground, submitSignIn } from './support.js';

// Screenshots to look at, kept out of the repository (test-results/ is ignored) and out of Playwright's
// own output folder, which it empties on every run.
const SHOTS = fileURLToPath(new URL('../../test-results/screens/', import.meta.url));

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SHOTS}${name}.png`, fullPage: true, animations: 'disabled' });
}

const AR = {
  signIn: 'تسجيل الدخول',
  signUp: 'إنشاء حساب',
  email: 'البريد الإلكتروني',
  password: 'كلمة المرور',
  code: 'الرمز',
  enterCode: 'أدخِل الرمز',
  confirm: 'تأكيد',
};

test.describe('theme and language', () => {
  test('Arabic turns the page right-to-left and translates the sign-in screen', async ({ page }) => {
    await openPlayground(page, 'email');
    await chooseLanguage(page, 'ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { name: AR.signIn, level: 2 })).toBeVisible();
    await expect(main.getByRole('tab', { name: AR.signUp })).toBeVisible();
    await expect(main.getByRole('textbox', { name: AR.email, exact: true })).toBeVisible();
    // Right-to-left for real: the sign-in tab, first in reading order, sits to the right of the sign-up tab.
    const signInTab = await main.getByRole('tab', { name: AR.signIn }).boundingBox();
    const signUpTab = await main.getByRole('tab', { name: AR.signUp }).boundingBox();
    expect(signInTab?.x).toBeGreaterThan(signUpTab?.x ?? Infinity);
    await expectAccessible(page);
  });

  test('a full email sign-in with an emailed MFA code, in Arabic and dark', async ({ page }) => {
    await openPlayground(page, 'email');
    await chooseTheme(page, 'dark');
    await chooseLanguage(page, 'ar');
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { name: AR.signIn, level: 2 })).toBeVisible();
    await expectAccessible(page);
    await main.getByRole('textbox', { name: AR.email, exact: true }).fill('emailmfa@example.com');
    await main.getByRole('textbox', { name: AR.password, exact: true }).fill(PASSWORD);
    await main.getByRole('button', { name: AR.signIn, exact: true }).click();
    await expect(main.getByRole('heading', { name: AR.enterCode, level: 2 })).toBeVisible();
    await expectAccessible(page);
    await main.getByRole('textbox', { name: AR.code, exact: true }).fill(await inboxCode(page, 'emailmfa@example.com'));
    await shoot(page, 'code-ar-dark');
    await main.getByRole('button', { name: AR.confirm, exact: true }).click();
    await expect(main.getByRole('heading', { name: 'Signed in as emailmfa@example.com', level: 2 })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expectAccessible(page);
  });

  for (const variant of [
    { name: 'light', theme: 'light', language: 'en', signUp: 'Create account', signIn: 'Sign in' },
    { name: 'dark', theme: 'dark', language: 'en', signUp: 'Create account', signIn: 'Sign in' },
    { name: 'ar', theme: 'light', language: 'ar', signUp: AR.signUp, signIn: AR.signIn },
  ] as const) {
    test(`screenshots of sign-in, sign-up and a code screen: ${variant.name}`, async ({ page }) => {
      await openPlayground(page, 'email');
      await chooseTheme(page, variant.theme);
      await chooseLanguage(page, variant.language);
      const main = page.getByRole('main');
      await expect(main.getByRole('heading', { name: variant.signIn, level: 2 })).toBeVisible();
      await shoot(page, `sign-in-${variant.name}`);
      await main.getByRole('tab', { name: variant.signUp }).click();
      await expect(main.getByRole('heading', { level: 2 })).not.toHaveText(variant.signIn);
      await expectAccessible(page);
      await shoot(page, `sign-up-${variant.name}`);
      await main.getByRole('tab', { name: variant.signIn }).click();
      if (variant.language === 'en') {
        await submitSignIn(page, 'sms@example.com');
        await expect(main.getByRole('heading', { name: 'Enter your code', level: 2 })).toBeVisible();
        await page.getByRole('textbox', { name: 'Code', exact: true }).fill('000000');
        await page.getByRole('button', { name: 'Confirm', exact: true }).click();
        await expect(page.getByRole('alert')).toHaveText(/That code is not right/);
      } else {
        await main.getByRole('textbox', { name: AR.email, exact: true }).fill('sms@example.com');
        await main.getByRole('textbox', { name: AR.password, exact: true }).fill(PASSWORD);
        await main.getByRole('button', { name: AR.signIn, exact: true }).click();
        await expect(main.getByRole('heading', { name: AR.enterCode, level: 2 })).toBeVisible();
      }
      await expectAccessible(page);
      await shoot(page, `code-${variant.name}`);
    });
  }
});
