import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PASSWORD } from '../../support/constants.js';
import { renderAuthenticator, type AuthenticatorHarness, type RenderAuthenticatorOptions } from '../../support/authenticator.js';
import { findHeading, input, signIn, typeInto } from '../../support/screens.js';

const EMAIL = 'nav@example.com';

/** How a fresh Authenticator reaches one screen, and the heading it shows there. */
interface Journey {
  name: string;
  heading: string;
  options?: RenderAuthenticatorOptions;
  reach: (harness: AuthenticatorHarness) => Promise<void>;
}

const JOURNEYS: Journey[] = [
  {
    name: 'forgotPassword',
    heading: 'Reset your password',
    reach: ({ user }) => user.click(screen.getByRole('button', { name: 'Forgot your password?' })),
  },
  {
    name: 'confirmResetPassword',
    heading: 'Choose a new password',
    options: { pool: { users: [{ username: EMAIL, password: PASSWORD }] } },
    reach: async ({ user }) => {
      await user.click(screen.getByRole('button', { name: 'Forgot your password?' }));
      await findHeading('Reset your password');
      await user.type(input('Email'), EMAIL);
      await user.click(screen.getByRole('button', { name: 'Send code' }));
    },
  },
  {
    name: 'confirmSignUp',
    heading: 'Confirm your account',
    options: { pool: { users: [{ username: EMAIL, password: PASSWORD, status: 'UNCONFIRMED' }] } },
    reach: ({ user }) => signIn(user, EMAIL, PASSWORD),
  },
  {
    name: 'forceNewPassword',
    heading: 'Choose a new password',
    options: { pool: { users: [{ username: EMAIL, password: PASSWORD, status: 'FORCE_CHANGE_PASSWORD' }] } },
    reach: ({ user }) => signIn(user, EMAIL, PASSWORD),
  },
  {
    name: 'customChallenge',
    heading: 'One more step',
    options: {
      props: (client) => ({ services: { handleSignIn: (signInInput) => client.signIn({ ...signInInput, options: { authFlowType: 'CUSTOM_WITHOUT_SRP' } }) } }),
      pool: {
        customAuth: {
          createAuthChallenge: () => ({ publicChallengeParameters: { hint: 'What is 3 + 4?' }, privateChallengeParameters: { answer: '7' } }),
          verifyAuthChallengeResponse: ({ challengeAnswer }) => ({ answerCorrect: challengeAnswer === '7' }),
        },
        users: [{ username: EMAIL, password: PASSWORD }],
      },
    },
    reach: ({ user }) => signIn(user, EMAIL, PASSWORD),
  },
];

describe('every screen after the first', () => {
  it.each(JOURNEYS)('$name offers "Back to sign in", which works and keeps no signed-in session', async ({ heading, options, reach }) => {
    const harness = await renderAuthenticator(options);
    await reach(harness);
    await findHeading(heading);
    await harness.user.click(screen.getByRole('button', { name: 'Back to sign in' }));
    await findHeading('Sign in');
    expect(screen.getByRole('tab', { name: 'Sign in' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.queryByRole('alert')).toBeNull();
    await expect(harness.client.getCurrentUser()).rejects.toThrow();
  });

  it('after going back from a custom challenge, signing in starts over cleanly', async () => {
    const journey = JOURNEYS.find((j) => j.name === 'customChallenge');
    if (!journey) throw new Error('no custom challenge journey');
    const harness = await renderAuthenticator(journey.options);
    await journey.reach(harness);
    await findHeading('One more step');
    await harness.user.click(screen.getByRole('button', { name: 'Back to sign in' }));
    await findHeading('Sign in');
    await signIn(harness.user, EMAIL, PASSWORD);
    await findHeading('One more step');
  });
});

describe('focus', () => {
  it('stays where it is on first render', async () => {
    await renderAuthenticator();
    expect(document.activeElement).toBe(document.body);
  });

  it('moves to the new screen’s heading on a route change', async () => {
    const { user } = await renderAuthenticator({ pool: { users: [{ username: EMAIL, password: PASSWORD }] } });
    await user.click(screen.getByRole('button', { name: 'Forgot your password?' }));
    const forgot = await findHeading('Reset your password');
    await waitFor(() => {
      expect(document.activeElement).toBe(forgot);
    });
    await typeInto(user, 'Email', EMAIL);
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    const confirm = await findHeading('Choose a new password');
    await waitFor(() => {
      expect(document.activeElement).toBe(confirm);
    });
    await user.click(screen.getByRole('button', { name: 'Back to sign in' }));
    const signInHeading = await findHeading('Sign in');
    await waitFor(() => {
      expect(document.activeElement).toBe(signInHeading);
    });
  });

  it('switching tabs with the arrow keys leaves the focus on the tab (APG tabs), not on the heading', async () => {
    const { user } = await renderAuthenticator();
    screen.getByRole('tab', { name: 'Sign in' }).focus();
    await user.keyboard('{ArrowRight}');
    await findHeading('Create an account');
    const signUpTab = screen.getByRole('tab', { name: 'Create account' });
    expect(signUpTab.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(signUpTab);
    await user.keyboard('{ArrowLeft}');
    await findHeading('Sign in');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Sign in' }));
  });

  it('an error keeps the focus in the form (on the field it is about), not on the heading', async () => {
    const { user } = await renderAuthenticator();
    await signIn(user, 'nobody@example.com', PASSWORD);
    await screen.findByRole('alert');
    await waitFor(() => {
      expect(document.activeElement).toBe(input('Email'));
    });
  });
});
