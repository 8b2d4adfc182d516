import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AuthEvent } from '../../src/client/types.js';
import { cognitoApi, createPool, createUser, uniqueEmail, type PoolSetup } from '../cognito/api.js';
import { PASSWORD_FLOW, PASSWORD_FLOW_CLIENT, configureAmplify, signOutQuietly, type AmplifyHarness } from './amplify.js';

const PASSWORD = 'Passw0rd!';

let setup: PoolSetup;
let amplify: AmplifyHarness;

beforeAll(async () => {
  setup = await createPool({
    client: PASSWORD_FLOW_CLIENT,
    pool: {
      Policies: {
        PasswordPolicy: { MinimumLength: 10, RequireLowercase: true, RequireUppercase: true, RequireNumbers: true, RequireSymbols: true, PasswordHistorySize: 2 },
      },
    },
  });
  amplify = configureAmplify(setup);
});

afterEach(() => signOutQuietly(amplify.client));

async function signedIn(password = 'Passw0rd!-1'): Promise<string> {
  const email = uniqueEmail('account');
  await createUser(setup, { email, password });
  expect((await amplify.client.signIn({ username: email, password, options: PASSWORD_FLOW })).isSignedIn).toBe(true);
  return email;
}

async function signInAgain(email: string, password: string) {
  await amplify.client.signOut();
  return amplify.client.signIn({ username: email, password, options: PASSWORD_FLOW });
}

describe('updatePassword through aws-amplify/auth', () => {
  it('changes the password: the new one signs in, the old one no longer does', async () => {
    const email = await signedIn();
    await amplify.client.updatePassword({ oldPassword: 'Passw0rd!-1', newPassword: 'N3w-Passw0rd!' });
    await expect(signInAgain(email, 'Passw0rd!-1')).rejects.toMatchObject({ name: 'NotAuthorizedException', message: 'Incorrect username or password.' });
    expect(await amplify.client.signIn({ username: email, password: 'N3w-Passw0rd!', options: PASSWORD_FLOW })).toEqual({ isSignedIn: true, nextStep: { signInStep: 'DONE' } });
  });

  it('refuses a wrong old password, a password the policy refuses, and a recent password', async () => {
    const email = await signedIn();
    await expect(amplify.client.updatePassword({ oldPassword: 'Not-the-passw0rd', newPassword: 'N3w-Passw0rd!' })).rejects.toMatchObject({
      name: 'NotAuthorizedException',
      message: 'Incorrect username or password.',
    });
    await expect(amplify.client.updatePassword({ oldPassword: 'Passw0rd!-1', newPassword: 'Sh0rt!' })).rejects.toMatchObject({
      name: 'InvalidPasswordException',
      reason: 'passwordTooShort',
    });
    await expect(amplify.client.updatePassword({ oldPassword: 'Passw0rd!-1', newPassword: 'n3w-passw0rd!' })).rejects.toMatchObject({
      name: 'InvalidPasswordException',
      reason: 'passwordNeedsUppercase',
    });
    // The pool remembers two passwords: the current one and the one before it.
    await expect(amplify.client.updatePassword({ oldPassword: 'Passw0rd!-1', newPassword: 'Passw0rd!-1' })).rejects.toMatchObject({
      name: 'PasswordHistoryPolicyViolationException',
    });
    await amplify.client.updatePassword({ oldPassword: 'Passw0rd!-1', newPassword: 'Passw0rd!-2' });
    await amplify.client.updatePassword({ oldPassword: 'Passw0rd!-2', newPassword: 'Passw0rd!-3' });
    await expect(amplify.client.updatePassword({ oldPassword: 'Passw0rd!-3', newPassword: 'Passw0rd!-2' })).rejects.toMatchObject({
      name: 'PasswordHistoryPolicyViolationException',
    });
    await amplify.client.updatePassword({ oldPassword: 'Passw0rd!-3', newPassword: 'Passw0rd!-1' });
    expect((await signInAgain(email, 'Passw0rd!-1')).isSignedIn).toBe(true);
  });

  it('checks its input before calling Cognito', async () => {
    await signedIn();
    await expect(amplify.client.updatePassword({ oldPassword: '', newPassword: 'N3w-Passw0rd!' })).rejects.toMatchObject({ name: 'InvalidParameterException' });
  });
});

describe('deleteUser through aws-amplify/auth', () => {
  it('deletes the user, revokes its tokens and signs out', async () => {
    const email = await signedIn();
    const accessToken = amplify.storage.accessToken();
    const refreshToken = amplify.storage.refreshToken();
    const events: AuthEvent['event'][] = [];
    const stop = amplify.client.subscribe((event) => events.push(event.event));
    await amplify.client.deleteUser();
    stop();
    expect(events).toEqual(['signedOut']);
    await expect(amplify.client.getCurrentUser()).rejects.toMatchObject({ name: 'UserUnAuthenticatedException' });
    await expect(cognitoApi('GetUser', { AccessToken: accessToken })).rejects.toMatchObject({ name: 'NotAuthorizedException', message: 'Access Token has been revoked' });
    await expect(cognitoApi('GetTokensFromRefreshToken', { ClientId: setup.userPoolClientId, RefreshToken: refreshToken })).rejects.toMatchObject({
      name: 'NotAuthorizedException',
    });
    await expect(amplify.client.signIn({ username: email, password: 'Passw0rd!-1', options: PASSWORD_FLOW })).rejects.toMatchObject({ name: 'UserNotFoundException', message: 'User does not exist.' });
  });

  // Last: it configures Amplify for another pool.
  it('leaves a client that hides which users exist saying only "Incorrect username or password."', async () => {
    const hiding = await createPool({ client: { ...PASSWORD_FLOW_CLIENT, PreventUserExistenceErrors: 'ENABLED' } });
    amplify = configureAmplify(hiding);
    const email = uniqueEmail('hidden');
    await createUser(hiding, { email });
    await amplify.client.signIn({ username: email, password: PASSWORD, options: PASSWORD_FLOW });
    await amplify.client.deleteUser();
    await expect(amplify.client.signIn({ username: email, password: PASSWORD, options: PASSWORD_FLOW })).rejects.toMatchObject({
      name: 'NotAuthorizedException',
      message: 'Incorrect username or password.',
    });
  });
});
