import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createPool, createUser, latestCode, uniqueEmail, type PoolSetup } from '../cognito/api.js';
import { PASSWORD_FLOW, PASSWORD_FLOW_CLIENT, configureAmplify, signOutQuietly, type AmplifyHarness } from './amplify.js';

const PASSWORD = 'Passw0rd!';

/** As Amplify Gen 2 sets a pool up: a new email or phone number waits for its code before it replaces the old one. */
const KEEP_ORIGINAL = {
  AutoVerifiedAttributes: ['email', 'phone_number'],
  UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: ['email', 'phone_number'] },
  Schema: [{ Name: 'nickname', Mutable: true, AttributeDataType: 'String' }],
};

let keepOriginal: PoolSetup;
let amplify: AmplifyHarness;

beforeAll(async () => {
  keepOriginal = await createPool({ pool: KEEP_ORIGINAL, client: PASSWORD_FLOW_CLIENT });
  amplify = configureAmplify(keepOriginal);
});

afterEach(() => signOutQuietly(amplify.client));

async function signedIn(setup: PoolSetup, attributes: Record<string, string> = {}): Promise<string> {
  const email = uniqueEmail('attributes');
  await createUser(setup, { email, attributes });
  await amplify.client.signIn({ username: email, password: PASSWORD, options: PASSWORD_FLOW });
  return email;
}

async function signInAgain(username: string) {
  await amplify.client.signOut();
  return amplify.client.signIn({ username, password: PASSWORD, options: PASSWORD_FLOW });
}

describe('updateUserAttributes with "keep original attribute value active when an update is pending"', () => {
  it('asks for a code for a new email, keeps the old one in force until it is confirmed, and updates the rest at once', async () => {
    const email = await signedIn(keepOriginal);
    const newEmail = uniqueEmail('moved');
    const output = await amplify.client.updateUserAttributes({ userAttributes: { email: newEmail, nickname: 'Ada' } });
    expect(output).toEqual({
      email: {
        isUpdated: false,
        nextStep: {
          updateAttributeStep: 'CONFIRM_ATTRIBUTE_WITH_CODE',
          codeDeliveryDetails: { attributeName: 'email', deliveryMedium: 'EMAIL', destination: `${newEmail.slice(0, 1)}***@e***` },
        },
      },
      nickname: { isUpdated: true, nextStep: { updateAttributeStep: 'DONE' } },
    });
    expect(await amplify.client.fetchUserAttributes()).toMatchObject({ email, email_verified: 'true', nickname: 'Ada' });

    // The old address still signs in; the new one is nobody's yet.
    expect((await signInAgain(email)).isSignedIn).toBe(true);
    await expect(signInAgain(newEmail)).rejects.toMatchObject({ name: 'UserNotFoundException' });
    await amplify.client.signIn({ username: email, password: PASSWORD, options: PASSWORD_FLOW });

    await expect(amplify.client.confirmUserAttribute({ userAttributeKey: 'email', confirmationCode: '000000' })).rejects.toMatchObject({
      name: 'CodeMismatchException',
    });
    await amplify.client.confirmUserAttribute({ userAttributeKey: 'email', confirmationCode: await latestCode(newEmail) });
    expect(await amplify.client.fetchUserAttributes()).toMatchObject({ email: newEmail, email_verified: 'true' });
    expect((await signInAgain(newEmail)).isSignedIn).toBe(true);
    await expect(signInAgain(email)).rejects.toMatchObject({ name: 'UserNotFoundException' });
  });

  it('sends the code for a new phone number by SMS (updateUserAttribute) and keeps the verified old number', async () => {
    await signedIn(keepOriginal, { phone_number: '+15555550100', phone_number_verified: 'true' });
    const output = await amplify.client.updateUserAttribute({ userAttribute: { attributeKey: 'phone_number', value: '+15555550177' } });
    expect(output).toEqual({
      isUpdated: false,
      nextStep: {
        updateAttributeStep: 'CONFIRM_ATTRIBUTE_WITH_CODE',
        codeDeliveryDetails: { attributeName: 'phone_number', deliveryMedium: 'SMS', destination: '+*******0177' },
      },
    });
    expect(await amplify.client.fetchUserAttributes()).toMatchObject({ phone_number: '+15555550100', phone_number_verified: 'true' });
    await amplify.client.confirmUserAttribute({ userAttributeKey: 'phone_number', confirmationCode: await latestCode('+15555550177') });
    expect(await amplify.client.fetchUserAttributes()).toMatchObject({ phone_number: '+15555550177', phone_number_verified: 'true' });
  });

  it('answers DONE for an attribute that needs no code', async () => {
    await signedIn(keepOriginal);
    expect(await amplify.client.updateUserAttribute({ userAttribute: { attributeKey: 'nickname', value: 'Countess' } })).toEqual({
      isUpdated: true,
      nextStep: { updateAttributeStep: 'DONE' },
    });
    expect((await amplify.client.fetchUserAttributes()).nickname).toBe('Countess');
  });

  it('refuses an email another account signs in with', async () => {
    const taken = uniqueEmail('taken');
    await createUser(keepOriginal, { email: taken });
    await signedIn(keepOriginal);
    await expect(amplify.client.updateUserAttributes({ userAttributes: { email: taken } })).rejects.toMatchObject({ name: 'AliasExistsException' });
  });
});

