// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createTestPool, failure, NEW_PASSWORD, PASSWORD } from '../../support/local-pool.js';

const EMAIL = 'ana@example.com';
const TOO_LONG = {
  name: 'InvalidParameterException',
  message: "1 validation error detected: Value at 'password' failed to satisfy constraint: Member must have length less than or equal to 256",
};

/** A password that meets the default policy, `length` code points long. */
function passwordOf(length: number, filler = 'x'): string {
  return `Aa1!${filler.repeat(length - 4)}`;
}

describe('passwords longer than Cognito’s 256 characters', () => {
  it('are refused at sign-up, counted in characters (code points), not UTF-16 units', async () => {
    const p = createTestPool();
    expect(await failure(p.client.signUp({ username: EMAIL, password: passwordOf(257) }))).toEqual(TOO_LONG);
    expect(await failure(p.client.signUp({ username: EMAIL, password: passwordOf(257, '🔐') }))).toEqual(TOO_LONG);
    expect(await p.client.admin.getUser(EMAIL)).toBeUndefined();
    expect((await p.client.signUp({ username: EMAIL, password: passwordOf(256, '🔐') })).nextStep.signUpStep).toBe('CONFIRM_SIGN_UP');
    expect((await p.client.signUp({ username: 'bea@example.com', password: passwordOf(256) })).nextStep.signUpStep).toBe('CONFIRM_SIGN_UP');
  });

  it('are refused by confirmResetPassword before the code is even checked, and the old password still works', async () => {
    const p = createTestPool();
    await p.seedUser({ username: EMAIL, password: PASSWORD });
    await p.client.resetPassword({ username: EMAIL });
    expect(await failure(p.client.confirmResetPassword({ username: EMAIL, confirmationCode: '000000', newPassword: passwordOf(257) }))).toEqual(TOO_LONG);
    const code = p.codeSentTo(EMAIL);
    expect(await failure(p.client.confirmResetPassword({ username: EMAIL, confirmationCode: code, newPassword: passwordOf(300) }))).toEqual(TOO_LONG);
    expect((await p.client.signIn({ username: EMAIL, password: PASSWORD })).nextStep.signInStep).toBe('DONE');
    await p.client.signOut();
    await p.client.confirmResetPassword({ username: EMAIL, confirmationCode: code, newPassword: passwordOf(256) });
    expect((await p.client.signIn({ username: EMAIL, password: passwordOf(256) })).nextStep.signInStep).toBe('DONE');
  });

  it('are refused as the new password an administrator-created user must choose', async () => {
    const p = createTestPool();
    await p.seedUser({ username: EMAIL, password: PASSWORD, status: 'FORCE_CHANGE_PASSWORD' });
    expect((await p.client.signIn({ username: EMAIL, password: PASSWORD })).nextStep.signInStep).toBe('CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED');
    expect(await failure(p.client.confirmSignIn({ challengeResponse: passwordOf(257) }))).toEqual(TOO_LONG);
    expect((await p.client.confirmSignIn({ challengeResponse: NEW_PASSWORD })).nextStep.signInStep).toBe('DONE');
  });
});
