import * as OTPAuth from 'otpauth';
import { describe, expect, it } from 'vitest';
import type { SeedUser } from '../../../src/client/local/index.js';
import type { MfaType } from '../../../src/client/types.js';
import { createTestPool, expectNoSecretsInStorage, failure, MINUTE, PASSWORD, SECOND } from '../../support/local-pool.js';

const EMAIL = 'ana@example.com';
const PHONE = '+15555550100';
const ALL: MfaType[] = ['SMS', 'TOTP', 'EMAIL'];

function newSecret(): string {
  return new OTPAuth.Secret({ size: 20 }).base32;
}

async function optionalPool(user: Partial<SeedUser>) {
  const pool = createTestPool({ mfa: { enforcement: 'OPTIONAL', types: ALL } });
  await pool.seedUser({ username: EMAIL, password: PASSWORD, attributes: { phone_number: PHONE }, ...user });
  return pool;
}

describe('MFA at sign-in', () => {
  it('SMS: sends a code to the phone and signs in with it', async () => {
    const p = await optionalPool({ mfa: { enabled: ['SMS'] } });
    expect(await p.client.signIn({ username: EMAIL, password: PASSWORD })).toEqual({
      isSignedIn: false,
      nextStep: {
        signInStep: 'CONFIRM_SIGN_IN_WITH_SMS_CODE',
        codeDeliveryDetails: { destination: '+*******0100', deliveryMedium: 'SMS', attributeName: 'phone_number' },
      },
    });
    expect(p.messagesTo(PHONE).at(-1)).toMatchObject({ channel: 'SMS', purpose: 'signIn' });
    expectNoSecretsInStorage(p);
    expect(await failure(p.client.confirmSignIn({ challengeResponse: '000000' }))).toMatchObject({ name: 'CodeMismatchException' });
    expect(await p.client.confirmSignIn({ challengeResponse: p.codeSentTo(PHONE) })).toEqual({ isSignedIn: true, nextStep: { signInStep: 'DONE' } });
    expectNoSecretsInStorage(p);
  });

  it('sends an MFA code to an unverified phone number, and marks it verified once the code comes back', async () => {
    const p = await optionalPool({ mfa: { enabled: ['SMS'] }, attributes: { phone_number: PHONE, phone_number_verified: 'false' } });
    await p.client.signIn({ username: EMAIL, password: PASSWORD });
    expect((await p.client.admin.getUser(EMAIL))?.attributes.phone_number_verified).toBe('false');
    await p.client.confirmSignIn({ challengeResponse: p.codeSentTo(PHONE) });
    expect((await p.client.fetchUserAttributes()).phone_number_verified).toBe('true');
  });

  it('EMAIL: sends a code to the email address and signs in with it', async () => {
    const p = await optionalPool({ mfa: { enabled: ['EMAIL'] } });
    expect((await p.client.signIn({ username: EMAIL, password: PASSWORD })).nextStep).toEqual({
      signInStep: 'CONFIRM_SIGN_IN_WITH_EMAIL_CODE',
      codeDeliveryDetails: { destination: 'a***@e***', deliveryMedium: 'EMAIL', attributeName: 'email' },
    });
    expect((await p.client.confirmSignIn({ challengeResponse: p.codeSentTo(EMAIL) })).nextStep.signInStep).toBe('DONE');
    expectNoSecretsInStorage(p);
  });

  it('TOTP: accepts a code made by an independent TOTP library, and refuses it a second time', async () => {
    const secret = newSecret();
    const p = await optionalPool({ mfa: { enabled: ['TOTP'] }, totpSecret: secret });
    expect(await p.client.signIn({ username: EMAIL, password: PASSWORD })).toEqual({ isSignedIn: false, nextStep: { signInStep: 'CONFIRM_SIGN_IN_WITH_TOTP_CODE' } });
    expect(p.messagesTo(EMAIL)).toEqual([]);
    const code = p.totpCode(secret);
    expect((await p.client.confirmSignIn({ challengeResponse: code })).nextStep.signInStep).toBe('DONE');
    expectNoSecretsInStorage(p);

    await p.client.signOut();
    await p.client.signIn({ username: EMAIL, password: PASSWORD });
    expect(await failure(p.client.confirmSignIn({ challengeResponse: code }))).toMatchObject({ name: 'CodeMismatchException' });
    p.advance(30 * SECOND);
    expect((await p.client.confirmSignIn({ challengeResponse: p.totpCode(secret) })).nextStep.signInStep).toBe('DONE');
    expectNoSecretsInStorage(p);
  });

  it('TOTP: accepts one step of clock drift, not two', async () => {
    const secret = newSecret();
    const p = await optionalPool({ mfa: { enabled: ['TOTP'] }, totpSecret: secret });
    await p.client.signIn({ username: EMAIL, password: PASSWORD });
    expect(await failure(p.client.confirmSignIn({ challengeResponse: p.totpCode(secret, p.now() - 60 * SECOND) }))).toMatchObject({ name: 'CodeMismatchException' });
    expect((await p.client.confirmSignIn({ challengeResponse: p.totpCode(secret, p.now() - 30 * SECOND) })).nextStep.signInStep).toBe('DONE');
  });

  it('uses the preferred type when a user has several', async () => {
    const p = await optionalPool({ mfa: { enabled: ['SMS', 'EMAIL'], preferred: 'EMAIL' } });
    expect((await p.client.signIn({ username: EMAIL, password: PASSWORD })).nextStep.signInStep).toBe('CONFIRM_SIGN_IN_WITH_EMAIL_CODE');
  });

  it('asks a user with several types and no preference to choose', async () => {
    const secret = newSecret();
    const p = await optionalPool({ mfa: { enabled: ALL }, totpSecret: secret });
    expect(await p.client.signIn({ username: EMAIL, password: PASSWORD })).toEqual({
      isSignedIn: false,
      nextStep: { signInStep: 'CONTINUE_SIGN_IN_WITH_MFA_SELECTION', allowedMFATypes: ALL },
    });
    expect(await failure(p.client.confirmSignIn({ challengeResponse: 'VOICE' }))).toMatchObject({ name: 'InvalidParameterException' });
    expect((await p.client.confirmSignIn({ challengeResponse: 'TOTP' })).nextStep).toEqual({ signInStep: 'CONFIRM_SIGN_IN_WITH_TOTP_CODE' });
    expect((await p.client.confirmSignIn({ challengeResponse: p.totpCode(secret) })).nextStep.signInStep).toBe('DONE');

    await p.client.signOut();
    await p.client.signIn({ username: EMAIL, password: PASSWORD });
    expect((await p.client.confirmSignIn({ challengeResponse: 'EMAIL' })).nextStep.signInStep).toBe('CONFIRM_SIGN_IN_WITH_EMAIL_CODE');
    expect((await p.client.confirmSignIn({ challengeResponse: p.codeSentTo(EMAIL) })).nextStep.signInStep).toBe('DONE');

    await p.client.signOut();
    await p.client.signIn({ username: EMAIL, password: PASSWORD });
    expect((await p.client.confirmSignIn({ challengeResponse: 'SMS' })).nextStep.signInStep).toBe('CONFIRM_SIGN_IN_WITH_SMS_CODE');
    expect((await p.client.confirmSignIn({ challengeResponse: p.codeSentTo(PHONE) })).nextStep.signInStep).toBe('DONE');
    expectNoSecretsInStorage(p);
  });

  it('skips MFA for a user without it when MFA is optional', async () => {
    const p = await optionalPool({});
    expect((await p.client.signIn({ username: EMAIL, password: PASSWORD })).nextStep.signInStep).toBe('DONE');
  });

  it('ends the sign-in after three wrong codes: NotAuthorizedException, the progress is forgotten', async () => {
    const p = await optionalPool({ mfa: { enabled: ['EMAIL'] } });
    await p.client.signIn({ username: EMAIL, password: PASSWORD });
    const right = p.codeSentTo(EMAIL);
    const wrong = right === '111111' ? '222222' : '111111';
    expect(await failure(p.client.confirmSignIn({ challengeResponse: wrong }))).toMatchObject({ name: 'CodeMismatchException' });
    expect(await failure(p.client.confirmSignIn({ challengeResponse: wrong }))).toMatchObject({ name: 'CodeMismatchException' });
    expect(await failure(p.client.confirmSignIn({ challengeResponse: wrong }))).toEqual({
      name: 'NotAuthorizedException',
      message: 'Invalid session for the user, too many failed attempts.',
    });
    expect(p.signInStorage.contents()).toEqual({});
    expect(await failure(p.client.confirmSignIn({ challengeResponse: right }))).toMatchObject({ name: 'SignInException' });
  });

  it('ends the sign-in after three wrong TOTP codes', async () => {
    const secret = newSecret();
    const p = await optionalPool({ mfa: { enabled: ['TOTP'] }, totpSecret: secret });
    await p.client.signIn({ username: EMAIL, password: PASSWORD });
    const wrong = p.totpCode(secret, p.now() + 10 * MINUTE);
    await failure(p.client.confirmSignIn({ challengeResponse: wrong }));
    await failure(p.client.confirmSignIn({ challengeResponse: wrong }));
    expect(await failure(p.client.confirmSignIn({ challengeResponse: wrong }))).toMatchObject({ name: 'NotAuthorizedException' });
    expect(p.signInStorage.contents()).toEqual({});
  });

  it('expires a sign-in code with its 5-minute session', async () => {
    const p = await optionalPool({ mfa: { enabled: ['SMS'] } });
    await p.client.signIn({ username: EMAIL, password: PASSWORD });
    p.advance(4 * MINUTE + 59 * SECOND);
    const code = p.codeSentTo(PHONE);
    expect(await failure(p.client.confirmSignIn({ challengeResponse: code === '000000' ? '000001' : '000000' }))).toMatchObject({ name: 'CodeMismatchException' });
    p.advance(1 * SECOND);
    expect(await failure(p.client.confirmSignIn({ challengeResponse: code }))).toEqual({
      name: 'NotAuthorizedException',
      message: 'Invalid session for the user, session is expired.',
    });
  });
});

