import { describe, expect, it } from 'vitest';
import type { LocalPoolConfig, SeedUser } from '../../../src/client/local/index.js';
import { claimsOf, createTestPool, expectNoSecretsInStorage, failure, PASSWORD, SECOND, storedTokens, type TestPool } from '../../support/local-pool.js';

// UpdateUserAttributes, GetUserAttributeVerificationCode, VerifyUserAttribute and DeleteUserAttributes, with
// Cognito's AttributesRequireVerificationBeforeUpdate ("Keep original attribute value active when an update
// is pending"): "Amazon Cognito doesn't change the value of the attribute until your user responds to the
// verification message and confirms the new value" and "your user can sign in and receive messages with the
// original attribute value until they verify the new value" (API reference, UserAttributeUpdateSettingsType
// and UpdateUserAttributes).
const EMAIL = 'ana@example.com';
const NEW_EMAIL = 'ana.new@example.com';
const PHONE = '+15555550100';
const NEW_PHONE = '+15555550111';

const SCHEMA: NonNullable<LocalPoolConfig['attributes']> = {
  given_name: { required: true },
  birthdate: { mutable: false },
  'custom:plan': { dataType: 'String', mutable: false, maxLen: 8 },
  'custom:seats': { dataType: 'Number', min: 1, max: 100 },
  'custom:beta': { dataType: 'Boolean' },
  'custom:renews': { dataType: 'DateTime' },
  'custom:team': { dataType: 'String', minLen: 2, maxLen: 4 },
};

async function signedIn(config: LocalPoolConfig = {}, user: Partial<SeedUser> = {}): Promise<TestPool> {
  const pool = createTestPool({ attributes: SCHEMA, ...config });
  await pool.seedUser({ username: EMAIL, password: PASSWORD, attributes: { given_name: 'Ana', phone_number: PHONE }, ...user });
  await pool.client.signIn({ username: EMAIL, password: PASSWORD });
  return pool;
}

async function signInStep(pool: TestPool, username: string): Promise<string> {
  try {
    return (await pool.otherDevice().client.signIn({ username, password: PASSWORD })).nextStep.signInStep;
  } catch (error) {
    return (error as Error).name;
  }
}

describe('updateUserAttribute', () => {
  it('answers CONFIRM_ATTRIBUTE_WITH_CODE for an email, with where the code went, and DONE for others', async () => {
    const p = await signedIn();
    expect(await p.client.updateUserAttribute({ userAttribute: { attributeKey: 'email', value: NEW_EMAIL } })).toEqual({
      isUpdated: false,
      nextStep: { updateAttributeStep: 'CONFIRM_ATTRIBUTE_WITH_CODE', codeDeliveryDetails: { destination: 'a***@e***', deliveryMedium: 'EMAIL', attributeName: 'email' } },
    });
    expect(await p.client.updateUserAttribute({ userAttribute: { attributeKey: 'phone_number', value: NEW_PHONE } })).toEqual({
      isUpdated: false,
      nextStep: { updateAttributeStep: 'CONFIRM_ATTRIBUTE_WITH_CODE', codeDeliveryDetails: { destination: '+*******0111', deliveryMedium: 'SMS', attributeName: 'phone_number' } },
    });
    expect(await p.client.updateUserAttribute({ userAttribute: { attributeKey: 'given_name', value: 'Anna' } })).toEqual({
      isUpdated: true,
      nextStep: { updateAttributeStep: 'DONE' },
    });
    expect((await p.client.fetchUserAttributes()).given_name).toBe('Anna');
    expect(p.messagesTo(NEW_EMAIL)).toMatchObject([{ purpose: 'verifyAttribute' }]);
    expect(p.messagesTo(NEW_PHONE)).toMatchObject([{ purpose: 'verifyAttribute', channel: 'SMS' }]);
  });

  it('checks what updateUserAttributes checks, and goes through the simulated network', async () => {
    const p = await signedIn();
    expect(await failure(p.client.updateUserAttribute({ userAttribute: { attributeKey: 'custom:seats', value: '0' } }))).toMatchObject({ name: 'InvalidParameterException' });
    p.client.admin.failNext('updateUserAttribute', 'NetworkError');
    expect(await failure(p.client.updateUserAttribute({ userAttribute: { attributeKey: 'given_name', value: 'Anna' } }))).toMatchObject({ name: 'NetworkError' });
    expect((await p.client.fetchUserAttributes()).given_name).toBe('Ana');
  });
});

