import { describe, expect, it } from 'vitest';
import type { AuthFactorType, CodeDeliveryDetails, SignInStep, TotpSetupDetails } from '../../../src/client/types.js';
import {
  type AccountCheck,
  type RouteName,
  ROUTE_NAMES,
  hasBackToSignIn,
  hasSession,
  isRouteName,
  isSignInInProgress,
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

/** One of every sign-in step the contract has, with a payload where it takes one. */
const EVERY_SIGN_IN_STEP: SignInStep[] = [
  { signInStep: 'CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED', missingAttributes: ['given_name', 'custom:team'] },
  { signInStep: 'CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE', additionalInfo: { hint: 'Enter the secret code' } },
  { signInStep: 'CONFIRM_SIGN_IN_WITH_TOTP_CODE' },
  { signInStep: 'CONFIRM_SIGN_IN_WITH_SMS_CODE', codeDeliveryDetails: sms },
  { signInStep: 'CONFIRM_SIGN_IN_WITH_EMAIL_CODE', codeDeliveryDetails: email },
  { signInStep: 'CONFIRM_SIGN_IN_WITH_PASSWORD' },
  { signInStep: 'CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION', availableChallenges: ['EMAIL_OTP', 'WEB_AUTHN'] },
  { signInStep: 'CONTINUE_SIGN_IN_WITH_MFA_SELECTION', allowedMFATypes: ['SMS', 'TOTP'] },
  { signInStep: 'CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION', allowedMFATypes: ['EMAIL', 'TOTP'] },
  { signInStep: 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP', totpSetupDetails: totp },
  { signInStep: 'CONTINUE_SIGN_IN_WITH_EMAIL_SETUP' },
  { signInStep: 'RESET_PASSWORD' },
  { signInStep: 'CONFIRM_SIGN_UP' },
  { signInStep: 'DONE' },
];

describe('routeForSignInStep', () => {
  it('gives every step a screen of its own, except the two that continue on a start screen', () => {
    const routes = EVERY_SIGN_IN_STEP.map((step) => routeForSignInStep(step).name);
    expect(routes).not.toContain('signIn');
    // Two MFA types share the one-time code screen; everything else has its own route.
    expect(new Set(routes).size).toBe(routes.length - 2);
  });

  it('sends every one-time code to the code screen, saying where the code went when the backend said', () => {
    expect(routeForSignInStep({ signInStep: 'CONFIRM_SIGN_IN_WITH_SMS_CODE', codeDeliveryDetails: sms })).toStrictEqual({ name: 'confirmSignIn', mfaType: 'SMS', codeDeliveryDetails: sms });
    expect(routeForSignInStep({ signInStep: 'CONFIRM_SIGN_IN_WITH_EMAIL_CODE', codeDeliveryDetails: email })).toStrictEqual({ name: 'confirmSignIn', mfaType: 'EMAIL', codeDeliveryDetails: email });
    expect(routeForSignInStep({ signInStep: 'CONFIRM_SIGN_IN_WITH_TOTP_CODE' })).toStrictEqual({ name: 'confirmSignIn', mfaType: 'TOTP' });
    // Nothing said: the key is absent, not undefined (exactOptionalPropertyTypes).
    expect(Object.keys(routeForSignInStep({ signInStep: 'CONFIRM_SIGN_IN_WITH_SMS_CODE' }))).not.toContain('codeDeliveryDetails');
  });

  it('carries each payload a screen needs, the TOTP details themselves (getSetupUri is a function)', () => {
    const route = routeForSignInStep({ signInStep: 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP', totpSetupDetails: totp });
    expect(route.name === 'setupTotp' && route.totpSetupDetails).toBe(totp);
    expect(routeForSignInStep({ signInStep: 'CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED', missingAttributes: ['given_name'] })).toStrictEqual({ name: 'forceNewPassword', missingAttributes: ['given_name'] });
    expect(routeForSignInStep({ signInStep: 'CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE', additionalInfo: { hint: 'h' } })).toStrictEqual({ name: 'customChallenge', additionalInfo: { hint: 'h' } });
    expect(routeForSignInStep({ signInStep: 'CONTINUE_SIGN_IN_WITH_MFA_SELECTION', allowedMFATypes: ['SMS', 'TOTP'] })).toStrictEqual({ name: 'selectMfaType', allowedMfaTypes: ['SMS', 'TOTP'] });
    expect(routeForSignInStep({ signInStep: 'CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION', allowedMFATypes: ['EMAIL'] })).toStrictEqual({ name: 'selectMfaSetupType', allowedMfaTypes: ['EMAIL'] });
  });

  it('turns missing optional payloads into empty lists, never undefined', () => {
    for (const step of EVERY_SIGN_IN_STEP) {
      const bare = { signInStep: step.signInStep } as SignInStep;
      if (bare.signInStep === 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP') continue;
      for (const value of Object.values(routeForSignInStep(bare))) expect(value).not.toBeUndefined();
    }
  });

  it.each<[AuthFactorType[], AuthFactorType[]]>([
    [['PASSWORD_SRP', 'EMAIL_OTP', 'PASSWORD'], ['PASSWORD', 'EMAIL_OTP']],
    [['WEB_AUTHN', 'PASSWORD', 'PASSWORD_SRP'], ['WEB_AUTHN', 'PASSWORD']],
    [['SMS_OTP', 'PASSWORD_SRP'], ['SMS_OTP', 'PASSWORD']],
  ])('shows PASSWORD and PASSWORD_SRP once, as PASSWORD, in order: %o', (availableChallenges, shown) => {
    expect(routeForSignInStep({ signInStep: 'CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION', availableChallenges })).toStrictEqual({ name: 'selectFirstFactor', availableChallenges: shown });
  });

  it('sends a required reset to the forgot-password screen, an unconfirmed account to its confirmation, DONE to the account check', () => {
    expect(routeForSignInStep({ signInStep: 'RESET_PASSWORD' }).name).toBe('forgotPassword');
    expect(routeForSignInStep({ signInStep: 'CONFIRM_SIGN_UP' }).name).toBe('confirmSignUp');
    expect(routeForSignInStep({ signInStep: 'DONE' }).name).toBe('checkAccount');
  });

  it('throws on a step outside the contract instead of returning nothing', () => {
    const unknown = { signInStep: 'CONFIRM_SIGN_IN_WITH_SOMETHING_NEW' } as unknown as SignInStep;
    expect(() => routeForSignInStep(unknown)).toThrow(/CONFIRM_SIGN_IN_WITH_SOMETHING_NEW/);
  });
});

describe('routeForSignUpStep and routeForResetPasswordStep', () => {
  it('asks for the code where one was sent, and says where', () => {
    expect(routeForSignUpStep({ signUpStep: 'CONFIRM_SIGN_UP', codeDeliveryDetails: email })).toStrictEqual({ name: 'confirmSignUp', codeDeliveryDetails: email });
    expect(routeForResetPasswordStep({ resetPasswordStep: 'CONFIRM_RESET_PASSWORD_WITH_CODE', codeDeliveryDetails: sms })).toStrictEqual({ name: 'confirmResetPassword', codeDeliveryDetails: sms });
  });

  it('signs in by itself after a confirmed sign-up with auto sign-in, else back to sign-in', () => {
    expect(routeForSignUpStep({ signUpStep: 'COMPLETE_AUTO_SIGN_IN', codeDeliveryDetails: email })).toStrictEqual({ name: 'autoSignIn' });
    expect(routeForSignUpStep({ signUpStep: 'DONE' })).toStrictEqual({ name: 'signIn' });
    expect(routeForResetPasswordStep({ resetPasswordStep: 'DONE' })).toStrictEqual({ name: 'signIn' });
  });
});

describe('the route table', () => {
  const reachedFromSignIn = EVERY_SIGN_IN_STEP.map((step) => routeForSignInStep(step).name);

  it('lists every route once, and knows no other name', () => {
    expect(new Set(ROUTE_NAMES).size).toBe(ROUTE_NAMES.length);
    for (const name of [...reachedFromSignIn, 'authenticated', 'verifyUser', 'passkeyPrompt']) expect(isRouteName(name)).toBe(true);
    expect(isRouteName('idle')).toBe(false);
    expect(isRouteName('__proto__')).toBe(false);
  });

  it('offers a way back to sign-in on every screen a sign-in step leads to, but not once the sign-in succeeded', () => {
    for (const name of reachedFromSignIn) expect(hasBackToSignIn(name), name).toBe(!hasSession(name));
    expect(hasBackToSignIn('signIn')).toBe(false);
    for (const name of ['verifyUser', 'confirmVerifyUser', 'passkeyPrompt', 'authenticated'] as const) {
      expect(hasSession(name)).toBe(true);
      expect(hasBackToSignIn(name)).toBe(false);
    }
  });

  it('starts flows on exactly the screens of the initialState prop', () => {
    expect(ROUTE_NAMES.filter(isStartRouteName).sort()).toStrictEqual(['forgotPassword', 'signIn', 'signUp']);
  });

  it('counts every screen a sign-in step leads to as part of that sign-in, and no start screen or the app', () => {
    for (const name of reachedFromSignIn.filter((route) => !isStartRouteName(route) && route !== 'confirmSignUp')) expect(isSignInInProgress(name), name).toBe(true);
    for (const name of ['signIn', 'signUp', 'forgotPassword', 'confirmResetPassword', 'confirmSignUp', 'authenticated'] as const) expect(isSignInInProgress(name), name).toBe(false);
  });

  it('throws for a name from outside the union instead of answering', () => {
    expect(() => hasBackToSignIn('somewhere' as RouteName)).toThrow();
  });
});

describe('routeAfterSignIn', () => {
  const check = (attributes: AccountCheck['attributes'], offerPasskey = false, hasPasskey = false): AccountCheck => ({ attributes, offerPasskey, hasPasskey });

  it('asks to verify the contacts the user has when none is verified', () => {
    expect(routeAfterSignIn(check({ email: 'a@example.com', phone_number: '+15555550100' }))).toStrictEqual({ name: 'verifyUser', unverified: { email: 'a@example.com', phone_number: '+15555550100' } });
    expect(routeAfterSignIn(check({ email: 'a@example.com', email_verified: 'false' }))).toStrictEqual({ name: 'verifyUser', unverified: { email: 'a@example.com' } });
    expect(routeAfterSignIn(check({ phone_number: '+15555550100', phone_number_verified: 'false' }))).toStrictEqual({ name: 'verifyUser', unverified: { phone_number: '+15555550100' } });
  });

  it('needs no verification once either contact is verified, or when there is none', () => {
    const attributes = { email: 'a@example.com', phone_number: '+15555550100' };
    expect(routeAfterSignIn(check({ ...attributes, email_verified: 'true' }))).toStrictEqual({ name: 'authenticated' });
    expect(routeAfterSignIn(check({ ...attributes, phone_number_verified: 'true' }))).toStrictEqual({ name: 'authenticated' });
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
