import { describe, expect, it } from 'vitest';
import { AuthError, type AuthErrorName } from '../../../src/client/errors.js';
import type { AuthUser, CodeDeliveryDetails, SignInOutput, UserAttributes } from '../../../src/client/types.js';
import {
  type AccountCheck,
  type FlowEvent,
  type FlowRoute,
  type FlowState,
  ROUTE_NAMES,
  createFlowState,
  flowReducer,
  isSessionEndedError,
  isSignInInProgress,
} from '../../../src/core/index.js';

const user: AuthUser = { username: 'jo', userId: 'sub-1' };
const otherUser: AuthUser = { username: 'ann', userId: 'sub-2' };
const sms: CodeDeliveryDetails = { destination: '+*******0100', deliveryMedium: 'SMS', attributeName: 'phone_number' };
const error = (name: AuthErrorName, message = 'Something went wrong.'): AuthError => new AuthError({ name, message });
const EXPIRED = 'Invalid session for the user, session is expired.';
const USED = 'Invalid session for the user, session can only be used once.';

/** A settled (unauthenticated) state on `route`, with whatever else the test needs. */
function at(route: FlowRoute, extra: Partial<FlowState> = {}): FlowState {
  const authStatus = route.name === 'authenticated' ? 'authenticated' : 'unauthenticated';
  return { ...createFlowState(), authStatus, route, ...extra };
}

function run(state: FlowState, ...events: FlowEvent[]): FlowState {
  return events.reduce(flowReducer, state);
}

const fail = (state: FlowState, failure: AuthError): FlowState =>
  flowReducer(state, { type: 'failed', error: failure });
const codeSent = (state: FlowState, details?: CodeDeliveryDetails): FlowState =>
  flowReducer(state, {
    type: 'verificationCodeSent',
    attribute: 'phone_number',
    ...(details === undefined ? {} : { codeDeliveryDetails: details }),
  });
const verifyEmail: FlowRoute = { name: 'verifyUser', unverified: { email: 'jo@example.com' } };

const signInDone: SignInOutput = { isSignedIn: true, nextStep: { signInStep: 'DONE' } };
const verified: UserAttributes = { email: 'jo@example.com', email_verified: 'true' };
const checkOf = (attributes: UserAttributes, offerPasskey = false, hasPasskey = false): AccountCheck => ({
  attributes,
  offerPasskey,
  hasPasskey,
});

describe('createFlowState', () => {
  it('starts configuring on sign-in by default', () => {
    expect(createFlowState()).toStrictEqual({
      route: { name: 'signIn' },
      authStatus: 'configuring',
      initialRoute: 'signIn',
      pendingPasskeyPrompt: false,
      attempt: { method: 'password', withPassword: true },
    });
  });

  it('starts on the initial route given', () => {
    const state = createFlowState('signUp');
    expect(state.route).toStrictEqual({ name: 'signUp' });
    expect(state.initialRoute).toBe('signUp');
  });
});

describe('sessionChecked', () => {
  it('goes to authenticated with the user when there is a session', () => {
    const state = flowReducer(createFlowState(), { type: 'sessionChecked', user });
    expect(state).toMatchObject({ route: { name: 'authenticated' }, authStatus: 'authenticated', user });
  });

  it('settles on the initial route when there is none', () => {
    const state = flowReducer(createFlowState('signUp'), { type: 'sessionChecked' });
    expect(state).toStrictEqual({ ...createFlowState('signUp'), authStatus: 'unauthenticated' });
  });

  it('only counts the first time: a later one is stale', () => {
    const settled = flowReducer(createFlowState(), { type: 'sessionChecked', user });
    expect(flowReducer(settled, { type: 'sessionChecked' })).toBe(settled);
    const signedOut = flowReducer(createFlowState(), { type: 'sessionChecked' });
    expect(flowReducer(signedOut, { type: 'sessionChecked', user })).toBe(signedOut);
  });
});

