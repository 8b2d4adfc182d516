import type { UserEvent } from '@testing-library/user-event';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderAuthenticator } from '../../support/authenticator.js';
import { EMAIL, PHONE } from '../../support/constants.js';
import { choiceButtons, expectAlert, expectSignedIn, findHeading, submitCode } from '../../support/screens.js';
import { poolWith, type TestPool } from '../../support/local-pool.js';
import { ORIGIN, passkeyConfig, softAuthenticator, withPublicKeyCredential } from '../../support/passkeys.js';

const PROMPT_CHOICES = ['Create a passkey', 'Continue without a passkey'];

withPublicKeyCredential();

/** Passwordless sign-in with an emailed code, chosen among the user's ways in, up to the screen after the code. */
async function signInWithEmailCode(pool: TestPool, user: UserEvent): Promise<void> {
  await user.type(await screen.findByLabelText(/^Email/), EMAIL);
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  await user.click(await screen.findByRole('button', { name: 'Sign in with email code' }));
  await findHeading('Enter your code');
  await submitCode(user, pool.codeSentTo(EMAIL));
}

/** A passwordless user who can get a code by email or by text message. */
const USER = { username: EMAIL, attributes: { phone_number: PHONE } };

describe('passkeys (WEB_AUTHN) with a software authenticator', () => {
  it('offers a passkey after an email-code sign-in, creates it, then signs in with it and no code', async () => {
    // The soft authenticator signs for this origin; the pool accepts only it.
    expect(location.origin).toBe(ORIGIN);
    const authenticator = softAuthenticator();
    const pool = poolWith(passkeyConfig(authenticator), [USER]);
    const { user } = await renderAuthenticator({ pool, props: { passwordless: {} } });
    await signInWithEmailCode(pool, user);

    await findHeading('Sign in faster with a passkey');
    expect(choiceButtons()).toEqual(PROMPT_CHOICES);
    await user.click(screen.getByRole('button', { name: 'Create a passkey' }));
    await expectSignedIn(EMAIL);
    expect(authenticator.credentialCount()).toBe(1);
    expect((await pool.client.admin.getUser(EMAIL))?.passkeyCount).toBe(1);

    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await user.type(await screen.findByLabelText(/^Email/), EMAIL);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await findHeading('Choose how to sign in');
    expect(choiceButtons()).toEqual(['Sign in with email code', 'Sign in with text message code', 'Sign in with passkey']);
    const messages = pool.client.outbox.messages().length;
    await user.click(screen.getByRole('button', { name: 'Sign in with passkey' }));
    await expectSignedIn(EMAIL);
    // No code, and no second prompt: the user has a passkey now.
    expect(pool.client.outbox.messages()).toHaveLength(messages);
    expect(screen.queryByRole('heading', { name: 'Sign in faster with a passkey' })).toBeNull();
  });

  it('goes on without a passkey when the user declines', async () => {
    const authenticator = softAuthenticator();
    const pool = poolWith(passkeyConfig(authenticator), [USER]);
    const { user } = await renderAuthenticator({ pool, props: { passwordless: {} } });
    await signInWithEmailCode(pool, user);
    await findHeading('Sign in faster with a passkey');
    await user.click(screen.getByRole('button', { name: 'Continue without a passkey' }));
    await expectSignedIn(EMAIL);
    expect(authenticator.credentialCount()).toBe(0);
    expect((await pool.client.admin.getUser(EMAIL))?.passkeyCount).toBe(0);
  });

  it('says so when the user cancels the browser dialog, and keeps both choices', async () => {
    const authenticator = softAuthenticator();
    const pool = poolWith(passkeyConfig(authenticator), [USER]);
    const { user } = await renderAuthenticator({ pool, props: { passwordless: {} } });
    await signInWithEmailCode(pool, user);
    await findHeading('Sign in faster with a passkey');

    authenticator.cancelNext();
    await user.click(screen.getByRole('button', { name: 'Create a passkey' }));
    await expectAlert('The passkey request was canceled or timed out.');
    expect(choiceButtons()).toEqual(PROMPT_CHOICES);
    for (const name of PROMPT_CHOICES) expect(screen.getByRole('button', { name })).toHaveProperty('disabled', false);

    // Trying again works.
    await user.click(screen.getByRole('button', { name: 'Create a passkey' }));
    await expectSignedIn(EMAIL);
    expect(authenticator.credentialCount()).toBe(1);
  });

  it('says so when the browser has no passkey support', async () => {
    expect(navigator.credentials).toBeUndefined();
    const pool = poolWith(passkeyConfig(undefined), [USER]);
    const { user } = await renderAuthenticator({ pool, props: { passwordless: {} } });
    await signInWithEmailCode(pool, user);
    await findHeading('Sign in faster with a passkey');

    await user.click(screen.getByRole('button', { name: 'Create a passkey' }));
    await expectAlert('This browser or device does not support passkeys.');
    expect(choiceButtons()).toEqual(PROMPT_CHOICES);
    await user.click(screen.getByRole('button', { name: 'Continue without a passkey' }));
    await expectSignedIn(EMAIL);
  });

  it('keeps the passkey choice open when a passkey sign-in is canceled, and signs in on a second try', async () => {
    const authenticator = softAuthenticator();
    const pool = poolWith(passkeyConfig(authenticator), [USER]);
    const { user } = await renderAuthenticator({ pool, props: { passwordless: {} } });
    await signInWithEmailCode(pool, user);
    await user.click(await screen.findByRole('button', { name: 'Create a passkey' }));
    await expectSignedIn(EMAIL);
    await user.click(screen.getByRole('button', { name: 'Sign out' }));

    await user.type(await screen.findByLabelText(/^Email/), EMAIL);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    authenticator.cancelNext();
    await user.click(await screen.findByRole('button', { name: 'Sign in with passkey' }));
    await expectAlert('The passkey request was canceled or timed out.');
    screen.getByRole('heading', { name: 'Choose how to sign in' });

    await user.click(screen.getByRole('button', { name: 'Sign in with passkey' }));
    await expectSignedIn(EMAIL);
  });

  it('offers a passkey when the email code was the only way in (no choice screen)', async () => {
    const authenticator = softAuthenticator();
    const pool = poolWith(passkeyConfig(authenticator), [{ username: EMAIL }]);
    const { user } = await renderAuthenticator({ pool, props: { passwordless: {} } });
    await user.type(await screen.findByLabelText(/^Email/), EMAIL);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    // One factor available: the pool sends the code at once.
    await findHeading('Enter your code');
    await submitCode(user, pool.codeSentTo(EMAIL));

    await findHeading('Sign in faster with a passkey');
    await user.click(screen.getByRole('button', { name: 'Create a passkey' }));
    await expectSignedIn(EMAIL);
    expect(authenticator.credentialCount()).toBe(1);
  });

  it('offers a passkey after a passwordless sign-up', async () => {
    const authenticator = softAuthenticator();
    const pool = poolWith(passkeyConfig(authenticator), []);
    const { user } = await renderAuthenticator({ pool, props: { passwordless: {} } });
    await user.click(await screen.findByRole('tab', { name: 'Create account' }));
    await user.type(await screen.findByLabelText(/^Email/), 'grace@example.com');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await findHeading('Confirm your account');
    await submitCode(user, pool.codeSentTo('grace@example.com'));

    await findHeading('Sign in faster with a passkey');
    await user.click(screen.getByRole('button', { name: 'Create a passkey' }));
    await expectSignedIn('grace@example.com');
    expect((await pool.client.admin.getUser('grace@example.com'))?.passkeyCount).toBe(1);
  });

  it('offers no passkey prompt after a password sign-in', async () => {
    const authenticator = softAuthenticator();
    const pool = poolWith(passkeyConfig(authenticator), [{ username: EMAIL, password: 'Passw0rd!' }]);
    const { user } = await renderAuthenticator({ pool, props: { passwordless: {} } });
    await user.type(await screen.findByLabelText(/^Email/), EMAIL);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(await screen.findByRole('button', { name: 'Sign in with password' }));
    await user.type(await screen.findByLabelText(/^Password/), 'Passw0rd!');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await expectSignedIn(EMAIL);
    expect(authenticator.credentialCount()).toBe(0);
  });
});
