import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AuthError, type AuthenticatorProps } from '../../../src/index.js';
import { renderAuthenticator, type AuthenticatorHarness } from '../../support/authenticator.js';
import { EMAIL, PASSWORD } from '../../support/constants.js';
import { scriptedClient, type Script } from '../../support/scripted-client.js';
import { findHeading, input } from '../../support/screens.js';
import { holds } from './tally.js';

/** What an attacker or an unlucky paste puts in a field, or a backend sends back. */
const FUZZ: Readonly<Record<string, string>> = {
  '10k characters': 'a'.repeat(10_000),
  'RTL override marks': '\u202eevil\u202c@example.com',
  emoji: '👩🏽‍💻🔐@example.com',
  NUL: 'ada\u0000@example.com',
  'a lone surrogate': 'ada\ud800@example.com',
  markup: '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>',
  'a javascript: URL': 'javascript:window.__pwned=1',
};
const SAMPLES = Object.entries(FUZZ).map(([name, text]) => ({ name, text }));

declare global {
  interface Window {
    __pwned?: number;
  }
}

afterEach(() => {
  delete window.__pwned;
});

/** Nothing the text carried became markup or ran, and the Authenticator still shows a screen. */
function expectInert(): void {
  expect(document.querySelector('img[src="x"], script')).toBeNull();
  expect(document.querySelector('a[href^="javascript:"]')).toBeNull();
  expect(window.__pwned).toBeUndefined();
  expect(screen.getAllByRole('heading', { level: 2 }).length).toBeGreaterThan(0);
}

async function paste({ user }: AuthenticatorHarness, label: string | RegExp, text: string): Promise<void> {
  const field = input(label);
  await user.clear(field);
  await user.click(field);
  await user.paste(text);
}

/** A visible message: a field's error or the screen's alert, never nothing. */
async function expectMessage(): Promise<void> {
  await expect.poll(() => document.querySelector('.gh-field__error, [role="alert"]')?.textContent ?? '').not.toBe('');
}

describe('bad input in every field', () => {
  it.each(SAMPLES)('sign-in, $name as the email and the password: a clear message, nothing lost, nothing run', async ({ text }) => {
    await holds('bad inputs', async () => {
      const harness = await renderAuthenticator({ pool: { users: [{ username: EMAIL, password: PASSWORD }] } });
      await paste(harness, 'Email', text);
      await paste(harness, 'Password', text);
      await harness.user.click(screen.getByRole('button', { name: 'Sign in' }));
      await expectMessage();
      expect(input('Email').value).toBe(text);
      expect(input('Password').value).toBe(text);
      expectInert();
    });
  });

  it.each(SAMPLES)('sign-up, $name in every field: a clear message, nothing lost, nothing run', async ({ text }) => {
    await holds('bad inputs', async () => {
      const harness = await renderAuthenticator({ pool: { users: [] } });
      await harness.user.click(screen.getByRole('tab', { name: 'Create account' }));
      await findHeading('Create an account');
      for (const label of ['Email', 'New password', 'Confirm password']) await paste(harness, label, text);
      await harness.user.click(screen.getByRole('button', { name: 'Create account' }));
      await expectMessage();
      for (const label of ['Email', 'New password', 'Confirm password']) expect(input(label).value).toBe(text);
      expectInert();
    });
  });
});

interface BackendCase {
  where: string;
  script: (text: string) => Script;
  props?: (text: string) => Omit<AuthenticatorProps, 'client'>;
  /** What to do to make the string show. */
  act?: (harness: AuthenticatorHarness) => Promise<void>;
}

const signInNow = async ({ user }: AuthenticatorHarness) => {
  await paste({ user } as AuthenticatorHarness, 'Email', EMAIL);
  await paste({ user } as AuthenticatorHarness, 'Password', PASSWORD);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
};

const BACKEND: readonly BackendCase[] = [
  {
    where: 'a delivery destination',
    script: (text) => ({ signIn: { isSignedIn: false, nextStep: { signInStep: 'CONFIRM_SIGN_IN_WITH_SMS_CODE', codeDeliveryDetails: { deliveryMedium: 'SMS', destination: text } } } }),
    act: signInNow,
  },
  {
    where: "an error's message",
    script: (text) => ({ signIn: new AuthError({ name: 'InvalidParameterException', message: text }) }),
    act: signInNow,
  },
  {
    where: "a custom challenge's parameters",
    script: (text) => ({ signIn: { isSignedIn: false, nextStep: { signInStep: 'CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE', additionalInfo: { question: text, hint: text } } } }),
    act: signInNow,
  },
  {
    where: "the signed-in user's name",
    script: (text) => ({ signedIn: true, user: { username: text, userId: 'sub-1', signInDetails: { loginId: text } } }),
  },
  {
    where: "a provider's label",
    script: () => ({}),
    props: (text) => ({ socialProviders: [{ custom: text, label: text }] }),
  },
  {
    where: 'a dictionary string',
    script: () => ({}),
    props: (text) => ({ dictionary: { en: { 'signIn.submit': text, 'signIn.title': text } } }),
  },
];

const BACKEND_CASES = BACKEND.flatMap((backend) => SAMPLES.map((sample) => ({ ...backend, ...sample, name: `${backend.where}: ${sample.name}` })));

describe('bad strings from the backend and the app, where the UI renders them', () => {
  it.each(BACKEND_CASES)('$name: shown as text, nothing run', async ({ script, props, act, text }) => {
    await holds('bad inputs', async () => {
      const harness = await renderAuthenticator({ clientFor: () => scriptedClient(script(text)), props: props?.(text) ?? {} });
      await act?.(harness);
      // Whatever the screen, it settles and stays a screen (or the signed-in view).
      await expect.poll(() => document.querySelector('h2, .gh-signed-in') !== null).toBe(true);
      // Shown as the text it is (markup included, as characters).
      await expect.poll(() => document.body.textContent.includes(text.slice(0, 60))).toBe(true);
      expect(document.querySelector('img[src="x"], script')).toBeNull();
      expect(window.__pwned).toBeUndefined();
    });
  });
});