describe('authStatus', () => {
  it('stays configuring until the session is checked, whatever the route', () => {
    const state = run(createFlowState(), { type: 'navigate', to: 'signUp' });
    expect(state.authStatus).toBe('configuring');
    const checked = flowReducer(state, { type: 'sessionChecked' });
    expect(checked.authStatus).toBe('unauthenticated');
    // The user chose sign-up before the check finished: it does not send them back.
    expect(checked.route).toStrictEqual({ name: 'signUp' });
  });

  it('is authenticated exactly when the route is', () => {
    const events: FlowEvent[] = [
      { type: 'sessionChecked' },
      { type: 'signInResult', output: signInDone, username: 'jo' },
      { type: 'accountChecked', user, check: checkOf({ email: 'jo@example.com' }, true) },
      { type: 'accountStepDone' },
      { type: 'accountStepDone' },
      { type: 'signedOut' },
    ];
    let state = createFlowState();
    const seen: string[] = [];
    for (const event of events) {
      state = flowReducer(state, event);
      expect(state.authStatus === 'authenticated').toBe(state.route.name === 'authenticated');
      seen.push(state.route.name);
    }
    expect(seen).toStrictEqual(['signIn', 'checkAccount', 'verifyUser', 'passkeyPrompt', 'authenticated', 'signIn']);
  });
});

describe('navigate', () => {
  it('goes to the start route, clears the error and keeps the username', () => {
    const state = at({ name: 'signIn' }, { username: 'jo', error: error('NotAuthorizedException') });
    const next = flowReducer(state, { type: 'navigate', to: 'forgotPassword' });
    expect(next).toStrictEqual(at({ name: 'forgotPassword' }, { username: 'jo' }));
  });

  it('leaves a sign-in under way: user and pending passkey prompt dropped', () => {
    const state = at(verifyEmail, { user, pendingPasskeyPrompt: true });
    expect(flowReducer(state, { type: 'navigate', to: 'signIn' })).toStrictEqual(at({ name: 'signIn' }));
  });

  it('returns the same state when already there without an error', () => {
    const state = at({ name: 'signUp' }, { username: 'jo' });
    expect(flowReducer(state, { type: 'navigate', to: 'signUp' })).toBe(state);
  });

  it('is ignored once authenticated: the way out is signing out', () => {
    const state = at({ name: 'authenticated' }, { user });
    expect(flowReducer(state, { type: 'navigate', to: 'signIn' })).toBe(state);
  });
});

describe('signInResult', () => {
  it('routes on the next step, keeps the username given and clears the error', () => {
    const state = at({ name: 'signIn' }, { error: error('NotAuthorizedException') });
    const next = flowReducer(state, {
      type: 'signInResult',
      output: {
        isSignedIn: false,
        nextStep: { signInStep: 'CONFIRM_SIGN_IN_WITH_SMS_CODE', codeDeliveryDetails: sms },
      },
      username: 'jo',
    });
    expect(next).toStrictEqual(
      at({ name: 'confirmSignIn', mfaType: 'SMS', codeDeliveryDetails: sms }, { username: 'jo' }),
    );
  });

  it('keeps the username already known when none is given (confirmSignIn results)', () => {
    const state = at({ name: 'signInPassword' }, { username: 'jo' });
    expect(flowReducer(state, { type: 'signInResult', output: signInDone })).toStrictEqual(
      at({ name: 'checkAccount' }, { username: 'jo' }),
    );
  });
});

describe('signUpResult and resetPasswordResult', () => {
  it('routes a sign-up on its next step and records the username', () => {
    const next = flowReducer(at({ name: 'signUp' }), {
      type: 'signUpResult',
      output: { isSignUpComplete: false, nextStep: { signUpStep: 'CONFIRM_SIGN_UP', codeDeliveryDetails: sms } },
      username: 'jo',
    });
    expect(next).toStrictEqual(at({ name: 'confirmSignUp', codeDeliveryDetails: sms }, { username: 'jo' }));
  });

  it('routes a confirmed sign-up with auto sign-in to autoSignIn', () => {
    const next = flowReducer(at({ name: 'confirmSignUp' }, { username: 'jo' }), {
      type: 'signUpResult',
      output: { isSignUpComplete: true, nextStep: { signUpStep: 'COMPLETE_AUTO_SIGN_IN' } },
      username: 'jo',
    });
    expect(next.route).toStrictEqual({ name: 'autoSignIn' });
  });

  it('routes a password reset on its next step and records the username', () => {
    const codeSent = flowReducer(at({ name: 'forgotPassword' }, { error: error('LimitExceededException') }), {
      type: 'resetPasswordResult',
      output: {
        isPasswordReset: false,
        nextStep: { resetPasswordStep: 'CONFIRM_RESET_PASSWORD_WITH_CODE', codeDeliveryDetails: sms },
      },
      username: 'jo',
    });
    expect(codeSent).toStrictEqual(at({ name: 'confirmResetPassword', codeDeliveryDetails: sms }, { username: 'jo' }));
    const done = flowReducer(codeSent, {
      type: 'resetPasswordResult',
      output: { isPasswordReset: true, nextStep: { resetPasswordStep: 'DONE' } },
      username: 'jo',
    });
    expect(done).toStrictEqual(at({ name: 'signIn' }, { username: 'jo' }));
  });
});

