import { describe, expect, it } from 'vitest';
import type { UserAttributes } from '../../../src/client/types.js';
import { createTestPool, expectNoSecretsInStorage, failure, HOUR, matching, MINUTE, PASSWORD } from '../../support/local-pool.js';

const EMAIL = 'ana@example.com';

function policyError(rule: string) {
  return { name: 'InvalidPasswordException', message: `Password did not conform with policy: ${rule}` };
}

describe('password policy (InvalidPasswordException)', () => {
  const cases: [string, string, { name: string; message?: string }][] = [
    ['too short', 'Sh0rt!', policyError('Password not long enough')],
    ['no uppercase', 'lowercase-only-9', policyError('Password must have uppercase characters')],
    ['no lowercase', 'UPPERCASE-ONLY-9', policyError('Password must have lowercase characters')],
    ['no number', 'No-Digits-Here', policyError('Password must have numeric characters')],
    ['no symbol', 'NoSymbols123', policyError('Password must have symbol characters')],
    ['a leading space', ' Leading-Space-1', { name: 'InvalidPasswordException' }],
    ['a trailing space', 'Trailing-Space-1 ', { name: 'InvalidPasswordException' }],
  ];

  it.each(cases)('refuses a password with %s at sign-up', async (_, password, expected) => {
    const p = createTestPool();
    expect(await failure(p.client.signUp({ username: EMAIL, password }))).toMatchObject(expected);
    expect(await p.client.admin.getUser(EMAIL)).toBeUndefined();
    expect(p.client.outbox.messages()).toEqual([]);
  });

  it.each(cases)('refuses a new password with %s at reset', async (_, password, expected) => {
    const p = createTestPool();
    await p.seedUser({ username: EMAIL, password: PASSWORD });
    await p.client.resetPassword({ username: EMAIL });
    expect(await failure(p.client.confirmResetPassword({ username: EMAIL, confirmationCode: p.codeSentTo(EMAIL), newPassword: password }))).toMatchObject(expected);
    // The code is not spent by a refused password.
    await p.client.confirmResetPassword({ username: EMAIL, confirmationCode: p.codeSentTo(EMAIL), newPassword: 'Fresh-Pass-42' });
    expect((await p.client.signIn({ username: EMAIL, password: 'Fresh-Pass-42' })).nextStep.signInStep).toBe('DONE');
  });

  it('follows a configured policy', async () => {
    const p = createTestPool({ passwordPolicy: { minLength: 12, requireSymbols: false, requireUppercase: false } });
    expect(await failure(p.client.signUp({ username: EMAIL, password: 'lowercase12' }))).toEqual(policyError('Password not long enough'));
    expect((await p.client.signUp({ username: EMAIL, password: 'lowercase1234' })).nextStep.signUpStep).toBe('CONFIRM_SIGN_UP');
    expect(p.client.getBackendConfig().passwordPolicy).toEqual({
      minLength: 12,
      requireLowercase: true,
      requireUppercase: false,
      requireNumbers: true,
      requireSymbols: false,
    });
  });
});

describe('attributes at sign-up (InvalidParameterException)', () => {
  const attributes = {
    name: { required: true },
    'custom:seats': { dataType: 'Number', min: 1, max: 100 },
    'custom:nick': { dataType: 'String', minLen: 2, maxLen: 8 },
    'custom:beta': { dataType: 'Boolean' },
  } as const;

  const cases: [string, string, UserAttributes, string | RegExp][] = [
    ['a username that is not an email', 'ana', { name: 'Ana' }, 'Username should be an email.'],
    ['a malformed phone number', EMAIL, { name: 'Ana', phone_number: '555-0100' }, 'Invalid phone number format.'],
    ['an unknown custom attribute', EMAIL, { name: 'Ana', 'custom:unknown': 'x' }, /custom:unknown/],
    ['a Number under its minimum', EMAIL, { name: 'Ana', 'custom:seats': '0' }, /custom:seats/],
    ['a Number over its maximum', EMAIL, { name: 'Ana', 'custom:seats': '101' }, /custom:seats/],
    ['a Number that is not a number', EMAIL, { name: 'Ana', 'custom:seats': 'ten' }, /custom:seats/],
    ['a String over its maxLen', EMAIL, { name: 'Ana', 'custom:nick': 'far-too-long' }, /custom:nick/],
    ['a Boolean that is not one', EMAIL, { name: 'Ana', 'custom:beta': 'yes' }, /custom:beta/],
    ['a required attribute missing', EMAIL, {}, /name/],
    ['an unknown standard attribute', EMAIL, { name: 'Ana', shoe_size: '42' } as UserAttributes, /shoe_size/],
  ];

  it.each(cases)('refuses %s', async (_, username, userAttributes, message) => {
    const p = createTestPool({ attributes });
    expect(await failure(p.client.signUp({ username, password: PASSWORD, options: { userAttributes } }))).toEqual({
      name: 'InvalidParameterException',
      message: matching(message),
    });
    expect(await p.client.admin.listUsers()).toEqual([]);
  });

  it('accepts attributes inside their bounds', async () => {
    const p = createTestPool({ attributes });
    const userAttributes = { name: 'Ana', 'custom:seats': '100', 'custom:nick': 'an', 'custom:beta': 'true' };
    await p.client.signUp({ username: EMAIL, password: PASSWORD, options: { userAttributes } });
    expect((await p.client.admin.getUser(EMAIL))?.attributes).toMatchObject(userAttributes);
  });

  it('refuses a malformed email in a username pool, and an email-shaped username in an email-alias pool', async () => {
    const p = createTestPool({ loginWith: { username: true, email: true } });
    expect(await failure(p.client.signUp({ username: 'ana', password: PASSWORD, options: { userAttributes: { email: 'ana-at-example' } } }))).toEqual({
      name: 'InvalidParameterException',
      message: 'Invalid email address format.',
    });
    expect(await failure(p.client.signUp({ username: EMAIL, password: PASSWORD, options: { userAttributes: { email: EMAIL } } }))).toMatchObject({
      name: 'InvalidParameterException',
    });
  });

  it('refuses a phone-as-username that is not E.164', async () => {
    const p = createTestPool({ loginWith: { phone: true } });
    expect(await failure(p.client.signUp({ username: '5555550100', password: PASSWORD }))).toMatchObject({ name: 'InvalidParameterException' });
  });

  it('refuses a sign-up that claims a verified email', async () => {
    const p = createTestPool();
    expect(await failure(p.client.signUp({ username: EMAIL, password: PASSWORD, options: { userAttributes: { email_verified: 'true' } } }))).toMatchObject({
      name: 'NotAuthorizedException',
    });
  });
});

