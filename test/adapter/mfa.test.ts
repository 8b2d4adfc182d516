import { afterEach, describe, expect, it } from 'vitest';
import { createPool, createUser, latestCode, uniqueEmail } from '../cognito/api.js';
import { configureAmplify, signOutQuietly, type AmplifyHarness } from './amplify.js';
import { totpCode } from './totp.js';

let amplify: AmplifyHarness | undefined;

afterEach(async () => {
  if (amplify) await signOutQuietly(amplify.client);
});

describe('MFA through aws-amplify/auth', () => {
  it('sets up TOTP at sign-in when the pool requires MFA, then signs in with a TOTP code', async () => {
    const setup = await createPool({ pool: { MfaConfiguration: 'ON' } });
    amplify = configureAmplify(setup, { mfa: { status: 'on', totpEnabled: true } });
    const { client } = amplify;
    const email = uniqueEmail('totp');
    await createUser(setup, { email });

    const output = await client.signIn({ username: email, password: 'Passw0rd!' });
    if (output.nextStep.signInStep !== 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP') throw new Error(`unexpected step ${output.nextStep.signInStep}`);
    const { sharedSecret } = output.nextStep.totpSetupDetails;
    expect(sharedSecret).toMatch(/^[A-Z2-7]{32}$/);
    const uri = output.nextStep.totpSetupDetails.getSetupUri('Gatehouse', email);
    expect(uri).toBeInstanceOf(URL);
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.searchParams.get('secret')).toBe(sharedSecret);
    await expect(client.confirmSignIn({ challengeResponse: '000000' })).rejects.toMatchObject({ name: 'EnableSoftwareTokenMFAException' });
    expect(await client.confirmSignIn({ challengeResponse: totpCode(sharedSecret) })).toEqual({ isSignedIn: true, nextStep: { signInStep: 'DONE' } });
    expect(await client.fetchMFAPreference()).toEqual({ enabled: ['TOTP'] });
    await client.signOut();

    expect(await client.signIn({ username: email, password: 'Passw0rd!' })).toEqual({ isSignedIn: false, nextStep: { signInStep: 'CONFIRM_SIGN_IN_WITH_TOTP_CODE' } });
    const wrong = totpCode(sharedSecret) === '123456' ? '654321' : '123456';
    await expect(client.confirmSignIn({ challengeResponse: wrong })).rejects.toMatchObject({ name: 'CodeMismatchException', message: 'Invalid code received for user' });
    expect(await client.confirmSignIn({ challengeResponse: totpCode(sharedSecret) })).toEqual({ isSignedIn: true, nextStep: { signInStep: 'DONE' } });
  });

  it('signs in with an SMS code once the user turns SMS MFA on through the API', async () => {
    const setup = await createPool({ pool: { MfaConfiguration: 'OPTIONAL' } });
    amplify = configureAmplify(setup, { mfa: { status: 'optional', smsEnabled: true, totpEnabled: true } });
    const { client } = amplify;
    const email = uniqueEmail('sms');
    const phone = '+15555550100';
    await createUser(setup, { email, attributes: { phone_number: phone, phone_number_verified: 'true' } });

    expect((await client.signIn({ username: email, password: 'Passw0rd!' })).nextStep).toEqual({ signInStep: 'DONE' });
    await client.updateMFAPreference({ sms: 'PREFERRED' });
    expect(await client.fetchMFAPreference()).toEqual({ enabled: ['SMS'], preferred: 'SMS' });
    await client.signOut();

    const output = await client.signIn({ username: email, password: 'Passw0rd!' });
    expect(output).toEqual({
      isSignedIn: false,
      nextStep: { signInStep: 'CONFIRM_SIGN_IN_WITH_SMS_CODE', codeDeliveryDetails: { deliveryMedium: 'SMS', destination: '+*******0100' } },
    });
    expect(await client.confirmSignIn({ challengeResponse: await latestCode(phone) })).toEqual({ isSignedIn: true, nextStep: { signInStep: 'DONE' } });
  });

  it('lets a user with SMS and TOTP choose, and sets TOTP up from the signed-in account', async () => {
    const setup = await createPool({ pool: { MfaConfiguration: 'OPTIONAL' } });
    amplify = configureAmplify(setup);
    const { client } = amplify;
    const email = uniqueEmail('choose');
    const phone = '+15555550199';
    await createUser(setup, { email, attributes: { phone_number: phone } });
    await client.signIn({ username: email, password: 'Passw0rd!' });
    const { sharedSecret } = await client.setUpTOTP();
    await client.verifyTOTPSetup({ code: totpCode(sharedSecret) });
    await client.updateMFAPreference({ sms: 'ENABLED', totp: 'ENABLED' });
    await client.signOut();

    expect(await client.signIn({ username: email, password: 'Passw0rd!' })).toEqual({
      isSignedIn: false,
      nextStep: { signInStep: 'CONTINUE_SIGN_IN_WITH_MFA_SELECTION', allowedMFATypes: ['SMS', 'TOTP'] },
    });
    expect(await client.confirmSignIn({ challengeResponse: 'TOTP' })).toEqual({ isSignedIn: false, nextStep: { signInStep: 'CONFIRM_SIGN_IN_WITH_TOTP_CODE' } });
    expect((await client.confirmSignIn({ challengeResponse: totpCode(sharedSecret) })).isSignedIn).toBe(true);
  });
});
