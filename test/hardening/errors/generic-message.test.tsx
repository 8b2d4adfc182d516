import { describe, expect, it } from 'vitest';
import { AuthError, type AuthErrorName } from '../../../src/index.js';
import { renderAuthenticator } from '../../support/authenticator.js';
import { PASSWORD } from '../../support/constants.js';
import { findAlertText, signIn } from '../../support/screens.js';

const EMAIL = 'ada@example.com';

/**
 * An AuthError with a name this version does not know: what a client written in plain JavaScript, or built
 * against a newer contract, can throw. TypeScript alone cannot rule it out.
 */
function foreignError(name: string, message: string): AuthError {
  return new AuthError({ name: name as AuthErrorName, message });
}

/** Sign-in failing with that error, as a custom client's (or an app's `services` override's) would. */
function failingSignIn(error: AuthError) {
  return { services: { handleSignIn: () => Promise.reject(error) } };
}

describe('an error the UI has no words for', () => {
  it('shows the generic message, not an empty alert, when the name is unknown and the message empty', async () => {
    const { user } = await renderAuthenticator({
      pool: { users: [{ username: EMAIL, password: PASSWORD }] },
      props: failingSignIn(foreignError('QuotaExhaustedException', '')),
    });
    await signIn(user, EMAIL, PASSWORD);
    expect(await findAlertText()).toBe('Something went wrong. Please try again.');
  });

  it('keeps the service\'s own words as the detail of that generic message', async () => {
    const { user } = await renderAuthenticator({
      pool: { users: [{ username: EMAIL, password: PASSWORD }] },
      props: failingSignIn(foreignError('QuotaExhaustedException', 'Daily sign-in quota reached.')),
    });
    await signIn(user, EMAIL, PASSWORD);
    expect(await findAlertText()).toBe('Something went wrong. Please try again.Details: Daily sign-in quota reached.');
  });

  it('says the generic message for a name that is only a property of every object', async () => {
    const { user } = await renderAuthenticator({
      pool: { users: [{ username: EMAIL, password: PASSWORD }] },
      props: failingSignIn(foreignError('constructor', '')),
    });
    await signIn(user, EMAIL, PASSWORD);
    expect(await findAlertText()).toBe('Something went wrong. Please try again.');
  });
});
