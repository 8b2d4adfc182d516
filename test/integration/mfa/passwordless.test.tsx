import type { UserEvent } from '@testing-library/user-event';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SeedUser } from '../../../src/local.js';
import { renderAuthenticator } from '../../support/authenticator.js';
import { EMAIL, PASSWORD, PHONE } from '../../support/constants.js';
import { choiceButtons, expectBackToSignIn, expectSignedIn, findHeading, submitCode } from '../../support/screens.js';
import { poolWith } from '../../support/local-pool.js';

const PASSWORDLESS = { passwordless: { firstFactors: ['EMAIL_OTP', 'SMS_OTP', 'WEB_AUTHN', 'PASSWORD'] } } as const;
const USER: SeedUser = { username: EMAIL, password: PASSWORD, attributes: { phone_number: PHONE } };

/** The sign-in screen of the passwordless preset: the username, then Continue. */
async function continueAs(user: UserEvent, username: string): Promise<void> {
  await user.type(await screen.findByLabelText(/^Email/), username);
  await user.click(screen.getByRole('button', { name: 'Continue' }));
}

describe('passwordless first factors (USER_AUTH)', () => {
  it('asks only for the username, then offers one button per challenge this user has', async () => {
    const pool = poolWith(PASSWORDLESS, [USER]);
    const { user } = await renderAuthenticator({ pool, props: { passwordless: {} } });
    await findHeading('Sign in');
    expect(screen.queryByLabelText(/^Password/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Sign in' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Other sign-in options' })).toBeNull();

    await continueAs(user, EMAIL);
    await findHeading('Choose how to sign in');
    expectBackToSignIn();
    // No passkey yet: none is offered.
    expect(choiceButtons()).toEqual(['Sign in with email code', 'Sign in with text message code', 'Sign in with password']);
    expect(pool.client.outbox.messages()).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Sign in with email code' }));
    await findHeading('Enter your code');
    screen.getByText('We emailed a code to a***@e***.');
    expectBackToSignIn();
    await submitCode(user, pool.codeSentTo(EMAIL));
    await expectSignedIn(EMAIL);
  });

  it('signs in with a text message code', async () => {
    const pool = poolWith(PASSWORDLESS, [USER]);
    const { user } = await renderAuthenticator({ pool, props: { passwordless: {} } });
    await continueAs(user, EMAIL);
    await user.click(await screen.findByRole('button', { name: 'Sign in with text message code' }));
    await screen.findByText('We texted a code to +*******0100.');
    await submitCode(user, pool.codeSentTo(PHONE));
    await expectSignedIn(EMAIL);
  });

  it('signs in with the password on its own screen, refusing a wrong one', async () => {
    const pool = poolWith(PASSWORDLESS, [USER]);
    const { user } = await renderAuthenticator({ pool, props: { passwordless: {} } });
    await continueAs(user, EMAIL);
    await user.click(await screen.findByRole('button', { name: 'Sign in with password' }));

    await findHeading('Enter your password');
    expectBackToSignIn();
    await user.type(screen.getByLabelText(/^Password/), 'Wrong-Passw0rd!');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Incorrect username or password.');

    const field = screen.getByLabelText(/^Password/);
    await user.clear(field);
    await user.type(field, PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await expectSignedIn(EMAIL);
    expect(pool.client.outbox.messages()).toEqual([]);
  });

  it('sends a new code on request; the new code signs in', async () => {
    const pool = poolWith(PASSWORDLESS, [USER]);
    const { user } = await renderAuthenticator({ pool, props: { passwordless: {} } });
    await continueAs(user, EMAIL);
    await user.click(await screen.findByRole('button', { name: 'Sign in with email code' }));
    await findHeading('Enter your code');
    const first = pool.codeSentTo(EMAIL);

    await user.click(screen.getByRole('button', { name: 'Send a new code' }));
    expect((await screen.findByText('We sent a new code.')).closest('[role="status"]')).not.toBeNull();
    expect(pool.messagesTo(EMAIL)).toHaveLength(2);
    const second = pool.codeSentTo(EMAIL);
    screen.getByText('We emailed a code to a***@e***.');

    // The sign-in started over: the first code belongs to the abandoned one.
    await submitCode(user, first);
    expect((await screen.findByRole('alert')).textContent).toBe('That code is not right. Check it and try again.');
    await submitCode(user, second);
    await expectSignedIn(EMAIL);
  });

  it('offers a new code also when the email code was the only way in (no choice screen)', async () => {
    const pool = poolWith(PASSWORDLESS, [{ username: EMAIL }]);
    const { user } = await renderAuthenticator({ pool, props: { passwordless: {} } });
    await continueAs(user, EMAIL);
    // One factor available: the pool sends the code at once.
    await findHeading('Enter your code');
    screen.getByText('We emailed a code to a***@e***.');

    await user.click(screen.getByRole('button', { name: 'Send a new code' }));
    await screen.findByText('We sent a new code.');
    expect(pool.messagesTo(EMAIL)).toHaveLength(2);
    await submitCode(user, pool.codeSentTo(EMAIL));
    await expectSignedIn(EMAIL);
  });

  it('with a preferred challenge: no password field, that method is the primary button, the rest behind "Other sign-in options"', async () => {
    const pool = poolWith(PASSWORDLESS, [USER]);
    const { user } = await renderAuthenticator({ pool, props: { passwordless: { preferredChallenge: 'EMAIL_OTP' } } });
    await findHeading('Sign in');
    expect(screen.queryByLabelText(/^Password/)).toBeNull();
    const primary = screen.getByRole('button', { name: 'Sign in with email code' });
    expect(primary.getAttribute('type')).toBe('submit');
    const others = screen.getByRole('button', { name: 'Other sign-in options' });
    expect(others.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('button', { name: 'Sign in with password' })).toBeNull();

    await user.click(others);
    expect(others.getAttribute('aria-expanded')).toBe('true');
    expect(choiceButtons().filter((name) => name !== 'Other sign-in options')).toEqual([
      'Sign in with text message code',
      'Sign in with passkey',
      'Sign in with password',
    ]);
    await user.click(others);
    expect(others.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('button', { name: 'Sign in with password' })).toBeNull();

    await user.type(screen.getByLabelText(/^Email/), EMAIL);
    await user.click(primary);
    // Straight to the code: no choice screen in between.
    await findHeading('Enter your code');
    await submitCode(user, pool.codeSentTo(EMAIL));
    await expectSignedIn(EMAIL);
  });

  it('with a preferred challenge, "Sign in with password" from the other options asks for the password', async () => {
    const pool = poolWith(PASSWORDLESS, [USER]);
    const { user } = await renderAuthenticator({ pool, props: { passwordless: { preferredChallenge: 'EMAIL_OTP' } } });
    await user.type(await screen.findByLabelText(/^Email/), EMAIL);
    await user.click(screen.getByRole('button', { name: 'Other sign-in options' }));
    await user.click(screen.getByRole('button', { name: 'Sign in with password' }));
    await findHeading('Enter your password');
    await user.type(screen.getByLabelText(/^Password/), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await expectSignedIn(EMAIL);
    expect(pool.client.outbox.messages()).toEqual([]);
  });

  it('signs up without a password, confirms by code, and is then signed in', async () => {
    const pool = poolWith(PASSWORDLESS, []);
    const { user } = await renderAuthenticator({ pool, props: { passwordless: {} } });
    const tabs = await screen.findByRole('tablist');
    await user.click(within(tabs).getByRole('tab', { name: 'Create account' }));
    await findHeading('Create an account');
    expect(screen.queryByLabelText(/password/i)).toBeNull();

    await user.type(screen.getByLabelText(/^Email/), 'grace@example.com');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await findHeading('Confirm your account');
    screen.getByText('We emailed a code to g***@e***.');
    expectBackToSignIn();
    await submitCode(user, pool.codeSentTo('grace@example.com'));
    await expectSignedIn('grace@example.com');

    const stored = await pool.client.admin.getUser('grace@example.com');
    expect([stored?.status, stored?.hasPassword, stored?.attributes.email_verified]).toEqual(['CONFIRMED', false, 'true']);
    expect((await pool.client.getCurrentUser()).signInDetails).toEqual({ loginId: 'grace@example.com', authFlowType: 'USER_AUTH' });
  });
});
