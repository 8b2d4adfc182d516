import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createPool, createUser, latestCode, uniqueEmail, type PoolSetup } from '../cognito/api.js';
import { configureAmplify, signOutQuietly, type AmplifyHarness } from './amplify.js';

let setup: PoolSetup;
let amplify: AmplifyHarness;

beforeAll(async () => {
  setup = await createPool({
    pool: { Policies: { SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP'] } } },
    client: { ExplicitAuthFlows: ['ALLOW_USER_AUTH', 'ALLOW_USER_SRP_AUTH', 'ALLOW_CUSTOM_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] },
  });
  amplify = configureAmplify(setup, { passwordless: { emailOtpEnabled: true } });
});

afterEach(() => signOutQuietly(amplify.client));

describe('choice-based sign-in (USER_AUTH) through aws-amplify/auth', () => {
  it('offers the first factors, then signs in with an emailed code', async () => {
    const email = uniqueEmail('otp');
    await createUser(setup, { email });
    const output = await amplify.client.signIn({ username: email, options: { authFlowType: 'USER_AUTH' } });
    expect(output).toEqual({
      isSignedIn: false,
      nextStep: { signInStep: 'CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION', availableChallenges: ['PASSWORD', 'PASSWORD_SRP', 'EMAIL_OTP'] },
    });
    expect(await amplify.client.confirmSignIn({ challengeResponse: 'EMAIL_OTP' })).toEqual({
      isSignedIn: false,
      nextStep: { signInStep: 'CONFIRM_SIGN_IN_WITH_EMAIL_CODE', codeDeliveryDetails: { deliveryMedium: 'EMAIL', destination: 'o***@e***' } },
    });
    await expect(amplify.client.confirmSignIn({ challengeResponse: '00000' })).rejects.toMatchObject({ name: 'CodeMismatchException' });
    expect(await amplify.client.confirmSignIn({ challengeResponse: await latestCode(email) })).toEqual({ isSignedIn: true, nextStep: { signInStep: 'DONE' } });
    expect((await amplify.client.getCurrentUser()).signInDetails).toEqual({ loginId: email, authFlowType: 'USER_AUTH' });
  });

  it('goes straight to the code with a preferred challenge', async () => {
    const email = uniqueEmail('preferred');
    await createUser(setup, { email });
    const output = await amplify.client.signIn({ username: email, options: { authFlowType: 'USER_AUTH', preferredChallenge: 'EMAIL_OTP' } });
    expect(output.nextStep.signInStep).toBe('CONFIRM_SIGN_IN_WITH_EMAIL_CODE');
    expect((await amplify.client.confirmSignIn({ challengeResponse: await latestCode(email) })).isSignedIn).toBe(true);
  });

  it('signs in with the password when the user selects it', async () => {
    const email = uniqueEmail('password');
    await createUser(setup, { email });
    await amplify.client.signIn({ username: email, options: { authFlowType: 'USER_AUTH' } });
    expect(await amplify.client.confirmSignIn({ challengeResponse: 'PASSWORD_SRP' })).toEqual({ isSignedIn: false, nextStep: { signInStep: 'CONFIRM_SIGN_IN_WITH_PASSWORD' } });
    await expect(amplify.client.confirmSignIn({ challengeResponse: 'Wr0ng-password' })).rejects.toMatchObject({ name: 'NotAuthorizedException' });
    await amplify.client.signIn({ username: email, options: { authFlowType: 'USER_AUTH' } });
    await amplify.client.confirmSignIn({ challengeResponse: 'PASSWORD' });
    expect(await amplify.client.confirmSignIn({ challengeResponse: 'Passw0rd!' })).toEqual({ isSignedIn: true, nextStep: { signInStep: 'DONE' } });
  });

  it('answers a custom challenge (CUSTOM_WITHOUT_SRP)', async () => {
    const email = uniqueEmail('custom');
    await createUser(setup, { email });
    const output = await amplify.client.signIn({ username: email, options: { authFlowType: 'CUSTOM_WITHOUT_SRP' } });
    expect(output.nextStep).toMatchObject({ signInStep: 'CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE', additionalInfo: { challenge: 'ONE_TIME_CODE', attemptsLeft: '3' } });
    expect((await amplify.client.confirmSignIn({ challengeResponse: 'wrong' })).nextStep).toMatchObject({ additionalInfo: { attemptsLeft: '2' } });
    expect(await amplify.client.confirmSignIn({ challengeResponse: await latestCode(email) })).toEqual({ isSignedIn: true, nextStep: { signInStep: 'DONE' } });
  });
});
