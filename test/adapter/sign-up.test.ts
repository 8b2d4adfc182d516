import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createPool, latestCode, sentMessages, uniqueEmail, type PoolSetup } from '../cognito/api.js';
import { configureAmplify, signOutQuietly, type AmplifyHarness } from './amplify.js';

let setup: PoolSetup;
let amplify: AmplifyHarness;

beforeAll(async () => {
  setup = await createPool();
  amplify = configureAmplify(setup);
});

afterEach(() => signOutQuietly(amplify.client));

describe('sign-up through aws-amplify/auth', () => {
  it('signs up, confirms with the emailed code and signs in automatically', async () => {
    const email = uniqueEmail('signup');
    const output = await amplify.client.signUp({ username: email, password: 'Passw0rd!', options: { userAttributes: { email }, autoSignIn: true } });
    expect(output.isSignUpComplete).toBe(false);
    expect(output.nextStep).toEqual({
      signUpStep: 'CONFIRM_SIGN_UP',
      codeDeliveryDetails: { attributeName: 'email', deliveryMedium: 'EMAIL', destination: 's***@e***' },
    });
    expect(output.userId).toMatch(/^[0-9a-f-]{36}$/);
    const confirmed = await amplify.client.confirmSignUp({ username: email, confirmationCode: await latestCode(email) });
    expect(confirmed).toEqual({ isSignUpComplete: true, nextStep: { signUpStep: 'COMPLETE_AUTO_SIGN_IN' } });
    expect(await amplify.client.autoSignIn()).toEqual({ isSignedIn: true, nextStep: { signInStep: 'DONE' } });
    expect((await amplify.client.getCurrentUser()).signInDetails?.loginId).toBe(email);
  });

  it('resends the code: a new code is sent and the old one no longer confirms', async () => {
    const email = uniqueEmail('resend');
    await amplify.client.signUp({ username: email, password: 'Passw0rd!', options: { userAttributes: { email } } });
    const first = await latestCode(email);
    const delivery = await amplify.client.resendSignUpCode({ username: email });
    expect(delivery).toEqual({ attributeName: 'email', deliveryMedium: 'EMAIL', destination: expect.stringMatching(/^r\*\*\*@e\*\*\*$/) as string });
    const messages = (await sentMessages()).filter((m) => m.destination === email);
    expect(messages).toHaveLength(2);
    const second = await latestCode(email);
    expect(second).not.toBe(first);
    await expect(amplify.client.confirmSignUp({ username: email, confirmationCode: first })).rejects.toMatchObject({ name: 'CodeMismatchException' });
    expect(await amplify.client.confirmSignUp({ username: email, confirmationCode: second })).toEqual({ isSignUpComplete: true, nextStep: { signUpStep: 'DONE' } });
    await expect(amplify.client.resendSignUpCode({ username: email })).rejects.toMatchObject({ name: 'InvalidParameterException', message: 'User is already confirmed.' });
  });

  it('refuses a second sign-up with the same email', async () => {
    const email = uniqueEmail('twice');
    await amplify.client.signUp({ username: email, password: 'Passw0rd!', options: { userAttributes: { email } } });
    await expect(amplify.client.signUp({ username: email, password: 'Passw0rd!', options: { userAttributes: { email } } })).rejects.toMatchObject({
      name: 'UsernameExistsException',
    });
  });

  it('resets a forgotten password with the emailed code', async () => {
    const email = uniqueEmail('reset');
    await amplify.client.signUp({ username: email, password: 'Passw0rd!', options: { userAttributes: { email } } });
    await amplify.client.confirmSignUp({ username: email, confirmationCode: await latestCode(email) });
    const output = await amplify.client.resetPassword({ username: email });
    expect(output).toEqual({
      isPasswordReset: false,
      nextStep: { resetPasswordStep: 'CONFIRM_RESET_PASSWORD_WITH_CODE', codeDeliveryDetails: { attributeName: 'email', deliveryMedium: 'EMAIL', destination: 'r***@e***' } },
    });
    await amplify.client.confirmResetPassword({ username: email, confirmationCode: await latestCode(email), newPassword: 'Fresh-passw0rd!' });
    await expect(amplify.client.signIn({ username: email, password: 'Passw0rd!' })).rejects.toMatchObject({ name: 'NotAuthorizedException' });
    expect((await amplify.client.signIn({ username: email, password: 'Fresh-passw0rd!' })).isSignedIn).toBe(true);
  });
});
