import { expect, test, type Locator, type Page } from '@playwright/test';
import { PASSWORD, chooseLanguage, chooseTheme, openPlayground, type PresetName } from './support.js';

// Committed screenshots of every screen the playground's presets reach, in light, dark and Arabic
// (right-to-left): a change of style that moves pixels fails here until its new look is looked at and the
// baselines are updated (`npx playwright test -c test/e2e/playwright.config.ts visual --update-snapshots`).
// The flows are driven by field names and form submits, not by text, so one walk serves every language.

const VARIANTS = [
  { name: 'light', theme: 'light', language: 'en' },
  { name: 'dark', theme: 'dark', language: 'en' },
  { name: 'rtl', theme: 'light', language: 'ar' },
] as const;

type Variant = (typeof VARIANTS)[number];

/** The Authenticator's root: it says which screen it shows. */
const authenticator = (page: Page): Locator => page.locator('[data-route]');

async function open(page: Page, variant: Variant, preset: PresetName): Promise<void> {
  await openPlayground(page, preset);
  await chooseTheme(page, variant.theme);
  await chooseLanguage(page, variant.language);
}

/** Waits for the screen, then compares the Authenticator (never the playground around it) with its baseline. */
async function expectLook(page: Page, variant: Variant, route: string, mask: Locator[] = []): Promise<void> {
  const root = authenticator(page);
  await expect(root).toHaveAttribute('data-route', route);
  await expect(root).not.toHaveAttribute('data-pending');
  // No hover look left where the last click was.
  await page.mouse.move(0, 0);
  await expect(root).toHaveScreenshot(`${variant.name}-${route}.png`, { mask, maxDiffPixelRatio: 0.01 });
}

async function signIn(page: Page, login: string, password = PASSWORD): Promise<void> {
  const form = authenticator(page).locator('form');
  await form.locator('input[name="username"]').fill(login);
  await form.locator('input[name="password"]').fill(password);
  await form.locator('button[type="submit"]').click();
}

for (const variant of VARIANTS) {
  test.describe(`the look of every screen: ${variant.name}`, () => {
    // Tall enough for the longest screen: the card is shot where it is, under the playground's sticky header.
    test.use({ viewport: { width: 1000, height: 1600 } });

    test('sign-in, sign-up, forgot and reset password', async ({ page }) => {
      await open(page, variant, 'email');
      await expectLook(page, variant, 'signIn');
      await page.getByRole('tab').nth(1).click();
      await expectLook(page, variant, 'signUp');
      await page.getByRole('tab').nth(0).click();
      await authenticator(page).locator('.gh-button--link').first().click();
      await expectLook(page, variant, 'forgotPassword');
      await authenticator(page).locator('input[name="username"]').fill('reset@example.com');
      await authenticator(page).locator('button[type="submit"]').click();
      await expectLook(page, variant, 'confirmResetPassword');
    });

    for (const { route, login, password = PASSWORD } of [
      { route: 'confirmSignIn', login: 'sms@example.com' },
      { route: 'forceNewPassword', login: 'newpass@example.com', password: 'TempPassw0rd!' },
      { route: 'selectMfaType', login: 'choose@example.com' },
      { route: 'verifyUser', login: 'unverified@example.com' },
    ]) {
      test(`${route}, reached by ${login}`, async ({ page }) => {
        await open(page, variant, 'email');
        await signIn(page, login, password);
        await expectLook(page, variant, route);
      });
    }

    test('authenticator-app setup, with its QR code and secret masked (they are new each time)', async ({ page }) => {
      await open(page, variant, 'totp-required');
      await signIn(page, 'confirmed@example.com');
      const root = authenticator(page);
      await expectLook(page, variant, 'setupTotp', [root.locator('.gh-qr'), root.locator('.gh-totp__secret')]);
    });
  });
}

test.describe('small screens', () => {
  // WCAG 1.4.10: at 320 CSS px (1280 px at 400% zoom) nothing scrolls sideways; a 360 px phone and 200% zoom
  // of a 1280 px window (640 CSS px) are the common cases in between.
  for (const width of [320, 360, 640]) {
    test(`at ${String(width)} CSS px the screens fit the width: no sideways scrolling`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await openPlayground(page, 'email');
      for (const tab of [0, 1]) {
        await page.getByRole('tab').nth(tab).click();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        // Not one part of the Authenticator reaches past the window's edge (or is clipped by its card).
        const beyond = await authenticator(page).evaluate((root) =>
          [...root.querySelectorAll('*')].filter((part) => part.getBoundingClientRect().right > window.innerWidth + 0.5 || part.getBoundingClientRect().left < -0.5).map((part) => part.className),
        );
        expect(beyond).toEqual([]);
      }
      if (width === 360) await expect(authenticator(page)).toHaveScreenshot('phone-360-signUp.png', { maxDiffPixelRatio: 0.01 });
    });
  }
});
