import { describe, expect, it } from 'vitest';
import { cognitoApi, createPool, createUser, initiateAuth, latestCode, respondToChallenge, uniqueEmail } from './api.js';

const passwordless = {
  pool: { Policies: { SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP'] } } },
  client: { ExplicitAuthFlows: ['ALLOW_USER_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] },
};

describe('USER_AUTH (choice-based sign-in)', () => {
  it('is refused on a client that does not allow it', async () => {
    const setup = await createPool();
    await expect(initiateAuth(setup, 'USER_AUTH', { USERNAME: uniqueEmail('x') })).rejects.toMatchObject({
      name: 'InvalidParameterException',
      message: 'USER_AUTH flow not enabled for this client',
    });
  });

  it('answers SELECT_CHALLENGE with the factors the pool allows, and EMAIL_OTP with a code', async () => {
    const setup = await createPool(passwordless);
    const email = uniqueEmail('select');
    await createUser(setup, { email });
    const select = await initiateAuth(setup, 'USER_AUTH', { USERNAME: email });
    expect(select).toMatchObject({ ChallengeName: 'SELECT_CHALLENGE', AvailableChallenges: ['PASSWORD', 'PASSWORD_SRP', 'EMAIL_OTP'] });
    const otp = await respondToChallenge(setup, 'SELECT_CHALLENGE', { USERNAME: email, ANSWER: 'EMAIL_OTP' }, select.Session);
    expect(otp).toMatchObject({ ChallengeName: 'EMAIL_OTP', ChallengeParameters: { CODE_DELIVERY_DELIVERY_MEDIUM: 'EMAIL', CODE_DELIVERY_DESTINATION: 's***@e***' } });
    await expect(respondToChallenge(setup, 'SELECT_CHALLENGE', { USERNAME: email, ANSWER: 'EMAIL_OTP' }, select.Session)).rejects.toMatchObject({ name: 'NotAuthorizedException' });
    const done = await respondToChallenge(setup, 'EMAIL_OTP', { USERNAME: email, EMAIL_OTP_CODE: await latestCode(email) }, otp.Session);
    expect(done.AuthenticationResult?.RefreshToken).toBeTypeOf('string');
  });

  it('starts the preferred challenge when the pool allows it, and otherwise offers the choice', async () => {
    const setup = await createPool(passwordless);
    const email = uniqueEmail('preferred');
    await createUser(setup, { email });
    expect((await initiateAuth(setup, 'USER_AUTH', { USERNAME: email, PREFERRED_CHALLENGE: 'EMAIL_OTP' })).ChallengeName).toBe('EMAIL_OTP');
    expect((await initiateAuth(setup, 'USER_AUTH', { USERNAME: email, PREFERRED_CHALLENGE: 'SMS_OTP' })).ChallengeName).toBe('SELECT_CHALLENGE');
    const password = await initiateAuth(setup, 'USER_AUTH', { USERNAME: email, PREFERRED_CHALLENGE: 'PASSWORD', PASSWORD: 'Passw0rd!' });
    expect(password.AuthenticationResult?.AccessToken).toBeTypeOf('string');
  });

  it('signs a just-confirmed user in with the session ConfirmSignUp returns, once', async () => {
    const setup = await createPool(passwordless);
    const email = uniqueEmail('signup-session');
    await cognitoApi('SignUp', { ClientId: setup.userPoolClientId, Username: email, Password: 'Passw0rd!', UserAttributes: [{ Name: 'email', Value: email }] });
    const { Session } = await cognitoApi<{ Session: string }>('ConfirmSignUp', { ClientId: setup.userPoolClientId, Username: email, ConfirmationCode: await latestCode(email) });
    const signedIn = await initiateAuth(setup, 'USER_AUTH', { USERNAME: email }, Session);
    expect(signedIn.AuthenticationResult?.AccessToken).toBeTypeOf('string');
    await expect(initiateAuth(setup, 'USER_AUTH', { USERNAME: email }, Session)).rejects.toMatchObject({ name: 'NotAuthorizedException' });
  });
});
