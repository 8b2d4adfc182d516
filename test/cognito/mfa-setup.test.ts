import { describe, expect, it } from 'vitest';
import { totpCode } from '../adapter/totp.js';
import { cognitoApi, createPool, createUser, initiateAuth, respondToChallenge, uniqueEmail } from './api.js';

const flows = { ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] };

describe('MFA_SETUP at sign-in (pool MfaConfiguration ON)', () => {
  it('asks a user without MFA to set it up, lists what can be set up', async () => {
    const setup = await createPool({ pool: { MfaConfiguration: 'ON' }, client: flows });
    const email = uniqueEmail('setup');
    await createUser(setup, { email });
    const challenge = await initiateAuth(setup, 'USER_PASSWORD_AUTH', { USERNAME: email, PASSWORD: 'Passw0rd!' });
    expect(challenge.ChallengeName).toBe('MFA_SETUP');
    expect(challenge.ChallengeParameters?.MFAS_CAN_SETUP).toBe('["SOFTWARE_TOKEN_MFA"]');
    const withSms = await createPool({ pool: { MfaConfiguration: 'ON', SmsConfiguration: { SnsCallerArn: 'arn:aws:iam::0:role/sns' } }, client: flows });
    await createUser(withSms, { email });
    const both = await initiateAuth(withSms, 'USER_PASSWORD_AUTH', { USERNAME: email, PASSWORD: 'Passw0rd!' });
    expect(both.ChallengeParameters?.MFAS_CAN_SETUP).toBe('["SMS_MFA","SOFTWARE_TOKEN_MFA"]');
  });

  it('associates a token with the session, verifies it, then answers MFA_SETUP with tokens', async () => {
    const setup = await createPool({ pool: { MfaConfiguration: 'ON' }, client: flows });
    const email = uniqueEmail('associate');
    await createUser(setup, { email });
    const challenge = await initiateAuth(setup, 'USER_PASSWORD_AUTH', { USERNAME: email, PASSWORD: 'Passw0rd!' });
    const username = challenge.ChallengeParameters?.USER_ID_FOR_SRP ?? '';
    await expect(respondToChallenge(setup, 'MFA_SETUP', { USERNAME: username }, challenge.Session)).rejects.toMatchObject({ name: 'InvalidParameterException' });

    const associated = await cognitoApi<{ SecretCode: string; Session: string }>('AssociateSoftwareToken', { Session: challenge.Session });
    expect(associated.SecretCode).toMatch(/^[A-Z2-7]{32}$/);
    expect(associated.Session).not.toBe(challenge.Session);
    await expect(cognitoApi('VerifySoftwareToken', { Session: associated.Session, UserCode: '000000' })).rejects.toMatchObject({
      name: 'EnableSoftwareTokenMFAException',
      message: 'Code mismatch',
    });
    const verified = await cognitoApi<{ Status: string; Session: string }>('VerifySoftwareToken', {
      Session: associated.Session,
      UserCode: totpCode(associated.SecretCode),
      FriendlyDeviceName: 'Phone',
    });
    expect(verified.Status).toBe('SUCCESS');
    const done = await respondToChallenge(setup, 'MFA_SETUP', { USERNAME: username }, verified.Session);
    expect(done.AuthenticationResult?.AccessToken).toBeTypeOf('string');
    await expect(respondToChallenge(setup, 'MFA_SETUP', { USERNAME: username }, verified.Session)).rejects.toMatchObject({
      name: 'NotAuthorizedException',
      message: 'Invalid session for the user, session is expired.',
    });

    const next = await initiateAuth(setup, 'USER_PASSWORD_AUTH', { USERNAME: email, PASSWORD: 'Passw0rd!' });
    expect(next.ChallengeName).toBe('SOFTWARE_TOKEN_MFA');
    expect(next.ChallengeParameters?.FRIENDLY_DEVICE_NAME).toBe('Phone');
  });
});
