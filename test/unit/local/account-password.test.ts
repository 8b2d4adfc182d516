import { describe, expect, it } from 'vitest';
import { createTestPool, expectNoSecretsInStorage, failure, NEW_PASSWORD, PASSWORD, SECOND, storedTokens, type TestPool } from '../../support/local-pool.js';

// ChangePassword and DeleteUser, as Cognito answers them (API reference: ChangePassword, DeleteUser; Amplify's
// updatePassword and deleteUser call them with the signed-in user's access token).
const EMAIL = 'ana@example.com';
const INCORRECT = { name: 'NotAuthorizedException', message: 'Incorrect username or password.' };

async function signedIn(options: Parameters<typeof createTestPool>[0] = {}): Promise<TestPool> {
  const pool = createTestPool(options);
  await pool.seedUser({ username: EMAIL, password: PASSWORD });
  await pool.client.signIn({ username: EMAIL, password: PASSWORD });
  return pool;
}

async function signsInWith(pool: TestPool, password: string): Promise<string> {
  const device = pool.otherDevice();
  try {
    return (await device.client.signIn({ username: EMAIL, password })).nextStep.signInStep;
  } catch (error) {
    return (error as Error).name;
  }
}

describe('updatePassword', () => {
  it('changes the password: the new one signs in, the old one no longer', async () => {
    const p = await signedIn();
    const laptop = p.otherDevice();
    await laptop.client.signIn({ username: EMAIL, password: PASSWORD });
    await expect(p.client.updatePassword({ oldPassword: PASSWORD, newPassword: NEW_PASSWORD })).resolves.toBeUndefined();
    expect(await signsInWith(p, NEW_PASSWORD)).toBe('DONE');
    expect(await signsInWith(p, PASSWORD)).toBe('NotAuthorizedException');
    // Cognito leaves other sessions signed in.
    expect((await laptop.client.fetchUserAttributes()).email).toBe(EMAIL);
    expect((await laptop.client.fetchAuthSession({ forceRefresh: true })).tokens).toBeDefined();
    expectNoSecretsInStorage(p);
  });

  it('refuses a wrong old password: NotAuthorizedException, and the password stays', async () => {
    const p = await signedIn();
    expect(await failure(p.client.updatePassword({ oldPassword: 'Wrong-Passw0rd!', newPassword: NEW_PASSWORD }))).toEqual(INCORRECT);
    expect(await signsInWith(p, PASSWORD)).toBe('DONE');
    expect(await signsInWith(p, NEW_PASSWORD)).toBe('NotAuthorizedException');
  });

  it('counts wrong old passwords toward the lockout sign-in uses; locked, it says LimitExceededException', async () => {
    const p = await signedIn();
    const other = p.otherDevice();
    // Two wrong passwords at sign-in, three here: the fifth locks the account.
    for (let i = 0; i < 2; i++) await failure(other.client.signIn({ username: EMAIL, password: 'Wrong-Passw0rd!' }));
    const names: string[] = [];
    for (let i = 0; i < 4; i++) names.push((await failure(p.client.updatePassword({ oldPassword: 'Wrong-Passw0rd!', newPassword: NEW_PASSWORD }))).name);
    expect(names).toEqual(['NotAuthorizedException', 'NotAuthorizedException', 'NotAuthorizedException', 'LimitExceededException']);
    // Locked: even the right old password is refused, and so is signing in.
    expect(await failure(p.client.updatePassword({ oldPassword: PASSWORD, newPassword: NEW_PASSWORD }))).toEqual({
      name: 'LimitExceededException',
      message: 'Attempt limit exceeded, please try after some time.',
    });
    expect(await failure(other.client.signIn({ username: EMAIL, password: PASSWORD }))).toEqual({ name: 'NotAuthorizedException', message: 'Password attempts exceeded' });
    // Once the lock is over, the right old password works and starts the count again.
    p.advance(SECOND);
    await p.client.updatePassword({ oldPassword: PASSWORD, newPassword: NEW_PASSWORD });
    expect((await p.client.admin.getUser(EMAIL))?.locked).toBe(false);
    expect(await signsInWith(p, NEW_PASSWORD)).toBe('DONE');
  });

  it('applies the password policy to the new password, and the API’s 256-character cap to both', async () => {
    const p = await signedIn({ passwordPolicy: { minLength: 10 } });
    expect(await failure(p.client.updatePassword({ oldPassword: PASSWORD, newPassword: 'Sh0rt!pw' }))).toEqual({
      name: 'InvalidPasswordException',
      message: 'Password did not conform with policy: Password not long enough',
    });
    expect(await failure(p.client.updatePassword({ oldPassword: PASSWORD, newPassword: 'nouppercase-1!' }))).toMatchObject({
      name: 'InvalidPasswordException',
      message: 'Password did not conform with policy: Password must have uppercase characters',
    });
    expect(await failure(p.client.updatePassword({ oldPassword: PASSWORD, newPassword: ` ${NEW_PASSWORD}` }))).toMatchObject({ name: 'InvalidPasswordException' });
    const long = `Aa1!${'x'.repeat(253)}`;
    for (const input of [{ oldPassword: PASSWORD, newPassword: long }, { oldPassword: long, newPassword: NEW_PASSWORD }]) {
      expect(await failure(p.client.updatePassword(input))).toEqual({
        name: 'InvalidParameterException',
        message: "1 validation error detected: Value at 'password' failed to satisfy constraint: Member must have length less than or equal to 256",
      });
    }
    expect(await failure(p.client.updatePassword({ oldPassword: '', newPassword: NEW_PASSWORD }))).toMatchObject({ name: 'InvalidParameterException' });
    // None of these was a wrong password: nothing counted toward the lockout, and the password is unchanged.
    expect(await signsInWith(p, PASSWORD)).toBe('DONE');
  });

  it('needs a signed-in user, and goes through the simulated network', async () => {
    const p = await signedIn();
    p.client.admin.failNext('updatePassword', 'NetworkError');
    expect(await failure(p.client.updatePassword({ oldPassword: PASSWORD, newPassword: NEW_PASSWORD }))).toMatchObject({ name: 'NetworkError' });
    expect(await signsInWith(p, PASSWORD)).toBe('DONE');
    await p.client.signOut();
    expect(await failure(p.client.updatePassword({ oldPassword: PASSWORD, newPassword: NEW_PASSWORD }))).toMatchObject({ name: 'UserUnAuthenticatedException' });
  });
});