describe('MFA required (ON)', () => {
  /** A username pool: the user has no email, as in Amplify's MFA setup examples. */
  async function requiredPool(types: MfaType[], attributes: SeedUser['attributes'] = {}) {
    const pool = createTestPool({ loginWith: { username: true }, mfa: { enforcement: 'ON', types } });
    await pool.seedUser({ username: 'bob', password: PASSWORD, attributes });
    return pool;
  }

  it('TOTP+EMAIL: setup selection, TOTP setup with an authenticator app, DONE; the next sign-in asks for TOTP', async () => {
    const p = await requiredPool(['TOTP', 'EMAIL']);
    expect(await p.client.signIn({ username: 'bob', password: PASSWORD })).toEqual({
      isSignedIn: false,
      nextStep: { signInStep: 'CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION', allowedMFATypes: ['TOTP', 'EMAIL'] },
    });
    const setup = await p.client.confirmSignIn({ challengeResponse: 'TOTP' });
    if (setup.nextStep.signInStep !== 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP') throw new Error(`Unexpected step ${setup.nextStep.signInStep}`);
    const details = setup.nextStep.totpSetupDetails;
    const { sharedSecret } = details;
    expect(sharedSecret).toMatch(/^[A-Z2-7]{32}$/);
    const uri = details.getSetupUri('Gatehouse');
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.searchParams.get('secret')).toBe(sharedSecret);
    expect(uri.searchParams.get('issuer')).toBe('Gatehouse');
    expect(decodeURIComponent(uri.pathname)).toContain('Gatehouse:bob');
    expect(decodeURIComponent(details.getSetupUri('Gatehouse', 'bob@work').pathname)).toContain('Gatehouse:bob@work');
    expectNoSecretsInStorage(p);

    expect(await failure(p.client.confirmSignIn({ challengeResponse: p.totpCode(sharedSecret, p.now() + 10 * MINUTE) }))).toMatchObject({
      name: 'EnableSoftwareTokenMFAException',
    });
    const setupCode = p.totpCode(sharedSecret);
    expect(await p.client.confirmSignIn({ challengeResponse: setupCode })).toEqual({ isSignedIn: true, nextStep: { signInStep: 'DONE' } });
    expect(await p.client.fetchMFAPreference()).toEqual({ enabled: ['TOTP'], preferred: 'TOTP' });
    expectNoSecretsInStorage(p);

    await p.client.signOut();
    expect((await p.client.signIn({ username: 'bob', password: PASSWORD })).nextStep).toEqual({ signInStep: 'CONFIRM_SIGN_IN_WITH_TOTP_CODE' });
    // The code that verified the setup is spent.
    expect(await failure(p.client.confirmSignIn({ challengeResponse: setupCode }))).toMatchObject({ name: 'CodeMismatchException' });
    p.advance(30 * SECOND);
    expect((await p.client.confirmSignIn({ challengeResponse: p.totpCode(sharedSecret) })).nextStep.signInStep).toBe('DONE');
    expectNoSecretsInStorage(p);
  });

  it('TOTP+EMAIL: EMAIL setup asks for an address, sends it a code, and signs in; the next sign-in sends an email code', async () => {
    const p = await requiredPool(['TOTP', 'EMAIL']);
    await p.client.signIn({ username: 'bob', password: PASSWORD });
    expect(await p.client.confirmSignIn({ challengeResponse: 'EMAIL' })).toEqual({ isSignedIn: false, nextStep: { signInStep: 'CONTINUE_SIGN_IN_WITH_EMAIL_SETUP' } });
    expect(await failure(p.client.confirmSignIn({ challengeResponse: 'not-an-email' }))).toMatchObject({ name: 'InvalidParameterException' });
    expect(await p.client.confirmSignIn({ challengeResponse: 'bob@example.com' })).toEqual({
      isSignedIn: false,
      nextStep: { signInStep: 'CONFIRM_SIGN_IN_WITH_EMAIL_CODE', codeDeliveryDetails: { destination: 'b***@e***', deliveryMedium: 'EMAIL', attributeName: 'email' } },
    });
    expect((await p.client.confirmSignIn({ challengeResponse: p.codeSentTo('bob@example.com') })).nextStep.signInStep).toBe('DONE');
    const attributes = await p.client.fetchUserAttributes();
    expect(attributes).toMatchObject({ email: 'bob@example.com', email_verified: 'true' });
    expect(await p.client.fetchMFAPreference()).toEqual({ enabled: ['EMAIL'], preferred: 'EMAIL' });
    expectNoSecretsInStorage(p);

    await p.client.signOut();
    expect((await p.client.signIn({ username: 'bob', password: PASSWORD })).nextStep.signInStep).toBe('CONFIRM_SIGN_IN_WITH_EMAIL_CODE');
  });

  it('TOTP only: goes straight to TOTP setup', async () => {
    const p = await requiredPool(['TOTP']);
    const setup = await p.client.signIn({ username: 'bob', password: PASSWORD });
    if (setup.nextStep.signInStep !== 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP') throw new Error(`Unexpected step ${setup.nextStep.signInStep}`);
    const secret = setup.nextStep.totpSetupDetails.sharedSecret;
    expect((await p.client.confirmSignIn({ challengeResponse: p.totpCode(secret) })).nextStep.signInStep).toBe('DONE');
    expectNoSecretsInStorage(p);
  });

  it('SMS: a user with a phone number gets an SMS code without any setup', async () => {
    const p = await requiredPool(['SMS', 'TOTP'], { phone_number: PHONE });
    expect((await p.client.signIn({ username: 'bob', password: PASSWORD })).nextStep).toEqual({
      signInStep: 'CONFIRM_SIGN_IN_WITH_SMS_CODE',
      codeDeliveryDetails: { destination: '+*******0100', deliveryMedium: 'SMS', attributeName: 'phone_number' },
    });
    expect((await p.client.confirmSignIn({ challengeResponse: p.codeSentTo(PHONE) })).nextStep.signInStep).toBe('DONE');
    expectNoSecretsInStorage(p);
  });

  it('SMS+TOTP: a user without a phone number sets up TOTP', async () => {
    const p = await requiredPool(['SMS', 'TOTP']);
    expect((await p.client.signIn({ username: 'bob', password: PASSWORD })).nextStep.signInStep).toBe('CONTINUE_SIGN_IN_WITH_TOTP_SETUP');
  });

  it('continues a TOTP setup after a page reload; the secret never reaches client storage', async () => {
    const p = await requiredPool(['TOTP', 'EMAIL']);
    await p.client.signIn({ username: 'bob', password: PASSWORD });
    const reloaded = p.reload();
    const setup = await reloaded.client.confirmSignIn({ challengeResponse: 'TOTP' });
    if (setup.nextStep.signInStep !== 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP') throw new Error(`Unexpected step ${setup.nextStep.signInStep}`);
    expectNoSecretsInStorage(p);
    const again = p.reload();
    expect((await again.client.confirmSignIn({ challengeResponse: p.totpCode(setup.nextStep.totpSetupDetails.sharedSecret) })).nextStep.signInStep).toBe('DONE');
    expectNoSecretsInStorage(p);
  });

  it('puts autoSignIn after a password sign-up through MFA', async () => {
    const p = createTestPool({ loginWith: { phone: true }, mfa: { enforcement: 'ON', types: ['SMS'] } });
    await p.client.signUp({ username: PHONE, password: PASSWORD, options: { autoSignIn: true } });
    await p.client.confirmSignUp({ username: PHONE, confirmationCode: p.codeSentTo(PHONE) });
    expect((await p.client.autoSignIn()).nextStep.signInStep).toBe('CONFIRM_SIGN_IN_WITH_SMS_CODE');
    expect(p.messagesTo(PHONE).map((m) => m.purpose)).toEqual(['signUp', 'signIn']);
    expect((await p.client.confirmSignIn({ challengeResponse: p.codeSentTo(PHONE) })).nextStep.signInStep).toBe('DONE');
    expectNoSecretsInStorage(p);
  });

  it('signs in after a new password and then asks for MFA', async () => {
    const p = createTestPool({ mfa: { enforcement: 'ON', types: ['SMS'] } });
    await p.seedUser({ username: EMAIL, password: 'Temporary-Pass-1', status: 'FORCE_CHANGE_PASSWORD', attributes: { phone_number: PHONE } });
    await p.client.signIn({ username: EMAIL, password: 'Temporary-Pass-1' });
    expect((await p.client.confirmSignIn({ challengeResponse: PASSWORD })).nextStep.signInStep).toBe('CONFIRM_SIGN_IN_WITH_SMS_CODE');
    expect((await p.client.confirmSignIn({ challengeResponse: p.codeSentTo(PHONE) })).nextStep.signInStep).toBe('DONE');
    expectNoSecretsInStorage(p);
  });
});
