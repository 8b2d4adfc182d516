import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HOUR } from '../../support/local-pool.js';
import { NEW_PASSWORD, PASSWORD } from '../../support/constants.js';
import { renderAuthenticator, type AuthenticatorHarness } from '../../support/authenticator.js';
import { checklist, fieldError, findAlertText, findHeading, findNoticeText, input, signIn, typeInto } from '../../support/screens.js';

const EMAIL = 'rosa@example.com';
const users = [{ username: EMAIL, password: PASSWORD }];

async function requestCode({ user }: AuthenticatorHarness, email = EMAIL): Promise<void> {
  await user.click(screen.getByRole('button', { name: 'Forgot your password?' }));
  await findHeading('Reset your password');
  await typeInto(user, 'Email', email);
  await user.click(screen.getByRole('button', { name: 'Send code' }));
}

async function fillReset({ user }: AuthenticatorHarness, code: string, password: string, confirmation = password): Promise<void> {
  await typeInto(user, 'Code', code);
  await typeInto(user, 'New password', password);
  await typeInto(user, 'Confirm password', confirmation);
  await user.click(screen.getByRole('button', { name: 'Reset password' }));
}

const otherThan = (code: string) => (code === '000000' ? '111111' : '000000');

describe('forgot password', () => {
  it('sends a code, resets the password, and the new password signs in', async () => {
    const harness = await renderAuthenticator({ pool: { users } });
    await requestCode(harness);
    await findHeading('Choose a new password');
    screen.getByText('We emailed a code to r***@e***.');
    expect(Object.values(checklist())).toEqual(['missing', 'missing', 'missing', 'missing', 'missing']);
    await fillReset(harness, harness.codeFor(EMAIL), NEW_PASSWORD);
    await findHeading('Sign in');
    expect(await findNoticeText()).toBe('Your password has been reset. Sign in with your new password.');

    await signIn(harness.user, EMAIL, PASSWORD);
    expect(await findAlertText()).toBe('Incorrect username or password.');
    await typeInto(harness.user, 'Password', NEW_PASSWORD);
    await harness.user.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByText(`Signed in as ${EMAIL}`);
  });

  it('the checklist follows the new password as it is typed', async () => {
    const harness = await renderAuthenticator({ pool: { users } });
    await requestCode(harness);
    await findHeading('Choose a new password');
    await harness.user.type(input('New password'), 'A1');
    expect(checklist()).toEqual({
      'at least 8 characters': 'missing',
      'a lowercase letter': 'missing',
      'an uppercase letter': 'met',
      'a number': 'met',
      'a symbol, like ! or ?': 'missing',
    });
  });

  it('the email typed on sign-in comes along after a wrong password', async () => {
    const harness = await renderAuthenticator({ pool: { users } });
    await signIn(harness.user, EMAIL, 'Wrong-Passw0rd!');
    expect(await findAlertText()).toBe('Incorrect username or password.');
    await harness.user.click(screen.getByRole('button', { name: 'Forgot your password?' }));
    await findHeading('Reset your password');
    expect(input('Email').value).toBe(EMAIL);
  });

  it('unknown user: says no account was found', async () => {
    const harness = await renderAuthenticator({ pool: { users } });
    await requestCode(harness, 'nobody@example.com');
    expect(await findAlertText()).toBe('We could not find an account with those details.');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Reset your password');
    expect(input('Email').value).toBe('nobody@example.com');
  });

  it('network error when sending the code: a translated message, and a retry that works', async () => {
    const harness = await renderAuthenticator({ pool: { users } });
    harness.client.admin.failNext('resetPassword', 'NetworkError');
    await requestCode(harness);
    expect(await findAlertText()).toBe('We could not reach the server. Check your connection and try again.');
    await harness.user.click(screen.getByRole('button', { name: 'Send code' }));
    await findHeading('Choose a new password');
  });

  it('wrong code: an error, the code cleared, the passwords kept; the right code then works', async () => {
    const harness = await renderAuthenticator({ pool: { users } });
    await requestCode(harness);
    await findHeading('Choose a new password');
    const code = harness.codeFor(EMAIL);
    await fillReset(harness, otherThan(code), NEW_PASSWORD);
    expect(await findAlertText()).toBe('That code is not right. Check it and try again.');
    await waitFor(() => {
      expect(input('Code').value).toBe('');
    });
    expect(input('New password').value).toBe(NEW_PASSWORD);
    await harness.user.type(input('Code'), code);
    await harness.user.click(screen.getByRole('button', { name: 'Reset password' }));
    expect(await findNoticeText()).toBe('Your password has been reset. Sign in with your new password.');
  });

  it('expired code: after an hour it says so; a new code works', async () => {
    const harness = await renderAuthenticator({ pool: { users } });
    await requestCode(harness);
    await findHeading('Choose a new password');
    const code = harness.codeFor(EMAIL);
    harness.pool.advance(HOUR + 1);
    await fillReset(harness, code, NEW_PASSWORD);
    expect(await findAlertText()).toBe('That code has expired. Request a new one.');
    await harness.user.click(screen.getByRole('button', { name: 'Send a new code' }));
    expect(await findNoticeText()).toBe('We sent a new code.');
    await typeInto(harness.user, 'Code', harness.codeFor(EMAIL));
    await harness.user.click(screen.getByRole('button', { name: 'Reset password' }));
    expect(await findNoticeText()).toBe('Your password has been reset. Sign in with your new password.');
  });

  it('weak password and mismatched confirmation: refused before sending', async () => {
    const harness = await renderAuthenticator({ pool: { users } });
    await requestCode(harness);
    await findHeading('Choose a new password');
    const code = harness.codeFor(EMAIL);
    await fillReset(harness, code, 'weakpass');
    await waitFor(() => {
      expect(fieldError('New password')).toBe('Your password does not meet every requirement yet.');
    });
    await fillReset(harness, code, NEW_PASSWORD, `${NEW_PASSWORD}x`);
    await waitFor(() => {
      expect(fieldError('Confirm password')).toBe('The passwords do not match.');
    });
    expect(fieldError('New password')).toBeUndefined();
    expect(screen.queryByRole('alert')).toBeNull();
    // Nothing was sent: the code is still good.
    await fillReset(harness, code, NEW_PASSWORD);
    expect(await findNoticeText()).toBe('Your password has been reset. Sign in with your new password.');
  });

  it('a RESET_REQUIRED user signing in lands on forgot password with an explanation', async () => {
    const harness = await renderAuthenticator({ pool: { users: [{ username: EMAIL, password: PASSWORD, status: 'RESET_REQUIRED' }] } });
    await signIn(harness.user, EMAIL, PASSWORD);
    await findHeading('Reset your password');
    expect(await findNoticeText()).toBe('You need to reset your password before you sign in.');
    expect(input('Email').value).toBe(EMAIL);
    await harness.user.click(screen.getByRole('button', { name: 'Send code' }));
    await findHeading('Choose a new password');
    await fillReset(harness, harness.codeFor(EMAIL), NEW_PASSWORD);
    expect(await findNoticeText()).toBe('Your password has been reset. Sign in with your new password.');
    await signIn(harness.user, EMAIL, NEW_PASSWORD);
    await screen.findByText(`Signed in as ${EMAIL}`);
  });
});