describe('keeping the original value while an update is pending (the default for email and phone)', () => {
  it('keeps the old email in force and verified until the code sent to the new one comes back', async () => {
    const p = await signedIn();
    await p.client.updateUserAttributes({ userAttributes: { email: NEW_EMAIL } });
    expect(await p.client.fetchUserAttributes()).toMatchObject({ email: EMAIL, email_verified: 'true' });
    expect(await signInStep(p, EMAIL)).toBe('DONE');
    expect(await signInStep(p, NEW_EMAIL)).toBe('UserNotFoundException');
    // Messages still go to the old address: a password reset code, say.
    await p.otherDevice().client.resetPassword({ username: EMAIL });
    expect(p.messagesTo(EMAIL).map((m) => m.purpose)).toEqual(['resetPassword']);
    // Refreshed tokens still carry the old, verified email.
    await p.client.fetchAuthSession({ forceRefresh: true });
    expect(claimsOf(storedTokens(p.storage)?.idToken ?? '')).toMatchObject({ email: EMAIL, email_verified: true });

    await p.client.confirmUserAttribute({ userAttributeKey: 'email', confirmationCode: p.codeSentTo(NEW_EMAIL) });
    expect(await p.client.fetchUserAttributes()).toMatchObject({ email: NEW_EMAIL, email_verified: 'true' });
    expect(await signInStep(p, NEW_EMAIL)).toBe('DONE');
    expect(await signInStep(p, EMAIL)).toBe('UserNotFoundException');
    expectNoSecretsInStorage(p);
  });

  it('keeps the old phone number for SMS MFA until the new one is confirmed', async () => {
    const p = await signedIn({ mfa: { enforcement: 'OPTIONAL', types: ['SMS'] } }, { mfa: { enabled: ['SMS'], preferred: 'SMS' } });
    await p.client.confirmSignIn({ challengeResponse: p.codeSentTo(PHONE) });
    await p.client.updateUserAttributes({ userAttributes: { phone_number: NEW_PHONE } });
    expect(await p.client.fetchUserAttributes()).toMatchObject({ phone_number: PHONE, phone_number_verified: 'true' });
    p.advance(SECOND);
    const other = p.otherDevice();
    expect((await other.client.signIn({ username: EMAIL, password: PASSWORD })).nextStep).toMatchObject({ codeDeliveryDetails: { destination: '+*******0100' } });
    await p.client.confirmUserAttribute({ userAttributeKey: 'phone_number', confirmationCode: p.codeSentTo(NEW_PHONE) });
    expect(await p.client.fetchUserAttributes()).toMatchObject({ phone_number: NEW_PHONE, phone_number_verified: 'true' });
  });

  it('sends a requested code to the pending new value, and never lets a code of the old one confirm it', async () => {
    const p = await signedIn();
    await p.client.sendUserAttributeVerificationCode({ userAttributeKey: 'email' });
    const oldCode = p.codeSentTo(EMAIL);
    await p.client.updateUserAttributes({ userAttributes: { email: NEW_EMAIL } });
    expect(await p.client.sendUserAttributeVerificationCode({ userAttributeKey: 'email' })).toEqual({ destination: 'a***@e***', deliveryMedium: 'EMAIL', attributeName: 'email' });
    expect(p.messagesTo(NEW_EMAIL)).toHaveLength(2);
    expect(p.messagesTo(EMAIL)).toHaveLength(1);
    const newCode = p.codeSentTo(NEW_EMAIL);
    expect(await failure(p.client.confirmUserAttribute({ userAttributeKey: 'email', confirmationCode: oldCode === newCode ? '000000' : oldCode }))).toMatchObject({
      name: 'CodeMismatchException',
    });
    expect((await p.client.fetchUserAttributes()).email).toBe(EMAIL);
    await p.client.confirmUserAttribute({ userAttributeKey: 'email', confirmationCode: newCode });
    expect((await p.client.fetchUserAttributes()).email).toBe(NEW_EMAIL);
  });

  it('drops a pending change when the current value is set again', async () => {
    const p = await signedIn();
    await p.client.updateUserAttributes({ userAttributes: { email: NEW_EMAIL } });
    const code = p.codeSentTo(NEW_EMAIL);
    expect(await p.client.updateUserAttributes({ userAttributes: { email: EMAIL } })).toEqual({ email: { isUpdated: true, nextStep: { updateAttributeStep: 'DONE' } } });
    expect(await failure(p.client.confirmUserAttribute({ userAttributeKey: 'email', confirmationCode: code }))).toMatchObject({ name: 'CodeMismatchException' });
    expect(await p.client.fetchUserAttributes()).toMatchObject({ email: EMAIL, email_verified: 'true' });
  });

  it('replaces an unverified value at once: there is nothing verified to keep', async () => {
    const p = await signedIn({}, { attributes: { given_name: 'Ana', phone_number: PHONE, phone_number_verified: 'false' } });
    await p.client.updateUserAttributes({ userAttributes: { phone_number: NEW_PHONE } });
    expect(await p.client.fetchUserAttributes()).toMatchObject({ phone_number: NEW_PHONE, phone_number_verified: 'false' });
  });

  it('refuses, at the code, an email another user took meanwhile: AliasExistsException', async () => {
    const p = await signedIn();
    await p.client.updateUserAttributes({ userAttributes: { email: NEW_EMAIL } });
    // The new address is not Ana's yet, so someone else may sign up with it.
    const bea = p.otherDevice();
    await bea.client.signUp({ username: NEW_EMAIL, password: PASSWORD, options: { userAttributes: { given_name: 'Bea' } } });
    await bea.client.confirmSignUp({ username: NEW_EMAIL, confirmationCode: bea.client.outbox.latest(NEW_EMAIL)?.code ?? '' });
    const anasCode = p.client.outbox.latest(NEW_EMAIL)?.code ?? '';
    expect(await failure(p.client.confirmUserAttribute({ userAttributeKey: 'email', confirmationCode: anasCode }))).toEqual({
      name: 'AliasExistsException',
      message: 'An account with the given email already exists.',
    });
    expect((await p.client.fetchUserAttributes()).email).toBe(EMAIL);
  });

  it('can be turned off: attributesRequireVerificationBeforeUpdate: [] updates at once, unverified', async () => {
    const p = await signedIn({ attributesRequireVerificationBeforeUpdate: [] });
    await p.client.updateUserAttributes({ userAttributes: { email: NEW_EMAIL } });
    expect(await p.client.fetchUserAttributes()).toMatchObject({ email: NEW_EMAIL, email_verified: 'false' });
    expect(await signInStep(p, NEW_EMAIL)).toBe('DONE');
    expect(await signInStep(p, EMAIL)).toBe('UserNotFoundException');
    await p.client.confirmUserAttribute({ userAttributeKey: 'email', confirmationCode: p.codeSentTo(NEW_EMAIL) });
    expect((await p.client.fetchUserAttributes()).email_verified).toBe('true');
  });

  it('can keep the original for one attribute only', async () => {
    const p = await signedIn({ attributesRequireVerificationBeforeUpdate: ['phone_number'] });
    await p.client.updateUserAttributes({ userAttributes: { email: NEW_EMAIL, phone_number: NEW_PHONE } });
    expect(await p.client.fetchUserAttributes()).toMatchObject({ email: NEW_EMAIL, email_verified: 'false', phone_number: PHONE, phone_number_verified: 'true' });
  });
});

