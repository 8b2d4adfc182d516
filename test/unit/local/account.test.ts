import { describe, expect, it } from 'vitest';
import type { SeedUser } from '../../../src/client/local/index.js';
import { createTestPool, expectNoSecretsInStorage, failure, HOUR, PASSWORD, SECOND } from '../../support/local-pool.js';

const EMAIL = 'ana@example.com';
const PHONE = '+15555550100';

async function signedIn(user: Partial<SeedUser> = {}, options: Parameters<typeof createTestPool>[0] = {}) {
  const pool = createTestPool({
    attributes: { name: { required: false }, 'custom:plan': { dataType: 'String', mutable: false }, 'custom:seats': { dataType: 'Number', min: 1, max: 100 } },
    mfa: { enforcement: 'OPTIONAL', types: ['SMS', 'TOTP', 'EMAIL'] },
    ...options,
  });
  await pool.seedUser({ username: EMAIL, password: PASSWORD, attributes: { name: 'Ana' }, ...user });
  await pool.client.signIn({ username: EMAIL, password: PASSWORD });
  return pool;
}

describe('user attributes', () => {
  it('fetches the signed-in user’s attributes', async () => {
    const p = await signedIn();
    const attributes = await p.client.fetchUserAttributes();
    expect(attributes).toEqual({ email: EMAIL, email_verified: 'true', name: 'Ana', sub: (await p.client.getCurrentUser()).userId });
    await p.client.signOut();
    expect(await failure(p.client.fetchUserAttributes())).toMatchObject({ name: 'UserUnAuthenticatedException' });
  });

  it('updates attributes: a new email waits for its code, a name is updated at once', async () => {
    const p = await signedIn();
    const output = await p.client.updateUserAttributes({ userAttributes: { email: 'ana.new@example.com', name: 'Ana B' } });
    expect(output).toEqual({
      email: {
        isUpdated: false,
        nextStep: { updateAttributeStep: 'CONFIRM_ATTRIBUTE_WITH_CODE', codeDeliveryDetails: { destination: 'a***@e***', deliveryMedium: 'EMAIL', attributeName: 'email' } },
      },
      name: { isUpdated: true, nextStep: { updateAttributeStep: 'DONE' } },
    });
    expect(p.messagesTo('ana.new@example.com')).toMatchObject([{ purpose: 'verifyAttribute', channel: 'EMAIL' }]);
    expect(p.messagesTo(EMAIL)).toEqual([]);
    expect((await p.client.fetchUserAttributes()).name).toBe('Ana B');
    expect(await failure(p.client.confirmUserAttribute({ userAttributeKey: 'email', confirmationCode: p.codeSentTo('ana.new@example.com') === '000000' ? '000001' : '000000' }))).toMatchObject({
      name: 'CodeMismatchException',
    });
    await expect(p.client.confirmUserAttribute({ userAttributeKey: 'email', confirmationCode: p.codeSentTo('ana.new@example.com') })).resolves.toBeUndefined();
    expect(await p.client.fetchUserAttributes()).toMatchObject({ email: 'ana.new@example.com', email_verified: 'true' });
    await p.client.signOut();
    expect((await p.client.signIn({ username: 'ana.new@example.com', password: PASSWORD })).nextStep.signInStep).toBe('DONE');
    expectNoSecretsInStorage(p);
  });

  it('sends a verification code for an unverified phone number and confirms it', async () => {
    const p = await signedIn({ attributes: { name: 'Ana', phone_number: PHONE, phone_number_verified: 'false' } });
    expect((await p.client.fetchUserAttributes()).phone_number_verified).toBe('false');
    expect(await p.client.sendUserAttributeVerificationCode({ userAttributeKey: 'phone_number' })).toEqual({
      destination: '+*******0100',
      deliveryMedium: 'SMS',
      attributeName: 'phone_number',
    });
    await p.client.confirmUserAttribute({ userAttributeKey: 'phone_number', confirmationCode: p.codeSentTo(PHONE) });
    expect((await p.client.fetchUserAttributes()).phone_number_verified).toBe('true');
    expectNoSecretsInStorage(p);
  });

  it('expires an attribute code after 24 hours: ExpiredCodeException', async () => {
    const p = await signedIn({}, { tokens: { accessTtlMs: 48 * HOUR } });
    await p.client.sendUserAttributeVerificationCode({ userAttributeKey: 'email' });
    p.advance(24 * HOUR);
    expect(await failure(p.client.confirmUserAttribute({ userAttributeKey: 'email', confirmationCode: p.codeSentTo(EMAIL) }))).toMatchObject({
      name: 'ExpiredCodeException',
    });
  });

  it('spends an attribute code after too many wrong tries: LimitExceededException', async () => {
    const p = await signedIn();
    await p.client.sendUserAttributeVerificationCode({ userAttributeKey: 'email' });
    const right = p.codeSentTo(EMAIL);
    const wrong = right === '111111' ? '222222' : '111111';
    const names: string[] = [];
    for (let i = 0; i < 3; i++) names.push((await failure(p.client.confirmUserAttribute({ userAttributeKey: 'email', confirmationCode: wrong }))).name);
    expect(names).toEqual(['CodeMismatchException', 'CodeMismatchException', 'LimitExceededException']);
    expect(await failure(p.client.confirmUserAttribute({ userAttributeKey: 'email', confirmationCode: right }))).toMatchObject({ name: 'LimitExceededException' });
    await p.client.sendUserAttributeVerificationCode({ userAttributeKey: 'email' });
    await expect(p.client.confirmUserAttribute({ userAttributeKey: 'email', confirmationCode: p.codeSentTo(EMAIL) })).resolves.toBeUndefined();
  });

  it('refuses attributes that break the schema', async () => {
    const p = await signedIn({ attributes: { name: 'Ana', 'custom:plan': 'pro' } });
    const update = async (userAttributes: Record<string, string>) => failure(p.client.updateUserAttributes({ userAttributes }));
    expect(await update({ email: 'not-an-email' })).toMatchObject({ name: 'InvalidParameterException' });
    expect(await update({ phone_number: '555-0100' })).toMatchObject({ name: 'InvalidParameterException' });
    expect(await update({ 'custom:unknown': 'x' })).toMatchObject({ name: 'InvalidParameterException' });
    expect(await update({ 'custom:seats': '101' })).toMatchObject({ name: 'InvalidParameterException' });
    expect(await update({ 'custom:plan': 'free' })).toMatchObject({ name: 'InvalidParameterException', message: 'Cannot modify the non-mutable attribute custom:plan' });
    expect(await update({ email_verified: 'true' })).toMatchObject({ name: 'NotAuthorizedException' });
    expect(await p.client.fetchUserAttributes()).toMatchObject({ email: EMAIL, 'custom:plan': 'pro' });
  });

  it('refuses an email another user signs in with: AliasExistsException', async () => {
    const p = await signedIn();
    await p.seedUser({ username: 'bea@example.com', password: PASSWORD });
    expect(await failure(p.client.updateUserAttributes({ userAttributes: { email: 'bea@example.com' } }))).toMatchObject({ name: 'AliasExistsException' });
    expect((await p.client.fetchUserAttributes()).email).toBe(EMAIL);
  });

  it('in a username pool, lets another user’s email alias be set but not verified: AliasExistsException', async () => {
    const p = createTestPool({ loginWith: { username: true, email: true } });
    await p.seedUser({ username: 'ana', password: PASSWORD, attributes: { email: EMAIL } });
    await p.seedUser({ username: 'bea', password: PASSWORD, attributes: { email: 'bea@example.com' } });
    await p.client.signIn({ username: 'bea', password: PASSWORD });
    const output = await p.client.updateUserAttributes({ userAttributes: { email: EMAIL } });
    expect(output.email?.nextStep.updateAttributeStep).toBe('CONFIRM_ATTRIBUTE_WITH_CODE');
    expect(await failure(p.client.confirmUserAttribute({ userAttributeKey: 'email', confirmationCode: p.codeSentTo(EMAIL) }))).toMatchObject({
      name: 'AliasExistsException',
    });
    await p.client.signOut();
    // The alias still names Ana only.
    await p.client.signIn({ username: EMAIL, password: PASSWORD });
    expect((await p.client.getCurrentUser()).username).toBe('ana');
  });
});

