import { describe, expect, it } from 'vitest';
import { createTestPool, expectNoSecretsInStorage, failure, MINUTE, NEW_PASSWORD, PASSWORD, SECOND } from '../../support/local-pool.js';

const EMAIL = 'ana@example.com';
const INCORRECT = { name: 'NotAuthorizedException', message: 'Incorrect username or password.' };

async function poolWithAna(extra: Parameters<typeof createTestPool>[0] = {}) {
  const pool = createTestPool(extra);
  await pool.seedUser({ username: EMAIL, password: PASSWORD, ...(extra.mfa ? { mfa: { enabled: ['EMAIL'] } } : {}) });
  return pool;
}

describe('password sign-in', () => {
  it('signs in with USER_PASSWORD_AUTH and records how', async () => {
    const p = await poolWithAna();
    expect(await p.client.signIn({ username: EMAIL, password: PASSWORD, options: { authFlowType: 'USER_PASSWORD_AUTH' } })).toEqual({
      isSignedIn: true,
      nextStep: { signInStep: 'DONE' },
    });
    expect((await p.client.getCurrentUser()).signInDetails).toEqual({ loginId: EMAIL, authFlowType: 'USER_PASSWORD_AUTH' });
    expectNoSecretsInStorage(p);
  });

  it('is case-insensitive on the email, as Cognito pools are by default', async () => {
    const p = await poolWithAna();
    expect((await p.client.signIn({ username: 'Ana@Example.COM', password: PASSWORD })).nextStep.signInStep).toBe('DONE');
  });

  it('refuses a wrong password with NotAuthorizedException "Incorrect username or password."', async () => {
    const p = await poolWithAna();
    expect(await failure(p.client.signIn({ username: EMAIL, password: NEW_PASSWORD }))).toEqual(INCORRECT);
    expect(await p.client.fetchAuthSession()).toEqual({});
    expectNoSecretsInStorage(p);
  });

  it('answers UserNotFoundException for an unknown user', async () => {
    const p = await poolWithAna();
    expect(await failure(p.client.signIn({ username: 'nobody@example.com', password: PASSWORD }))).toEqual({
      name: 'UserNotFoundException',
      message: 'User does not exist.',
    });
    expect(await failure(p.client.resetPassword({ username: 'nobody@example.com' }))).toMatchObject({ name: 'UserNotFoundException' });
  });

  it('hides which users exist with preventUserExistenceErrors', async () => {
    const p = await poolWithAna({ preventUserExistenceErrors: true });
    expect(await failure(p.client.signIn({ username: 'nobody@example.com', password: PASSWORD }))).toEqual(INCORRECT);
    expect(await failure(p.client.signIn({ username: EMAIL, password: NEW_PASSWORD }))).toEqual(INCORRECT);
    // Forgot-password answers as if a code went out, and nothing was sent.
    const reset = await p.client.resetPassword({ username: 'nobody@example.com' });
    expect(reset.nextStep).toEqual({
      resetPasswordStep: 'CONFIRM_RESET_PASSWORD_WITH_CODE',
      codeDeliveryDetails: { destination: 'n***@e***', deliveryMedium: 'EMAIL', attributeName: 'email' },
    });
    expect(p.messagesTo('nobody@example.com')).toEqual([]);
  });

  it('locks the account after 5 wrong passwords, even for the right one, until the lock expires', async () => {
    const p = await poolWithAna();
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect(await failure(p.client.signIn({ username: EMAIL, password: `Wrong-Pass-${attempt}` }))).toEqual(INCORRECT);
    }
    const locked = { name: 'NotAuthorizedException', message: 'Password attempts exceeded' };
    expect(await failure(p.client.signIn({ username: EMAIL, password: PASSWORD }))).toEqual(locked);
    expect((await p.client.admin.getUser(EMAIL))?.locked).toBe(true);
    // Cognito's first lock lasts one second (test/hardening/pool/lockout.test.ts follows the doubling).
    p.advance(SECOND - 1);
    expect(await failure(p.client.signIn({ username: EMAIL, password: PASSWORD }))).toEqual(locked);
    p.advance(1);
    expect((await p.client.signIn({ username: EMAIL, password: PASSWORD })).nextStep.signInStep).toBe('DONE');
    expectNoSecretsInStorage(p);
  });

  it('does not lock after 4 wrong passwords, and a success resets the count', async () => {
    const p = await poolWithAna();
    for (let attempt = 1; attempt <= 4; attempt++) await failure(p.client.signIn({ username: EMAIL, password: `Wrong-Pass-${attempt}` }));
    expect((await p.client.signIn({ username: EMAIL, password: PASSWORD })).nextStep.signInStep).toBe('DONE');
    await p.client.signOut();
    for (let attempt = 1; attempt <= 4; attempt++) await failure(p.client.signIn({ username: EMAIL, password: `Wrong-Pass-${attempt}` }));
    expect((await p.client.signIn({ username: EMAIL, password: PASSWORD })).nextStep.signInStep).toBe('DONE');
  });

  it('refuses a disabled user', async () => {
    const p = await poolWithAna();
    await p.client.admin.setUserEnabled(EMAIL, false);
    expect(await failure(p.client.signIn({ username: EMAIL, password: PASSWORD }))).toEqual({ name: 'NotAuthorizedException', message: 'User is disabled.' });
  });

  it('hides a disabled account behind "Incorrect username or password." from a wrong password when existence errors are prevented', async () => {
    const p = await poolWithAna({ preventUserExistenceErrors: true });
    await p.client.admin.setUserEnabled(EMAIL, false);
    expect(await failure(p.client.signIn({ username: EMAIL, password: NEW_PASSWORD }))).toEqual(INCORRECT);
    expect(await failure(p.client.signIn({ username: EMAIL, password: PASSWORD }))).toEqual({ name: 'NotAuthorizedException', message: 'User is disabled.' });
  });

  it('refuses signIn while signed in: UserAlreadyAuthenticatedException', async () => {
    const p = await poolWithAna();
    await p.client.signIn({ username: EMAIL, password: PASSWORD });
    expect(await failure(p.client.signIn({ username: EMAIL, password: PASSWORD }))).toMatchObject({ name: 'UserAlreadyAuthenticatedException' });
    expect(await failure(p.client.signInWithRedirect({ provider: 'Google' }))).toMatchObject({ name: 'UserAlreadyAuthenticatedException' });
  });

  it('refuses confirmSignIn without a sign-in in progress: SignInException', async () => {
    const p = await poolWithAna();
    expect(await failure(p.client.confirmSignIn({ challengeResponse: '123456' }))).toMatchObject({ name: 'SignInException' });
    await p.client.signIn({ username: EMAIL, password: PASSWORD });
    expect(await failure(p.client.confirmSignIn({ challengeResponse: '123456' }))).toMatchObject({ name: 'SignInException' });
  });

  it('ends an unanswered sign-in after 5 minutes: NotAuthorizedException, and the progress is forgotten', async () => {
    const p = await poolWithAna({ mfa: { enforcement: 'OPTIONAL', types: ['EMAIL'] } });
    expect((await p.client.signIn({ username: EMAIL, password: PASSWORD })).nextStep.signInStep).toBe('CONFIRM_SIGN_IN_WITH_EMAIL_CODE');
    expect(Object.keys(p.signInStorage.contents())).toHaveLength(1);
    p.advance(5 * MINUTE);
    expect(await failure(p.client.confirmSignIn({ challengeResponse: p.codeSentTo(EMAIL) }))).toEqual({
      name: 'NotAuthorizedException',
      message: 'Invalid session for the user, session is expired.',
    });
    expect(p.signInStorage.contents()).toEqual({});
    expect(await failure(p.client.confirmSignIn({ challengeResponse: p.codeSentTo(EMAIL) }))).toMatchObject({ name: 'SignInException' });
    expectNoSecretsInStorage(p);
  });

  it('lets a new sign-in replace one in progress', async () => {
    const p = await poolWithAna({ mfa: { enforcement: 'OPTIONAL', types: ['EMAIL'] } });
    await p.client.signIn({ username: EMAIL, password: PASSWORD });
    const firstCode = p.codeSentTo(EMAIL);
    await p.client.signIn({ username: EMAIL, password: PASSWORD });
    const secondCode = p.codeSentTo(EMAIL);
    if (firstCode !== secondCode) {
      expect(await failure(p.client.confirmSignIn({ challengeResponse: firstCode }))).toMatchObject({ name: 'CodeMismatchException' });
    }
    expect((await p.client.confirmSignIn({ challengeResponse: secondCode })).nextStep.signInStep).toBe('DONE');
  });
});