describe('the schema on updates', () => {
  it('refuses immutable attributes and the service’s own, as Cognito does', async () => {
    const p = await signedIn({}, { attributes: { given_name: 'Ana', birthdate: '1990-01-01', 'custom:plan': 'pro' } });
    const update = async (userAttributes: Record<string, string>) => failure(p.client.updateUserAttributes({ userAttributes }));
    expect(await update({ birthdate: '1991-01-01' })).toEqual({ name: 'InvalidParameterException', message: 'Cannot modify the non-mutable attribute birthdate' });
    expect(await update({ 'custom:plan': 'free' })).toEqual({ name: 'InvalidParameterException', message: 'Cannot modify the non-mutable attribute custom:plan' });
    for (const key of ['sub', 'email_verified', 'phone_number_verified']) {
      expect(await update({ [key]: 'true' })).toEqual({ name: 'NotAuthorizedException', message: `A client attempted to write unauthorized attribute ${key}` });
    }
    expect(await p.client.fetchUserAttributes()).toMatchObject({ birthdate: '1990-01-01', 'custom:plan': 'pro' });
  });

  it('checks the types and bounds of custom attributes', async () => {
    const p = await signedIn();
    const update = async (userAttributes: Record<string, string>) => (await failure(p.client.updateUserAttributes({ userAttributes }))).name;
    for (const bad of [{ 'custom:seats': '0' }, { 'custom:seats': '101' }, { 'custom:seats': 'many' }, { 'custom:beta': 'yes' }, { 'custom:renews': 'soon' }, { 'custom:team': 'x' }, { 'custom:team': 'abcde' }, { 'custom:nope': 'x' }]) {
      expect(await update(bad)).toBe('InvalidParameterException');
    }
    await p.client.updateUserAttributes({ userAttributes: { 'custom:seats': '100', 'custom:beta': 'true', 'custom:renews': '2026-02-01T00:00:00Z', 'custom:team': 'abcd' } });
    expect(await p.client.fetchUserAttributes()).toMatchObject({ 'custom:seats': '100', 'custom:beta': 'true', 'custom:team': 'abcd' });
  });

  it('refuses an email another user signs in with: AliasExistsException, before any code is sent', async () => {
    const p = await signedIn();
    await p.seedUser({ username: 'bea@example.com', password: PASSWORD, attributes: { given_name: 'Bea' } });
    expect(await failure(p.client.updateUserAttribute({ userAttribute: { attributeKey: 'email', value: 'bea@example.com' } }))).toEqual({
      name: 'AliasExistsException',
      message: 'An account with the given email already exists.',
    });
    expect(p.messagesTo('bea@example.com')).toEqual([]);
  });

  it('refuses to blank a required attribute', async () => {
    const p = await signedIn();
    expect(await failure(p.client.updateUserAttributes({ userAttributes: { given_name: ' ' } }))).toEqual({
      name: 'InvalidParameterException',
      message: 'Attributes did not conform to the schema: given_name: The attribute given_name is required',
    });
  });
});