describe('TOTP and MFA preferences of a signed-in user', () => {
  it('sets up TOTP, prefers it, and the next sign-in asks for it', async () => {
    const p = await signedIn();
    expect(await p.client.fetchMFAPreference()).toEqual({});
    expect(await failure(p.client.updateMFAPreference({ totp: 'PREFERRED' }))).toMatchObject({ name: 'InvalidParameterException' });
    const details = await p.client.setUpTOTP();
    expect(details.sharedSecret).toMatch(/^[A-Z2-7]{32}$/);
    expect(decodeURIComponent(details.getSetupUri('Gatehouse').pathname)).toContain(`Gatehouse:${EMAIL}`);
    expectNoSecretsInStorage(p);
    expect(await failure(p.client.verifyTOTPSetup({ code: p.totpCode(details.sharedSecret, p.now() + 300 * SECOND) }))).toMatchObject({
      name: 'EnableSoftwareTokenMFAException',
    });
    const code = p.totpCode(details.sharedSecret);
    await p.client.verifyTOTPSetup({ code });
    await p.client.updateMFAPreference({ totp: 'PREFERRED' });
    expect(await p.client.fetchMFAPreference()).toEqual({ enabled: ['TOTP'], preferred: 'TOTP' });

    await p.client.signOut();
    expect((await p.client.signIn({ username: EMAIL, password: PASSWORD })).nextStep.signInStep).toBe('CONFIRM_SIGN_IN_WITH_TOTP_CODE');
    // The code that verified the setup is spent.
    expect(await failure(p.client.confirmSignIn({ challengeResponse: code }))).toMatchObject({ name: 'CodeMismatchException' });
    p.advance(30 * SECOND);
    expect((await p.client.confirmSignIn({ challengeResponse: p.totpCode(details.sharedSecret) })).nextStep.signInStep).toBe('DONE');
    expectNoSecretsInStorage(p);

    await p.client.updateMFAPreference({ totp: 'DISABLED' });
    expect(await p.client.fetchMFAPreference()).toEqual({});
    await p.client.signOut();
    expect((await p.client.signIn({ username: EMAIL, password: PASSWORD })).nextStep.signInStep).toBe('DONE');
  });

  it('enables several types without a preference, then the sign-in asks to choose', async () => {
    const p = await signedIn({ attributes: { name: 'Ana', phone_number: PHONE } });
    await p.client.updateMFAPreference({ sms: 'ENABLED', email: 'ENABLED' });
    expect(await p.client.fetchMFAPreference()).toEqual({ enabled: ['SMS', 'EMAIL'] });
    await p.client.signOut();
    expect((await p.client.signIn({ username: EMAIL, password: PASSWORD })).nextStep).toEqual({
      signInStep: 'CONTINUE_SIGN_IN_WITH_MFA_SELECTION',
      allowedMFATypes: ['SMS', 'EMAIL'],
    });
  });

  it('refuses SMS MFA for a user without a phone number, and a type the pool does not offer', async () => {
    const p = await signedIn({}, { mfa: { enforcement: 'OPTIONAL', types: ['SMS', 'TOTP'] } });
    expect(await failure(p.client.updateMFAPreference({ sms: 'ENABLED' }))).toMatchObject({ name: 'InvalidParameterException' });
    expect(await failure(p.client.updateMFAPreference({ email: 'ENABLED' }))).toMatchObject({ name: 'InvalidParameterException' });
    expect(await p.client.fetchMFAPreference()).toEqual({});
  });
});
