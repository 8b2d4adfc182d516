// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CustomAuthEvent, LocalAuthClientOptions } from '../../../src/client/local/index.js';
import type { AuthFactorType, CodeDeliveryDetails, ResetPasswordOutput } from '../../../src/client/types.js';
import { createSoftAuthenticator } from '../../support/soft-authenticator.js';
import { createTestPool, failure, PASSWORD, type TestPool } from '../../support/local-pool.js';

// Cognito, "Managing user existence error responses": with PreventUserExistenceErrors ENABLED, nothing tells a
// user that exists from one that does not; choice-based (USER_AUTH) sign-in answers an unknown user with one of
// the pool's challenge types; the custom-auth triggers get `userNotFound` and may simulate a challenge.

const ANA = 'ana@example.com';
const NOBODY = 'nobody@example.com';
const HIDE = { preventUserExistenceErrors: true } as const;
const USER_AUTH = { authFlowType: 'USER_AUTH' } as const;
const INCORRECT = { name: 'NotAuthorizedException', message: 'Incorrect username or password.' };

/** What a call answered: its next step, or its error's name and message. */
async function answer(promise: Promise<{ nextStep: unknown }>): Promise<unknown> {
  try {
    return { step: (await promise).nextStep };
  } catch (error) {
    return error instanceof Error ? { error: { name: error.name, message: error.message } } : { thrown: String(error) };
  }
}

/** Where a password reset says its code went. */
function resetDelivery(output: ResetPasswordOutput): CodeDeliveryDetails | undefined {
  return output.nextStep.resetPasswordStep === 'CONFIRM_RESET_PASSWORD_WITH_CODE' ? output.nextStep.codeDeliveryDetails : undefined;
}

/** The same answer with each masked destination's letters and digits blanked: its shape. */
function shapeOf(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value), (key, v: unknown) => (key === 'destination' && typeof v === 'string' ? v.replace(/[a-z0-9]/gi, '#') : v));
}

async function passwordlessPool(firstFactors: AuthFactorType[], options: LocalAuthClientOptions = {}): Promise<TestPool> {
  const pool = createTestPool({ ...HIDE, passwordless: { firstFactors }, ...options });
  await pool.seedUser({ username: ANA, password: PASSWORD });
  return pool;
}

