import { cleanup, screen } from '@testing-library/react';
import * as OTPAuth from 'otpauth';
import { describe, expect, it } from 'vitest';
import type { CustomAuthTriggers, LocalPoolConfig, SeedUser } from '../../../src/local.js';
import { renderAuthenticator, type AuthenticatorTestProps } from '../../support/authenticator.js';
import { EMAIL, NEW_PASSWORD, PASSWORD, PHONE, TEMPORARY_PASSWORD, TOTP_SECRET } from '../../support/constants.js';
import { MINUTE, poolWith, type TestPool } from '../../support/local-pool.js';
import { expectSignedIn, findAlertText, findHeading, input, signIn, submitCode, typeInto } from '../../support/screens.js';

const OPTIONAL_MFA = { mfa: { enforcement: 'OPTIONAL', types: ['SMS', 'EMAIL', 'TOTP'] } } as const;
const quiz: CustomAuthTriggers = {
  defineAuthChallenge: ({ session }) => ({ issueTokens: session.some((r) => r.challengeResult), failAuthentication: session.some((r) => !r.challengeResult) }),
  createAuthChallenge: () => ({ publicChallengeParameters: { hint: 'Capital of France?' }, privateChallengeParameters: { answer: 'Paris' } }),
  verifyAuthChallengeResponse: ({ privateChallengeParameters, challengeAnswer }) => ({ answerCorrect: challengeAnswer === privateChallengeParameters.answer }),
};

/** Renders on `pool`, signs in, and waits for the step's heading; then the page reloads (a new client on the same storage). */
async function reloadedAt(pool: TestPool, heading: string, start: (user: Awaited<ReturnType<typeof renderAuthenticator>>['user']) => Promise<void>, props: AuthenticatorTestProps = {}) {
  const first = await renderAuthenticator({ pool, props });
  await start(first.user);
  await findHeading(heading);
  cleanup();
  const page = pool.reload();
  return renderAuthenticator({ pool, clientFor: () => page.client, props, ready: () => findHeading(heading) });
}

interface Case {
  step: string;
  config: LocalPoolConfig;
  user: SeedUser;
  heading: string;
  props?: AuthenticatorTestProps;
  /** Asserts the step's payload came back, then finishes the step. */
  finish: (pool: TestPool, harness: Awaited<ReturnType<typeof renderAuthenticator>>) => Promise<void>;
}

const CASES: readonly Case[] = [
  {
    step: 'an SMS code',
    config: OPTIONAL_MFA,
    user: { username: EMAIL, password: PASSWORD, attributes: { phone_number: PHONE }, mfa: { enabled: ['SMS'], preferred: 'SMS' } },
    heading: 'Enter your code',
    finish: async (pool, { user }) => {
      screen.getByText('We texted a code to +*******0100.');
      await submitCode(user, pool.codeSentTo(PHONE));
    },
  },
  {
    step: 'an email code',
    config: OPTIONAL_MFA,
    user: { username: EMAIL, password: PASSWORD, mfa: { enabled: ['EMAIL'], preferred: 'EMAIL' } },
    heading: 'Enter your code',
    finish: async (pool, { user }) => {
      screen.getByText(/We emailed a code to/);
      await submitCode(user, pool.codeSentTo(EMAIL));
    },
  },
  {
    step: 'an authenticator-app code',
    config: OPTIONAL_MFA,
    user: { username: EMAIL, password: PASSWORD, totpSecret: TOTP_SECRET, mfa: { enabled: ['TOTP'], preferred: 'TOTP' } },
    heading: 'Enter your code',
    finish: async (pool, { user }) => {
      await submitCode(user, pool.totpCode(TOTP_SECRET));
    },
  },
  {
    step: 'the TOTP setup (with a new secret: none is stored)',
    config: { mfa: { enforcement: 'ON', types: ['TOTP'] } },
    user: { username: EMAIL, password: PASSWORD },
    heading: 'Set up your authenticator app',
    finish: async (pool, { user }) => {
      const secret = document.querySelector('.gh-totp__secret code')?.textContent.replace(/\s/g, '') ?? '';
      expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
      const code = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate({ timestamp: pool.now() });
      await submitCode(user, code);
    },
  },
  {
    step: 'a new password required',
    config: {},
    user: { username: EMAIL, password: TEMPORARY_PASSWORD, status: 'FORCE_CHANGE_PASSWORD' },
    heading: 'Choose a new password',
    finish: async (_pool, { user }) => {
      await typeInto(user, 'New password', NEW_PASSWORD);
      await typeInto(user, 'Confirm password', NEW_PASSWORD);
      await user.click(screen.getByRole('button', { name: 'Change password' }));
    },
  },
  {
    step: 'the MFA choice',
    config: OPTIONAL_MFA,
    user: { username: EMAIL, password: PASSWORD, attributes: { phone_number: PHONE }, totpSecret: TOTP_SECRET, mfa: { enabled: ['SMS', 'TOTP'] } },
    heading: 'Choose how to verify it’s you',
    finish: async (pool, { user }) => {
      await user.click(screen.getByRole('radio', { name: 'Authenticator app' }));
      await user.click(screen.getByRole('button', { name: 'Continue' }));
      await findHeading('Enter your code');
      await submitCode(user, pool.totpCode(TOTP_SECRET));
    },
  },
  {
    step: 'a custom challenge',
    config: { customAuth: quiz },
    user: { username: EMAIL, password: PASSWORD },
    heading: 'One more step',
    props: {},
    finish: async (_pool, { user }) => {
      screen.getByText('Capital of France?');
      await user.type(input('Answer'), 'Paris');
      await user.click(screen.getByRole('button', { name: 'Continue' }));
    },
  },
];

