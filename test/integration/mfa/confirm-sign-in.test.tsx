import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SeedUser } from '../../../src/local.js';
import { MINUTE, SECOND } from '../../support/local-pool.js';
import { renderAuthenticator } from '../../support/authenticator.js';
import { EMAIL, PASSWORD, PHONE, TOTP_SECRET } from '../../support/constants.js';
import { codeField, expectAlert, expectBackToSignIn, expectSignedIn, findHeading, signIn, submitCode, wrongCode } from '../../support/screens.js';
import { poolWith } from '../../support/local-pool.js';

const OPTIONAL_MFA = { mfa: { enforcement: 'OPTIONAL', types: ['SMS', 'EMAIL', 'TOTP'] } } as const;

const SMS_USER: SeedUser = { username: EMAIL, password: PASSWORD, attributes: { phone_number: PHONE }, mfa: { enabled: ['SMS'], preferred: 'SMS' } };
const EMAIL_USER: SeedUser = { username: EMAIL, password: PASSWORD, mfa: { enabled: ['EMAIL'], preferred: 'EMAIL' } };
const TOTP_USER: SeedUser = { username: EMAIL, password: PASSWORD, totpSecret: TOTP_SECRET, mfa: { enabled: ['TOTP'], preferred: 'TOTP' } };

