import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AuthClient, SignUpInput, SignUpOutput } from '../../../src/index.js';
import type { LocalAuthClient } from '../../../src/local.js';
import { HOUR } from '../../support/local-pool.js';
import { PASSWORD } from '../../support/constants.js';
import { renderAuthenticator, type AuthenticatorHarness } from '../../support/authenticator.js';
import { checklist, fieldError, findAlertText, findHeading, findNoticeText, input, signIn, typeInto } from '../../support/screens.js';

const EMAIL = 'grace@example.com';

async function openSignUp({ user }: AuthenticatorHarness): Promise<void> {
  await user.click(screen.getByRole('tab', { name: 'Create account' }));
  await findHeading('Create an account');
}

async function fillSignUp({ user }: AuthenticatorHarness, email: string, password: string, confirmation = password): Promise<void> {
  await typeInto(user, 'Email', email);
  await typeInto(user, 'New password', password);
  await typeInto(user, 'Confirm password', confirmation);
}

function submitSignUp({ user }: AuthenticatorHarness): Promise<void> {
  return user.click(screen.getByRole('button', { name: 'Create account' }));
}

/** A client that hides its password policy, so a weak password reaches the service, as with a backend that does not publish it. */
function withoutPublishedPolicy(client: LocalAuthClient): AuthClient {
  const hidden: AuthClient = Object.create(client) as AuthClient;
  hidden.getBackendConfig = () => {
    const config = { ...client.getBackendConfig() };
    delete config.passwordPolicy;
    return config;
  };
  return hidden;
}