describe('accountChecked', () => {
  const checking = at({ name: 'checkAccount' }, { username: 'jo' });

  it('goes to authenticated with the user when nothing is left to do', () => {
    const next = flowReducer(checking, { type: 'accountChecked', user, check: checkOf(verified) });
    expect(next).toStrictEqual(at({ name: 'authenticated' }, { username: 'jo', user }));
  });

  it('asks to verify first and keeps the passkey prompt for after', () => {
    const next = flowReducer(checking, {
      type: 'accountChecked',
      user,
      check: checkOf({ email: 'jo@example.com' }, true, false),
    });
    expect(next).toStrictEqual(
      at(verifyEmail, { username: 'jo', user, pendingPasskeyPrompt: true }),
    );
  });

  it('keeps no passkey prompt pending when the user has a passkey', () => {
    const check = checkOf({ email: 'jo@example.com' }, true, true);
    const next = flowReducer(checking, { type: 'accountChecked', user, check });
    expect(next.pendingPasskeyPrompt).toBe(false);
  });

  it('prompts for a passkey straight away when verification is not needed', () => {
    const next = flowReducer(checking, { type: 'accountChecked', user, check: checkOf(verified, true) });
    expect(next).toStrictEqual(at({ name: 'passkeyPrompt' }, { username: 'jo', user }));
  });

  it('drops a late result once the flow has left checkAccount', () => {
    const state = at({ name: 'signIn' }, { username: 'jo' });
    expect(flowReducer(state, { type: 'accountChecked', user, check: checkOf(verified) })).toBe(state);
  });
});

describe('verificationCodeSent', () => {
  const verifying = at({ name: 'verifyUser', unverified: { phone_number: '+15555550100' } }, { user });

  it('goes to confirmVerifyUser with the attribute and the delivery details', () => {
    expect(codeSent(verifying, sms)).toStrictEqual(
      at({ name: 'confirmVerifyUser', attribute: 'phone_number', codeDeliveryDetails: sms }, { user }),
    );
  });

  it('leaves the delivery details out when there are none', () => {
    expect(codeSent(verifying).route).toStrictEqual({ name: 'confirmVerifyUser', attribute: 'phone_number' });
  });

  it('takes a resent code on confirmVerifyUser, and is the same state for the same details', () => {
    const confirming = codeSent(verifying, sms);
    const resent = { ...sms, destination: '+*******0199' };
    expect(codeSent(confirming, resent).route).toStrictEqual({
      name: 'confirmVerifyUser',
      attribute: 'phone_number',
      codeDeliveryDetails: resent,
    });
    expect(codeSent(confirming, sms)).toBe(confirming);
  });

  it('is ignored outside the verification screens', () => {
    const state = at({ name: 'signIn' });
    expect(flowReducer(state, { type: 'verificationCodeSent', attribute: 'email' })).toBe(state);
  });
});

describe('accountStepDone', () => {
  it('goes to the pending passkey prompt, then to authenticated', () => {
    const verifying = at({ name: 'confirmVerifyUser', attribute: 'email' }, { user, pendingPasskeyPrompt: true });
    const prompt = flowReducer(verifying, { type: 'accountStepDone' });
    expect(prompt).toStrictEqual(at({ name: 'passkeyPrompt' }, { user }));
    expect(flowReducer(prompt, { type: 'accountStepDone' })).toStrictEqual(at({ name: 'authenticated' }, { user }));
  });

  it('goes to authenticated when no prompt is pending (verification skipped)', () => {
    const verifying = at(verifyEmail, { user, error: error('CodeMismatchException') });
    expect(flowReducer(verifying, { type: 'accountStepDone' })).toStrictEqual(at({ name: 'authenticated' }, { user }));
  });

  it('is ignored outside the account screens (a late passkey result after going back)', () => {
    for (const route of [{ name: 'signIn' }, { name: 'authenticated' }, { name: 'checkAccount' }] as const) {
      const state = at(route, { pendingPasskeyPrompt: true });
      expect(flowReducer(state, { type: 'accountStepDone' })).toBe(state);
    }
  });
});

