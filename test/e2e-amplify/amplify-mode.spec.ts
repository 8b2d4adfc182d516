// The playground in Amplify mode (`npm run playground:cognito`): every sign-in goes through the real aws-amplify
// and gatehouse/amplify to the Cognito emulator, whose seeded users the page lists.
import { expect, test, type Page, type Request } from '@playwright/test';
import { TOTP } from 'otpauth';

const PASSWORD = 'Passw0rd!';

/** A call of Cognito's API: only Amplify makes those (the local pool makes no request at all). */
function isCognitoCall(request: Request, target: string): boolean {
  return request.method() === 'POST' && request.headers()['x-amz-target'] === `AWSCognitoIdentityProviderService.${target}`;
}

/** Opens a preset of Amplify mode; each test has a fresh browser context, so no session from another test. */
async function openAmplifyMode(page: Page, preset: 'default' | 'password'): Promise<void> {
  await page.goto(`/?preset=${preset}`);
  await expect(page.getByText('Amplify mode', { exact: true })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Preset' })).toHaveValue(preset);
  await expect(page.getByRole('heading', { name: 'Sign in', level: 2 })).toBeVisible();
}

/** The emulator's address, as the users panel shows it. */
async function emulatorEndpoint(page: Page): Promise<string> {
  const text = (await page.getByRole('complementary', { name: 'Seeded users' }).textContent()) ?? '';
  const endpoint = /on the Cognito emulator at (http:\/\/localhost:\d+)/.exec(text)?.[1];
  expect(endpoint, text).toBeDefined();
  return endpoint ?? '';
}

function inboxMessagesTo(page: Page, destination: string) {
  return page.getByRole('region', { name: 'Inbox' }).getByRole('listitem').filter({ hasText: destination });
}

async function expectSignedIn(page: Page, login: string, method: string): Promise<void> {
  await expect(page.getByRole('heading', { name: `Signed in as ${login}` })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: 'USER_AUTH' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Last event' })).toContainText(`signedIn by ${method}`);
}

async function signOutAndExpectSignIn(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Sign in', level: 2 })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Last event' })).toContainText('signedOut (signOut)');
  // Amplify forgot the tokens: a reload stays signed out.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Sign in', level: 2 })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Signed in as/ })).toHaveCount(0);
}

test('the page says Amplify mode and lists the users seeded in the emulator', async ({ page }) => {
  await openAmplifyMode(page, 'default');
  const users = page.getByRole('complementary', { name: 'Seeded users' });
  await expect(users.getByRole('listitem')).toHaveText([
    /^alice@example\.com\s*password only$/,
    /^tara@example\.com\s*TOTP MFA \(secret [A-Z2-7]{16,}\)$/,
    /^pat@example\.com\s*email code \(or the password\)$/,
  ]);
  await expect(users).toContainText(`Password ${PASSWORD}`);
  expect(await emulatorEndpoint(page)).toMatch(/^http:\/\/localhost:\d+$/);
  await expect(page.getByRole('combobox', { name: 'Preset' }).getByRole('option')).toHaveText([/^default: /, /^password: /]);
  // The embedded pool's own controls are not there.
  await expect(page.getByRole('button', { name: 'Reset pool' })).toHaveCount(0);
});

test('password sign-in through aws-amplify, then sign-out', async ({ page }) => {
  await openAmplifyMode(page, 'password');
  const endpoint = await emulatorEndpoint(page);
  await page.getByLabel('Email').fill('alice@example.com');
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  const initiateAuth = page.waitForRequest((request) => isCognitoCall(request, 'InitiateAuth'));
  await page.getByRole('button', { name: 'Sign in with password' }).click();
  const request = await initiateAuth;
  expect(request.url()).toBe(`${endpoint}/`);
  expect(request.postDataJSON()).toMatchObject({ AuthFlow: 'USER_AUTH', AuthParameters: { USERNAME: 'alice@example.com', PREFERRED_CHALLENGE: 'PASSWORD' } });
  await expectSignedIn(page, 'alice@example.com', 'password');
  await signOutAndExpectSignIn(page);
});

test('a wrong password is refused with Cognito\'s message', async ({ page }) => {
  await openAmplifyMode(page, 'password');
  await page.getByLabel('Email').fill('alice@example.com');
  await page.getByLabel('Password', { exact: true }).fill('Wr0ng-password!');
  await page.getByRole('button', { name: 'Sign in with password' }).click();
  await expect(page.getByRole('alert')).toHaveText('Incorrect username or password.');
  await expect(page.getByRole('heading', { name: 'Sign in', level: 2 })).toBeVisible();
});