describe('sign-up', () => {
  it('is a tab beside sign-in', async () => {
    const harness = await renderAuthenticator();
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((tab) => [tab.textContent, tab.getAttribute('aria-selected')])).toEqual([
      ['Sign in', 'true'],
      ['Create account', 'false'],
    ]);
    expect(screen.getByRole('tablist').getAttribute('aria-label')).toBe('Sign in or create an account');
    await openSignUp(harness);
    expect(screen.getByRole('tab', { name: 'Create account' }).getAttribute('aria-selected')).toBe('true');
    expect(input('New password').getAttribute('autocomplete')).toBe('new-password');
  });

  it('hideSignUp removes the tab', async () => {
    await renderAuthenticator({ props: { hideSignUp: true } });
    expect(screen.queryByRole('tablist')).toBeNull();
    expect(screen.queryByRole('tab', { name: 'Create account' })).toBeNull();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Sign in');
  });

  it('signs up, confirms with the code from the outbox, and is signed in automatically', async () => {
    const harness = await renderAuthenticator();
    await openSignUp(harness);
    await fillSignUp(harness, EMAIL, PASSWORD);
    await submitSignUp(harness);
    await findHeading('Confirm your account');
    screen.getByText('We emailed a code to g***@e***.');
    const codeInput = input('Code');
    expect(codeInput.getAttribute('autocomplete')).toBe('one-time-code');
    expect(codeInput.getAttribute('inputmode')).toBe('numeric');
    await harness.user.type(codeInput, harness.codeFor(EMAIL));
    await harness.user.click(screen.getByRole('button', { name: 'Confirm' }));
    await screen.findByText(`Signed in as ${EMAIL}`);
    expect((await harness.client.admin.getUser(EMAIL))?.status).toBe('CONFIRMED');
    expect(harness.events.map((event) => (event.type === 'signedIn' ? [event.type, event.method] : [event.type]))).toEqual([['signedIn', 'signUp']]);
  });

  it('resends the code: a new message, a notice, and the new code works', async () => {
    const harness = await renderAuthenticator();
    await openSignUp(harness);
    await fillSignUp(harness, EMAIL, PASSWORD);
    await submitSignUp(harness);
    await findHeading('Confirm your account');
    const first = harness.codeFor(EMAIL);
    await harness.user.click(screen.getByRole('button', { name: 'Send a new code' }));
    expect(await findNoticeText()).toBe('We sent a new code.');
    expect(harness.pool.messagesTo(EMAIL)).toHaveLength(2);
    const second = harness.codeFor(EMAIL);
    expect(second).not.toBe(first);
    await harness.user.type(input('Code'), second);
    await harness.user.click(screen.getByRole('button', { name: 'Confirm' }));
    await screen.findByText(`Signed in as ${EMAIL}`);
  });

  it('wrong code: an error, the code field cleared and focused; the right code then works', async () => {
    const harness = await renderAuthenticator();
    await openSignUp(harness);
    await fillSignUp(harness, EMAIL, PASSWORD);
    await submitSignUp(harness);
    await findHeading('Confirm your account');
    const code = harness.codeFor(EMAIL);
    const wrong = code === '000000' ? '111111' : '000000';
    await harness.user.type(input('Code'), wrong);
    await harness.user.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(await findAlertText()).toBe('That code is not right. Check it and try again.');
    await waitFor(() => {
      expect(input('Code').value).toBe('');
    });
    expect(document.activeElement).toBe(input('Code'));
    await harness.user.type(input('Code'), code);
    await harness.user.click(screen.getByRole('button', { name: 'Confirm' }));
    await screen.findByText(`Signed in as ${EMAIL}`);
  });

  it('expired code: after 24 hours it says so, and a new code works', async () => {
    const harness = await renderAuthenticator();
    await openSignUp(harness);
    await fillSignUp(harness, EMAIL, PASSWORD);
    await submitSignUp(harness);
    await findHeading('Confirm your account');
    const code = harness.codeFor(EMAIL);
    harness.pool.advance(24 * HOUR + 1);
    await harness.user.type(input('Code'), code);
    await harness.user.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(await findAlertText()).toBe('That code has expired. Request a new one.');
    await harness.user.click(screen.getByRole('button', { name: 'Send a new code' }));
    expect(await findNoticeText()).toBe('We sent a new code.');
    await harness.user.type(input('Code'), harness.codeFor(EMAIL));
    await harness.user.click(screen.getByRole('button', { name: 'Confirm' }));
    await screen.findByText(`Signed in as ${EMAIL}`);
  });

  it('existing user: says so on the form, which keeps the input', async () => {
    const harness = await renderAuthenticator({ pool: { users: [{ username: EMAIL, password: PASSWORD }] } });
    await openSignUp(harness);
    await fillSignUp(harness, EMAIL, PASSWORD);
    await submitSignUp(harness);
    expect(await findAlertText()).toBe('An account with these details already exists. Try signing in instead.');
    expect(input('Email').value).toBe(EMAIL);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Create an account');
  });

  it('the password checklist shows which rules are met as the user types', async () => {
    const harness = await renderAuthenticator();
    await openSignUp(harness);
    expect(checklist()).toEqual({
      'at least 8 characters': 'missing',
      'a lowercase letter': 'missing',
      'an uppercase letter': 'missing',
      'a number': 'missing',
      'a symbol, like ! or ?': 'missing',
    });
    await harness.user.type(input('New password'), 'abc');
    expect(checklist()).toEqual({
      'at least 8 characters': 'missing',
      'a lowercase letter': 'met',
      'an uppercase letter': 'missing',
      'a number': 'missing',
      'a symbol, like ! or ?': 'missing',
    });
    await harness.user.type(input('New password'), 'D3fgh!');
    expect(Object.values(checklist())).toEqual(['met', 'met', 'met', 'met', 'met']);
  });

  it('weak password: refused before sending, with the unmet rule still unticked', async () => {
    const calls: SignUpInput[] = [];
    const harness = await renderAuthenticator({
      props: (client) => ({
        services: {
          handleSignUp: (signUpInput): Promise<SignUpOutput> => {
            calls.push(signUpInput);
            return client.signUp(signUpInput);
          },
        },
      }),
    });
    await openSignUp(harness);
    await fillSignUp(harness, EMAIL, 'password');
    await submitSignUp(harness);
    await waitFor(() => {
      expect(fieldError('New password')).toBe('Your password does not meet every requirement yet.');
    });
    expect(checklist()['an uppercase letter']).toBe('missing');
    expect(calls).toEqual([]);
  });

  it('weak password the service refuses (InvalidPasswordException): the rule it broke, on the form and the field', async () => {
    const harness = await renderAuthenticator({ clientFor: withoutPublishedPolicy });
    await openSignUp(harness);
    await fillSignUp(harness, EMAIL, 'Passwordless!');
    await submitSignUp(harness);
    expect(await findAlertText()).toBe('Choose a stronger password. Password requirements: a number.');
    await waitFor(() => {
      expect(fieldError('New password')).toBe('Choose a stronger password. Password requirements: a number.');
    });
    expect(await harness.client.admin.getUser(EMAIL)).toBeUndefined();
  });

  it('mismatched confirmation: refused before sending, on the confirmation field', async () => {
    const harness = await renderAuthenticator();
    await openSignUp(harness);
    await fillSignUp(harness, EMAIL, PASSWORD, `${PASSWORD}x`);
    await submitSignUp(harness);
    await waitFor(() => {
      expect(fieldError('Confirm password')).toBe('The passwords do not match.');
    });
    expect(fieldError('New password')).toBeUndefined();
    expect(await harness.client.admin.getUser(EMAIL)).toBeUndefined();
  });

  it('network error on sign-up: a translated message and the input kept', async () => {
    const harness = await renderAuthenticator();
    await openSignUp(harness);
    await fillSignUp(harness, EMAIL, PASSWORD);
    harness.client.admin.failNext('signUp', 'NetworkError');
    await submitSignUp(harness);
    expect(await findAlertText()).toBe('We could not reach the server. Check your connection and try again.');
    expect(input('Email').value).toBe(EMAIL);
  });

  it('throttled on confirm: says to wait, and the code can be entered again', async () => {
    const harness = await renderAuthenticator();
    await openSignUp(harness);
    await fillSignUp(harness, EMAIL, PASSWORD);
    await submitSignUp(harness);
    await findHeading('Confirm your account');
    harness.client.admin.failNext('confirmSignUp', 'LimitExceededException');
    await harness.user.type(input('Code'), harness.codeFor(EMAIL));
    await harness.user.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(await findAlertText()).toBe('Too many attempts. Wait a few minutes and try again.');
    await harness.user.click(screen.getByRole('button', { name: 'Confirm' }));
    await screen.findByText(`Signed in as ${EMAIL}`);
  });

  it('services.handleResendSignUpCode: every new sign-up code goes through it, on sign-in to an unconfirmed account and on "Send a new code"', async () => {
    const asked: string[] = [];
    const harness = await renderAuthenticator({
      pool: { users: [{ username: EMAIL, password: PASSWORD, status: 'UNCONFIRMED' }] },
      props: (client) => ({
        services: {
          handleResendSignUpCode: (input) => {
            asked.push(input.username);
            return client.resendSignUpCode(input);
          },
        },
      }),
    });
    await signIn(harness.user, EMAIL, PASSWORD);
    await findHeading('Confirm your account');
    expect(asked).toEqual([EMAIL]);
    await harness.user.click(screen.getByRole('button', { name: 'Send a new code' }));
    await waitFor(() => {
      expect(asked).toEqual([EMAIL, EMAIL]);
    });
  });

  it('services.validateCustomSignUp: its error shows on that field and nothing is sent', async () => {
    const harness = await renderAuthenticator({
      props: {
        services: {
          validateCustomSignUp: (values) => (values.username?.endsWith('@blocked.example') ? { username: 'Use your work email.' } : undefined),
        },
      },
    });
    await openSignUp(harness);
    await fillSignUp(harness, 'grace@blocked.example', PASSWORD);
    await submitSignUp(harness);
    await waitFor(() => {
      expect(fieldError('Email')).toBe('Use your work email.');
    });
    expect(harness.pool.messagesTo('grace@blocked.example')).toEqual([]);
    expect(await harness.client.admin.listUsers()).toEqual([]);
  });

  it('asks for the pool’s required attributes and for signUpAttributes, and sends them', async () => {
    const harness = await renderAuthenticator({
      pool: { attributes: { given_name: { required: true } } },
      props: { signUpAttributes: ['given_name', 'family_name'] },
    });
    await openSignUp(harness);
    expect(input('First name').getAttribute('aria-required')).toBe('true');
    expect(input('First name').getAttribute('autocomplete')).toBe('given-name');
    expect(input('Last name').getAttribute('aria-required')).toBeNull();
    await fillSignUp(harness, EMAIL, PASSWORD);
    await submitSignUp(harness);
    await waitFor(() => {
      expect(fieldError('First name')).toBe('This field is required.');
    });
    await harness.user.type(input('First name'), 'Grace');
    await harness.user.type(input('Last name'), 'Hopper');
    await submitSignUp(harness);
    await findHeading('Confirm your account');
    expect((await harness.client.admin.getUser(EMAIL))?.attributes).toMatchObject({ email: EMAIL, given_name: 'Grace', family_name: 'Hopper' });
  });

  it('formFields: label, placeholder, order, isRequired, defaultValue, and a custom attribute that reaches the pool', async () => {
    const harness = await renderAuthenticator({
      pool: { attributes: { 'custom:plan': { dataType: 'String' } } },
      props: {
        formFields: {
          signUp: {
            username: { label: 'Work email', placeholder: 'you@company.example', order: 2 },
            'custom:plan': { label: 'Plan', order: 1, isRequired: true, defaultValue: 'team' },
          },
        },
      },
    });
    await openSignUp(harness);
    const labels = [...document.querySelectorAll('form label')].map((label) => label.textContent);
    expect(labels).toEqual(['Plan', 'Work email', 'New password', 'Confirm password']);
    expect(input('Work email').getAttribute('placeholder')).toBe('you@company.example');
    expect(input('Plan').value).toBe('team');
    expect(input('Plan').getAttribute('aria-required')).toBe('true');
    await harness.user.clear(input('Plan'));
    await typeInto(harness.user, 'Work email', EMAIL);
    await typeInto(harness.user, 'New password', PASSWORD);
    await typeInto(harness.user, 'Confirm password', PASSWORD);
    await submitSignUp(harness);
    await waitFor(() => {
      expect(fieldError('Plan')).toBe('This field is required.');
    });
    await harness.user.type(input('Plan'), 'enterprise');
    await submitSignUp(harness);
    await findHeading('Confirm your account');
    expect((await harness.client.admin.getUser(EMAIL))?.attributes).toMatchObject({ email: EMAIL, 'custom:plan': 'enterprise' });
  });
});
