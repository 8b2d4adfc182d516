import { describe, expect, it } from 'vitest';
import { cognitoApi, createPool, createUser, initiateAuth, respondToChallenge, sentMessages, uniqueEmail } from './api.js';

describe('SMS MFA set through SetUserMFAPreference', () => {
  it('texts a code at sign-in, keeps the session after a wrong code, and signs in with the right one', async () => {
    const setup = await createPool({ pool: { MfaConfiguration: 'OPTIONAL' }, client: { ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH'] } });
    const email = uniqueEmail('sms');
    const phone = '+15555550142';
    await createUser(setup, { email, attributes: { phone_number: phone } });
    const first = await initiateAuth(setup, 'USER_PASSWORD_AUTH', { USERNAME: email, PASSWORD: 'Passw0rd!' });
    await cognitoApi('SetUserMFAPreference', { AccessToken: first.AuthenticationResult?.AccessToken, SMSMfaSettings: { Enabled: true, PreferredMfa: true } });

    const challenge = await initiateAuth(setup, 'USER_PASSWORD_AUTH', { USERNAME: email, PASSWORD: 'Passw0rd!' });
    expect(challenge.ChallengeName).toBe('SMS_MFA');
    expect(challenge.ChallengeParameters).toMatchObject({ CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS', CODE_DELIVERY_DESTINATION: '+*******0142' });
    const sms = (await sentMessages()).filter((m) => m.destination === phone).at(-1);
    expect(sms?.channel).toBe('SMS');
    const username = challenge.ChallengeParameters?.USER_ID_FOR_SRP ?? '';
    const wrong = sms?.code === '111111' ? '222222' : '111111';
    await expect(respondToChallenge(setup, 'SMS_MFA', { USERNAME: username, SMS_MFA_CODE: wrong }, challenge.Session)).rejects.toMatchObject({
      name: 'CodeMismatchException',
      message: 'Invalid code received for user',
    });
    const done = await respondToChallenge(setup, 'SMS_MFA', { USERNAME: username, SMS_MFA_CODE: sms?.code ?? '' }, challenge.Session);
    expect(done.AuthenticationResult?.AccessToken).toBeTypeOf('string');
  });
});
