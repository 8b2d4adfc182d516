import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SignInInput, SignInOutput } from '../../../src/index.js';
import type { LocalAuthClient } from '../../../src/local.js';
import { PASSWORD } from '../../support/constants.js';
import { renderAuthenticator } from '../../support/authenticator.js';
import { fieldError, findAlertText, input, signIn, typeInto } from '../../support/screens.js';

const EMAIL = 'ada@example.com';
const signedInAs = (name: string) => screen.findByText(`Signed in as ${name}`);

/** `services.handleSignIn` that counts the requests the Authenticator sends. */
function countingSignIn() {
  const calls: SignInInput[] = [];
  return {
    calls,
    services: (client: LocalAuthClient) => ({
      services: {
        handleSignIn: (signInInput: SignInInput): Promise<SignInOutput> => {
          calls.push(signInInput);
          return client.signIn(signInInput);
        },
      },
    }),
  };
}

describe('sign-in', () => {
  it('signs in with an email and shows the signed-in view', async () => {
    const { user, client } = await renderAuthenticator({ pool: { users: [{ username: EMAIL, password: PASSWORD }] } });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Sign in');
    expect(input('Email').getAttribute('autocomplete')).toBe('username');
    expect(input('Password').getAttribute('autocomplete')).toBe('current-password');
    await signIn(user, EMAIL, PASSWORD);
    await signedInAs(EMAIL);
    expect((await client.getCurrentUser()).signInDetails?.loginId).toBe(EMAIL);
  });

  it('signs in with a username', async () => {
    const { user } = await renderAuthenticator({
      pool: { loginWith: { username: true }, users: [{ username: 'ada', password: PASSWORD, attributes: { email: EMAIL } }] },
    });
    expect(screen.queryByLabelText('Email')).toBeNull();
    await signIn(user, 'ada', PASSWORD, 'Username');
    await signedInAs('ada');
  });

  it('signs in with a phone number: a country-code select and the national number, sent as E.164', async () => {
    const { user } = await renderAuthenticator({
      pool: { loginWith: { phone: true }, users: [{ username: '+447700900123', password: PASSWORD }] },
    });
    const dialCode = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Country code' });
    expect(dialCode.value).toBe('+1');
    // Every country's code arrives once the field shows.
    await user.selectOptions(dialCode, await screen.findByRole('option', { name: 'United Kingdom +44' }));
    await user.type(input('Phone number'), '7700900123');
    await user.type(input('Password'), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await signedInAs('+447700900123');
  });

  it('wrong password: says so and keeps what was typed', async () => {
    const { user, client } = await renderAuthenticator({ pool: { users: [{ username: EMAIL, password: PASSWORD }] } });
    await signIn(user, EMAIL, 'Wrong-Passw0rd!');
    expect(await findAlertText()).toBe('Incorrect username or password.');
    expect(input('Email').value).toBe(EMAIL);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Sign in');
    await expect(client.getCurrentUser()).rejects.toThrow();
    // The next try starts without the last error.
    await typeInto(user, 'Password', PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await signedInAs(EMAIL);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('unknown user: says no account was found, on the alert and on the field', async () => {
    const { user } = await renderAuthenticator();
    await signIn(user, 'nobody@example.com', PASSWORD);
    expect(await findAlertText()).toBe('We could not find an account with those details.');
    await waitFor(() => {
      expect(fieldError('Email')).toBe('We could not find an account with those details.');
    });
    expect(input('Email').getAttribute('aria-invalid')).toBe('true');
    expect(input('Email').value).toBe('nobody@example.com');
  });

  it('locked account: too many wrong passwords lock it, and even the right one is refused', async () => {
    const counter = countingSignIn();
    const { user } = await renderAuthenticator({ pool: { lockout: { maxAttempts: 2 }, users: [{ username: EMAIL, password: PASSWORD }] }, props: counter.services });
    for (const [attempt, password] of ['Wrong-1!aA', 'Wrong-2!aA', PASSWORD].entries()) {
      await signIn(user, EMAIL, password);
      await waitFor(() => {
        expect(counter.calls).toHaveLength(attempt + 1);
        expect(screen.queryByRole('alert')?.textContent).toBe(attempt < 2 ? 'Incorrect username or password.' : 'Too many attempts. Wait a few minutes and try again.');
      });
    }
    expect(screen.queryByText(`Signed in as ${EMAIL}`)).toBeNull();
  });

  it('disabled account: says it is disabled', async () => {
    const { user } = await renderAuthenticator({ pool: { users: [{ username: EMAIL, password: PASSWORD, enabled: false }] } });
    await signIn(user, EMAIL, PASSWORD);
    expect(await findAlertText()).toBe('This account is disabled. Contact support.');
  });

  it('network error: a translated message, the input kept, and a retry that works', async () => {
    const { user, client } = await renderAuthenticator({ pool: { users: [{ username: EMAIL, password: PASSWORD }] } });
    client.admin.failNext('signIn', 'NetworkError');
    await signIn(user, EMAIL, PASSWORD);
    expect(await findAlertText()).toBe('We could not reach the server. Check your connection and try again.');
    expect(input('Email').value).toBe(EMAIL);
    expect(input('Password').value).toBe(PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await signedInAs(EMAIL);
  });

  it('throttled: says to wait', async () => {
    const { user, client } = await renderAuthenticator({ pool: { users: [{ username: EMAIL, password: PASSWORD }] } });
    client.admin.failNext('signIn', 'TooManyRequestsException');
    await signIn(user, EMAIL, PASSWORD);
    expect(await findAlertText()).toBe('Too many attempts. Wait a few minutes and try again.');
  });

  it('a double click sends one request', async () => {
    const counter = countingSignIn();
    const { user } = await renderAuthenticator({
      pool: { network: { latencyMs: 50 }, users: [{ username: EMAIL, password: PASSWORD }] },
      props: counter.services,
    });
    await user.type(input('Email'), EMAIL);
    await user.type(input('Password'), PASSWORD);
    await user.dblClick(screen.getByRole('button', { name: 'Sign in' }));
    await signedInAs(EMAIL);
    expect(counter.calls).toEqual([{ username: EMAIL, password: PASSWORD }]);
  });

  it('while the request runs, the submit button is disabled, busy and says so', async () => {
    const { user } = await renderAuthenticator({ pool: { network: { latencyMs: 50 }, users: [{ username: EMAIL, password: PASSWORD }] } });
    await user.type(input('Email'), EMAIL);
    await user.type(input('Password'), PASSWORD);
    const button = screen.getByRole('button', { name: 'Sign in' });
    await user.click(button);
    await waitFor(() => {
      expect(button.getAttribute('aria-busy')).toBe('true');
    });
    expect(button.hasAttribute('disabled')).toBe(true);
    expect(button.textContent).toBe('Signing in…');
    // The way to another screen stays open: a request that never answers must not hold the user.
    expect(screen.getByRole('button', { name: 'Forgot your password?' }).hasAttribute('disabled')).toBe(false);
    await signedInAs(EMAIL);
  });

  it('validates before sending: required fields, then the email format', async () => {
    const counter = countingSignIn();
    const { user } = await renderAuthenticator({ props: counter.services });
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => {
      expect(fieldError('Email')).toBe('This field is required.');
    });
    expect(fieldError('Password')).toBe('This field is required.');
    expect(input('Email').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(input('Email'));

    await user.type(input('Email'), 'ada@');
    await user.type(input('Password'), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => {
      expect(fieldError('Email')).toBe('Enter an email address like name@example.com.');
    });
    expect(fieldError('Password')).toBeUndefined();
    expect(counter.calls).toEqual([]);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