describe('passwordless sign-in (USER_AUTH) of an unknown user, existence hidden', () => {
  it('gets the challenges a known user gets, and fails only at the answer, with the same errors', async () => {
    const p = await passwordlessPool(['PASSWORD', 'EMAIL_OTP']);
    for (const username of [ANA, NOBODY]) {
      expect(await answer(p.client.signIn({ username, options: USER_AUTH }))).toEqual({
        step: { signInStep: 'CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION', availableChallenges: ['PASSWORD', 'EMAIL_OTP'] },
      });
      const code = await p.client.confirmSignIn({ challengeResponse: 'EMAIL_OTP' });
      expect(code.nextStep).toEqual({
        signInStep: 'CONFIRM_SIGN_IN_WITH_EMAIL_CODE',
        codeDeliveryDetails: { destination: `${username.charAt(0)}***@e***`, deliveryMedium: 'EMAIL', attributeName: 'email' },
      });
      expect(await failure(p.client.confirmSignIn({ challengeResponse: '000000' }))).toEqual({ name: 'CodeMismatchException', message: 'Invalid code or auth state for the user.' });
      expect(await failure(p.client.confirmSignIn({ challengeResponse: '000001' }))).toEqual({ name: 'CodeMismatchException', message: 'Invalid code or auth state for the user.' });
      expect(await failure(p.client.confirmSignIn({ challengeResponse: '000002' }))).toEqual({
        name: 'NotAuthorizedException',
        message: 'Invalid session for the user, too many failed attempts.',
      });
    }
    // No code went to the unknown address.
    expect(p.messagesTo(NOBODY)).toEqual([]);
  });

  it('answers a preferred challenge, a password challenge and a one-step password the same way', async () => {
    const p = await passwordlessPool(['PASSWORD', 'EMAIL_OTP']);
    const answers = async (username: string) => [
      shapeOf(await answer(p.client.signIn({ username, options: { ...USER_AUTH, preferredChallenge: 'EMAIL_OTP' } }))),
      await answer(p.client.signIn({ username, options: { ...USER_AUTH, preferredChallenge: 'PASSWORD' } })),
      await answer(p.client.confirmSignIn({ challengeResponse: 'Wrong-Pass-1' })),
      await answer(p.client.signIn({ username, password: 'Wrong-Pass-1', options: { ...USER_AUTH, preferredChallenge: 'PASSWORD' } })),
      await answer(p.client.signIn({ username, options: { ...USER_AUTH, preferredChallenge: 'SMS_OTP' } })),
    ];
    const known = await answers(ANA);
    expect(known[2]).toEqual({ error: INCORRECT });
    expect(await answers(NOBODY)).toEqual(known);
  });

  it('in a phone-number pool: an SMS code challenge with a masked phone number', async () => {
    const p = createTestPool({ ...HIDE, loginWith: { phone: true }, passwordless: { firstFactors: ['SMS_OTP'] } });
    await p.seedUser({ username: '+15555550100' });
    const known = await answer(p.client.signIn({ username: '+15555550100', options: USER_AUTH }));
    const unknown = await answer(p.client.signIn({ username: '+15555550199', options: USER_AUTH }));
    expect(known).toEqual({
      step: { signInStep: 'CONFIRM_SIGN_IN_WITH_SMS_CODE', codeDeliveryDetails: { destination: '+*******0100', deliveryMedium: 'SMS', attributeName: 'phone_number' } },
    });
    expect(unknown).toEqual({
      step: { signInStep: 'CONFIRM_SIGN_IN_WITH_SMS_CODE', codeDeliveryDetails: { destination: '+*******0199', deliveryMedium: 'SMS', attributeName: 'phone_number' } },
    });
    expect(await failure(p.client.confirmSignIn({ challengeResponse: '123456' }))).toMatchObject({ name: 'CodeMismatchException' });
  });

  it('in a passkey-only pool: a passkey prompt the authenticator cannot answer, as for a passkey it does not hold', async () => {
    const authenticator = createSoftAuthenticator({ origin: 'https://localhost' });
    const p = createTestPool({ ...HIDE, passwordless: { firstFactors: ['WEB_AUTHN'] }, webAuthn: { credentials: authenticator, relyingPartyId: 'localhost', origins: ['https://localhost'] } });
    const keys = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
    await p.seedUser({ username: ANA, passkeys: [{ credentialId: 'a2V5LW9uLWFub3RoZXItcGhvbmU', publicKey: await crypto.subtle.exportKey('jwk', keys.publicKey) }] });
    const known = await answer(p.client.signIn({ username: ANA, options: USER_AUTH }));
    expect(known).toEqual({ error: { name: 'PasskeyRetrievalCanceledException', message: 'The passkey retrieval was canceled or timed out.' } });
    expect(await answer(p.client.signIn({ username: NOBODY, options: USER_AUTH }))).toEqual(known);
  });

  it('says what is wrong with the request or the pool before looking the user up', async () => {
    const p = createTestPool(HIDE);
    await p.seedUser({ username: ANA, password: PASSWORD });
    for (const username of [ANA, NOBODY]) {
      expect(await failure(p.client.signIn({ username, options: USER_AUTH }))).toEqual({ name: 'InvalidParameterException', message: 'USER_AUTH flow not enabled for this client' });
      expect(await failure(p.client.signIn({ username, options: { authFlowType: 'CUSTOM_WITHOUT_SRP' } }))).toEqual({
        name: 'NotAuthorizedException',
        message: 'Custom auth lambda trigger is not configured for the user pool.',
      });
    }
  });

  it('checks the account again at the answer: one disabled meanwhile does not sign in with its code', async () => {
    const p = await passwordlessPool(['EMAIL_OTP']);
    expect((await p.client.signIn({ username: ANA, options: USER_AUTH })).nextStep.signInStep).toBe('CONFIRM_SIGN_IN_WITH_EMAIL_CODE');
    await p.client.admin.setUserEnabled(ANA, false);
    expect(await failure(p.client.confirmSignIn({ challengeResponse: p.codeSentTo(ANA) }))).toEqual({ name: 'NotAuthorizedException', message: 'User is disabled.' });
    expect(await p.client.fetchAuthSession()).toEqual({});
  });

  it('still says UserNotFoundException when existence is not hidden', async () => {
    const p = createTestPool({ passwordless: { firstFactors: ['PASSWORD', 'EMAIL_OTP'] } });
    expect(await failure(p.client.signIn({ username: NOBODY, options: USER_AUTH }))).toMatchObject({ name: 'UserNotFoundException' });
  });
});

