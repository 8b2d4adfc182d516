import { expect, test, type Locator, type Page } from '@playwright/test';
import * as OTPAuth from 'otpauth';
import {
  NEW_PASSWORD,
  PASSWORD,
  chooseTheme,
  expectAccessible,
  expectScreen,
  inboxCode,
  newEmail,
  openPlayground,
  submitCode,
  submitSignIn,
  totpCode,
} from './support.js';

const SMS_USER = 'sms@example.com';
const SMS_PHONE = '+15555550100';

/** A section of the account center: a region named by its heading. */
function section(page: Page, name: string): Locator {
  return page.getByRole('main').getByRole('region', { name, exact: true });
}

/**
 * The signed-in page with its account center loaded: every section's chunk arrived (none busy) and every
 * list read (no "Loading…"). axe checks this page in a test of its own: here it would run again for each
 * user and load state, seconds each.
 */
async function expectAccountCenter(page: Page, login: string): Promise<void> {
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { name: `Signed in as ${login}`, level: 2 })).toBeVisible();
  await expect(section(page, 'Delete account').getByRole('button', { name: 'Delete account' })).toBeVisible();
  await expect(main.locator('[aria-busy="true"]')).toHaveCount(0);
  await expect(main.getByText('Loading…')).toHaveCount(0);
}

async function signInToAccount(page: Page, login: string, password = PASSWORD): Promise<void> {
  await submitSignIn(page, login, password);
  await expectAccountCenter(page, login);
}

/** Signs in as the SMS MFA user with the texted code, ticking "Remember this device" if asked to. */
async function signInWithSmsCode(page: Page, { remember = false } = {}): Promise<void> {
  await submitSignIn(page, SMS_USER);
  await expectScreen(page, 'Enter your code');
  const main = page.getByRole('main');
  await expect(main).toContainText('We texted a code to');
  if (remember) await main.getByRole('checkbox', { name: 'Remember this device' }).check();
  await submitCode(page, await inboxCode(page, SMS_PHONE));
  await expectAccountCenter(page, SMS_USER);
}

/**
 * The signed-in card's "Sign out" (exactly: the account center's "Sign out everywhere" also matches the
 * name support.ts's signOut looks for).
 */
async function signOut(page: Page): Promise<void> {
  await page.getByRole('main').getByRole('button', { name: 'Sign out', exact: true }).click();
  await expectScreen(page, 'Sign in');
}

/** A section's notice: a success, said at the next pause (role status), in these exact words. */
async function expectNotice(scope: Locator, text: string | RegExp): Promise<void> {
  await expect(scope.getByRole('status').filter({ hasText: text })).toHaveText(text);
}

/** The messages the Inbox shows for one destination. */
function inboxFor(page: Page, destination: string): Locator {
  return page.getByRole('region', { name: 'Inbox' }).getByRole('listitem').filter({ hasText: destination });
}

/**
 * The code an authenticator app shows in the next 30-second step. The pool takes a code once (as Cognito
 * does) and one step of drift, so the sign-in right after the set-up uses the code the app shows next.
 */
function nextTotpCode(secret: string): string {
  const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), digits: 6, period: 30 });
  return totp.generate({ timestamp: Date.now() + 30_000 });
}

/** The playground's "Last event" line. */
function lastEvent(page: Page): Locator {
  return page.getByRole('status').filter({ hasText: /^(Last event|No auth event)/ });
}

/**
 * Records every event the "Last event" line shows from now on (it shows one at a time), without the time.
 * Returns a reader of the list so far.
 */
async function recordEvents(page: Page): Promise<() => Promise<string[]>> {
  await lastEvent(page).evaluate((line) => {
    const seen: string[] = [];
    (window as unknown as { seenEvents: string[] }).seenEvents = seen;
    new MutationObserver(() => {
      seen.push(line.textContent.replace(/^Last event: /, '').replace(/ at [\d:]+$/, ''));
    }).observe(line, { childList: true, characterData: true, subtree: true });
  });
  return () => page.evaluate(() => [...(window as unknown as { seenEvents: string[] }).seenEvents]);
}

/** Presses Tab (or Shift+Tab) until `target` has the focus: how a keyboard user reaches a control. */
async function tabTo(page: Page, target: Locator, { backwards = false, limit = 40 } = {}): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  await expect(target).toBeFocused();
}