describe('deleteUserAttributes', () => {
  it('deletes attributes; an email or phone number takes its verified flag with it', async () => {
    const p = await signedIn({}, { attributes: { given_name: 'Ana', phone_number: PHONE, 'custom:team': 'red' } });
    await p.client.deleteUserAttributes({ userAttributeKeys: ['phone_number', 'custom:team'] });
    const attributes = await p.client.fetchUserAttributes();
    expect(attributes).not.toHaveProperty('phone_number');
    expect(attributes).not.toHaveProperty('phone_number_verified');
    expect(attributes).not.toHaveProperty('custom:team');
    expect(attributes.given_name).toBe('Ana');
  });

  it('refuses required attributes, the sign-in email, immutable and unknown attributes, and the service’s own', async () => {
    const p = await signedIn({}, { attributes: { given_name: 'Ana', phone_number: PHONE, 'custom:plan': 'pro' } });
    const remove = async (key: string) => failure(p.client.deleteUserAttributes({ userAttributeKeys: [key as 'email'] }));
    expect(await remove('given_name')).toEqual({ name: 'InvalidParameterException', message: 'Attributes did not conform to the schema: given_name: The attribute given_name is required' });
    expect(await remove('email')).toEqual({ name: 'InvalidParameterException', message: 'Attributes did not conform to the schema: email: The attribute email is required' });
    expect(await remove('custom:plan')).toEqual({ name: 'InvalidParameterException', message: 'Cannot modify the non-mutable attribute custom:plan' });
    expect(await remove('custom:nope')).toMatchObject({ name: 'InvalidParameterException' });
    expect(await remove('sub')).toMatchObject({ name: 'NotAuthorizedException' });
    expect(await remove('__proto__')).toMatchObject({ name: 'InvalidParameterException' });
    // Refused as a whole: a request with one bad name deletes nothing.
    expect(await failure(p.client.deleteUserAttributes({ userAttributeKeys: ['phone_number', 'given_name'] }))).toMatchObject({ name: 'InvalidParameterException' });
    expect(await p.client.fetchUserAttributes()).toMatchObject({ email: EMAIL, given_name: 'Ana', phone_number: PHONE, 'custom:plan': 'pro' });
  });

  it('takes a pending email with it, in a username pool', async () => {
    const p = createTestPool({ loginWith: { username: true, email: true } });
    await p.seedUser({ username: 'ana', password: PASSWORD, attributes: { email: EMAIL } });
    await p.client.signIn({ username: 'ana', password: PASSWORD });
    await p.client.updateUserAttributes({ userAttributes: { email: NEW_EMAIL } });
    await p.client.deleteUserAttributes({ userAttributeKeys: ['email'] });
    expect(await p.client.fetchUserAttributes()).not.toHaveProperty('email');
    expect(await failure(p.client.confirmUserAttribute({ userAttributeKey: 'email', confirmationCode: p.codeSentTo(NEW_EMAIL) }))).toMatchObject({ name: 'CodeMismatchException' });
    expect(await signInStep(p, EMAIL)).toBe('UserNotFoundException');
  });

  it('needs a signed-in user, and goes through the simulated network', async () => {
    const p = await signedIn();
    p.client.admin.failNext('deleteUserAttributes', 'NetworkError');
    expect(await failure(p.client.deleteUserAttributes({ userAttributeKeys: ['phone_number'] }))).toMatchObject({ name: 'NetworkError' });
    expect((await p.client.fetchUserAttributes()).phone_number).toBe(PHONE);
    await p.client.signOut();
    expect(await failure(p.client.deleteUserAttributes({ userAttributeKeys: ['phone_number'] }))).toMatchObject({ name: 'UserUnAuthenticatedException' });
  });
});