describe('a sign-in in progress survives a page reload', () => {
  it('continues with confirmSignIn on a new client built on the same storages', async () => {
    const p = await poolWithAna({ mfa: { enforcement: 'OPTIONAL', types: ['EMAIL'] } });
    const step = await p.client.signIn({ username: EMAIL, password: PASSWORD });
    expect(step.nextStep.signInStep).toBe('CONFIRM_SIGN_IN_WITH_EMAIL_CODE');
    expectNoSecretsInStorage(p);

    const reloaded = p.reload();
    expect(await reloaded.client.confirmSignIn({ challengeResponse: p.codeSentTo(EMAIL) })).toEqual({ isSignedIn: true, nextStep: { signInStep: 'DONE' } });
    expect((await reloaded.client.getCurrentUser()).signInDetails?.loginId).toBe(EMAIL);
    expect(reloaded.events).toMatchObject([{ event: 'signedIn' }]);
    // Same token storage: the first page sees the session too.
    expect((await p.client.fetchAuthSession()).tokens?.accessToken.payload.token_use).toBe('access');
    expect(p.signInStorage.contents()).toEqual({});
    expectNoSecretsInStorage(p);
  });

  it('continues a new-password challenge after a reload', async () => {
    const p = createTestPool();
    await p.seedUser({ username: EMAIL, password: 'Temporary-Pass-1', status: 'FORCE_CHANGE_PASSWORD' });
    await p.client.signIn({ username: EMAIL, password: 'Temporary-Pass-1' });
    const reloaded = p.reload();
    expect((await reloaded.client.confirmSignIn({ challengeResponse: NEW_PASSWORD })).nextStep.signInStep).toBe('DONE');
    expectNoSecretsInStorage(p);
  });
});