describe('sendUserAttributeVerificationCode and confirmUserAttribute', () => {
  it('sends a code to the attribute asked for, and confirming it verifies that attribute only', async () => {
    const email = await signedIn(keepOriginal, { phone_number: '+15555550123', phone_number_verified: 'false' });
    expect(await amplify.client.sendUserAttributeVerificationCode({ userAttributeKey: 'phone_number' })).toEqual({
      attributeName: 'phone_number',
      deliveryMedium: 'SMS',
      destination: '+*******0123',
    });
    const code = await latestCode('+15555550123');
    await expect(amplify.client.confirmUserAttribute({ userAttributeKey: 'email', confirmationCode: code })).rejects.toMatchObject({
      name: 'CodeMismatchException',
    });
    await amplify.client.confirmUserAttribute({ userAttributeKey: 'phone_number', confirmationCode: code });
    expect(await amplify.client.fetchUserAttributes()).toMatchObject({ email, email_verified: 'true', phone_number_verified: 'true' });
  });
});

describe('deleteUserAttributes', () => {
  it('removes the attributes (a phone number with its verified flag) and keeps the others', async () => {
    const email = await signedIn(keepOriginal, { phone_number: '+15555550142', phone_number_verified: 'true', nickname: 'Ada' });
    await amplify.client.deleteUserAttributes({ userAttributeKeys: ['phone_number', 'nickname'] });
    const attributes = await amplify.client.fetchUserAttributes();
    expect(attributes).toMatchObject({ email, email_verified: 'true' });
    expect(attributes).not.toHaveProperty('phone_number');
    expect(attributes).not.toHaveProperty('phone_number_verified');
    expect(attributes).not.toHaveProperty('nickname');
  });

  it('refuses to delete a required attribute', async () => {
    await signedIn(keepOriginal);
    await expect(amplify.client.deleteUserAttributes({ userAttributeKeys: ['sub'] })).rejects.toMatchObject({ name: 'InvalidParameterException' });
  });
});

// Last: it configures Amplify for another pool.
describe('updateUserAttributes without that setting', () => {
  it('puts a new email in force at once, unverified, and sends it a code', async () => {
    const immediate = await createPool({ client: PASSWORD_FLOW_CLIENT });
    amplify = configureAmplify(immediate);
    const email = await signedIn(immediate);
    const newEmail = uniqueEmail('at-once');
    const output = await amplify.client.updateUserAttributes({ userAttributes: { email: newEmail } });
    expect(output.email?.nextStep.updateAttributeStep).toBe('CONFIRM_ATTRIBUTE_WITH_CODE');
    expect(await amplify.client.fetchUserAttributes()).toMatchObject({ email: newEmail, email_verified: 'false' });
    await expect(signInAgain(email)).rejects.toMatchObject({ name: 'UserNotFoundException' });
    expect((await signInAgain(newEmail)).isSignedIn).toBe(true);
    await amplify.client.confirmUserAttribute({ userAttributeKey: 'email', confirmationCode: await latestCode(newEmail) });
    expect((await amplify.client.fetchUserAttributes()).email_verified).toBe('true');
  });
});
