import { describe, expect, it } from 'vitest';
import type { CustomAuthEvent, CustomAuthTriggers } from '../../../src/client/local/index.js';
import { createTestPool, expectNoSecretsInStorage, failure, MINUTE, PASSWORD } from '../../support/local-pool.js';

const EMAIL = 'ana@example.com';
const HINT = { hint: 'What is the secret word?' };

/** A "secret word" challenge, as Cognito's three Lambda triggers would define it; remembers what it was called with. */
function secretWord(): { triggers: CustomAuthTriggers; created: CustomAuthEvent[] } {
  const created: CustomAuthEvent[] = [];
  return {
    created,
    triggers: {
      createAuthChallenge: (event) => {
        created.push(event);
        return { publicChallengeParameters: HINT, privateChallengeParameters: { answer: 'swordfish' }, challengeMetadata: 'SECRET_WORD' };
      },
      verifyAuthChallengeResponse: (event) => ({ answerCorrect: event.challengeAnswer === event.privateChallengeParameters.answer }),
    },
  };
}

async function customPool() {
  const word = secretWord();
  const pool = createTestPool({ customAuth: word.triggers });
  await pool.seedUser({ username: EMAIL, password: PASSWORD, attributes: { name: 'Ana' } });
  return { pool, created: word.created };
}

describe('custom challenge', () => {
  it('CUSTOM_WITHOUT_SRP: shows the public hint, a wrong answer asks again, the right one signs in', async () => {
    const { pool: p, created } = await customPool();
    const challenge = await p.client.signIn({ username: EMAIL, options: { authFlowType: 'CUSTOM_WITHOUT_SRP', clientMetadata: { locale: 'fr' } } });
    expect(challenge).toEqual({ isSignedIn: false, nextStep: { signInStep: 'CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE', additionalInfo: HINT } });
    expect(created[0]).toMatchObject({ session: [], clientMetadata: { locale: 'fr' }, userAttributes: { email: EMAIL, name: 'Ana' } });
    expect(JSON.stringify(p.signInStorage.contents())).not.toContain('swordfish');

    expect(await p.client.confirmSignIn({ challengeResponse: 'marlin' })).toEqual(challenge);
    expect(created[1]?.session).toEqual([{ challengeName: 'CUSTOM_CHALLENGE', challengeResult: false, challengeMetadata: 'SECRET_WORD' }]);
    expect(await p.client.confirmSignIn({ challengeResponse: 'swordfish' })).toEqual({ isSignedIn: true, nextStep: { signInStep: 'DONE' } });
    expect((await p.client.getCurrentUser()).signInDetails).toEqual({ loginId: EMAIL, authFlowType: 'CUSTOM_WITHOUT_SRP' });
    expectNoSecretsInStorage(p);
  });

  it('CUSTOM_WITH_SRP: checks the password first, then the custom challenge', async () => {
    const { pool: p, created } = await customPool();
    expect(await failure(p.client.signIn({ username: EMAIL, password: 'Wrong-Pass-1', options: { authFlowType: 'CUSTOM_WITH_SRP' } }))).toEqual({
      name: 'NotAuthorizedException',
      message: 'Incorrect username or password.',
    });
    expect(created).toEqual([]);
    const challenge = await p.client.signIn({ username: EMAIL, password: PASSWORD, options: { authFlowType: 'CUSTOM_WITH_SRP' } });
    expect(challenge.nextStep).toEqual({ signInStep: 'CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE', additionalInfo: HINT });
    expect(created[0]?.session).toEqual([{ challengeName: 'PASSWORD_VERIFIER', challengeResult: true }]);
    expect((await p.client.confirmSignIn({ challengeResponse: 'swordfish' })).nextStep.signInStep).toBe('DONE');
    expectNoSecretsInStorage(p);
  });

  it('fails the sign-in after three wrong answers: NotAuthorizedException, and a restart is needed', async () => {
    const { pool: p } = await customPool();
    await p.client.signIn({ username: EMAIL, options: { authFlowType: 'CUSTOM_WITHOUT_SRP' } });
    expect((await p.client.confirmSignIn({ challengeResponse: 'one' })).nextStep.signInStep).toBe('CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE');
    expect((await p.client.confirmSignIn({ challengeResponse: 'two' })).nextStep.signInStep).toBe('CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE');
    expect(await failure(p.client.confirmSignIn({ challengeResponse: 'three' }))).toEqual({
      name: 'NotAuthorizedException',
      message: 'Incorrect username or password.',
    });
    // The session is over: even the right answer needs a new signIn.
    expect(await failure(p.client.confirmSignIn({ challengeResponse: 'swordfish' }))).toMatchObject({ name: 'NotAuthorizedException' });
    await p.client.signIn({ username: EMAIL, options: { authFlowType: 'CUSTOM_WITHOUT_SRP' } });
    expect((await p.client.confirmSignIn({ challengeResponse: 'swordfish' })).nextStep.signInStep).toBe('DONE');
  });

  it('expires an unanswered custom challenge with the sign-in session', async () => {
    const { pool: p } = await customPool();
    await p.client.signIn({ username: EMAIL, options: { authFlowType: 'CUSTOM_WITHOUT_SRP' } });
    p.advance(5 * MINUTE + 1);
    expect(await failure(p.client.confirmSignIn({ challengeResponse: 'swordfish' }))).toEqual({
      name: 'NotAuthorizedException',
      message: 'Invalid session for the user, session is expired.',
    });
  });

  it('follows a defineAuthChallenge that asks for two challenges', async () => {
    const word = secretWord();
    const p = createTestPool({
      customAuth: {
        ...word.triggers,
        defineAuthChallenge: ({ session }) => ({
          issueTokens: session.length === 2 && session.every((r) => r.challengeResult),
          failAuthentication: session.some((r) => !r.challengeResult),
        }),
      },
    });
    await p.seedUser({ username: EMAIL, password: PASSWORD });
    await p.client.signIn({ username: EMAIL, options: { authFlowType: 'CUSTOM_WITHOUT_SRP' } });
    expect((await p.client.confirmSignIn({ challengeResponse: 'swordfish' })).nextStep.signInStep).toBe('CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE');
    expect((await p.client.confirmSignIn({ challengeResponse: 'swordfish' })).nextStep.signInStep).toBe('DONE');
  });
});
