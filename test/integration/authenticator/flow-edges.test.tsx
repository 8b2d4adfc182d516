import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CustomAuthTriggers } from '../../../src/local.js';
import { useAuthenticator } from '../../../src/index.js';
import { PASSWORD } from '../../support/constants.js';
import { renderAuthenticator } from '../../support/authenticator.js';
import { findHeading, input, signIn } from '../../support/screens.js';

const EMAIL = 'ada@example.com';

/** Two questions in a row: the second only after the first was answered right. */
const quiz: CustomAuthTriggers = {
  defineAuthChallenge: ({ session }) => ({ issueTokens: session.filter((r) => r.challengeResult).length === 2, failAuthentication: session.some((r) => !r.challengeResult) }),
  createAuthChallenge: ({ session }) =>
    session.length === 0
      ? { publicChallengeParameters: { hint: 'Capital of France?' }, privateChallengeParameters: { answer: 'Paris' } }
      : { publicChallengeParameters: { hint: 'Capital of Japan?' }, privateChallengeParameters: { answer: 'Tokyo' } },
  verifyAuthChallengeResponse: ({ privateChallengeParameters, challengeAnswer }) => ({ answerCorrect: challengeAnswer === privateChallengeParameters.answer }),
};

describe('a new step of the same kind is a new screen', () => {
  it('the second question comes with an empty answer field and the focus on its heading', async () => {
    const { user } = await renderAuthenticator({
      pool: { customAuth: quiz, users: [{ username: EMAIL, password: PASSWORD }] },
      props: (client) => ({
        services: { handleSignIn: (signInInput) => client.signIn({ ...signInInput, options: { ...signInInput.options, authFlowType: 'CUSTOM_WITHOUT_SRP' } }) },
      }),
    });
    await signIn(user, EMAIL, PASSWORD);
    await findHeading('One more step');
    await user.type(input('Answer'), 'Paris');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByText('Capital of Japan?');
    expect(input('Answer').value).toBe('');
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2 }));
  });
});

/** An app-provided button that signs out from anywhere, as a header might. */
function SignOutButton() {
  const { signOut } = useAuthenticator();
  return (
    <button type="button" onClick={signOut}>
      Leave
    </button>
  );
}

describe('signing out during the account steps', () => {
  it('returns to sign-in from verify-user, where the user already has a session', async () => {
    const { user, events } = await renderAuthenticator({
      pool: { users: [{ username: EMAIL, password: PASSWORD, attributes: { email_verified: 'false' } }] },
      props: { components: { Header: SignOutButton } },
    });
    await signIn(user, EMAIL, PASSWORD);
    await findHeading('Verify your contact details');
    await user.click(screen.getByRole('button', { name: 'Leave' }));
    await findHeading('Sign in');
    await waitFor(() => {
      expect(events.at(-1)).toEqual({ type: 'signedOut', reason: 'signOut' });
    });
  });
});
