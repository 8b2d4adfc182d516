import { describe, expect, it } from 'vitest';
import type {
  AuthFactorType,
  CodeDeliveryDetails,
  ResetPasswordStep,
  SignInStep,
  SignInStepName,
  SignUpStep,
  TotpSetupDetails,
} from '../../../src/client/types.js';
import {
  type AccountCheck,
  type FlowRoute,
  type RouteName,
  ROUTE_NAMES,
  hasBackToSignIn,
  isSignInInProgress,
  isStartRoute,
  isStartRouteName,
  routeAfterSignIn,
  routeForResetPasswordStep,
  routeForSignInStep,
  routeForSignUpStep,
} from '../../../src/core/index.js';

const sms: CodeDeliveryDetails = { destination: '+*******0100', deliveryMedium: 'SMS', attributeName: 'phone_number' };
const email: CodeDeliveryDetails = { destination: 'j***@e***', deliveryMedium: 'EMAIL', attributeName: 'email' };
const totp: TotpSetupDetails = {
  sharedSecret: 'JBSWY3DPEHPK3PXP',
  getSetupUri: (appName, account = '') => new URL(`otpauth://totp/${appName}:${account}?secret=JBSWY3DPEHPK3PXP`),
};

// Keyed by step name so that the compiler rejects a table missing a step.
const SIGN_IN_STEPS: Record<SignInStepName, [SignInStep, FlowRoute]> = {
  CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED: [
    { signInStep: 'CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED', missingAttributes: ['given_name', 'custom:team'] },
    { name: 'forceNewPassword', missingAttributes: ['given_name', 'custom:team'] },
  ],
  CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE: [
    { signInStep: 'CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE', additionalInfo: { hint: 'Enter the secret code' } },
    { name: 'customChallenge', additionalInfo: { hint: 'Enter the secret code' } },
  ],
  CONFIRM_SIGN_IN_WITH_TOTP_CODE: [
    { signInStep: 'CONFIRM_SIGN_IN_WITH_TOTP_CODE' },
    { name: 'confirmSignIn', mfaType: 'TOTP' },
  ],
  CONFIRM_SIGN_IN_WITH_SMS_CODE: [
    { signInStep: 'CONFIRM_SIGN_IN_WITH_SMS_CODE', codeDeliveryDetails: sms },
    { name: 'confirmSignIn', mfaType: 'SMS', codeDeliveryDetails: sms },
  ],
  CONFIRM_SIGN_IN_WITH_EMAIL_CODE: [
    { signInStep: 'CONFIRM_SIGN_IN_WITH_EMAIL_CODE', codeDeliveryDetails: email },
    { name: 'confirmSignIn', mfaType: 'EMAIL', codeDeliveryDetails: email },
  ],
  CONFIRM_SIGN_IN_WITH_PASSWORD: [{ signInStep: 'CONFIRM_SIGN_IN_WITH_PASSWORD' }, { name: 'signInPassword' }],
  CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION: [
    { signInStep: 'CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION', availableChallenges: ['EMAIL_OTP', 'WEB_AUTHN'] },
    { name: 'selectFirstFactor', availableChallenges: ['EMAIL_OTP', 'WEB_AUTHN'] },
  ],
  CONTINUE_SIGN_IN_WITH_MFA_SELECTION: [
    { signInStep: 'CONTINUE_SIGN_IN_WITH_MFA_SELECTION', allowedMFATypes: ['SMS', 'TOTP'] },
    { name: 'selectMfaType', allowedMfaTypes: ['SMS', 'TOTP'] },
  ],
  CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION: [
    { signInStep: 'CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION', allowedMFATypes: ['EMAIL', 'TOTP'] },
    { name: 'selectMfaSetupType', allowedMfaTypes: ['EMAIL', 'TOTP'] },
  ],
  CONTINUE_SIGN_IN_WITH_TOTP_SETUP: [
    { signInStep: 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP', totpSetupDetails: totp },
    { name: 'setupTotp', totpSetupDetails: totp },
  ],
  CONTINUE_SIGN_IN_WITH_EMAIL_SETUP: [{ signInStep: 'CONTINUE_SIGN_IN_WITH_EMAIL_SETUP' }, { name: 'setupEmail' }],
  RESET_PASSWORD: [{ signInStep: 'RESET_PASSWORD' }, { name: 'forgotPassword' }],
  CONFIRM_SIGN_UP: [{ signInStep: 'CONFIRM_SIGN_UP' }, { name: 'confirmSignUp' }],
  DONE: [{ signInStep: 'DONE' }, { name: 'checkAccount' }],
};

describe('routeForSignInStep', () => {
  it.each(Object.entries(SIGN_IN_STEPS))('%s routes as DESIGN.md says, payload carried', (_, [step, route]) => {
    expect(routeForSignInStep(step)).toStrictEqual(route);
  });

  it('keeps the TOTP setup details themselves (getSetupUri is a function)', () => {
    const route = routeForSignInStep({ signInStep: 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP', totpSetupDetails: totp });
    expect(route.name === 'setupTotp' && route.totpSetupDetails).toBe(totp);
  });

  it('turns missing optional payloads into empty arrays and objects', () => {
    expect(routeForSignInStep({ signInStep: 'CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED' })).toStrictEqual({
      name: 'forceNewPassword',
      missingAttributes: [],
    });
    expect(routeForSignInStep({ signInStep: 'CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE' })).toStrictEqual({
      name: 'customChallenge',
      additionalInfo: {},
    });
    expect(routeForSignInStep({ signInStep: 'CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION' })).toStrictEqual({
      name: 'selectFirstFactor',
      availableChallenges: [],
    });
    expect(routeForSignInStep({ signInStep: 'CONTINUE_SIGN_IN_WITH_MFA_SELECTION' })).toStrictEqual({
      name: 'selectMfaType',
      allowedMfaTypes: [],
    });
    expect(routeForSignInStep({ signInStep: 'CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION' })).toStrictEqual({
      name: 'selectMfaSetupType',
      allowedMfaTypes: [],
    });
  });

  it('leaves codeDeliveryDetails out (not undefined) when the backend gave none', () => {
    const route = routeForSignInStep({ signInStep: 'CONFIRM_SIGN_IN_WITH_SMS_CODE' });
    expect(route).toStrictEqual({ name: 'confirmSignIn', mfaType: 'SMS' });
    expect(Object.keys(route)).not.toContain('codeDeliveryDetails');
  });

  it.each<[AuthFactorType[], AuthFactorType[]]>([
    [['PASSWORD_SRP', 'EMAIL_OTP', 'PASSWORD'], ['PASSWORD', 'EMAIL_OTP']],
    [['WEB_AUTHN', 'PASSWORD', 'PASSWORD_SRP'], ['WEB_AUTHN', 'PASSWORD']],
    [['SMS_OTP', 'PASSWORD_SRP'], ['SMS_OTP', 'PASSWORD']],
  ])('shows PASSWORD and PASSWORD_SRP once, as PASSWORD, in order: %o', (availableChallenges, shown) => {
    const step: SignInStep = { signInStep: 'CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION', availableChallenges };
    expect(routeForSignInStep(step)).toStrictEqual({ name: 'selectFirstFactor', availableChallenges: shown });
  });

  it('throws on a step outside the contract instead of returning nothing', () => {
    const unknown = { signInStep: 'CONFIRM_SIGN_IN_WITH_SOMETHING_NEW' } as unknown as SignInStep;
    expect(() => routeForSignInStep(unknown)).toThrow(/CONFIRM_SIGN_IN_WITH_SOMETHING_NEW/);
  });
});

describe('routeForSignUpStep', () => {
  it.each<[SignUpStep, FlowRoute]>([
    [
      { signUpStep: 'CONFIRM_SIGN_UP', codeDeliveryDetails: email },
      { name: 'confirmSignUp', codeDeliveryDetails: email },
    ],
    [{ signUpStep: 'COMPLETE_AUTO_SIGN_IN', codeDeliveryDetails: email }, { name: 'autoSignIn' }],
    [{ signUpStep: 'COMPLETE_AUTO_SIGN_IN' }, { name: 'autoSignIn' }],
    [{ signUpStep: 'DONE' }, { name: 'signIn' }],
  ])('%o -> %o', (step, route) => {
    expect(routeForSignUpStep(step)).toStrictEqual(route);
  });
});

describe('routeForResetPasswordStep', () => {
  it.each<[ResetPasswordStep, FlowRoute]>([
    [
      { resetPasswordStep: 'CONFIRM_RESET_PASSWORD_WITH_CODE', codeDeliveryDetails: sms },
      { name: 'confirmResetPassword', codeDeliveryDetails: sms },
    ],
    [{ resetPasswordStep: 'DONE' }, { name: 'signIn' }],
  ])('%o -> %o', (step, route) => {
    expect(routeForResetPasswordStep(step)).toStrictEqual(route);
  });
});

// Keyed by route name: the compiler rejects a name missing here or unknown to FlowRoute.
const EVERY_ROUTE: Record<RouteName, true> = {
  signIn: true,
  signUp: true,
  forgotPassword: true,
  confirmResetPassword: true,
  confirmSignUp: true,
  autoSignIn: true,
  forceNewPassword: true,
  confirmSignIn: true,
  setupTotp: true,
  selectMfaType: true,
  selectMfaSetupType: true,
  setupEmail: true,
  selectFirstFactor: true,
  signInPassword: true,
  customChallenge: true,
  checkAccount: true,
  verifyUser: true,
  confirmVerifyUser: true,
  passkeyPrompt: true,
  authenticated: true,
};

describe('ROUTE_NAMES', () => {
  it('lists every route name of the union exactly once', () => {
    expect(new Set(ROUTE_NAMES).size).toBe(ROUTE_NAMES.length);
    expect([...ROUTE_NAMES].sort()).toStrictEqual(Object.keys(EVERY_ROUTE).sort());
  });
});

describe('start routes and the way back to sign-in', () => {
  const starts = ['signIn', 'signUp', 'forgotPassword'];
  const withoutBack = ['signIn', 'authenticated', 'checkAccount', 'autoSignIn', 'verifyUser', 'confirmVerifyUser', 'passkeyPrompt'];

  it.each(ROUTE_NAMES.map((name) => [name]))('%s', (name) => {
    expect(isStartRouteName(name)).toBe(starts.includes(name));
    expect(isStartRoute({ name } as FlowRoute)).toBe(starts.includes(name));
    expect(hasBackToSignIn(name)).toBe(!withoutBack.includes(name));
  });

  it('counts every screen reached from a sign-in as part of it, and nothing else', () => {
    const outside = ['signIn', 'signUp', 'forgotPassword', 'confirmResetPassword', 'confirmSignUp', 'authenticated'];
    for (const name of ROUTE_NAMES) expect(isSignInInProgress(name), name).toBe(!outside.includes(name));
  });

  it('rejects a name from outside the union at run time', () => {
    expect(() => hasBackToSignIn('somewhere' as RouteName)).toThrow(/somewhere/);
  });
});

describe('routeAfterSignIn', () => {
  const check = (attributes: AccountCheck['attributes'], offerPasskey = false, hasPasskey = false): AccountCheck => ({
    attributes,
    offerPasskey,
    hasPasskey,
  });

  it('asks to verify the email and phone when neither is verified', () => {
    expect(routeAfterSignIn(check({ email: 'a@example.com', phone_number: '+15555550100' }))).toStrictEqual({
      name: 'verifyUser',
      unverified: { email: 'a@example.com', phone_number: '+15555550100' },
    });
  });

  it('offers only the contacts the user has', () => {
    expect(routeAfterSignIn(check({ email: 'a@example.com', email_verified: 'false' }))).toStrictEqual({
      name: 'verifyUser',
      unverified: { email: 'a@example.com' },
    });
    expect(routeAfterSignIn(check({ phone_number: '+15555550100', phone_number_verified: 'false' }))).toStrictEqual({
      name: 'verifyUser',
      unverified: { phone_number: '+15555550100' },
    });
  });

  it('needs no verification once either contact is verified', () => {
    const attributes = { email: 'a@example.com', phone_number: '+15555550100' };
    expect(routeAfterSignIn(check({ ...attributes, email_verified: 'true' }))).toStrictEqual({ name: 'authenticated' });
    expect(routeAfterSignIn(check({ ...attributes, phone_number_verified: 'true' }))).toStrictEqual({
      name: 'authenticated',
    });
  });

  it('needs no verification for a user without any contact', () => {
    expect(routeAfterSignIn(check({ preferred_username: 'jo', email: '' }))).toStrictEqual({ name: 'authenticated' });
  });

  it('prompts for a passkey when offered and the user has none, after verification', () => {
    const verified = { email: 'a@example.com', email_verified: 'true' };
    expect(routeAfterSignIn(check(verified, true, false))).toStrictEqual({ name: 'passkeyPrompt' });
    expect(routeAfterSignIn(check(verified, true, true))).toStrictEqual({ name: 'authenticated' });
    expect(routeAfterSignIn(check(verified, false, false))).toStrictEqual({ name: 'authenticated' });
    expect(routeAfterSignIn(check({ email: 'a@example.com' }, true, false)).name).toBe('verifyUser');
  });
});
