import { expect, test, type Page } from '@playwright/test';
import { expectScreen, openPlayground } from './support.js';

// The dev server serves the sources under /@fs/<checkout>/src/….
const isForgotPasswordScreen = (path: string) => path.endsWith('/src/screens/ForgotPassword.tsx');

/** Counts the page's requests in flight, so a test can wait until the page has fetched all it asked for. */
function trackRequests(page: Page): { paths: string[]; inFlight: () => number } {
  const paths: string[] = [];
  let inFlight = 0;
  page.on('request', (request) => {
    inFlight += 1;
    paths.push(new URL(request.url()).pathname);
  });
  const done = () => {
    inFlight -= 1;
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return { paths, inFlight: () => inFlight };
}

test('the screens behind sign-in are fetched once the visitor engages, and the next step then shows without waiting', async ({ page }) => {
  const requests = trackRequests(page);
  await openPlayground(page, 'email');
  await expectScreen(page, 'Sign in');
  // Nothing to wait for but time: before this change the screens behind the form came on the first idle moment.
  await page.waitForTimeout(1500);
  expect(requests.paths.filter(isForgotPasswordScreen)).toEqual([]);

  await page.evaluate(() => {
    const seen = document.documentElement.dataset;
    new MutationObserver(() => {
      if (document.querySelector('.gh-screen--loading')) seen.spinnerSeen = 'yes';
    }).observe(document.body, { childList: true, subtree: true });
  });
  const fetched = page.waitForRequest((request) => isForgotPasswordScreen(new URL(request.url()).pathname));
  await page.getByRole('textbox', { name: 'Email' }).focus();
  await fetched;
  // The module's own imports follow it; the screen is ready once nothing is in flight for a while.
  await expect.poll(async () => (requests.inFlight() === 0 ? (await page.waitForTimeout(300), requests.inFlight()) : requests.inFlight())).toBe(0);

  await page.getByRole('button', { name: 'Forgot your password?' }).click();
  await expectScreen(page, 'Reset your password');
  await expect(page.locator('html')).not.toHaveAttribute('data-spinner-seen');
});
