import { describe, expect, it } from 'vitest';
import { createPool, createUser, initiateAuth, latestCode, respondToChallenge, uniqueEmail } from './api.js';

describe('CUSTOM_AUTH (the emulator plays the "email a code" triggers)', () => {
  it('sends a code and signs in with it', async () => {
    const setup = await createPool();
    const email = uniqueEmail('custom');
    await createUser(setup, { email });
    const challenge = await initiateAuth(setup, 'CUSTOM_AUTH', { USERNAME: email });
    expect(challenge).toMatchObject({ ChallengeName: 'CUSTOM_CHALLENGE', ChallengeParameters: { challenge: 'ONE_TIME_CODE', attemptsLeft: '3' } });
    const done = await respondToChallenge(setup, 'CUSTOM_CHALLENGE', { USERNAME: email, ANSWER: await latestCode(email) }, challenge.Session);
    expect(done.AuthenticationResult?.AccessToken).toBeTypeOf('string');
  });

  it('ends the sign-in after three wrong answers', async () => {
    const setup = await createPool();
    const email = uniqueEmail('custom-wrong');
    await createUser(setup, { email });
    let challenge = await initiateAuth(setup, 'CUSTOM_AUTH', { USERNAME: email });
    for (const left of ['2', '1']) {
      challenge = await respondToChallenge(setup, 'CUSTOM_CHALLENGE', { USERNAME: email, ANSWER: 'wrong' }, challenge.Session);
      expect(challenge.ChallengeParameters?.attemptsLeft).toBe(left);
    }
    await expect(respondToChallenge(setup, 'CUSTOM_CHALLENGE', { USERNAME: email, ANSWER: 'wrong' }, challenge.Session)).rejects.toMatchObject({
      name: 'NotAuthorizedException',
      message: 'Incorrect username or password.',
    });
  });
});
