import { beforeAll, describe, expect, it, afterEach } from 'vitest';
import { createPool, createUser, uniqueEmail, type PoolSetup } from '../cognito/api.js';
import { configureAmplify, signOutQuietly, type AmplifyHarness } from './amplify.js';

let setup: PoolSetup;
let amplify: AmplifyHarness;

beforeAll(async () => {
  setup = await createPool({ pool: { Schema: [{ Name: 'name', Required: true, Mutable: true, AttributeDataType: 'String' }] } });
  amplify = configureAmplify(setup);
});

afterEach(() => signOutQuietly(amplify.client));

describe('sign-in through aws-amplify/auth', () => {
  it('signs in with the default SRP flow and knows the user', async () => {
    const email = uniqueEmail('srp');
    await createUser(setup, { email, attributes: { name: 'Ada' } });
    const output = await amplify.client.signIn({ username: email, password: 'Passw0rd!' });
    expect(output).toEqual({ isSignedIn: true, nextStep: { signInStep: 'DONE' } });
    const user = await amplify.client.getCurrentUser();
    expect(user.signInDetails).toEqual({ loginId: email, authFlowType: 'USER_SRP_AUTH' });
    expect(await amplify.client.fetchUserAttributes()).toMatchObject({ email, name: 'Ada' });
  });

  it('rejects a wrong password with NotAuthorizedException "Incorrect username or password."', async () => {
    const email = uniqueEmail('wrong');
    await createUser(setup, { email, attributes: { name: 'Ada' } });
    const attempt = amplify.client.signIn({ username: email, password: 'Wrong-passw0rd!' });
    await expect(attempt).rejects.toMatchObject({ name: 'NotAuthorizedException', message: 'Incorrect username or password.' });
  });

  it('rejects an unknown user with UserNotFoundException', async () => {
    await expect(amplify.client.signIn({ username: uniqueEmail('nobody'), password: 'Passw0rd!' })).rejects.toMatchObject({
      name: 'UserNotFoundException',
      message: 'User does not exist.',
    });
  });

  it('asks an unconfirmed user to confirm the sign-up', async () => {
    const email = uniqueEmail('unconfirmed');
    await amplify.client.signUp({ username: email, password: 'Passw0rd!', options: { userAttributes: { email, name: 'Ada' } } });
    const output = await amplify.client.signIn({ username: email, password: 'Passw0rd!' });
    expect(output).toEqual({ isSignedIn: false, nextStep: { signInStep: 'CONFIRM_SIGN_UP' } });
  });

  it('requires a new password, with the missing required attributes, for a user an administrator created', async () => {
    const email = uniqueEmail('temporary');
    await createUser(setup, { email, password: 'Temp0rary!', temporary: true });
    const output = await amplify.client.signIn({ username: email, password: 'Temp0rary!' });
    expect(output).toEqual({
      isSignedIn: false,
      nextStep: { signInStep: 'CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED', missingAttributes: ['name'] },
    });
    await expect(amplify.client.confirmSignIn({ challengeResponse: 'short', options: { userAttributes: { name: 'Ada' } } })).rejects.toMatchObject({
      name: 'InvalidPasswordException',
    });
    const done = await amplify.client.confirmSignIn({ challengeResponse: 'N3w-passw0rd!', options: { userAttributes: { name: 'Ada' } } });
    expect(done).toEqual({ isSignedIn: true, nextStep: { signInStep: 'DONE' } });
    await amplify.client.signOut();
    expect((await amplify.client.signIn({ username: email, password: 'N3w-passw0rd!' })).isSignedIn).toBe(true);
  });

  it('maps Amplify\'s own checks to the contract\'s names', async () => {
    await expect(amplify.client.signIn({ username: '', password: 'Passw0rd!' })).rejects.toMatchObject({ name: 'InvalidParameterException' });
    const email = uniqueEmail('twice');
    await createUser(setup, { email, attributes: { name: 'Ada' } });
    await amplify.client.signIn({ username: email, password: 'Passw0rd!' });
    await expect(amplify.client.signIn({ username: email, password: 'Passw0rd!' })).rejects.toMatchObject({
      name: 'UserAlreadyAuthenticatedException',
      message: 'There is already a signed in user.',
      recoverySuggestion: 'Call signOut before calling signIn again.',
    });
  });
});
