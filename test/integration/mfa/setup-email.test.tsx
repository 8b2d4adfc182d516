import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderAuthenticator } from '../../support/authenticator.js';
import { EMAIL, PASSWORD } from '../../support/constants.js';
import { expectBackToSignIn, expectSignedIn, findHeading, radioNames, signIn, submitCode } from '../../support/screens.js';
import { poolWith, type TestPool } from '../../support/local-pool.js';

/** Users pick a username, so a user can have no email until MFA by email is set up. */
const USERNAME_POOL = { loginWith: { username: true } } as const;
const USERNAME = 'ada';

async function expectEmailSetUp(pool: TestPool): Promise<void> {
  const stored = await pool.client.admin.getUser(USERNAME);
  expect(stored?.attributes).toMatchObject({ email: EMAIL, email_verified: 'true' });
  expect(stored?.mfa).toEqual({ enabled: ['EMAIL'], preferred: 'EMAIL' });
}

describe('setupEmail: required MFA by email for a user without an email address', () => {
  it('checks the address in the browser, sends the code there, and signs in with it', async () => {
    const pool = poolWith({ ...USERNAME_POOL, mfa: { enforcement: 'ON', types: ['EMAIL'] } }, [{ username: USERNAME, password: PASSWORD }]);
    const { user } = await renderAuthenticator({ pool });
    await signIn(user, USERNAME, PASSWORD, 'Username');

    await findHeading('Add an email address for sign-in codes');
    expectBackToSignIn();
    const field = screen.getByLabelText<HTMLInputElement>(/^Email/);
    await user.type(field, 'ada@example');
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    await screen.findByText('Enter an email address like name@example.com.');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(field);
    expect(pool.client.outbox.messages()).toEqual([]);

    await user.clear(field);
    await user.type(field, EMAIL);
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    await findHeading('Enter your code');
    screen.getByText('We emailed a code to a***@e***.');
    expectBackToSignIn();
    expect(pool.messagesTo(EMAIL).map((m) => m.channel)).toEqual(['EMAIL']);
    // Not yet: the address is the user's only once its code comes back.
    expect((await pool.client.admin.getUser(USERNAME))?.attributes.email).toBeUndefined();

    await submitCode(user, pool.codeSentTo(EMAIL));
    await expectSignedIn(USERNAME);
    await expectEmailSetUp(pool);
  });

  it('is reached from the setup choice by picking "Email"', async () => {
    const pool = poolWith({ ...USERNAME_POOL, mfa: { enforcement: 'ON', types: ['TOTP', 'EMAIL'] } }, [{ username: USERNAME, password: PASSWORD }]);
    const { user } = await renderAuthenticator({ pool });
    await signIn(user, USERNAME, PASSWORD, 'Username');

    await findHeading('Add a second sign-in step');
    expect(radioNames('Verification method')).toEqual(['Authenticator app', 'Email']);
    await user.click(screen.getByRole('radio', { name: 'Email' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    await findHeading('Add an email address for sign-in codes');
    await user.type(screen.getByLabelText(/^Email/), EMAIL);
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    await findHeading('Enter your code');
    await submitCode(user, pool.codeSentTo(EMAIL));
    await expectSignedIn(USERNAME);
    await expectEmailSetUp(pool);
  });
});