describe('passwordless sign-in of an account that cannot sign in yet, existence hidden', () => {
  it.each([
    ['unconfirmed', { status: 'UNCONFIRMED' as const, attributes: { email_verified: 'true' } }, { error: { name: 'UserNotConfirmedException', message: 'User is not confirmed.' } }],
    ['disabled', { enabled: false }, { error: { name: 'NotAuthorizedException', message: 'User is disabled.' } }],
    ['reset-required', { status: 'RESET_REQUIRED' as const }, { error: { name: 'PasswordResetRequiredException', message: 'Password reset required for the user' } }],
  ])('an %s account answers as an unknown one, and tells its status only to the right password', async (_, seed, afterPassword) => {
    const p = createTestPool({ ...HIDE, passwordless: { firstFactors: ['PASSWORD', 'EMAIL_OTP'] } });
    await p.seedUser({ username: ANA, password: PASSWORD, ...seed });
    const unknown = shapeOf(await answer(p.client.signIn({ username: NOBODY, options: USER_AUTH })));
    expect(shapeOf(await answer(p.client.signIn({ username: ANA, options: USER_AUTH })))).toEqual(unknown);
    expect(shapeOf(await answer(p.client.confirmSignIn({ challengeResponse: 'EMAIL_OTP' })))).toEqual(
      shapeOf({ step: { signInStep: 'CONFIRM_SIGN_IN_WITH_EMAIL_CODE', codeDeliveryDetails: { destination: 'n***@e***', deliveryMedium: 'EMAIL', attributeName: 'email' } } }),
    );
    expect(await failure(p.client.confirmSignIn({ challengeResponse: '000000' }))).toMatchObject({ name: 'CodeMismatchException' });
    expect(p.messagesTo(ANA)).toEqual([]);

    await p.client.signIn({ username: ANA, options: { ...USER_AUTH, preferredChallenge: 'PASSWORD' } });
    expect(await failure(p.client.confirmSignIn({ challengeResponse: 'Wrong-Pass-1' }))).toEqual(INCORRECT);
    expect(await answer(p.client.confirmSignIn({ challengeResponse: PASSWORD }))).toEqual(afterPassword);
  });
});