describe('confirmSignIn: SMS, email and authenticator-app codes', () => {
  it('says where the SMS code went, refuses a wrong one with the field cleared and focused, then signs in', async () => {
    const pool = poolWith(OPTIONAL_MFA, [SMS_USER]);
    const { user } = await renderAuthenticator({ pool });
    await signIn(user, EMAIL, PASSWORD);

    await findHeading('Enter your code');
    screen.getByText('We texted a code to +*******0100.');
    expectBackToSignIn();
    // An MFA code cannot be sent again without the password: Cognito has no resend for it.
    expect(screen.queryByRole('button', { name: 'Send a new code' })).toBeNull();
    const code = pool.codeSentTo(PHONE);
    expect(pool.messagesTo(PHONE).map((m) => m.channel)).toEqual(['SMS']);

    await submitCode(user, wrongCode(code));
    await expectAlert('That code is not right. Check it and try again.');
    const field = codeField();
    expect(field.value).toBe('');
    expect(document.activeElement).toBe(field);
    expect(field.getAttribute('aria-invalid')).toBe('true');

    await submitCode(user, code);
    await expectSignedIn(EMAIL);
  });

  it('says where the email code went and signs in with it', async () => {
    const pool = poolWith(OPTIONAL_MFA, [EMAIL_USER]);
    const { user } = await renderAuthenticator({ pool });
    await signIn(user, EMAIL, PASSWORD);

    await findHeading('Enter your code');
    screen.getByText('We emailed a code to a***@e***.');
    expectBackToSignIn();
    await submitCode(user, pool.codeSentTo(EMAIL));
    await expectSignedIn(EMAIL);
  });

  it('asks for the authenticator app code and accepts one made by otpauth, with no resend offered', async () => {
    const pool = poolWith(OPTIONAL_MFA, [TOTP_USER]);
    const { user } = await renderAuthenticator({ pool });
    await signIn(user, EMAIL, PASSWORD);

    await findHeading('Enter your code');
    screen.getByText('Open your authenticator app and enter the 6-digit code it shows for this account.');
    expect(screen.queryByRole('button', { name: 'Send a new code' })).toBeNull();
    expectBackToSignIn();
    expect(pool.messagesTo(EMAIL)).toEqual([]);

    await submitCode(user, pool.totpCode(TOTP_SECRET));
    await expectSignedIn(EMAIL);
  });

  it('refuses a TOTP code that was already used, and takes the next one', async () => {
    const pool = poolWith(OPTIONAL_MFA, [TOTP_USER]);
    const { user } = await renderAuthenticator({ pool });
    const used = pool.totpCode(TOTP_SECRET);
    await signIn(user, EMAIL, PASSWORD);
    await findHeading('Enter your code');
    await submitCode(user, used);
    await expectSignedIn(EMAIL);

    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await signIn(user, EMAIL, PASSWORD);
    await findHeading('Enter your code');
    // Same 30-second window: an observer of the first code cannot replay it.
    await submitCode(user, used);
    await expectAlert('That code is not right. Check it and try again.');
    expect(codeField().value).toBe('');
    screen.getByRole('heading', { name: 'Enter your code' });

    pool.advance(30 * SECOND);
    const next = pool.totpCode(TOTP_SECRET);
    expect(next).not.toBe(used);
    await submitCode(user, next);
    await expectSignedIn(EMAIL);
  });

  it('ends the sign-in when the code has expired: back to sign-in with a clear message', async () => {
    const pool = poolWith(OPTIONAL_MFA, [SMS_USER]);
    const { user } = await renderAuthenticator({ pool });
    await signIn(user, EMAIL, PASSWORD);
    await findHeading('Enter your code');
    const code = pool.codeSentTo(PHONE);

    pool.advance(5 * MINUTE + SECOND);
    await submitCode(user, code);
    await findHeading('Sign in');
    await expectAlert('Your sign-in session expired. Please sign in again.');
    expect(screen.queryByText('Signed in as', { exact: false })).toBeNull();

    // A fresh sign-in sends a fresh code, which works.
    await user.clear(screen.getByLabelText(/^Email/));
    await signIn(user, EMAIL, PASSWORD);
    await findHeading('Enter your code');
    const fresh = pool.codeSentTo(PHONE);
    expect(pool.messagesTo(PHONE)).toHaveLength(2);
    await submitCode(user, fresh);
    await expectSignedIn(EMAIL);
  });

  it('ends the sign-in after three wrong codes, back on sign-in', async () => {
    const pool = poolWith(OPTIONAL_MFA, [SMS_USER]);
    const { user } = await renderAuthenticator({ pool });
    await signIn(user, EMAIL, PASSWORD);
    await findHeading('Enter your code');
    const wrong = wrongCode(pool.codeSentTo(PHONE));

    await submitCode(user, wrong);
    await expectAlert('That code is not right. Check it and try again.');
    await submitCode(user, wrong);
    await expectAlert('That code is not right. Check it and try again.');
    await submitCode(user, wrong);
    await findHeading('Sign in');
    expect((await screen.findByRole('alert')).textContent).toMatch(/sign in again/i);
  });

  it('refuses a code that is not six digits before sending it', async () => {
    const pool = poolWith(OPTIONAL_MFA, [SMS_USER]);
    const { user } = await renderAuthenticator({ pool });
    await signIn(user, EMAIL, PASSWORD);
    await findHeading('Enter your code');
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    await screen.findByText('This field is required.');
    expect(document.activeElement).toBe(codeField());
    // Still the same code: nothing was spent on the empty submit.
    await submitCode(user, pool.codeSentTo(PHONE));
    await expectSignedIn(EMAIL);
  });

  it('goes back to sign-in from the code screen, and a new sign-in starts over', async () => {
    const pool = poolWith(OPTIONAL_MFA, [EMAIL_USER]);
    const { user } = await renderAuthenticator({ pool });
    await signIn(user, EMAIL, PASSWORD);
    await findHeading('Enter your code');
    await user.click(screen.getByRole('button', { name: 'Back to sign in' }));
    await findHeading('Sign in');
    expect(screen.queryByRole('alert')).toBeNull();

    await user.clear(screen.getByLabelText(/^Email/));
    await signIn(user, EMAIL, PASSWORD);
    await findHeading('Enter your code');
    expect(pool.messagesTo(EMAIL)).toHaveLength(2);
    await submitCode(user, pool.codeSentTo(EMAIL));
    await expectSignedIn(EMAIL);
  });
});
