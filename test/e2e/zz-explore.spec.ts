import { expect, test, type Page } from '@playwright/test';
import { openPlayground, submitSignIn } from './support.js';

async function signedIn(page: Page) {
  await expect(page.getByRole('main').getByRole('heading', { name: 'Signed in as confirmed@example.com' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Delete account' }).getByRole('button')).toBeVisible();
  await expect(page.getByRole('main').locator('[aria-busy="true"]')).toHaveCount(0);
  await expect(page.getByRole('main').getByText('Loading…')).toHaveCount(0);
}

for (const waitOther of [true, false]) {
  for (let i = 0; i < 4; i += 1) {
    test(`wait other ${String(waitOther)} ${String(i)}`, async ({ page, context }) => {
      await openPlayground(page, 'email');
      await submitSignIn(page, 'confirmed@example.com');
      await signedIn(page);
      const saved = await page.evaluate(() => {
        const key = Object.keys(localStorage).find((n) => n.endsWith('.tokens'))!;
        const tokens = localStorage.getItem(key)!;
        localStorage.removeItem(key);
        return { key, tokens };
      });
      await page.reload();
      await submitSignIn(page, 'confirmed@example.com');
      await signedIn(page);
      const other = await context.newPage();
      await other.goto('/?preset=email');
      await expect(other.getByRole('main').getByRole('heading', { name: 'Signed in as confirmed@example.com' })).toBeVisible();
      if (waitOther) await signedIn(other);
      await page.getByRole('button', { name: 'Sign out everywhere' }).click();
      await expect(page.getByRole('tab', { name: 'Sign in' })).toBeVisible();
      await expect(other.getByRole('tab', { name: 'Sign in' })).toBeVisible();
      await other.close();
      await page.evaluate(({ key, tokens }) => { localStorage.setItem(key, tokens); }, saved);
      await page.reload();
      const profile = page.getByRole('region', { name: 'Profile' });
      await expect(profile.getByRole('alert').or(profile.getByRole('button', { name: 'Save changes' }))).toBeVisible();
      console.log('RESULT', waitOther, (await profile.getByRole('alert').count()) > 0 ? 'revoked' : 'STILL VALID');
    });
  }
}
