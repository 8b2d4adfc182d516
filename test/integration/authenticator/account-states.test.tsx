import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NEW_PASSWORD, PASSWORD } from '../../support/constants.js';
import { renderAuthenticator } from '../../support/authenticator.js';
import { fieldError, findAlertText, findHeading, findNoticeText, input, signIn, typeInto } from '../../support/screens.js';

const EMAIL = 'una@example.com';
const TEMPORARY_PASSWORD = 'TempPassw0rd!';

describe('an unconfirmed user signing in', () => {
  it('goes to confirm sign-up with a fresh code, confirms, and is signed in with the password already typed', async () => {
    const { user, pool, codeFor, events } = await renderAuthenticator({ pool: { users: [{ username: EMAIL, password: PASSWORD, status: 'UNCONFIRMED' }] } });
    expect(pool.messagesTo(EMAIL)).toEqual([]);
    await signIn(user, EMAIL, PASSWORD);
    await findHeading('Confirm your account');
    expect(pool.messagesTo(EMAIL)).toHaveLength(1);
    screen.getByText('We emailed a code to u***@e***.');
    await user.type(input('Code'), codeFor(EMAIL));
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    await screen.findByText(`Signed in as ${EMAIL}`);
    expect((await pool.client.admin.getUser(EMAIL))?.status).toBe('CONFIRMED');
    expect(events.map((event) => (event.type === 'signedIn' ? event.method : event.type))).toEqual(['password']);
  });

  it('a wrong code on that screen is an error, and the resend still works', async () => {
    const { user, codeFor } = await renderAuthenticator({ pool: { users: [{ username: EMAIL, password: PASSWORD, status: 'UNCONFIRMED' }] } });
    await signIn(user, EMAIL, PASSWORD);
    await findHeading('Confirm your account');
    const code = codeFor(EMAIL);
    await user.type(input('Code'), code === '000000' ? '111111' : '000000');
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(await findAlertText()).toBe('That code is not right. Check it and try again.');
    await user.click(screen.getByRole('button', { name: 'Send a new code' }));
    expect(await findNoticeText()).toBe('We sent a new code.');
    await user.type(input('Code'), codeFor(EMAIL));
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    await screen.findByText(`Signed in as ${EMAIL}`);
  });
});

describe('force new password', () => {
  it('asks for a new password and the missing required attribute, then signs in', async () => {
    const { user, client } = await renderAuthenticator({
      pool: { attributes: { given_name: { required: true } }, users: [{ username: EMAIL, password: TEMPORARY_PASSWORD, status: 'FORCE_CHANGE_PASSWORD' }] },
    });
    await signIn(user, EMAIL, TEMPORARY_PASSWORD);
    await findHeading('Choose a new password');
    screen.getByText('Your account needs a new password before you continue.');
    expect(input('First name').getAttribute('aria-required')).toBe('true');
    screen.getByText('Password requirements');

    await user.type(input('New password'), NEW_PASSWORD);
    await user.type(input('Confirm password'), `${NEW_PASSWORD}x`);
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    await waitFor(() => {
      expect(fieldError('Confirm password')).toBe('The passwords do not match.');
    });
    expect(fieldError('First name')).toBe('This field is required.');

    await typeInto(user, 'Confirm password', NEW_PASSWORD);
    await user.type(input('First name'), 'Una');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    await screen.findByText(`Signed in as ${EMAIL}`);
    const stored = await client.admin.getUser(EMAIL);
    expect(stored?.status).toBe('CONFIRMED');
    expect(stored?.attributes.given_name).toBe('Una');
  });

  it('a weak new password is refused before sending', async () => {
    const { user, client } = await renderAuthenticator({ pool: { users: [{ username: EMAIL, password: TEMPORARY_PASSWORD, status: 'FORCE_CHANGE_PASSWORD' }] } });
    await signIn(user, EMAIL, TEMPORARY_PASSWORD);
    await findHeading('Choose a new password');
    await user.type(input('New password'), 'short');
    await user.type(input('Confirm password'), 'short');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    await waitFor(() => {
      expect(fieldError('New password')).toBe('Your password does not meet every requirement yet.');
    });
    expect((await client.admin.getUser(EMAIL))?.status).toBe('FORCE_CHANGE_PASSWORD');
  });
});