describe('failed', () => {
  it('keeps the route and sets the error', () => {
    const state = at({ name: 'confirmSignIn', mfaType: 'TOTP' }, { username: 'jo' });
    const failure = error('CodeMismatchException');
    expect(fail(state, failure)).toStrictEqual({ ...state, error: failure });
  });

  it('returns the same state for the same error', () => {
    const failure = error('CodeMismatchException');
    const state = at({ name: 'confirmSignIn', mfaType: 'TOTP' }, { error: failure });
    expect(fail(state, failure)).toBe(state);
  });

  it.each([EXPIRED, USED])('sends an ended sign-in session back to sign-in, keeping the error: %s', (message) => {
    const failure = error('NotAuthorizedException', message);
    const state = at({ name: 'confirmSignIn', mfaType: 'SMS', codeDeliveryDetails: sms }, { username: 'jo' });
    expect(fail(state, failure)).toStrictEqual(
      at({ name: 'signIn' }, { username: 'jo', error: failure }),
    );
  });

  it('ends the session on every route of a sign-in under way, and on no other', () => {
    const failure = error('NotAuthorizedException', EXPIRED);
    for (const name of ROUTE_NAMES) {
      const state = at({ name } as FlowRoute, { user, pendingPasskeyPrompt: true });
      const next = fail(state, failure);
      const restarted = at({ name: 'signIn' }, { error: failure });
      expect(next, name).toStrictEqual(isSignInInProgress(name) ? restarted : { ...state, error: failure });
    }
  });

  it('keeps the route for other NotAuthorizedExceptions (wrong password on signInPassword)', () => {
    const state = at({ name: 'signInPassword' }, { username: 'jo' });
    const failure = error('NotAuthorizedException', 'Incorrect username or password.');
    expect(fail(state, failure).route).toStrictEqual({ name: 'signInPassword' });
  });

  it('restarts after a custom challenge the Lambda failed, whatever the message', () => {
    const state = at({ name: 'customChallenge', additionalInfo: {} }, { username: 'jo' });
    const failure = error('NotAuthorizedException', 'Incorrect username or password.');
    expect(fail(state, failure)).toStrictEqual(at({ name: 'signIn' }, { username: 'jo', error: failure }));
  });

  it('sends a failed auto sign-in to sign-in, which has a form to retry on', () => {
    const failure = error('AutoSignInException', 'The autoSignIn flow failed.');
    expect(fail(at({ name: 'autoSignIn' }, { username: 'jo' }), failure)).toStrictEqual(
      at({ name: 'signIn' }, { username: 'jo', error: failure }),
    );
  });

  it('sends an unconfirmed user from sign-in to confirmSignUp', () => {
    const state = at({ name: 'signIn' }, { username: 'jo' });
    const next = fail(state, error('UserNotConfirmedException', 'User is not confirmed.'));
    expect(next).toStrictEqual(at({ name: 'confirmSignUp' }, { username: 'jo' }));
  });

  it('sends a user who must reset the password from sign-in to forgotPassword', () => {
    const state = at({ name: 'signIn' }, { username: 'jo' });
    const next = fail(state, error('PasswordResetRequiredException', 'Password reset required for the user'));
    expect(next).toStrictEqual(at({ name: 'forgotPassword' }, { username: 'jo' }));
  });

  it('applies those two redirects on sign-in only', () => {
    const state = at({ name: 'signUp' });
    const failure = error('UserNotConfirmedException');
    expect(fail(state, failure)).toStrictEqual({ ...state, error: failure });
  });
});

describe('isSessionEndedError', () => {
  it.each([EXPIRED, USED, 'Invalid session for the user.'])('is true for NotAuthorizedException "%s"', (message) => {
    expect(isSessionEndedError(error('NotAuthorizedException', message))).toBe(true);
  });

  it('is false for other messages and other names', () => {
    expect(isSessionEndedError(error('NotAuthorizedException', 'Incorrect username or password.'))).toBe(false);
    expect(isSessionEndedError(error('NotAuthorizedException', 'Refresh Token has expired'))).toBe(false);
    expect(isSessionEndedError(error('CodeMismatchException', EXPIRED))).toBe(false);
  });
});

