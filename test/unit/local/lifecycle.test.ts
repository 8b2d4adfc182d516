import { describe, expect, it } from 'vitest';
import { createTestPool, expectNoSecretsInStorage, failure, HOUR, matching, MINUTE, NEW_PASSWORD, PASSWORD } from '../../support/local-pool.js';
import { MECHANISMS } from './mechanisms.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe.each(MECHANISMS)('account lifecycle, $name', (m) => {
  const pool = (extra: Parameters<typeof createTestPool>[0] = {}) => createTestPool({ loginWith: m.loginWith, ...extra });

  it('signs up, confirms with the code from the outbox and signs in', async () => {
    const p = pool();
    const signUp = await p.client.signUp({ username: m.username, password: PASSWORD, options: { userAttributes: m.attributes } });
    expect(signUp).toEqual({ isSignUpComplete: false, userId: matching(UUID), nextStep: { signUpStep: 'CONFIRM_SIGN_UP', codeDeliveryDetails: m.delivery } });
    expect((await p.client.admin.getUser(m.username))?.status).toBe('UNCONFIRMED');
    const [message] = p.messagesTo(m.contact);
    expect(message).toMatchObject({ channel: m.delivery.deliveryMedium, purpose: 'signUp', destination: m.contact });
    expect(message?.text).toContain(message?.code);
    expect(message?.code).toMatch(/^\d{6}$/);
    expectNoSecretsInStorage(p);

    const confirmed = await p.client.confirmSignUp({ username: m.username, confirmationCode: p.codeSentTo(m.contact) });
    expect(confirmed).toEqual({ isSignUpComplete: true, nextStep: { signUpStep: 'DONE' } });
    expect((await p.client.admin.getUser(m.username))?.status).toBe('CONFIRMED');

    expect(await p.client.signIn({ username: m.username, password: PASSWORD })).toEqual({ isSignedIn: true, nextStep: { signInStep: 'DONE' } });
    const user = await p.client.getCurrentUser();
    expect(user.userId).toBe(signUp.userId);
    expect(user.signInDetails).toEqual({ loginId: m.username, authFlowType: 'USER_SRP_AUTH' });
    const attributes = await p.client.fetchUserAttributes();
    expect(attributes[`${m.delivery.attributeName}_verified`]).toBe('true');
    expect(attributes.sub).toBe(signUp.userId);
    expect(expectNoSecretsInStorage(p)).toBeGreaterThanOrEqual(2);
  });

  it('signs in with the verified alias too, but not before it is verified', async () => {
    if (m.alias === undefined) return;
    const p = pool();
    await p.client.signUp({ username: m.username, password: PASSWORD, options: { userAttributes: m.attributes } });
    expect(await failure(p.client.signIn({ username: m.alias, password: PASSWORD }))).toMatchObject({ name: 'UserNotFoundException' });
    await p.client.confirmSignUp({ username: m.username, confirmationCode: p.codeSentTo(m.contact) });
    expect((await p.client.signIn({ username: m.alias, password: PASSWORD })).nextStep.signInStep).toBe('DONE');
    expect((await p.client.getCurrentUser()).username).toBe(m.username);
  });

  it('signs up with autoSignIn: COMPLETE_AUTO_SIGN_IN, then autoSignIn is DONE', async () => {
    const p = pool();
    const signUp = await p.client.signUp({ username: m.username, password: PASSWORD, options: { userAttributes: m.attributes, autoSignIn: true } });
    expect(signUp.nextStep.signUpStep).toBe('CONFIRM_SIGN_UP');
    const confirmed = await p.client.confirmSignUp({ username: m.username, confirmationCode: p.codeSentTo(m.contact) });
    expect(confirmed).toEqual({ isSignUpComplete: true, nextStep: { signUpStep: 'COMPLETE_AUTO_SIGN_IN' } });
    expect(await p.client.autoSignIn()).toEqual({ isSignedIn: true, nextStep: { signInStep: 'DONE' } });
    const user = await p.client.getCurrentUser();
    expect(user.userId).toBe(signUp.userId);
    expect(user.signInDetails).toEqual({ loginId: m.username, authFlowType: 'USER_SRP_AUTH' });
    expect(p.events.map((e) => e.event)).toEqual(['signedIn']);
    // The session confirmSignUp handed out is good once.
    await p.client.signOut();
    expect(await failure(p.client.autoSignIn())).toMatchObject({ name: 'AutoSignInException' });
    expectNoSecretsInStorage(p);
  });

  it('forgets the autoSignIn session after 5 minutes: AutoSignInException, and a normal sign-in works', async () => {
    const p = pool();
    await p.client.signUp({ username: m.username, password: PASSWORD, options: { userAttributes: m.attributes, autoSignIn: true } });
    await p.client.confirmSignUp({ username: m.username, confirmationCode: p.codeSentTo(m.contact) });
    p.advance(5 * MINUTE);
    expect(await failure(p.client.autoSignIn())).toMatchObject({ name: 'AutoSignInException' });
    expect((await p.client.signIn({ username: m.username, password: PASSWORD })).nextStep.signInStep).toBe('DONE');
  });

  it('describes the pool for the Authenticator', () => {
    const config = pool().client.getBackendConfig();
    expect(config.loginMechanisms).toEqual([m.loginWith.username ? 'username' : m.delivery.attributeName]);
    expect(config.verificationMechanisms).toEqual([m.delivery.attributeName]);
  });

  it('auto-confirms in a pool without verification', async () => {
    const p = pool({ signUpVerification: 'none' });
    const signUp = await p.client.signUp({ username: m.username, password: PASSWORD, options: { userAttributes: m.attributes } });
    expect(signUp).toEqual({ isSignUpComplete: true, userId: matching(UUID), nextStep: { signUpStep: 'DONE' } });
    expect(p.messagesTo(m.contact)).toEqual([]);
    expect((await p.client.admin.getUser(m.username))?.status).toBe('CONFIRMED');
    expect((await p.client.signIn({ username: m.username, password: PASSWORD })).nextStep.signInStep).toBe('DONE');
    expectNoSecretsInStorage(p);
  });

  it('auto-confirms leaving the contact unverified, or verified as a trigger with autoVerifyEmail/autoVerifyPhone does', async () => {
    for (const [signUpVerification, verified] of [['none', undefined], ['verified', 'true']] as const) {
      const p = pool({ signUpVerification });
      await p.client.signUp({ username: m.username, password: PASSWORD, options: { userAttributes: m.attributes } });
      expect(p.messagesTo(m.contact)).toEqual([]);
      await p.client.signIn({ username: m.username, password: PASSWORD });
      expect((await p.client.fetchUserAttributes())[`${m.delivery.attributeName}_verified`]).toBe(verified);
    }
  });

  it('auto-confirms with autoSignIn: COMPLETE_AUTO_SIGN_IN straight from signUp', async () => {
    const p = pool({ signUpVerification: 'none' });
    const signUp = await p.client.signUp({ username: m.username, password: PASSWORD, options: { userAttributes: m.attributes, autoSignIn: true } });
    expect(signUp.nextStep).toEqual({ signUpStep: 'COMPLETE_AUTO_SIGN_IN' });
    expect(signUp.isSignUpComplete).toBe(true);
    expect((await p.client.autoSignIn()).nextStep.signInStep).toBe('DONE');
    expectNoSecretsInStorage(p);
  });

  it('resends the sign-up code: the new code confirms, the old one no longer does', async () => {
    const p = pool();
    await p.client.signUp({ username: m.username, password: PASSWORD, options: { userAttributes: m.attributes } });
    const first = p.codeSentTo(m.contact);
    expect(await p.client.resendSignUpCode({ username: m.username })).toEqual(m.delivery);
    const second = p.codeSentTo(m.contact);
    expect(p.messagesTo(m.contact)).toHaveLength(2);
    if (first !== second) {
      expect(await failure(p.client.confirmSignUp({ username: m.username, confirmationCode: first }))).toMatchObject({ name: 'CodeMismatchException' });
    }
    expect((await p.client.confirmSignUp({ username: m.username, confirmationCode: second })).nextStep.signUpStep).toBe('DONE');
    expect(await failure(p.client.resendSignUpCode({ username: m.username }))).toMatchObject({ name: 'InvalidParameterException' });
    expectNoSecretsInStorage(p);
  });

  it('answers CONFIRM_SIGN_UP to an unconfirmed user with the right password, NotAuthorized with a wrong one', async () => {
    const p = pool();
    await p.client.signUp({ username: m.username, password: PASSWORD, options: { userAttributes: m.attributes } });
    expect(await p.client.signIn({ username: m.username, password: PASSWORD })).toEqual({ isSignedIn: false, nextStep: { signInStep: 'CONFIRM_SIGN_UP' } });
    expect(await failure(p.client.signIn({ username: m.username, password: NEW_PASSWORD }))).toEqual({
      name: 'NotAuthorizedException',
      message: 'Incorrect username or password.',
    });
    await p.client.confirmSignUp({ username: m.username, confirmationCode: p.codeSentTo(m.contact) });
    expect((await p.client.signIn({ username: m.username, password: PASSWORD })).nextStep.signInStep).toBe('DONE');
    expectNoSecretsInStorage(p);
  });

  it('sends a RESET_REQUIRED user to RESET_PASSWORD, and the reset lets them in', async () => {
    const p = pool();
    await p.seedUser(m.seed({ password: PASSWORD, status: 'RESET_REQUIRED' }));
    expect(await p.client.signIn({ username: m.username, password: PASSWORD })).toEqual({ isSignedIn: false, nextStep: { signInStep: 'RESET_PASSWORD' } });
    await p.client.resetPassword({ username: m.username });
    await p.client.confirmResetPassword({ username: m.username, confirmationCode: p.codeSentTo(m.contact), newPassword: NEW_PASSWORD });
    expect((await p.client.admin.getUser(m.username))?.status).toBe('CONFIRMED');
    expect((await p.client.signIn({ username: m.username, password: NEW_PASSWORD })).nextStep.signInStep).toBe('DONE');
    expectNoSecretsInStorage(p);
  });

  it('resets a forgotten password with a code, then signs in with the new one only', async () => {
    const p = pool();
    await p.seedUser(m.seed({ password: PASSWORD }));
    const reset = await p.client.resetPassword({ username: m.username });
    expect(reset).toEqual({ isPasswordReset: false, nextStep: { resetPasswordStep: 'CONFIRM_RESET_PASSWORD_WITH_CODE', codeDeliveryDetails: m.delivery } });
    expect(p.messagesTo(m.contact).at(-1)?.purpose).toBe('resetPassword');
    expect(await failure(p.client.confirmResetPassword({ username: m.username, confirmationCode: '000000', newPassword: NEW_PASSWORD }))).toMatchObject({
      name: 'CodeMismatchException',
    });
    await expect(
      p.client.confirmResetPassword({ username: m.username, confirmationCode: p.codeSentTo(m.contact), newPassword: NEW_PASSWORD }),
    ).resolves.toBeUndefined();
    expect(await failure(p.client.signIn({ username: m.username, password: PASSWORD }))).toMatchObject({ name: 'NotAuthorizedException' });
    expect((await p.client.signIn({ username: m.username, password: NEW_PASSWORD })).nextStep.signInStep).toBe('DONE');
    // The code is spent.
    await p.client.signOut();
    expect(
      await failure(p.client.confirmResetPassword({ username: m.username, confirmationCode: p.codeSentTo(m.contact), newPassword: 'Another-Pass-3' })),
    ).toMatchObject({ name: 'CodeMismatchException' });
    expectNoSecretsInStorage(p);
  });

  it('expires a reset code after an hour', async () => {
    const p = pool();
    await p.seedUser(m.seed({ password: PASSWORD }));
    await p.client.resetPassword({ username: m.username });
    p.advance(HOUR + 1);
    expect(
      await failure(p.client.confirmResetPassword({ username: m.username, confirmationCode: p.codeSentTo(m.contact), newPassword: NEW_PASSWORD })),
    ).toMatchObject({ name: 'ExpiredCodeException' });
  });

  it('asks a FORCE_CHANGE_PASSWORD user for a new password and the missing required attributes', async () => {
    const p = pool({ attributes: { name: { required: true } } });
    await p.seedUser(m.seed({ password: 'Temporary-Pass-1', status: 'FORCE_CHANGE_PASSWORD' }));
    const signIn = await p.client.signIn({ username: m.username, password: 'Temporary-Pass-1' });
    expect(signIn).toEqual({ isSignedIn: false, nextStep: { signInStep: 'CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED', missingAttributes: ['name'] } });
    expectNoSecretsInStorage(p);
    expect(await failure(p.client.confirmSignIn({ challengeResponse: NEW_PASSWORD }))).toMatchObject({ name: 'InvalidParameterException' });
    expect(await failure(p.client.confirmSignIn({ challengeResponse: 'short', options: { userAttributes: { name: 'Ana' } } }))).toMatchObject({
      name: 'InvalidPasswordException',
    });
    const done = await p.client.confirmSignIn({ challengeResponse: NEW_PASSWORD, options: { userAttributes: { name: 'Ana' } } });
    expect(done).toEqual({ isSignedIn: true, nextStep: { signInStep: 'DONE' } });
    expect((await p.client.fetchUserAttributes()).name).toBe('Ana');
    expect((await p.client.admin.getUser(m.username))?.status).toBe('CONFIRMED');
    await p.client.signOut();
    expect((await p.client.signIn({ username: m.username, password: NEW_PASSWORD })).nextStep.signInStep).toBe('DONE');
    expectNoSecretsInStorage(p);
  });

  it('refuses to reset the temporary password of a FORCE_CHANGE_PASSWORD user', async () => {
    const p = pool();
    await p.seedUser(m.seed({ password: 'Temporary-Pass-1', status: 'FORCE_CHANGE_PASSWORD' }));
    expect(await failure(p.client.resetPassword({ username: m.username }))).toEqual({
      name: 'NotAuthorizedException',
      message: 'User password cannot be reset in the current state.',
    });
    // Only the invitation that came with the temporary password: no reset code.
    expect(p.messagesTo(m.contact).map((message) => message.purpose)).toEqual(['invitation']);
  });

  it('refuses a second sign-up with the same name: UsernameExistsException', async () => {
    const p = pool();
    await p.seedUser(m.seed({ password: PASSWORD }));
    expect(await failure(p.client.signUp({ username: m.username, password: PASSWORD, options: { userAttributes: m.attributes } }))).toMatchObject({
      name: 'UsernameExistsException',
    });
  });
});
