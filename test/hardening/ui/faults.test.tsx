import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { InjectedFault } from '../../../src/local.js';
import { renderAuthenticator } from '../../support/authenticator.js';
import { poolWith } from '../../support/local-pool.js';
import { findHeading, input } from '../../support/screens.js';
import { OPTIONAL_MFA, STEPS } from './steps.js';
import { holds } from './tally.js';

const FAULTS: readonly InjectedFault[] = ['NetworkError', 'TooManyRequestsException', 'LimitExceededException', 'InternalErrorException'];

/** The message each fault must show: what happened and what to do, never "Something went wrong". */
const MESSAGES: Record<InjectedFault, RegExp> = {
  NetworkError: /connection|network/i,
  TooManyRequestsException: /too many|try again/i,
  LimitExceededException: /limit|try again/i,
  InternalErrorException: /try again/i,
};

const CASES = STEPS.flatMap((step) => FAULTS.map((fault) => ({ ...step, fault, name: `${step.screen}: ${fault}` })));

describe('an injected fault at every call a screen makes', () => {
  it.each(CASES)('$name: says what happened, keeps what was typed, stays usable, and the same submit then goes on', async (step) => {
    await holds('faults', async () => {
      const harness = await renderAuthenticator({ pool: poolWith(OPTIONAL_MFA, [step.user]) });
      await step.reach(harness);
      const typed = await step.fill(harness);
      harness.client.admin.failNext(step.operation, step.fault);
      await harness.user.click(screen.getByRole('button', { name: step.submit }));

      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toMatch(MESSAGES[step.fault]);
      expect(alert.textContent).not.toMatch(/something went wrong/i);
      for (const [label, value] of Object.entries(typed)) expect(input(label === 'Code' ? /^Code/ : label).value, label).toBe(value);
      const submit = screen.getByRole('button', { name: step.submit });
      await waitFor(() => {
        expect((submit as HTMLButtonElement).disabled).toBe(false);
      });
      // Nobody got past the step the fault stopped.
      expect(screen.queryByText(/Signed in as/)).toBeNull();

      await harness.user.click(submit);
      await (typeof step.next === 'string' ? findHeading(step.next) : screen.findByText(step.next));
    });
  });
});