describe('signedIn', () => {
  it('goes straight to authenticated from a start route (redirect, another tab)', () => {
    const state = at({ name: 'signIn' }, { username: 'jo', error: error('NotAuthorizedException') });
    expect(flowReducer(state, { type: 'signedIn', user })).toStrictEqual(
      at({ name: 'authenticated' }, { username: 'jo', user, attempt: { method: 'otherTab', withPassword: true } }),
    );
  });

  it('settles a flow still configuring', () => {
    expect(flowReducer(createFlowState(), { type: 'signedIn', user })).toMatchObject({
      route: { name: 'authenticated' },
      authStatus: 'authenticated',
      user,
    });
  });

  it("leaves the flow's own sign-in to its results: the account checks still run", () => {
    const routes: FlowRoute[] = [{ name: 'checkAccount' }, { name: 'confirmSignIn', mfaType: 'TOTP' }, verifyEmail];
    for (const route of routes) {
      const state = at(route, { user });
      expect(flowReducer(state, { type: 'signedIn', user })).toBe(state);
    }
  });

  it('updates the user when already authenticated, and is the same state for the same user', () => {
    const state = at({ name: 'authenticated' }, { user });
    expect(flowReducer(state, { type: 'signedIn', user })).toBe(state);
    expect(flowReducer(state, { type: 'signedIn', user: otherUser }).user).toBe(otherUser);
  });
});

describe('signedOut', () => {
  it('goes back to the initial route with user, username, error and passkey prompt cleared', () => {
    const state = { ...at({ name: 'authenticated' }, { user, username: 'jo' }), initialRoute: 'signUp' as const };
    expect(flowReducer(state, { type: 'signedOut' })).toStrictEqual({
      ...at({ name: 'signUp' }),
      initialRoute: 'signUp',
    });
  });

  it('leaves a sign-in under way too', () => {
    const route: FlowRoute = { name: 'confirmVerifyUser', attribute: 'email' };
    const state = at(route, { user, username: 'jo', pendingPasskeyPrompt: true });
    expect(flowReducer(state, { type: 'signedOut' })).toStrictEqual(at({ name: 'signIn' }));
  });

  it('returns the same state when already signed out on the initial route', () => {
    const state = at({ name: 'signIn' });
    expect(flowReducer(state, { type: 'signedOut' })).toBe(state);
  });
});

describe('purity', () => {
  function deepFreeze<T extends object>(value: T): T {
    for (const inner of Object.values(value)) if (typeof inner === 'object' && inner !== null) deepFreeze(inner);
    return Object.freeze(value);
  }

  it('never mutates the state it is given (frozen state, strict-mode modules throw on a write)', () => {
    const state = deepFreeze(
      at(
        { name: 'confirmVerifyUser', attribute: 'email' },
        { user, username: 'jo', error: error('CodeMismatchException'), pendingPasskeyPrompt: true },
      ),
    );
    const events: FlowEvent[] = [
      { type: 'signedOut' },
      { type: 'accountStepDone' },
      { type: 'navigate', to: 'signUp' },
      { type: 'failed', error: error('NotAuthorizedException', EXPIRED) },
      { type: 'verificationCodeSent', attribute: 'email' },
    ];
    for (const event of events) expect(() => flowReducer(state, event)).not.toThrow();
  });

  it('throws on an event outside the union', () => {
    expect(() => flowReducer(at({ name: 'signIn' }), { type: 'teleport' } as unknown as FlowEvent)).toThrow(/teleport/);
  });
});