test('TOTP sign-in with the code of the seeded secret', async ({ page }) => {
  await openAmplifyMode(page, 'password');
  const note = (await page.getByRole('listitem').filter({ hasText: 'tara@example.com' }).textContent()) ?? '';
  const secret = /secret ([A-Z2-7]+)/.exec(note)?.[1] ?? '';
  expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
  await page.getByLabel('Email').fill('tara@example.com');
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in with password' }).click();
  await expect(page.getByRole('heading', { name: 'Enter your code' })).toBeVisible();
  await expect(page.getByText('Open your authenticator app')).toBeVisible();
  const respond = page.waitForRequest((request) => isCognitoCall(request, 'RespondToAuthChallenge'));
  await page.getByRole('textbox', { name: 'Code' }).fill(new TOTP({ secret, digits: 6, period: 30, algorithm: 'SHA1' }).generate());
  await page.getByRole('button', { name: 'Confirm' }).click();
  expect((await respond).postDataJSON()).toMatchObject({ ChallengeName: 'SOFTWARE_TOKEN_MFA' });
  await expectSignedIn(page, 'tara@example.com', 'password');
  await signOutAndExpectSignIn(page);
});

test('passwordless: the email first, then the email code chosen among the first factors', async ({ page }) => {
  await openAmplifyMode(page, 'default');
  const destination = 'pat@example.com';
  const before = await inboxMessagesTo(page, destination).count();
  // As amplify_outputs.json enables email codes, the sign-in screen asks only for the email.
  await expect(page.getByLabel('Password', { exact: true })).toHaveCount(0);
  await page.getByLabel('Email').fill(destination);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { name: 'Choose how to sign in' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('button', { name: /^Sign in with/ })).toHaveText(['Sign in with password', 'Sign in with email code']);
  await page.getByRole('button', { name: 'Sign in with email code' }).click();
  await expect(page.getByRole('heading', { name: 'Enter your code' })).toBeVisible();
  await expect(page.getByText('We emailed a code to p***@e***.')).toBeVisible();
  // The inbox polls the emulator: the code it "sent" shows up there.
  const messages = inboxMessagesTo(page, destination);
  await expect(messages).toHaveCount(before + 1);
  await expect(messages.first()).toContainText('EMAIL');
  const code = (await messages.first().locator('mark').textContent()) ?? '';
  expect(code).toMatch(/^\d{6,8}$/);
  await page.getByRole('textbox', { name: 'Code' }).fill(code);
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expectSignedIn(page, destination, 'passwordless');
  await signOutAndExpectSignIn(page);
});

/** What the browser says when the user switches tabs; Chromium never hides a headless page by itself. */
async function setVisibility(page: Page, state: DocumentVisibilityState): Promise<void> {
  await page.evaluate((value) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => value });
    document.dispatchEvent(new Event('visibilitychange'));
  }, state);
}

test('the inbox polls the emulator about every second, and not while the tab is hidden', async ({ page }) => {
  const polls: number[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/_emulator/messages')) polls.push(Date.now());
  });
  await openAmplifyMode(page, 'default');
  const start = polls.length;
  await page.waitForTimeout(3_500);
  expect(polls.length - start).toBeGreaterThanOrEqual(3);
  expect(polls.length - start).toBeLessThanOrEqual(5);
  await setVisibility(page, 'hidden');
  const hidden = polls.length;
  await page.waitForTimeout(2_500);
  expect(polls.length).toBe(hidden);
  // Back on the tab: it asks at once.
  await setVisibility(page, 'visible');
  await expect.poll(() => polls.length, { timeout: 500 }).toBeGreaterThan(hidden);
});

test('a reload at the TOTP code resumes there, from Amplify\'s own sign-in state, and the code signs in', async ({ page }) => {
  await openAmplifyMode(page, 'password');
  const note = (await page.getByRole('listitem').filter({ hasText: 'tara@example.com' }).textContent()) ?? '';
  const secret = /secret ([A-Z2-7]+)/.exec(note)?.[1] ?? '';
  await page.getByLabel('Email').fill('tara@example.com');
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in with password' }).click();
  await expect(page.getByRole('heading', { name: 'Enter your code' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Enter your code' })).toBeVisible();
  await expect(page.getByText('Open your authenticator app')).toBeVisible();
  // Nothing secret was kept for the reload: Amplify's session and the step's name, no password or code.
  const kept = await page.evaluate(() => Object.values(sessionStorage).join('\n'));
  expect(kept).not.toContain(PASSWORD);
  const respond = page.waitForRequest((request) => isCognitoCall(request, 'RespondToAuthChallenge'));
  await page.getByRole('textbox', { name: 'Code' }).fill(new TOTP({ secret, digits: 6, period: 30, algorithm: 'SHA1' }).generate());
  await page.getByRole('button', { name: 'Confirm' }).click();
  expect((await respond).postDataJSON()).toMatchObject({ ChallengeName: 'SOFTWARE_TOKEN_MFA' });
  // Amplify keeps no signInDetails across the reload, so the page names the user by Cognito's username (its sub).
  await expect(page.getByRole('heading', { name: /^Signed in as / })).toBeVisible();
});
