import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createPool, createUser, latestCode, uniqueEmail, type PoolSetup } from '../cognito/api.js';
import { PASSWORD_FLOW, PASSWORD_FLOW_CLIENT, configureAmplify, signOutQuietly, type AmplifyHarness } from './amplify.js';
import { totpCode } from './totp.js';

const PASSWORD = 'Passw0rd!';
const PHONE = '+15555550160';

let setup: PoolSetup;
let amplify: AmplifyHarness;

beforeAll(async () => {
  setup = await createPool({ pool: { MfaConfiguration: 'OPTIONAL' }, client: PASSWORD_FLOW_CLIENT });
  amplify = configureAmplify(setup, { mfa: { status: 'optional', smsEnabled: true, totpEnabled: true } });
});

afterEach(() => signOutQuietly(amplify.client));

async function signedIn(): Promise<string> {
  const email = uniqueEmail('mfa');
  await createUser(setup, { email, attributes: { phone_number: PHONE, phone_number_verified: 'true' } });
  expect((await amplify.client.signIn({ username: email, password: PASSWORD, options: PASSWORD_FLOW })).isSignedIn).toBe(true);
  return email;
}

async function signInAgain(email: string) {
  await amplify.client.signOut();
  return amplify.client.signIn({ username: email, password: PASSWORD, options: PASSWORD_FLOW });
}

/** Sets TOTP up from the signed-in account; returns the authenticator's secret. */
async function setUpTotp(): Promise<string> {
  const { sharedSecret } = await amplify.client.setUpTOTP();
  await amplify.client.verifyTOTPSetup({ code: totpCode(sharedSecret) });
  return sharedSecret;
}

describe('fetchMFAPreference and updateMFAPreference', () => {
  it('enables SMS, TOTP and email, keeps the preferred method until it changes, and clears it with its method', async () => {
    await signedIn();
    expect(await amplify.client.fetchMFAPreference()).toEqual({});
    await amplify.client.updateMFAPreference({ sms: 'ENABLED', email: 'ENABLED' });
    expect(await amplify.client.fetchMFAPreference()).toEqual({ enabled: ['SMS', 'EMAIL'] });
    await amplify.client.updateMFAPreference({ email: 'PREFERRED' });
    expect(await amplify.client.fetchMFAPreference()).toEqual({ enabled: ['SMS', 'EMAIL'], preferred: 'EMAIL' });
    // Naming another method without a preference leaves the preferred one alone.
    await amplify.client.updateMFAPreference({ sms: 'ENABLED' });
    expect((await amplify.client.fetchMFAPreference()).preferred).toBe('EMAIL');

    await expect(amplify.client.updateMFAPreference({ totp: 'PREFERRED' })).rejects.toMatchObject({ name: 'InvalidParameterException' });
    await setUpTotp();
    await amplify.client.updateMFAPreference({ totp: 'PREFERRED' });
    expect(await amplify.client.fetchMFAPreference()).toEqual({ enabled: ['SMS', 'EMAIL', 'TOTP'], preferred: 'TOTP' });
    await amplify.client.updateMFAPreference({ totp: 'NOT_PREFERRED' });
    expect(await amplify.client.fetchMFAPreference()).toEqual({ enabled: ['SMS', 'EMAIL', 'TOTP'] });
    await amplify.client.updateMFAPreference({ sms: 'PREFERRED' });
    await amplify.client.updateMFAPreference({ sms: 'DISABLED', totp: 'DISABLED' });
    expect(await amplify.client.fetchMFAPreference()).toEqual({ enabled: ['EMAIL'] });
  });

  it('signs in with a code sent by email once email MFA is preferred', async () => {
    const email = await signedIn();
    await amplify.client.updateMFAPreference({ sms: 'ENABLED', email: 'PREFERRED' });
    expect(await signInAgain(email)).toEqual({
      isSignedIn: false,
      nextStep: { signInStep: 'CONFIRM_SIGN_IN_WITH_EMAIL_CODE', codeDeliveryDetails: { deliveryMedium: 'EMAIL', destination: `${email.slice(0, 1)}***@e***` } },
    });
    expect(await amplify.client.confirmSignIn({ challengeResponse: await latestCode(email) })).toEqual({ isSignedIn: true, nextStep: { signInStep: 'DONE' } });
  });

  it('offers every enabled method when none is preferred, email among them', async () => {
    const email = await signedIn();
    await amplify.client.updateMFAPreference({ sms: 'ENABLED', email: 'ENABLED' });
    expect(await signInAgain(email)).toEqual({
      isSignedIn: false,
      nextStep: { signInStep: 'CONTINUE_SIGN_IN_WITH_MFA_SELECTION', allowedMFATypes: ['SMS', 'EMAIL'] },
    });
    expect((await amplify.client.confirmSignIn({ challengeResponse: 'EMAIL' })).nextStep.signInStep).toBe('CONFIRM_SIGN_IN_WITH_EMAIL_CODE');
    expect((await amplify.client.confirmSignIn({ challengeResponse: await latestCode(email) })).isSignedIn).toBe(true);
  });
});

describe('setUpTOTP and verifyTOTPSetup', () => {
  it('refuses a wrong code, then turns TOTP on: the next sign-in asks for a TOTP code', async () => {
    const email = await signedIn();
    const { sharedSecret } = await amplify.client.setUpTOTP();
    const wrong = totpCode(sharedSecret) === '123456' ? '654321' : '123456';
    await expect(amplify.client.verifyTOTPSetup({ code: wrong })).rejects.toMatchObject({ name: 'EnableSoftwareTokenMFAException' });
    await amplify.client.verifyTOTPSetup({ code: totpCode(sharedSecret), options: { friendlyDeviceName: 'Phone' } });
    expect(await amplify.client.fetchMFAPreference()).toEqual({ enabled: ['TOTP'] });
    expect(await signInAgain(email)).toEqual({ isSignedIn: false, nextStep: { signInStep: 'CONFIRM_SIGN_IN_WITH_TOTP_CODE' } });
    expect((await amplify.client.confirmSignIn({ challengeResponse: totpCode(sharedSecret) })).isSignedIn).toBe(true);
  });

  it('keeps the working authenticator until a new one is verified', async () => {
    const email = await signedIn();
    const first = await setUpTotp();
    const { sharedSecret: second } = await amplify.client.setUpTOTP();
    expect(second).not.toBe(first);
    await signInAgain(email);
    expect((await amplify.client.confirmSignIn({ challengeResponse: totpCode(first) })).isSignedIn).toBe(true);
    const third = await setUpTotp();
    await signInAgain(email);
    await expect(amplify.client.confirmSignIn({ challengeResponse: totpCode(first) })).rejects.toMatchObject({ name: 'CodeMismatchException' });
    expect((await amplify.client.confirmSignIn({ challengeResponse: totpCode(third) })).isSignedIn).toBe(true);
  });
});