describe('deleteUser', () => {
  it('deletes the user, clears this client’s storage and fires signedOut', async () => {
    const p = await signedIn();
    await p.client.deleteUser();
    expect(p.events.at(-1)).toEqual({ event: 'signedOut' });
    expect(storedTokens(p.storage)).toBeUndefined();
    expect(p.storage.contents()).toEqual({});
    expect(await p.client.admin.getUser(EMAIL)).toBeUndefined();
    expect(await failure(p.client.getCurrentUser())).toMatchObject({ name: 'UserUnAuthenticatedException' });
  });

  it('revokes every token of the user, on every device', async () => {
    const p = await signedIn();
    const other = p.otherDevice();
    await other.client.signIn({ username: EMAIL, password: PASSWORD });
    await p.client.deleteUser();
    expect(await failure(other.client.fetchUserAttributes())).toMatchObject({ name: 'NotAuthorizedException', message: 'Access Token has been revoked' });
    expect(await other.client.fetchAuthSession({ forceRefresh: true })).toEqual({});
    expect(other.events.at(-1)).toMatchObject({ event: 'tokenRefresh_failure' });
  });

  it('then signing in says what Cognito says of an unknown user', async () => {
    const open = await signedIn();
    await open.client.deleteUser();
    expect(await failure(open.client.signIn({ username: EMAIL, password: PASSWORD }))).toEqual({ name: 'UserNotFoundException', message: 'User does not exist.' });

    const hiding = await signedIn({ preventUserExistenceErrors: true });
    await hiding.client.deleteUser();
    expect(await failure(hiding.client.signIn({ username: EMAIL, password: PASSWORD }))).toEqual(INCORRECT);
  });

  it('lets the name sign up again, as a new user', async () => {
    const p = await signedIn();
    const before = (await p.client.getCurrentUser()).userId;
    await p.client.deleteUser();
    const signUp = await p.client.signUp({ username: EMAIL, password: PASSWORD });
    expect(signUp.userId).not.toBe(before);
    expect((await p.client.admin.getUser(EMAIL))?.status).toBe('UNCONFIRMED');
  });

  it('ends a sign-in in progress for the user on another device', async () => {
    const p = createTestPool({ mfa: { enforcement: 'OPTIONAL', types: ['EMAIL'] } });
    await p.seedUser({ username: EMAIL, password: PASSWORD, mfa: { enabled: ['EMAIL'], preferred: 'EMAIL' } });
    const other = p.otherDevice();
    expect((await other.client.signIn({ username: EMAIL, password: PASSWORD })).nextStep.signInStep).toBe('CONFIRM_SIGN_IN_WITH_EMAIL_CODE');
    const code = p.codeSentTo(EMAIL);
    p.advance(SECOND);
    await p.client.signIn({ username: EMAIL, password: PASSWORD });
    await p.client.confirmSignIn({ challengeResponse: p.codeSentTo(EMAIL) });
    await p.client.deleteUser();
    expect(await failure(other.client.confirmSignIn({ challengeResponse: code }))).toMatchObject({ name: 'NotAuthorizedException' });
  });

  it('needs a signed-in user, and goes through the simulated network', async () => {
    const p = await signedIn();
    p.client.admin.failNext('deleteUser', 'InternalErrorException');
    expect(await failure(p.client.deleteUser())).toMatchObject({ name: 'InternalErrorException' });
    expect(await p.client.admin.getUser(EMAIL)).toBeDefined();
    expect(storedTokens(p.storage)).toBeDefined();
    await p.client.signOut();
    expect(await failure(p.client.deleteUser())).toMatchObject({ name: 'UserUnAuthenticatedException' });
  });
});