test.describe('account center (email preset)', () => {
  test.beforeEach(async ({ page }) => {
    await openPlayground(page, 'email');
    await expectScreen(page, 'Sign in');
  });

  test('changes the password: the old one is refused, the new one signs in', async ({ page }) => {
    await signInToAccount(page, 'confirmed@example.com');
    const form = section(page, 'Change password');
    await form.getByRole('textbox', { name: 'Current password', exact: true }).fill(PASSWORD);
    await form.getByRole('textbox', { name: 'New password', exact: true }).fill(NEW_PASSWORD);
    await form.getByRole('textbox', { name: 'Confirm new password', exact: true }).fill(NEW_PASSWORD);
    await form.getByRole('button', { name: 'Update password' }).click();
    await expectNotice(form, 'Your password has been changed.');
    await expect(form.getByRole('textbox', { name: 'Current password', exact: true })).toHaveValue('');

    await signOut(page);
    await submitSignIn(page, 'confirmed@example.com', PASSWORD);
    await expect(page.getByRole('alert')).toHaveText(/Incorrect username or password\./);
    await expectScreen(page, 'Sign in');
    await submitSignIn(page, 'confirmed@example.com', NEW_PASSWORD);
    await expectAccountCenter(page, 'confirmed@example.com');
  });

  test('changes the email with the code sent to the new address, then signs in with it', async ({ page }) => {
    const email = newEmail('moved');
    await signInToAccount(page, 'confirmed@example.com');
    const profile = section(page, 'Profile');
    await profile.getByRole('textbox', { name: 'Email', exact: true }).fill(email);
    await profile.getByRole('button', { name: 'Save changes' }).click();

    // The code step says where the code went (masked), and it went to the new address only.
    await expect(profile.getByRole('heading', { name: 'Confirm your email address', level: 3 })).toBeVisible();
    await expect(profile.getByText(/^We emailed a code to /)).toHaveText(new RegExp(`^We emailed a code to ${email.charAt(0)}\\S*@`));
    await expect(inboxFor(page, email)).toHaveCount(1);
    await expect(inboxFor(page, 'confirmed@example.com')).toHaveCount(0);
    await expect(profile.getByRole('textbox', { name: 'Code', exact: true })).toBeFocused();
    await profile.getByRole('textbox', { name: 'Code', exact: true }).fill(await inboxCode(page, email));
    await profile.getByRole('button', { name: 'Verify', exact: true }).click();
    await expect(profile.getByRole('heading', { name: 'Confirm your email address' })).toHaveCount(0);
    await expect(profile.getByRole('listitem').filter({ hasText: 'Email' })).toHaveText(`Email${email}Verified`);

    await signOut(page);
    await submitSignIn(page, email);
    await expectAccountCenter(page, email);
  });

  test('sets up an authenticator app; the next sign-in asks for its code', async ({ page }) => {
    await signInToAccount(page, 'confirmed@example.com');
    const mfa = section(page, 'Two-step verification');
    const app = mfa.getByRole('listitem').filter({ hasText: 'Authenticator app' });
    await expect(app).toHaveText(/^Authenticator appOff/);
    await mfa.getByRole('button', { name: 'Set up Authenticator app' }).click();
    await expect(mfa.getByRole('heading', { name: 'Set up your authenticator app', level: 3 })).toBeFocused();
    const qr = mfa.getByRole('img', { name: 'QR code to add confirmed@example.com to an authenticator app' });
    await expect(qr).toHaveAttribute('aria-busy', 'false');
    await expect(qr.locator('svg')).toBeVisible();
    const grouped = (await mfa.locator('code').textContent()) ?? '';
    expect(grouped).toMatch(/^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$/);
    const secret = grouped.replace(/\s+/g, '');
    await mfa.getByRole('textbox', { name: 'Code', exact: true }).fill(totpCode(secret));
    await mfa.getByRole('button', { name: 'Verify and turn on' }).click();
    await expectNotice(mfa, 'Authenticator app is on.');
    await expect(app).toHaveText(/^Authenticator appOnPreferred/);

    await signOut(page);
    await submitSignIn(page, 'confirmed@example.com');
    await expectScreen(page, 'Enter your code');
    await expect(page.getByRole('main')).toContainText('Open your authenticator app and enter the 6-digit code it shows for this account.');
    await submitCode(page, nextTotpCode(secret));
    await expectAccountCenter(page, 'confirmed@example.com');
  });

  test('turns text message codes off; the next sign-in asks no code', async ({ page }) => {
    await signInWithSmsCode(page);
    const mfa = section(page, 'Two-step verification');
    const sms = mfa.getByRole('listitem').filter({ hasText: 'Text message' });
    await expect(sms).toHaveText(/^Text messageOnPreferred/);
    await mfa.getByRole('button', { name: 'Turn off Text message' }).click();
    await expectNotice(mfa, 'Text message is off.');
    await expect(sms).toHaveText(/^Text messageOff/);

    await signOut(page);
    await submitSignIn(page, SMS_USER);
    await expectAccountCenter(page, SMS_USER);
    // Only the first sign-in's code was ever texted.
    await expect(inboxFor(page, SMS_PHONE)).toHaveCount(1);
  });

  test('remembers this device from the code screen, then forgets it', async ({ page }) => {
    await signInWithSmsCode(page, { remember: true });
    const devices = section(page, 'Remembered devices');
    await expect(devices.getByRole('listitem')).toHaveCount(1);
    await expect(devices.getByRole('listitem')).toContainText('This device');
    await expect(devices.getByRole('button', { name: 'Remember this device' })).toHaveCount(0);

    await signOut(page);
    await submitSignIn(page, SMS_USER);
    await expectAccountCenter(page, SMS_USER);
    await expect(inboxFor(page, SMS_PHONE)).toHaveCount(1);

    await devices.getByRole('button', { name: /^Forget / }).click();
    await expectNotice(devices, / is no longer remembered\.$/);
    await expect(devices.getByText('No device is remembered.')).toBeVisible();
    await signOut(page);
    await submitSignIn(page, SMS_USER);
    await expectScreen(page, 'Enter your code');
    await expect(inboxFor(page, SMS_PHONE)).toHaveCount(2);
  });

  test('signs out everywhere: this page, another one and another device are signed out', async ({ page, context }) => {
    // Another device's session: a first sign-in whose tokens this page then forgets without signing out.
    await signInToAccount(page, 'confirmed@example.com');
    const otherDevice = await page.evaluate(() => {
      const key = Object.keys(localStorage).find((name) => name.startsWith('gatehouse.') && name.endsWith('.tokens'));
      const tokens = key === undefined ? null : localStorage.getItem(key);
      if (key !== undefined) localStorage.removeItem(key);
      return key === undefined || tokens === null ? undefined : { key, tokens };
    });
    expect(otherDevice).toBeDefined();
    await page.reload();
    await expectScreen(page, 'Sign in');
    await signInToAccount(page, 'confirmed@example.com');
    // A second page of this browser shares this session.
    const other = await context.newPage();
    await other.goto('/?preset=email');
    // Signed in there before the sign-out, so that what follows shows an open page learning of it. (Each page
    // runs its own copy of the pool on the shared storage; a Web Lock keeps their writes from crossing:
    // test/unit/local/cross-tab.test.ts.)
    await expectAccountCenter(other, 'confirmed@example.com');

    const events = await recordEvents(page);
    await section(page, 'Sign out everywhere').getByRole('button', { name: 'Sign out everywhere' }).click();
    await expectScreen(page, 'Sign in');
    await expect.poll(events).toEqual(['signedOut (signOut)', 'signedOutEverywhere']);
    await expect(other.getByRole('main').getByRole('heading', { name: 'Sign in', level: 2 })).toBeVisible();
    await other.close();

    // The other device's session is over too: its page still opens signed in (as Amplify's does, from the
    // tokens it holds), but the pool refuses them.
    await page.evaluate(({ key, tokens }) => {
      localStorage.setItem(key, tokens);
    }, otherDevice ?? { key: '', tokens: '' });
    await page.reload();
    await expect(section(page, 'Profile').getByRole('alert')).toHaveText('We could not load this section. Your sign-in session expired. Please sign in again.');
  });

  test('deletes the account after typing its name; signing in with it then fails', async ({ page }) => {
    await signInToAccount(page, 'confirmed@example.com');
    // The dialog hides the rest of the page (the "Last event" line too): listen before it opens.
    const events = await recordEvents(page);
    await section(page, 'Delete account').getByRole('button', { name: 'Delete account' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete your account?' });
    await expect(dialog).toContainText('Deleting your account is not reversible. You will lose access to your account and all data associated with it.');
    const phrase = dialog.getByRole('textbox', { name: 'To confirm, type confirmed@example.com' });
    await expect(phrase).toBeFocused();
    // Nothing typed, nothing deleted: the dialog stays and says what to type.
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(dialog.getByText('Type confirmed@example.com exactly to confirm.')).toBeVisible();
    await expect(phrase).toBeFocused();

    await phrase.fill('confirmed@example.com');
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await expectScreen(page, 'Sign in');
    await expect(dialog).toHaveCount(0);
    await expect.poll(events).toEqual(['signedOut (accountDeleted)', 'accountDeleted']);
    await submitSignIn(page, 'confirmed@example.com');
    // src/i18n/en.ts: error.userNotFound.
    await expect(page.getByRole('alert')).toHaveText('We could not find an account with those details.');
  });

  test('the signed-in page with the account center passes axe in light and dark', async ({ page }) => {
    await signInToAccount(page, 'confirmed@example.com');
    for (const theme of ['light', 'dark'] as const) {
      await chooseTheme(page, theme);
      await expectAccessible(page);
    }
  });

  test('changes the password with the keyboard only', async ({ page }) => {
    await signInToAccount(page, 'confirmed@example.com');
    const form = section(page, 'Change password');
    await tabTo(page, form.getByRole('textbox', { name: 'Current password', exact: true }));
    await page.keyboard.type(PASSWORD);
    await tabTo(page, form.getByRole('textbox', { name: 'New password', exact: true }));
    await page.keyboard.type(NEW_PASSWORD);
    await tabTo(page, form.getByRole('textbox', { name: 'Confirm new password', exact: true }));
    await page.keyboard.type(NEW_PASSWORD);
    await page.keyboard.press('Enter');
    await expectNotice(form, 'Your password has been changed.');

    await tabTo(page, page.getByRole('main').getByRole('button', { name: 'Sign out', exact: true }), { backwards: true });
    await page.keyboard.press('Space');
    await expectScreen(page, 'Sign in');
    const signIn = page.getByRole('tabpanel', { name: 'Sign in' });
    await tabTo(page, signIn.getByRole('textbox', { name: 'Email', exact: true }));
    await page.keyboard.type('confirmed@example.com');
    await tabTo(page, signIn.getByRole('textbox', { name: 'Password', exact: true }));
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert')).toHaveText(/Incorrect username or password\./);
    await expect(signIn.getByRole('textbox', { name: 'Password', exact: true })).toBeFocused();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(NEW_PASSWORD);
    await page.keyboard.press('Enter');
    await expectAccountCenter(page, 'confirmed@example.com');
  });
});

test.describe('account center (passwordless preset)', () => {
  test('adds a passkey, lists it, removes it after the confirmation dialog', async ({ page }) => {
    await openPlayground(page, 'passwordless');
    await expectScreen(page, 'Sign in');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true },
    });

    const form = page.getByRole('tabpanel', { name: 'Sign in' });
    await form.getByRole('textbox', { name: 'Email', exact: true }).fill('confirmed@example.com');
    await form.getByRole('button', { name: 'Continue', exact: true }).click();
    await expectScreen(page, 'Choose how to sign in');
    await page.getByRole('button', { name: 'Sign in with password' }).click();
    await expectScreen(page, 'Enter your password');
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(PASSWORD);
    await page.getByRole('main').getByRole('button', { name: 'Sign in', exact: true }).click();
    await expectAccountCenter(page, 'confirmed@example.com');

    const passkeys = section(page, 'Passkeys');
    await expect(passkeys.getByText('You have no passkeys yet.')).toBeVisible();
    await passkeys.getByRole('button', { name: 'Add a passkey' }).click();
    await expectNotice(passkeys, 'Your passkey is ready.');
    const item = passkeys.getByRole('listitem');
    await expect(item).toHaveCount(1);
    await expect(item).toContainText('Added ');
    const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    expect(credentials).toHaveLength(1);
    const remove = item.getByRole('button', { name: /^Remove / });
    const name = ((await remove.getAttribute('aria-label')) ?? '').replace(/^Remove /, '');
    expect(name).not.toBe('');

    await remove.click();
    const dialog = page.getByRole('dialog', { name: 'Remove this passkey?' });
    await expect(dialog).toContainText(`You will no longer be able to sign in with ${name}.`);
    await dialog.getByRole('button', { name: 'Remove passkey' }).click();
    await expect(dialog).toHaveCount(0);
    await expectNotice(passkeys, `${name} was removed.`);
    await expect(passkeys.getByText('You have no passkeys yet.')).toBeVisible();
    await expect(item).toHaveCount(0);
    // Removed from the pool, not only from the page: still gone after a reload.
    await page.reload();
    await expectAccountCenter(page, 'confirmed@example.com');
    await expect(passkeys.getByText('You have no passkeys yet.')).toBeVisible();
    await expect(item).toHaveCount(0);
  });
});
