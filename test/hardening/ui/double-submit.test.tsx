import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AuthClient } from '../../../src/index.js';
import type { LocalAuthClient } from '../../../src/local.js';
import { renderAuthenticator, type AuthenticatorHarness } from '../../support/authenticator.js';
import { EMAIL, PASSWORD } from '../../support/constants.js';
import { poolWith } from '../../support/local-pool.js';
import { findHeading, signIn } from '../../support/screens.js';
import { OPTIONAL_MFA, STEPS, type Step } from './steps.js';
import { holds } from './tally.js';

/** The client, counting the calls of each method by name. */
function counting(client: LocalAuthClient): { client: AuthClient; calls: Map<string, number> } {
  const calls = new Map<string, number>();
  const counted = new Proxy(client, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function' || typeof property !== 'string') return value;
      return (...args: unknown[]) => {
        calls.set(property, (calls.get(property) ?? 0) + 1);
        return (value as (...input: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { client: counted, calls };
}

async function render(step: Pick<Step, 'user'>) {
  let counter: ReturnType<typeof counting> | undefined;
  const harness = await renderAuthenticator({
    pool: poolWith(OPTIONAL_MFA, [step.user]),
    clientFor: (client) => {
      counter = counting(client);
      return counter.client;
    },
  });
  return { harness, calls: () => counter?.calls ?? new Map<string, number>() };
}

type Submit = (harness: AuthenticatorHarness, button: HTMLElement) => Promise<void>;

const WAYS: readonly { how: string; press: Submit }[] = [
  { how: 'a double click', press: ({ user }, button) => user.dblClick(button) },
  {
    how: 'Enter pressed twice in a field',
    press: async ({ user }, button) => {
      const field = button.closest('form')?.querySelector('input:not([type=hidden])');
      if (!(field instanceof HTMLInputElement)) throw new Error('no field in the form');
      field.focus();
      await user.keyboard('{Enter}{Enter}');
    },
  },
];

const CASES = STEPS.flatMap((step) => WAYS.map((way) => ({ ...step, ...way, name: `${step.screen}, ${way.how}` })));

describe('a double submit sends one request', () => {
  it.each(CASES)('$name', async (step) => {
    await holds('double submits', async () => {
      const { harness, calls } = await render(step);
      await step.reach(harness);
      await step.fill(harness);
      const before = calls().get(step.operation) ?? 0;
      await step.press(harness, screen.getByRole('button', { name: step.submit }));
      await (typeof step.next === 'string' ? findHeading(step.next) : screen.findByText(step.next));
      expect(calls().get(step.operation)).toBe(before + 1);
    });
  });

  it('sign out, a double click', async () => {
    await holds('double submits', async () => {
      const { harness, calls } = await render({ user: { username: EMAIL, password: PASSWORD } });
      await signIn(harness.user, EMAIL, PASSWORD);
      await screen.findByText(`Signed in as ${EMAIL}`);
      await harness.user.dblClick(screen.getByRole('button', { name: 'Sign out' }));
      await findHeading('Sign in');
      expect(calls().get('signOut')).toBe(1);
    });
  });

  it('a new code, a double click', async () => {
    await holds('double submits', async () => {
      const { harness, calls } = await render({ user: { username: EMAIL, password: PASSWORD, status: 'UNCONFIRMED' } });
      await signIn(harness.user, EMAIL, PASSWORD);
      await findHeading('Confirm your account');
      // Signing in to an unconfirmed account sends a code already, as Amplify UI does.
      const before = calls().get('resendSignUpCode') ?? 0;
      await harness.user.dblClick(screen.getByRole('button', { name: 'Send a new code' }));
      await screen.findByRole('status');
      expect(calls().get('resendSignUpCode')).toBe(before + 1);
    });
  });
});
