import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AuthClient } from '../../../src/index.js';
import type { LocalAuthClient, SeedUser } from '../../../src/local.js';
import { renderAuthenticator, type AuthenticatorHarness } from '../../support/authenticator.js';
import { EMAIL, PASSWORD, PHONE } from '../../support/constants.js';
import { poolWith } from '../../support/local-pool.js';
import { findHeading, signIn, typeInto } from '../../support/screens.js';
import { holds } from './tally.js';

const SLOW_AFTER_MS = 6000;
const OPTIONAL_MFA = { mfa: { enforcement: 'OPTIONAL', types: ['SMS'] } } as const;
const CONFIRMED: SeedUser = { username: EMAIL, password: PASSWORD };
const SMS: SeedUser = { username: EMAIL, password: PASSWORD, attributes: { phone_number: PHONE }, mfa: { enabled: ['SMS'], preferred: 'SMS' } };
const UNCONFIRMED: SeedUser = { username: EMAIL, password: PASSWORD, status: 'UNCONFIRMED' };

type Call = 'signIn' | 'confirmSignIn' | 'signUp' | 'confirmSignUp' | 'resetPassword';

/**
 * The client with one call that, once armed, does not answer until the test releases it (then with the
 * pool's real answer, as a request that was only slow would).
 */
function withHangingCall(client: LocalAuthClient, call: Call) {
  let armed = false;
  let release: (() => void) | undefined;
  const hanging: AuthClient = Object.create(client) as AuthClient;
  const real = client[call].bind(client) as (input: never) => Promise<unknown>;
  (hanging as unknown as Record<Call, (input: never) => Promise<unknown>>)[call] = async (input: never) => {
    if (!armed) return real(input);
    await new Promise<void>((resolve) => {
      release = resolve;
    });
    return real(input);
  };
  return {
    client: hanging,
    arm: () => {
      armed = true;
    },
    release: () => release?.(),
  };
}

interface Hang {
  screen: string;
  user: SeedUser;
  call: Call;
  reach: (harness: AuthenticatorHarness) => Promise<void>;
  submit: (harness: AuthenticatorHarness) => Promise<void>;
  /** The way elsewhere that must work while the call hangs, and the heading it leads to. */
  away: { role: 'tab' | 'button'; name: string; heading: string };
}

const HANGS: readonly Hang[] = [
  {
    screen: 'sign-in',
    user: CONFIRMED,
    call: 'signIn',
    reach: async () => {
      await findHeading('Sign in');
    },
    submit: ({ user }) => signIn(user, EMAIL, PASSWORD),
    away: { role: 'tab', name: 'Create account', heading: 'Create an account' },
  },
  {
    screen: 'sign-up',
    user: CONFIRMED,
    call: 'signUp',
    reach: async ({ user }) => {
      await user.click(screen.getByRole('tab', { name: 'Create account' }));
      await findHeading('Create an account');
    },
    submit: async ({ user }) => {
      await typeInto(user, 'Email', 'grace@example.com');
      await typeInto(user, 'New password', PASSWORD);
      await typeInto(user, 'Confirm password', PASSWORD);
      await user.click(screen.getByRole('button', { name: 'Create account' }));
    },
    away: { role: 'tab', name: 'Sign in', heading: 'Sign in' },
  },
  {
    screen: 'forgot password',
    user: CONFIRMED,
    call: 'resetPassword',
    reach: async ({ user }) => {
      await user.click(screen.getByRole('button', { name: 'Forgot your password?' }));
      await findHeading('Reset your password');
    },
    submit: async ({ user }) => {
      await typeInto(user, 'Email', EMAIL);
      await user.click(screen.getByRole('button', { name: 'Send code' }));
    },
    away: { role: 'button', name: 'Back to sign in', heading: 'Sign in' },
  },
  {
    screen: 'confirm sign-up',
    user: UNCONFIRMED,
    call: 'confirmSignUp',
    reach: async ({ user }) => {
      await signIn(user, EMAIL, PASSWORD);
      await findHeading('Confirm your account');
    },
    submit: async (harness) => {
      await typeInto(harness.user, /^Code/, harness.codeFor(EMAIL));
      await harness.user.click(screen.getByRole('button', { name: 'Confirm' }));
    },
    away: { role: 'button', name: 'Back to sign in', heading: 'Sign in' },
  },
  {
    screen: 'SMS code',
    user: SMS,
    call: 'confirmSignIn',
    reach: async ({ user }) => {
      await signIn(user, EMAIL, PASSWORD);
      await findHeading('Enter your code');
    },
    submit: async (harness) => {
      await typeInto(harness.user, /^Code/, harness.codeFor(PHONE));
      await harness.user.click(screen.getByRole('button', { name: 'Confirm' }));
    },
    away: { role: 'button', name: 'Back to sign in', heading: 'Sign in' },
  },
];

afterEach(() => {
  vi.useRealTimers();
});

describe('a request that never answers', () => {
  it.each(HANGS)('$screen: says it is taking long, and the way elsewhere works meanwhile', async (hang) => {
    await holds('faults', async () => {
      let control: ReturnType<typeof withHangingCall> | undefined;
      const harness = await renderAuthenticator({
        pool: poolWith(OPTIONAL_MFA, [hang.user]),
        clientFor: (client) => {
          control = withHangingCall(client, hang.call);
          return control.client;
        },
      });
      await hang.reach(harness);
      control?.arm();
      vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout'] });
      await hang.submit(harness);
      await act(async () => {
        await vi.advanceTimersByTimeAsync(SLOW_AFTER_MS);
      });
      expect((await screen.findByRole('status')).textContent).toBe('Still working on it. This is taking longer than usual.');
      await harness.user.click(screen.getByRole(hang.away.role, { name: hang.away.name }));
      await findHeading(hang.away.heading);
      expect(screen.queryByText('Still working on it. This is taking longer than usual.')).toBeNull();
    });
  });

  it('an abandoned sign-in that answers late: the UI shows what the client did (signed in), never a contradiction', async () => {
    await holds('faults', async () => {
      let control: ReturnType<typeof withHangingCall> | undefined;
      const harness = await renderAuthenticator({
        pool: poolWith({}, [CONFIRMED]),
        clientFor: (client) => {
          control = withHangingCall(client, 'signIn');
          return control.client;
        },
      });
      control?.arm();
      await signIn(harness.user, EMAIL, PASSWORD);
      await harness.user.click(screen.getByRole('tab', { name: 'Create account' }));
      await findHeading('Create an account');
      await act(async () => {
        control?.release();
        await Promise.resolve();
      });
      await screen.findByText(`Signed in as ${EMAIL}`);
    });
  });
});