describe('custom authentication of an unknown user, existence hidden', () => {
  function secretWord(events: CustomAuthEvent[]) {
    return {
      createAuthChallenge: (event: CustomAuthEvent) => {
        events.push(event);
        return { publicChallengeParameters: { hint: 'The secret word?' }, privateChallengeParameters: { answer: 'swordfish' } };
      },
      verifyAuthChallengeResponse: (event: CustomAuthEvent & { privateChallengeParameters: Record<string, string>; challengeAnswer: string }) => ({
        answerCorrect: event.challengeAnswer === event.privateChallengeParameters.answer,
      }),
    };
  }

  it('gets the custom challenge a known user gets, with the triggers told userNotFound, and never signs in', async () => {
    const events: CustomAuthEvent[] = [];
    const p = createTestPool({ ...HIDE, customAuth: secretWord(events) });
    await p.seedUser({ username: ANA, password: PASSWORD });
    const flow = async (username: string) => [
      await answer(p.client.signIn({ username, options: { authFlowType: 'CUSTOM_WITHOUT_SRP' } })),
      await answer(p.client.confirmSignIn({ challengeResponse: 'marlin' })),
      await answer(p.client.confirmSignIn({ challengeResponse: 'tuna' })),
      await answer(p.client.confirmSignIn({ challengeResponse: 'cod' })),
    ];
    const known = await flow(ANA);
    expect(known[0]).toEqual({ step: { signInStep: 'CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE', additionalInfo: { hint: 'The secret word?' } } });
    expect(known[3]).toEqual({ error: INCORRECT });
    expect(await flow(NOBODY)).toEqual(known);
    expect(events.at(-1)).toMatchObject({ username: NOBODY, userAttributes: {}, userNotFound: true });
    expect(events[0]?.userNotFound).toBeUndefined();

    // Even the right answer fails for a user that does not exist.
    await p.client.signIn({ username: NOBODY, options: { authFlowType: 'CUSTOM_WITHOUT_SRP' } });
    expect(await answer(p.client.confirmSignIn({ challengeResponse: 'swordfish' }))).toEqual(known[1]);
    expect(await p.client.fetchAuthSession()).toEqual({});
  });

  it('tells a disabled account only after its challenge is answered right', async () => {
    const p = createTestPool({ ...HIDE, customAuth: secretWord([]) });
    await p.seedUser({ username: ANA, password: PASSWORD, enabled: false });
    expect((await p.client.signIn({ username: ANA, options: { authFlowType: 'CUSTOM_WITHOUT_SRP' } })).nextStep.signInStep).toBe('CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE');
    expect(await failure(p.client.confirmSignIn({ challengeResponse: 'swordfish' }))).toEqual({ name: 'NotAuthorizedException', message: 'User is disabled.' });
  });

  it('answers CUSTOM_WITH_SRP for an unknown user as a wrong password', async () => {
    const p = createTestPool({ ...HIDE, customAuth: secretWord([]) });
    await p.seedUser({ username: ANA, password: PASSWORD });
    expect(await failure(p.client.signIn({ username: NOBODY, password: PASSWORD, options: { authFlowType: 'CUSTOM_WITH_SRP' } }))).toEqual(INCORRECT);
  });
});

describe('confirmSignUp of an unknown user, existence hidden', () => {
  it('says CodeMismatchException, as a known user’s wrong code does, not UserNotFoundException', async () => {
    const p = createTestPool(HIDE);
    await p.client.signUp({ username: ANA, password: PASSWORD });
    const known = await failure(p.client.confirmSignUp({ username: ANA, confirmationCode: '000000' }));
    expect(known).toEqual({ name: 'CodeMismatchException', message: 'Invalid verification code provided, please try again.' });
    expect(await failure(p.client.confirmSignUp({ username: NOBODY, confirmationCode: '000000' }))).toEqual(known);
    expect(await failure(createTestPool().client.confirmSignUp({ username: NOBODY, confirmationCode: '000000' }))).toMatchObject({ name: 'UserNotFoundException' });
  });
});