describe('a reload in the middle of a sign-in', () => {
  it.each(CASES)('resumes at $step, with its payload, and the sign-in goes on', async ({ config, user: seed, heading, props, finish }) => {
    const pool = poolWith(config, [seed]);
    const withProps: AuthenticatorTestProps =
      props === undefined
        ? {}
        : { services: { handleSignIn: (input) => pool.client.signIn({ ...input, options: { ...input.options, authFlowType: 'CUSTOM_WITHOUT_SRP' } }) } };
    const harness = await reloadedAt(pool, heading, (user) => signIn(user, EMAIL, seed.password ?? PASSWORD), withProps);
    await finish(pool, harness);
    await expectSignedIn(EMAIL);
  });

  it('resumes at the first-factor choice of a passwordless sign-in, and the chosen code signs in', async () => {
    const pool = poolWith({ passwordless: { firstFactors: ['EMAIL_OTP', 'SMS_OTP', 'PASSWORD'] } }, [{ username: EMAIL, password: PASSWORD, attributes: { phone_number: PHONE } }]);
    const harness = await reloadedAt(
      pool,
      'Choose how to sign in',
      async (user) => {
        await user.type(await screen.findByLabelText(/^Email/), EMAIL);
        await user.click(screen.getByRole('button', { name: 'Continue' }));
      },
      { passwordless: {} },
    );
    await harness.user.click(screen.getByRole('button', { name: 'Sign in with email code' }));
    await findHeading('Enter your code');
    await submitCode(harness.user, pool.codeSentTo(EMAIL));
    await expectSignedIn(EMAIL);
  });

  it("says so when the sign-in session ended meanwhile (the pool's lasts five minutes), and starts at sign-in", async () => {
    const pool = poolWith(OPTIONAL_MFA, [{ username: EMAIL, password: PASSWORD, attributes: { phone_number: PHONE }, mfa: { enabled: ['SMS'], preferred: 'SMS' } }]);
    const first = await renderAuthenticator({ pool });
    await signIn(first.user, EMAIL, PASSWORD);
    await findHeading('Enter your code');
    cleanup();
    pool.advance(6 * MINUTE);
    const page = pool.reload();
    await renderAuthenticator({ pool, clientFor: () => page.client, ready: () => findHeading('Sign in') });
    expect(await findAlertText()).toBe('Your sign-in session expired. Please sign in again.');
    expect(page.signInStorage.contents()).toEqual({});
  });

  it('a page with no sign-in in progress starts at sign-in, with no message', async () => {
    const pool = poolWith({}, [{ username: EMAIL, password: PASSWORD }]);
    const page = pool.reload();
    await renderAuthenticator({ pool, clientFor: () => page.client, ready: () => findHeading('Sign in') });
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
