import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderAuthenticator } from '../../support/authenticator.js';
import { EMAIL, PASSWORD } from '../../support/constants.js';
import { createTestPool } from '../../support/local-pool.js';
import { findHeading, signIn } from '../../support/screens.js';
import { holds } from './tally.js';

const PREFIX = 'gatehouse.local_gatehouse.gatehouse-local-client';

/** What another script, an old version or a full disk can leave in the client's storage. */
const TAMPERED: readonly { what: string; key: 'tokens' | 'signIn' | 'devices'; value: string }[] = [
  { what: 'tokens that are not JSON', key: 'tokens', value: '{"accessToken":' },
  { what: 'tokens of the wrong shape', key: 'tokens', value: '{"accessToken":42,"idToken":null}' },
  { what: 'tokens that are not JWTs', key: 'tokens', value: '{"accessToken":"a.b.c","idToken":"x","refreshToken":"y","loginId":"ada@example.com"}' },
  { what: 'tokens as a JSON array', key: 'tokens', value: '[1,2,3]' },
  { what: 'a sign-in in progress that is not JSON', key: 'signIn', value: 'not json' },
  { what: 'a sign-in in progress with a forged session', key: 'signIn', value: '{"session":"forged","loginId":"ada@example.com","authFlowType":"USER_SRP_AUTH","challenge":"SMS_MFA"}' },
  { what: 'devices that are not a list', key: 'devices', value: '{"__proto__":{"polluted":true}}' },
  { what: '1 MB of noise as tokens', key: 'tokens', value: 'x'.repeat(1_000_000) },
];

describe('tampered client storage', () => {
  it.each(TAMPERED)('$what: the sign-in form shows, and signing in works', async ({ key, value }) => {
    await holds('bad inputs', async () => {
      const pool = createTestPool({ users: [{ username: EMAIL, password: PASSWORD }] });
      const storage = key === 'signIn' ? pool.signInStorage : pool.storage;
      storage.setItem(`${PREFIX}.${key}`, value);
      const harness = await renderAuthenticator({ pool });
      await findHeading('Sign in');
      await signIn(harness.user, EMAIL, PASSWORD);
      await screen.findByText(`Signed in as ${EMAIL}`);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      // The client read and replaced that very entry: the tampering was not beside the point.
      if (key === 'tokens') expect(storage.getItem(`${PREFIX}.tokens`)).not.toBe(value);
    });
  });
});