describe('simulated code deliveries, existence hidden', () => {
  it.each([
    ['a username pool with an email alias', { loginWith: { username: true, email: true } }, { username: 'ana', attributes: { email: ANA } }, 'bob', 'EMAIL'],
    [
      'a username pool verifying phone numbers',
      { loginWith: { username: true, phone: true }, signUpVerification: 'phone_number' as const },
      { username: 'ana', attributes: { phone_number: '+15555550100' } },
      'bob',
      'SMS',
    ],
    ['an email pool', {}, { username: ANA }, NOBODY, 'EMAIL'],
    ['a phone pool', { loginWith: { phone: true } }, { username: '+15555550100' }, '+15555550199', 'SMS'],
  ])('in %s, resetPassword answers an unknown user in the shape of a known one’s', async (_, options, known, unknownName, medium) => {
    const p = createTestPool({ ...HIDE, ...options });
    await p.seedUser({ ...known, password: PASSWORD });
    const real = resetDelivery(await p.client.resetPassword({ username: known.username }));
    const simulated = resetDelivery(await p.client.resetPassword({ username: unknownName }));
    expect(real?.deliveryMedium).toBe(medium);
    expect(shapeOf(simulated)).toEqual(shapeOf(real));
    // The same answer every time for the same name, as a real address would give.
    expect(resetDelivery(await p.client.resetPassword({ username: unknownName }))).toEqual(simulated);
    expect(p.client.outbox.messages()).toHaveLength(1);
  });

  it('answers a disabled account’s reset, and an account without a verified contact, as an unknown one, sending nothing', async () => {
    const p = createTestPool(HIDE);
    await p.seedUser({ username: ANA, password: PASSWORD, enabled: false });
    await p.seedUser({ username: 'bea@example.com', password: PASSWORD, attributes: { email_verified: 'false' } });
    for (const username of [ANA, 'bea@example.com']) {
      expect(shapeOf(resetDelivery(await p.client.resetPassword({ username })))).toEqual(
        shapeOf(resetDelivery(await p.client.resetPassword({ username: NOBODY }))),
      );
    }
    expect(p.client.outbox.messages()).toEqual([]);
    expect(await failure(p.client.confirmResetPassword({ username: ANA, confirmationCode: '000000', newPassword: 'Battery-Staple-7' }))).toEqual({
      name: 'CodeMismatchException',
      message: 'Invalid verification code provided, please try again.',
    });
  });

  it('answers resendSignUpCode for an unknown or disabled user in the shape of a known unconfirmed one’s', async () => {
    const p = createTestPool({ ...HIDE, loginWith: { username: true, email: true } });
    await p.client.signUp({ username: 'ana', password: PASSWORD, options: { userAttributes: { email: ANA } } });
    await p.client.signUp({ username: 'dan', password: PASSWORD, options: { userAttributes: { email: 'dan@example.com' } } });
    await p.client.admin.setUserEnabled('dan', false);
    const known = await p.client.resendSignUpCode({ username: 'ana' });
    expect(shapeOf(await p.client.resendSignUpCode({ username: 'bob' }))).toEqual(shapeOf(known));
    expect(shapeOf(await p.client.resendSignUpCode({ username: 'dan' }))).toEqual(shapeOf(known));
    // Sign-up sent one code each; the resends to bob and dan sent nothing.
    expect(p.client.outbox.messages().map((m) => m.destination)).toEqual([ANA, 'dan@example.com', ANA]);
  });
});

describe('the work a wrong password costs', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  /** PBKDF2 runs (and their rounds) while `work` runs. */
  async function hashing(work: () => Promise<unknown>): Promise<number[]> {
    const spy = vi.spyOn(crypto.subtle, 'deriveBits');
    try {
      await work().catch(() => undefined);
      return spy.mock.calls.map(([algorithm]) => (algorithm as Pbkdf2Params).iterations);
    } finally {
      spy.mockRestore();
    }
  }

  it('is one hash at the pool’s rounds, for a known user, an unknown one, and one without a password', async () => {
    const p = createTestPool({ ...HIDE, passwordHashIterations: 2_000, passwordless: { firstFactors: ['PASSWORD', 'EMAIL_OTP'] }, customAuth: { createAuthChallenge: () => ({ publicChallengeParameters: {}, privateChallengeParameters: {} }), verifyAuthChallengeResponse: () => ({ answerCorrect: false }) } });
    await p.seedUser({ username: ANA, password: PASSWORD });
    await p.seedUser({ username: 'bea@example.com' });
    const ONE_HASH = [2_000];
    const wrongPassword = (username: string, authFlowType: 'USER_SRP_AUTH' | 'USER_PASSWORD_AUTH' | 'CUSTOM_WITH_SRP') =>
      hashing(() => p.client.signIn({ username, password: 'Wrong-Pass-1', options: { authFlowType } }));
    for (const username of [ANA, NOBODY, 'bea@example.com']) {
      for (const flow of ['USER_SRP_AUTH', 'USER_PASSWORD_AUTH', 'CUSTOM_WITH_SRP'] as const) expect(await wrongPassword(username, flow), `${username} ${flow}`).toEqual(ONE_HASH);
    }
    for (const username of [ANA, NOBODY]) {
      expect(await hashing(() => p.client.signIn({ username, password: 'Wrong-Pass-1', options: { ...USER_AUTH, preferredChallenge: 'PASSWORD' } })), username).toEqual(ONE_HASH);
      await p.client.signIn({ username, options: { ...USER_AUTH, preferredChallenge: 'PASSWORD' } });
      expect(await hashing(() => p.client.confirmSignIn({ challengeResponse: 'Wrong-Pass-1' })), username).toEqual(ONE_HASH);
    }
  });
});
