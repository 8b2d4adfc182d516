import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuthError, type AuthClient } from '../../../src/index.js';
import type { LocalAuthClient } from '../../../src/local.js';
import { renderAuthenticator } from '../../support/authenticator.js';
import { EMAIL, PASSWORD } from '../../support/constants.js';
import { findHeading, signIn } from '../../support/screens.js';
import { holds } from './tally.js';

const USERS = [{ username: EMAIL, password: PASSWORD }];

/** The client whose session check fails with a network error the first `times` times (every time: Infinity). */
function flakySessionCheck(client: LocalAuthClient, times: number): AuthClient {
  let failures = 0;
  const flaky: AuthClient = Object.create(client) as AuthClient;
  flaky.getCurrentUser = () => {
    if (failures >= times) return client.getCurrentUser();
    failures += 1;
    return Promise.reject(new AuthError({ name: 'NetworkError', message: 'A network error has occurred.' }));
  };
  return flaky;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the session check at start fails while a session is stored', () => {
  it('shows the form at once, tries again, and signs the user in when the session is found', async () => {
    await holds('faults', async () => {
      vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout'] });
      await renderAuthenticator({
        pool: { users: USERS },
        prepare: (pool) => pool.client.signIn({ username: EMAIL, password: PASSWORD }),
        clientFor: (client) => flakySessionCheck(client, 1),
      });
      await findHeading('Sign in');
      await act(async () => {
        await vi.advanceTimersByTimeAsync(2000);
      });
      await screen.findByText(`Signed in as ${EMAIL}`);
    });
  });

  it.each([
    { failures: 1, what: 'the stored session answers now: that is who is signed in' },
    { failures: 2, what: 'the stored session still cannot be confirmed: it makes way for this sign-in' },
  ])('never leaves "You are already signed in" as a dead end; signing in works ($what)', async ({ failures }) => {
    await holds('faults', async () => {
      const harness = await renderAuthenticator({
        pool: { users: USERS },
        prepare: (pool) => pool.client.signIn({ username: EMAIL, password: PASSWORD }),
        clientFor: (client) => flakySessionCheck(client, failures),
      });
      await findHeading('Sign in');
      await signIn(harness.user, EMAIL, PASSWORD);
      await screen.findByText(`Signed in as ${EMAIL}`);
      expect(screen.queryByText('You are already signed in.')).toBeNull();
    });
  });
});