describe('sign-up codes', () => {
  async function signedUp() {
    const p = createTestPool();
    await p.client.signUp({ username: EMAIL, password: PASSWORD });
    return p;
  }

  function wrongCode(right: string): string {
    return right === '111111' ? '222222' : '111111';
  }

  it('refuses a wrong code: CodeMismatchException', async () => {
    const p = await signedUp();
    expect(await failure(p.client.confirmSignUp({ username: EMAIL, confirmationCode: wrongCode(p.codeSentTo(EMAIL)) }))).toEqual({
      name: 'CodeMismatchException',
      message: 'Invalid verification code provided, please try again.',
    });
    expect((await p.client.admin.getUser(EMAIL))?.status).toBe('UNCONFIRMED');
  });

  it('refuses a code typed in other digits (full-width) as a mismatch, not a crash', async () => {
    const p = await signedUp();
    const fullWidth = p.codeSentTo(EMAIL).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    expect(await failure(p.client.confirmSignUp({ username: EMAIL, confirmationCode: fullWidth }))).toMatchObject({ name: 'CodeMismatchException' });
  });

  it('accepts the code until 24 hours, then ExpiredCodeException', async () => {
    const p = await signedUp();
    p.advance(24 * HOUR - MINUTE);
    const code = p.codeSentTo(EMAIL);
    expect(await failure(p.client.confirmSignUp({ username: EMAIL, confirmationCode: wrongCode(code) }))).toMatchObject({ name: 'CodeMismatchException' });
    p.advance(MINUTE);
    expect(await failure(p.client.confirmSignUp({ username: EMAIL, confirmationCode: code }))).toEqual({
      name: 'ExpiredCodeException',
      message: 'Invalid code provided, please request a code again.',
    });
    await p.client.resendSignUpCode({ username: EMAIL });
    expect((await p.client.confirmSignUp({ username: EMAIL, confirmationCode: p.codeSentTo(EMAIL) })).nextStep.signUpStep).toBe('DONE');
  });

  it('spends the code after too many wrong tries: LimitExceededException, even for the right code', async () => {
    const p = await signedUp();
    const right = p.codeSentTo(EMAIL);
    const names: string[] = [];
    for (let i = 0; i < 3; i++) names.push((await failure(p.client.confirmSignUp({ username: EMAIL, confirmationCode: wrongCode(right) }))).name);
    expect(names).toEqual(['CodeMismatchException', 'CodeMismatchException', 'LimitExceededException']);
    expect(await failure(p.client.confirmSignUp({ username: EMAIL, confirmationCode: right }))).toEqual({
      name: 'LimitExceededException',
      message: 'Attempt limit exceeded, please try after some time.',
    });
    expectNoSecretsInStorage(p);
  });

  it('refuses to confirm a confirmed or unknown user', async () => {
    const p = await signedUp();
    await p.client.confirmSignUp({ username: EMAIL, confirmationCode: p.codeSentTo(EMAIL) });
    expect(await failure(p.client.confirmSignUp({ username: EMAIL, confirmationCode: p.codeSentTo(EMAIL) }))).toEqual({
      name: 'NotAuthorizedException',
      message: 'User cannot be confirmed. Current status is CONFIRMED',
    });
    expect(await failure(p.client.confirmSignUp({ username: 'nobody@example.com', confirmationCode: '123456' }))).toMatchObject({ name: 'UserNotFoundException' });
    expect(await failure(p.client.resendSignUpCode({ username: 'nobody@example.com' }))).toMatchObject({ name: 'UserNotFoundException' });
  });

  it('refuses to confirm an email alias another user already signs in with: AliasExistsException', async () => {
    const p = createTestPool({ loginWith: { username: true, email: true } });
    await p.seedUser({ username: 'ana', password: PASSWORD, attributes: { email: EMAIL } });
    expect((await p.client.signUp({ username: 'bea', password: PASSWORD, options: { userAttributes: { email: EMAIL } } })).nextStep.signUpStep).toBe('CONFIRM_SIGN_UP');
    expect(await failure(p.client.confirmSignUp({ username: 'bea', confirmationCode: p.codeSentTo(EMAIL) }))).toMatchObject({ name: 'AliasExistsException' });
    expect((await p.client.admin.getUser('bea'))?.status).toBe('UNCONFIRMED');
  });

  it('uses the configured message template', async () => {
    const p = createTestPool({ messages: { signUp: { emailSubject: 'Welcome', emailBody: (code) => `Hello! Your code: ${code()}` } } });
    await p.client.signUp({ username: EMAIL, password: PASSWORD });
    const [message] = p.messagesTo(EMAIL);
    expect(message).toMatchObject({ subject: 'Welcome', text: `Hello! Your code: ${message?.code ?? ''}` });
  });
});
