import { describe, expect, it } from 'vitest';
import { cognitoApi, createPool, createUser, uniqueEmail } from './api.js';
import { claimSignature, clientKey, formatTimestamp, g, modPow, N, padHex, parseTimestamp, privateKey, randomNumber } from './srp.js';

interface VerifierChallenge {
  ChallengeName: string;
  ChallengeParameters: Record<string, string>;
}

/** The client's side of USER_SRP_AUTH, done by hand: what Amplify does with its own BigInteger code. */
async function srpSignIn(clientId: string, poolId: string, username: string, password: string, timestamp = formatTimestamp(new Date())) {
  const a = randomNumber(128);
  const A = modPow(g, a, N);
  const challenge = await cognitoApi<VerifierChallenge>('InitiateAuth', {
    ClientId: clientId,
    AuthFlow: 'USER_SRP_AUTH',
    AuthParameters: { USERNAME: username, SRP_A: A.toString(16) },
  });
  const p = challenge.ChallengeParameters;
  const userId = p.USER_ID_FOR_SRP ?? '';
  const poolName = poolId.split('_')[1] ?? '';
  const x = privateKey(poolName, userId, password, BigInt(`0x${p.SALT ?? ''}`));
  const key = clientKey(a, BigInt(`0x${p.SRP_B ?? ''}`), x);
  const respond = (signature: string, secretBlock = p.SECRET_BLOCK ?? '') =>
    cognitoApi<{ AuthenticationResult?: { AccessToken: string } }>('RespondToAuthChallenge', {
      ClientId: clientId,
      ChallengeName: 'PASSWORD_VERIFIER',
      ChallengeResponses: { USERNAME: userId, PASSWORD_CLAIM_SECRET_BLOCK: secretBlock, TIMESTAMP: timestamp, PASSWORD_CLAIM_SIGNATURE: signature },
    });
  return { challenge, respond, signature: claimSignature(key, poolName, userId, p.SECRET_BLOCK ?? '', timestamp) };
}

describe('SRP-6a arithmetic', () => {
  it('pads hex as Java BigInteger.toByteArray does', () => {
    expect(padHex(0x14n)).toBe('14');
    expect(padHex(0xecn)).toBe('00ec');
    expect(padHex(0xabcn)).toBe('0abc');
    expect(padHex(N).slice(0, 4)).toBe('00ff');
  });

  it('formats and reads the TIMESTAMP as "ddd MMM D HH:mm:ss UTC YYYY"', () => {
    const date = new Date(Date.UTC(2026, 2, 5, 7, 4, 9));
    expect(formatTimestamp(date)).toBe('Thu Mar 5 07:04:09 UTC 2026');
    expect(parseTimestamp('Thu Mar 5 07:04:09 UTC 2026')?.getTime()).toBe(date.getTime());
    expect(parseTimestamp('Thu Mar 05 07:04:09 UTC 2026')).toBeUndefined();
    expect(parseTimestamp('Fri Mar 5 07:04:09 UTC 2026')).toBeUndefined();
  });
});

describe('USER_SRP_AUTH over HTTP', () => {
  it('answers PASSWORD_VERIFIER with salt, B and a secret block, and signs in with a correct claim', async () => {
    const setup = await createPool();
    const email = uniqueEmail('srp');
    await createUser(setup, { email });
    const { challenge, respond, signature } = await srpSignIn(setup.userPoolClientId, setup.userPoolId, email, 'Passw0rd!');
    expect(challenge.ChallengeName).toBe('PASSWORD_VERIFIER');
    expect(Object.keys(challenge.ChallengeParameters).sort()).toEqual(['SALT', 'SECRET_BLOCK', 'SRP_B', 'USERNAME', 'USER_ID_FOR_SRP']);
    expect(challenge.ChallengeParameters.USER_ID_FOR_SRP).not.toBe(email);
    const result = await respond(signature);
    expect(result.AuthenticationResult?.AccessToken.split('.')).toHaveLength(3);
  });

  it('refuses a claim made with the wrong password as Cognito words it', async () => {
    const setup = await createPool();
    const email = uniqueEmail('srp-wrong');
    await createUser(setup, { email });
    const { respond, signature } = await srpSignIn(setup.userPoolClientId, setup.userPoolId, email, 'Wrong0rd!');
    await expect(respond(signature)).rejects.toMatchObject({ name: 'NotAuthorizedException', message: 'Incorrect username or password.' });
  });

  it('spends the secret block: a second answer with it is refused', async () => {
    const setup = await createPool();
    const email = uniqueEmail('srp-replay');
    await createUser(setup, { email });
    const { respond, signature } = await srpSignIn(setup.userPoolClientId, setup.userPoolId, email, 'Passw0rd!');
    await respond(signature);
    await expect(respond(signature)).rejects.toMatchObject({ name: 'NotAuthorizedException' });
  });

  it('refuses a TIMESTAMP that is not in Cognito\'s format', async () => {
    const setup = await createPool();
    const email = uniqueEmail('srp-time');
    await createUser(setup, { email });
    const { respond, signature } = await srpSignIn(setup.userPoolClientId, setup.userPoolId, email, 'Passw0rd!', new Date().toISOString());
    await expect(respond(signature)).rejects.toMatchObject({ name: 'InvalidParameterException' });
  });

  it('says UserNotFoundException for an unknown user, and hides it when the client prevents user existence errors', async () => {
    const legacy = await createPool();
    await expect(srpSignIn(legacy.userPoolClientId, legacy.userPoolId, uniqueEmail('nobody'), 'Passw0rd!')).rejects.toMatchObject({
      name: 'UserNotFoundException',
      message: 'User does not exist.',
    });
    const hiding = await createPool({ client: { PreventUserExistenceErrors: 'ENABLED' } });
    const { challenge, respond, signature } = await srpSignIn(hiding.userPoolClientId, hiding.userPoolId, uniqueEmail('nobody'), 'Passw0rd!');
    expect(challenge.ChallengeName).toBe('PASSWORD_VERIFIER');
    await expect(respond(signature)).rejects.toMatchObject({ name: 'NotAuthorizedException', message: 'Incorrect username or password.' });
  });
});