describe('custom challenge', () => {
  const customAuth = {
    createAuthChallenge: () => ({ publicChallengeParameters: { hint: 'What is 3 + 4?' }, privateChallengeParameters: { answer: '7' } }),
    verifyAuthChallengeResponse: ({ challengeAnswer, privateChallengeParameters }: { challengeAnswer: string; privateChallengeParameters: Record<string, string> }) => ({
      answerCorrect: challengeAnswer === privateChallengeParameters.answer,
    }),
  };

  async function renderCustom() {
    const answers: string[] = [];
    const harness = await renderAuthenticator({
      pool: { customAuth, users: [{ username: EMAIL, password: PASSWORD }] },
      props: (client) => ({
        services: {
          handleSignIn: (signInInput) => client.signIn({ ...signInInput, options: { ...signInInput.options, authFlowType: 'CUSTOM_WITHOUT_SRP' } }),
          handleConfirmSignIn: async (confirmInput) => {
            try {
              return await client.confirmSignIn(confirmInput);
            } finally {
              answers.push(confirmInput.challengeResponse);
            }
          },
        },
      }),
    });
    return { ...harness, answers };
  }

  it('shows the hint; a wrong answer is an error; the right one signs in', async () => {
    const { user, events } = await renderCustom();
    await signIn(user, EMAIL, PASSWORD);
    await findHeading('One more step');
    screen.getByText('What is 3 + 4?');
    await user.type(input('Answer'), '8');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await findAlertText()).toBe('That answer is not right. Try again.');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('One more step');
    await typeInto(user, 'Answer', '7');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByText(`Signed in as ${EMAIL}`);
    expect(events.map((event) => (event.type === 'signedIn' ? event.method : event.type))).toEqual(['customChallenge']);
  });

  it('three wrong answers end the sign-in: back to sign-in with an error', async () => {
    const { user, answers } = await renderCustom();
    await signIn(user, EMAIL, PASSWORD);
    await findHeading('One more step');
    for (const answer of ['1', '2', '3']) {
      await typeInto(user, 'Answer', answer);
      await user.click(screen.getByRole('button', { name: 'Continue' }));
      await waitFor(() => {
        expect(answers.at(-1)).toBe(answer);
        // Settled: the button is enabled again (or gone, once the sign-in has ended).
        expect(screen.queryByRole('button', { name: 'Continue' })?.hasAttribute('disabled') ?? false).toBe(false);
      });
    }
    await findHeading('Sign in');
    expect(await findAlertText()).toBe('Too many wrong attempts. Please sign in again.');
  });
});

describe('verify user', () => {
  const unverified = { username: EMAIL, password: PASSWORD, attributes: { email_verified: 'false' } };

  it('offers the unverified contact, sends a code, verifies it, and signs in', async () => {
    const { user, client, codeFor } = await renderAuthenticator({ pool: { users: [unverified] } });
    await signIn(user, EMAIL, PASSWORD);
    await findHeading('Verify your contact details');
    const email = screen.getByRole('radio', { name: 'Email' });
    expect((email as HTMLInputElement).checked).toBe(true);
    screen.getByRole('radiogroup', { name: 'Where should we send a code?' });
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    await findHeading('Enter your verification code');
    screen.getByText('We emailed a code to u***@e***.');
    const code = codeFor(EMAIL);
    await user.type(input('Code'), code === '000000' ? '111111' : '000000');
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    expect(await findAlertText()).toBe('That code is not right. Check it and try again.');
    await user.type(input('Code'), code);
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    await screen.findByText(`Signed in as ${EMAIL}`);
    expect((await client.admin.getUser(EMAIL))?.attributes.email_verified).toBe('true');
  });

  it('Skip on either screen goes on to the app without verifying', async () => {
    const first = await renderAuthenticator({ pool: { users: [unverified] } });
    await signIn(first.user, EMAIL, PASSWORD);
    await findHeading('Verify your contact details');
    await first.user.click(screen.getByRole('button', { name: 'Skip' }));
    await screen.findByText(`Signed in as ${EMAIL}`);
    expect((await first.client.admin.getUser(EMAIL))?.attributes.email_verified).toBe('false');
    first.result.unmount();

    const second = await renderAuthenticator({ pool: { users: [unverified] } });
    await signIn(second.user, EMAIL, PASSWORD);
    await findHeading('Verify your contact details');
    await second.user.click(screen.getByRole('button', { name: 'Send code' }));
    await findHeading('Enter your verification code');
    await second.user.click(screen.getByRole('button', { name: 'Skip' }));
    await screen.findByText(`Signed in as ${EMAIL}`);
  });
});
