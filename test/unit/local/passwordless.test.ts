import { describe, expect, it } from 'vitest';
import type { AuthFactorType } from '../../../src/client/types.js';
import { createTestPool, expectNoSecretsInStorage, failure, PASSWORD } from '../../support/local-pool.js';

const EMAIL = 'ana@example.com';
const PHONE = '+15555550100';
const FACTORS: AuthFactorType[] = ['PASSWORD', 'EMAIL_OTP', 'SMS_OTP', 'WEB_AUTHN'];
const USER_AUTH = { authFlowType: 'USER_AUTH' } as const;

async function passwordlessPool(firstFactors: AuthFactorType[] = FACTORS) {
  const pool = createTestPool({ passwordless: { firstFactors }, webAuthn: { relyingPartyId: 'localhost', origins: ['https://localhost'] } });
  await pool.seedUser({ username: EMAIL, password: PASSWORD, attributes: { phone_number: PHONE } });
  return pool;
}

describe('USER_AUTH (choice-based sign-in)', () => {
  it('offers the first factors the user can use, then signs in with an email code', async () => {
    const p = await passwordlessPool();
    expect(await p.client.signIn({ username: EMAIL, options: USER_AUTH })).toEqual({
      isSignedIn: false,
      // No passkey yet, so no WEB_AUTHN.
      nextStep: { signInStep: 'CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION', availableChallenges: ['PASSWORD', 'EMAIL_OTP', 'SMS_OTP'] },
    });
    expect(await failure(p.client.confirmSignIn({ challengeResponse: 'WEB_AUTHN' }))).toMatchObject({ name: 'InvalidParameterException' });
    expect(await p.client.confirmSignIn({ challengeResponse: 'EMAIL_OTP' })).toEqual({
      isSignedIn: false,
      nextStep: { signInStep: 'CONFIRM_SIGN_IN_WITH_EMAIL_CODE', codeDeliveryDetails: { destination: 'a***@e***', deliveryMedium: 'EMAIL', attributeName: 'email' } },
    });
    expect(p.messagesTo(EMAIL).at(-1)?.purpose).toBe('signIn');
    expectNoSecretsInStorage(p);
    expect(await failure(p.client.confirmSignIn({ challengeResponse: '000000' === p.codeSentTo(EMAIL) ? '000001' : '000000' }))).toMatchObject({
      name: 'CodeMismatchException',
    });
    expect(await p.client.confirmSignIn({ challengeResponse: p.codeSentTo(EMAIL) })).toEqual({ isSignedIn: true, nextStep: { signInStep: 'DONE' } });
    expect((await p.client.getCurrentUser()).signInDetails).toEqual({ loginId: EMAIL, authFlowType: 'USER_AUTH' });
    expectNoSecretsInStorage(p);
  });

  it('signs in with an SMS code chosen from the selection', async () => {
    const p = await passwordlessPool();
    await p.client.signIn({ username: EMAIL, options: USER_AUTH });
    expect((await p.client.confirmSignIn({ challengeResponse: 'SMS_OTP' })).nextStep).toEqual({
      signInStep: 'CONFIRM_SIGN_IN_WITH_SMS_CODE',
      codeDeliveryDetails: { destination: '+*******0100', deliveryMedium: 'SMS', attributeName: 'phone_number' },
    });
    expect((await p.client.confirmSignIn({ challengeResponse: p.codeSentTo(PHONE) })).nextStep.signInStep).toBe('DONE');
    expectNoSecretsInStorage(p);
  });

  it('asks for the password when PASSWORD is chosen', async () => {
    const p = await passwordlessPool();
    await p.client.signIn({ username: EMAIL, options: USER_AUTH });
    expect(await p.client.confirmSignIn({ challengeResponse: 'PASSWORD' })).toEqual({ isSignedIn: false, nextStep: { signInStep: 'CONFIRM_SIGN_IN_WITH_PASSWORD' } });
    expect(await failure(p.client.confirmSignIn({ challengeResponse: 'Wrong-Pass-1' }))).toEqual({
      name: 'NotAuthorizedException',
      message: 'Incorrect username or password.',
    });
    expect((await p.client.confirmSignIn({ challengeResponse: PASSWORD })).nextStep.signInStep).toBe('DONE');
    expectNoSecretsInStorage(p);
  });

  it('goes straight to the preferred challenge', async () => {
    const p = await passwordlessPool();
    expect((await p.client.signIn({ username: EMAIL, options: { ...USER_AUTH, preferredChallenge: 'EMAIL_OTP' } })).nextStep.signInStep).toBe(
      'CONFIRM_SIGN_IN_WITH_EMAIL_CODE',
    );
    expect((await p.client.signIn({ username: EMAIL, options: { ...USER_AUTH, preferredChallenge: 'SMS_OTP' } })).nextStep.signInStep).toBe(
      'CONFIRM_SIGN_IN_WITH_SMS_CODE',
    );
    expect((await p.client.signIn({ username: EMAIL, options: { ...USER_AUTH, preferredChallenge: 'PASSWORD' } })).nextStep.signInStep).toBe(
      'CONFIRM_SIGN_IN_WITH_PASSWORD',
    );
    expect(await p.client.signIn({ username: EMAIL, password: PASSWORD, options: { ...USER_AUTH, preferredChallenge: 'PASSWORD' } })).toEqual({
      isSignedIn: true,
      nextStep: { signInStep: 'DONE' },
    });
    expectNoSecretsInStorage(p);
  });

  it('falls back to the selection when the preferred challenge is not available to the user', async () => {
    const p = await passwordlessPool();
    expect((await p.client.signIn({ username: EMAIL, options: { ...USER_AUTH, preferredChallenge: 'WEB_AUTHN' } })).nextStep.signInStep).toBe(
      'CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION',
    );
  });

  it('refuses USER_AUTH in a pool without passwordless sign-in', async () => {
    const p = createTestPool();
    await p.seedUser({ username: EMAIL, password: PASSWORD });
    expect(await failure(p.client.signIn({ username: EMAIL, options: USER_AUTH }))).toMatchObject({ name: 'InvalidParameterException' });
  });

  it('signs up without a password, confirms, and autoSignIn signs in', async () => {
    const p = createTestPool({ passwordless: { firstFactors: ['EMAIL_OTP', 'PASSWORD'] } });
    const signUp = await p.client.signUp({ username: 'new@example.com', options: { userAttributes: {}, autoSignIn: { authFlowType: 'USER_AUTH' } } });
    expect(signUp.nextStep).toEqual({
      signUpStep: 'CONFIRM_SIGN_UP',
      codeDeliveryDetails: { destination: 'n***@e***', deliveryMedium: 'EMAIL', attributeName: 'email' },
    });
    expect((await p.client.admin.getUser('new@example.com'))?.hasPassword).toBe(false);
    expect((await p.client.confirmSignUp({ username: 'new@example.com', confirmationCode: p.codeSentTo('new@example.com') })).nextStep).toEqual({
      signUpStep: 'COMPLETE_AUTO_SIGN_IN',
    });
    expect(await p.client.autoSignIn()).toEqual({ isSignedIn: true, nextStep: { signInStep: 'DONE' } });
    expect((await p.client.getCurrentUser()).signInDetails?.authFlowType).toBe('USER_AUTH');
    expectNoSecretsInStorage(p);

    // Without a password, the email code is the only way in.
    await p.client.signOut();
    expect((await p.client.signIn({ username: 'new@example.com', options: USER_AUTH })).nextStep.signInStep).toBe('CONFIRM_SIGN_IN_WITH_EMAIL_CODE');
    expect(await failure(p.client.signIn({ username: 'new@example.com', password: 'Any-Pass-1' }))).toMatchObject({ name: 'NotAuthorizedException' });
  });

  it('requires a password at sign-up in a pool without passwordless sign-in', async () => {
    const p = createTestPool();
    expect(await failure(p.client.signUp({ username: 'new@example.com' }))).toMatchObject({ name: 'InvalidParameterException' });
  });
});