describe('the sign-in attempt', () => {
  const codeStep = (signInStep: 'CONFIRM_SIGN_IN_WITH_EMAIL_CODE' | 'CONFIRM_SIGN_IN_WITH_SMS_CODE'): SignInOutput => ({ isSignedIn: false, nextStep: { signInStep } });
  const signedIn = (state: FlowState) => run(state, { type: 'signInResult', output: signInDone }, { type: 'accountChecked', user, check: checkOf(verified) });

  it('is a password sign-in that nothing can resend when a password was given, even if a code follows (MFA)', () => {
    const state = run(at({ name: 'signIn' }), { type: 'signInStarted', username: 'jo', withPassword: true }, { type: 'signInResult', output: codeStep('CONFIRM_SIGN_IN_WITH_EMAIL_CODE'), username: 'jo' });
    expect(state.attempt).toStrictEqual({ method: 'password', withPassword: true });
    expect(state.username).toBe('jo');
  });

  it('is passwordless, and resendable, when the backend answers a sign-in without a password with a code', () => {
    const state = run(at({ name: 'signIn' }), { type: 'signInStarted', username: 'jo', withPassword: false }, { type: 'signInResult', output: codeStep('CONFIRM_SIGN_IN_WITH_SMS_CODE'), username: 'jo' });
    expect(state.attempt).toStrictEqual({ method: 'passwordless', withPassword: false, resend: { username: 'jo', factor: 'SMS_OTP' } });
  });

  it('takes the first factor chosen on the sign-in screen or on the choice screen', () => {
    expect(run(at({ name: 'signIn' }), { type: 'signInStarted', username: 'jo', withPassword: false, factor: 'EMAIL_OTP' }).attempt).toStrictEqual({
      method: 'passwordless',
      withPassword: false,
      resend: { username: 'jo', factor: 'EMAIL_OTP' },
    });
    expect(run(at({ name: 'signIn' }), { type: 'signInStarted', username: 'jo', withPassword: false, factor: 'WEB_AUTHN' }).attempt.method).toBe('passkey');
    const choosing = at({ name: 'selectFirstFactor', availableChallenges: ['EMAIL_OTP', 'WEB_AUTHN', 'PASSWORD'] }, { username: 'jo', attempt: { method: 'password', withPassword: false } });
    expect(run(choosing, { type: 'answerSent', response: 'EMAIL_OTP' }).attempt).toStrictEqual({ method: 'passwordless', withPassword: false, resend: { username: 'jo', factor: 'EMAIL_OTP' } });
    expect(run(choosing, { type: 'answerSent', response: 'WEB_AUTHN' }).attempt.method).toBe('passkey');
    expect(run(choosing, { type: 'answerSent', response: 'PASSWORD' }).attempt.method).toBe('password');
  });

  it('counts a code typed on the code screen as no new choice', () => {
    const state = at({ name: 'confirmSignIn', mfaType: 'EMAIL' }, { username: 'jo', attempt: { method: 'passwordless', withPassword: false, resend: { username: 'jo', factor: 'EMAIL_OTP' } } });
    expect(flowReducer(state, { type: 'answerSent', response: '123456' })).toBe(state);
  });

  it('is a custom challenge once an answer is sent on one', () => {
    const state = at({ name: 'customChallenge', additionalInfo: {} }, { username: 'jo' });
    expect(run(state, { type: 'answerSent', response: '7' }).attempt.method).toBe('customChallenge');
  });

  it('is a sign-up, with or without a password, and a restored session or a redirect when those sign the user in', () => {
    expect(run(at({ name: 'signUp' }), { type: 'signUpStarted', username: 'jo', withPassword: false }).attempt).toStrictEqual({ method: 'signUp', withPassword: false });
    expect(run(createFlowState(), { type: 'sessionChecked', user }).attempt.method).toBe('restoredSession');
    expect(run(at({ name: 'signIn' }), { type: 'redirected' }, { type: 'signedIn', user }).attempt.method).toBe('redirect');
  });

  it('is forgotten when the flow starts over', () => {
    const passwordless = run(at({ name: 'signIn' }), { type: 'signInStarted', username: 'jo', withPassword: false, factor: 'EMAIL_OTP' });
    expect(run(passwordless, { type: 'navigate', to: 'signIn' }).attempt).toStrictEqual({ method: 'password', withPassword: true });
    expect(run(signedIn(passwordless), { type: 'signedOut' }).attempt).toStrictEqual({ method: 'password', withPassword: true });
  });

  it('survives the account check, so the app hears how the user signed in', () => {
    const passwordless = run(at({ name: 'signIn' }), { type: 'signInStarted', username: 'jo', withPassword: false, factor: 'EMAIL_OTP' });
    const state = signedIn(passwordless);
    expect(state.route.name).toBe('authenticated');
    expect(state.attempt.method).toBe('passwordless');
  });
});

describe('notices', () => {
  it('shows on the screen it was given for, and goes with the next screen or the next action', () => {
    const noticed = run(at({ name: 'signIn' }), { type: 'noticed', notice: 'passwordWasReset' });
    expect(noticed.notice).toBe('passwordWasReset');
    expect(run(noticed, { type: 'actionStarted' }).notice).toBeUndefined();
    expect(run(noticed, { type: 'navigate', to: 'signUp' }).notice).toBeUndefined();
  });

  it('comes after the route change in one result, so the new screen keeps it', () => {
    const state = run(at({ name: 'confirmResetPassword' }, { username: 'jo' }), { type: 'resetPasswordResult', username: 'jo', output: { isPasswordReset: true, nextStep: { resetPasswordStep: 'DONE' } } }, { type: 'noticed', notice: 'passwordWasReset' });
    expect(state.route.name).toBe('signIn');
    expect(state.notice).toBe('passwordWasReset');
  });
});
