import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import * as OTPAuth from 'otpauth';

export const PASSWORD = 'Passw0rd!';
export const NEW_PASSWORD = 'N3w-Passw0rd!';
export const TOTP_SECRET = 'JBSWY3DPEHPK3PXP';

export type PresetName = 'email' | 'username' | 'phone' | 'mfa-required' | 'totp-required' | 'passwordless' | 'custom-challenge';

/** Opens the playground on a preset; each test has a fresh browser context, so a fresh pool. */
export async function openPlayground(page: Page, preset: PresetName): Promise<void> {
  await page.goto(`/?preset=${preset}`);
  await expect(page.getByRole('combobox', { name: 'Preset' })).toHaveValue(preset);
  await expect(page.getByRole('tablist').or(page.getByRole('main').getByRole('heading', { level: 2 })).first()).toBeVisible();
}

/** Chooses a theme the way a user does: the playground's "Theme" select. */
export async function chooseTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.getByRole('combobox', { name: 'Theme' }).selectOption(theme);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

export async function chooseLanguage(page: Page, language: 'en' | 'ar'): Promise<void> {
  await page.getByRole('combobox', { name: 'Language' }).selectOption(language);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

/** A unique address per call, so sign-ups never collide with seeded users. */
export function newEmail(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.com`;
}

/** The code of the newest message the Inbox shows for `destination` (an address or E.164 number). */
export async function inboxCode(page: Page, destination: string): Promise<string> {
  const newest = page.getByRole('region', { name: 'Inbox' }).getByRole('listitem').filter({ hasText: destination }).first();
  const code = (await newest.locator('mark').textContent()) ?? '';
  expect(code).toMatch(/^\d{6,8}$/);
  return code;
}

/** The current code of a base32 TOTP secret, computed by an independent library. */
export function totpCode(secret: string): string {
  return new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret.replace(/\s+/g, '')), digits: 6, period: 30 }).generate();
}

/** Colours move with CSS transitions; let them finish so that axe measures the final contrast. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const finite = document.getAnimations().filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity);
    await Promise.all(finite.map((animation) => animation.finished.catch(() => undefined)));
  });
}

async function violations(page: Page): Promise<string[]> {
  await settle(page);
  // Legacy mode runs axe inside the page instead of opening a blank page to merge frame results: this
  // playground has no iframes, and it halves the time of each check.
  const results = await new AxeBuilder({ page }).setLegacyMode(true).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** Screen states already checked in this worker, keyed by what the Authenticator shows; see expectAccessible. */
const checked = new Set<string>();

/**
 * axe-core on the current screen, in its theme and in the other one: zero violations in both. The theme
 * is switched through the same `data-theme` attribute the playground's select sets, then put back.
 * A state already checked in this run (same screen, tree shape, language and theme, e.g. the sign-in
 * screen most tests start on) is not checked again: that keeps the suite fast.
 */
export async function expectAccessible(page: Page): Promise<void> {
  const html = page.locator('html');
  const theme = await html.getAttribute('data-theme');
  const other = theme === 'dark' ? 'light' : 'dark';
  // The state is the screen (its headings) and the shape of its accessibility tree: roles, levels and
  // states such as [invalid]. Names, typed values, codes and addresses do not make a new state.
  const tree = (await page.getByRole('main').ariaSnapshot())
    .split('\n')
    .map((line) => (/- heading "/.test(line) ? line.replace(/Signed in as .*"/, 'Signed in as"') : line.replace(/ "(?:[^"\\]|\\.)*"|:.*$/g, '')))
    .join('\n');
  const key = [theme, await html.getAttribute('lang'), await html.getAttribute('dir'), tree].join('\n');
  if (checked.has(key)) return;
  const first = await violations(page);
  await html.evaluate((element, value) => {
    element.setAttribute('data-theme', value);
  }, other);
  const second = await violations(page);
  await html.evaluate((element, value) => {
    if (value === null) element.removeAttribute('data-theme');
    else element.setAttribute('data-theme', value);
  }, theme);
  expect({ [theme ?? 'system']: first, [other]: second }).toEqual({ [theme ?? 'system']: [], [other]: [] });
  checked.add(key);
}

/** Waits for a screen by its heading, then checks it with axe. */
export async function expectScreen(page: Page, heading: string | RegExp): Promise<void> {
  await expect(page.getByRole('main').getByRole('heading', { name: heading, level: 2 })).toBeVisible();
  await expectAccessible(page);
}

export async function expectSignedIn(page: Page, name: string): Promise<void> {
  await expectScreen(page, `Signed in as ${name}`);
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expectScreen(page, 'Sign in');
}

/** Fills the sign-in form; `loginLabel` is "Email", "Username" or "Phone number". */
export async function submitSignIn(page: Page, login: string, password = PASSWORD, loginLabel = 'Email'): Promise<void> {
  const form = page.getByRole('tabpanel', { name: 'Sign in' });
  await form.getByRole('textbox', { name: loginLabel, exact: true }).fill(login);
  await form.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
  await form.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** Types a one-time code and submits it with the screen's button. */
export async function submitCode(page: Page, code: string, button: string | RegExp = 'Confirm'): Promise<void> {
  await page.getByRole('textbox', { name: 'Code', exact: true }).fill(code);
  await page.getByRole('main').getByRole('button', { name: button, exact: true }).click();
}

/** Fills a phone number field: the "Country code" select, then the national number. */
export async function fillPhone(scope: Page | Locator, dialCode: string, nationalNumber: string): Promise<void> {
  const group = scope.getByRole('group', { name: 'Phone number' });
  await group.getByRole('combobox', { name: 'Country code' }).selectOption(dialCode);
  await group.getByRole('textbox', { name: 'Phone number' }).fill(nationalNumber);
}
