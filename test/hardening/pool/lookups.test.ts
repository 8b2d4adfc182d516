// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { VerifiableUserAttributeKey } from '../../../src/client/types.js';
import { createTestPool, failure, PASSWORD } from '../../support/local-pool.js';

/** Names that are also members of Object.prototype: a plain-object lookup finds (or loses) them. */
const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];

const SIGN_IN_KEY = 'gatehouse.local_gatehouse.gatehouse-local-client.signIn';

describe('user-keyed and caller-keyed lookups', () => {
  it.each(PROTOTYPE_NAMES)('a user named %s signs up, confirms, signs in, and is still there after a reload of a persisted pool', async (name) => {
    const p = createTestPool({ loginWith: { username: true, email: true } });
    const email = `${name.replace(/_/g, 'x')}@example.com`;
    expect((await p.client.signUp({ username: name, password: PASSWORD, options: { userAttributes: { email } } })).nextStep.signUpStep).toBe('CONFIRM_SIGN_UP');
    expect(await failure(p.client.signUp({ username: name, password: PASSWORD, options: { userAttributes: { email: 'other@example.com' } } }))).toMatchObject({
      name: 'UsernameExistsException',
    });
    await p.client.confirmSignUp({ username: name, confirmationCode: p.codeSentTo(email) });
    expect((await p.client.signIn({ username: name, password: PASSWORD })).nextStep.signInStep).toBe('DONE');
    expect((await p.client.getCurrentUser()).username).toBe(name);
    expect((await p.client.admin.listUsers()).map((user) => user.username)).toEqual([name]);

    const other = p.otherDevice();
    expect((await other.client.signIn({ username: name, password: PASSWORD })).nextStep.signInStep).toBe('DONE');
    expect(await other.client.admin.getUser(name)).toMatchObject({ username: name, status: 'CONFIRMED' });
  });

  it.each(PROTOTYPE_NAMES)('a forged sign-in session %s is an expired session, not a crash or a lookup of something else', async (session) => {
    const p = createTestPool();
    await p.seedUser({ username: 'ana@example.com', password: PASSWORD });
    p.signInStorage.setItem(SIGN_IN_KEY, JSON.stringify({ session, loginId: 'ana@example.com', authFlowType: 'USER_SRP_AUTH', challenge: 'SMS_MFA' }));
    expect(await failure(p.client.confirmSignIn({ challengeResponse: '123456' }))).toEqual({
      name: 'NotAuthorizedException',
      message: 'Invalid session for the user, session is expired.',
    });
  });

  it.each(PROTOTYPE_NAMES)('a verification code for the attribute %s is refused as an invalid parameter', async (attribute) => {
    const p = createTestPool();
    await p.seedUser({ username: 'ana@example.com', password: PASSWORD });
    await p.client.signIn({ username: 'ana@example.com', password: PASSWORD });
    const key = attribute as VerifiableUserAttributeKey;
    expect(await failure(p.client.sendUserAttributeVerificationCode({ userAttributeKey: key }))).toMatchObject({ name: 'InvalidParameterException' });
    expect(await failure(p.client.confirmUserAttribute({ userAttributeKey: key, confirmationCode: '123456' }))).toMatchObject({
      name: 'InvalidParameterException',
    });
    expect(p.client.outbox.messages()).toEqual([]);
  });
});
