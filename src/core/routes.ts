import type {
  AuthFactorType,
  CodeDeliveryDetails,
  MfaType,
  ResetPasswordStep,
  SignInStep,
  SignUpStep,
  TotpSetupDetails,
  UserAttributeKey,
  UserAttributes,
  VerifiableUserAttributeKey,
} from '../client/types.js';
import { deliveryPayload } from './delivery.js';
import { unreachable } from './unreachable.js';

/** The MFA types whose sign-in step asks for a one-time code. */
export type MfaCodeType = 'SMS' | 'EMAIL' | 'TOTP';

/** One screen of the Authenticator, with what that screen needs to show. */
export type FlowRoute =
  | { name: 'signIn' }
  | { name: 'signUp' }
  | { name: 'forgotPassword' }
  | { name: 'confirmResetPassword'; codeDeliveryDetails?: CodeDeliveryDetails }
  | { name: 'confirmSignUp'; codeDeliveryDetails?: CodeDeliveryDetails }
  /** COMPLETE_AUTO_SIGN_IN: the hook layer calls autoSignIn, then routes on its output. */
  | { name: 'autoSignIn' }
  | { name: 'forceNewPassword'; missingAttributes: UserAttributeKey[] }
  | { name: 'confirmSignIn'; mfaType: MfaCodeType; codeDeliveryDetails?: CodeDeliveryDetails }
  | { name: 'setupTotp'; totpSetupDetails: TotpSetupDetails }
  | { name: 'selectMfaType'; allowedMfaTypes: MfaType[] }
  | { name: 'selectMfaSetupType'; allowedMfaTypes: MfaType[] }
  | { name: 'setupEmail' }
  | { name: 'selectFirstFactor'; availableChallenges: AuthFactorType[] }
  | { name: 'signInPassword' }
  | { name: 'customChallenge'; additionalInfo: Record<string, string> }
  /** DONE: the hook layer looks at the account (verified contact? passkey?) before the app shows. */
  | { name: 'checkAccount' }
  | { name: 'verifyUser'; unverified: Partial<Record<VerifiableUserAttributeKey, string>> }
  | { name: 'confirmVerifyUser'; attribute: VerifiableUserAttributeKey; codeDeliveryDetails?: CodeDeliveryDetails }
  | { name: 'passkeyPrompt' }
  | { name: 'authenticated' };

export type RouteName = FlowRoute['name'];

/** The screens a flow can start on (the Authenticator's `initialState`). */
export type StartRouteName = 'signIn' | 'signUp' | 'forgotPassword';

// Records rather than arrays: the compiler rejects a missing or unknown name.
const ROUTE_NAME_SET: Readonly<Record<RouteName, true>> = {
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
const START_ROUTE_NAME_SET: Readonly<Record<StartRouteName, true>> = {
  signIn: true,
  signUp: true,
  forgotPassword: true,
};

/** Every route name, once. */
// The cast is sound: the keys of a Record<RouteName, true> are exactly the route names.
export const ROUTE_NAMES: readonly RouteName[] = Object.freeze(Object.keys(ROUTE_NAME_SET) as RouteName[]);

export function isStartRouteName(name: RouteName): name is StartRouteName {
  return Object.hasOwn(START_ROUTE_NAME_SET, name);
}

export function isStartRoute(route: FlowRoute): route is Extract<FlowRoute, { name: StartRouteName }> {
  return isStartRouteName(route.name);
}

/** Whether the screen offers a way back to sign-in (every screen but these, where it would lead nowhere). */
export function hasBackToSignIn(name: RouteName): boolean {
  switch (name) {
    // The account steps (verifyUser, confirmVerifyUser, passkeyPrompt) come after the sign-in succeeded:
    // they offer Skip, not a way back.
    case 'signIn':
    case 'authenticated':
    case 'checkAccount':
    case 'autoSignIn':
    case 'verifyUser':
    case 'confirmVerifyUser':
    case 'passkeyPrompt':
      return false;
    case 'signUp':
    case 'forgotPassword':
    case 'confirmResetPassword':
    case 'confirmSignUp':
    case 'forceNewPassword':
    case 'confirmSignIn':
    case 'setupTotp':
    case 'selectMfaType':
    case 'selectMfaSetupType':
    case 'setupEmail':
    case 'selectFirstFactor':
    case 'signInPassword':
    case 'customChallenge':
      return true;
    default:
      return unreachable(name, 'route');
  }
}

/**
 * Whether the route belongs to a sign-in the flow itself started (from the first challenge to the account
 * checks after DONE): there the flow's own results lead on, not the client's `signedIn` event, which
 * the client also emits for the flow's own sign-in.
 */
export function isSignInInProgress(name: RouteName): boolean {
  switch (name) {
    case 'autoSignIn':
    case 'forceNewPassword':
    case 'confirmSignIn':
    case 'setupTotp':
    case 'selectMfaType':
    case 'selectMfaSetupType':
    case 'setupEmail':
    case 'selectFirstFactor':
    case 'signInPassword':
    case 'customChallenge':
    case 'checkAccount':
    case 'verifyUser':
    case 'confirmVerifyUser':
    case 'passkeyPrompt':
      return true;
    case 'signIn':
    case 'signUp':
    case 'forgotPassword':
    case 'confirmResetPassword':
    case 'confirmSignUp':
    case 'authenticated':
      return false;
    default:
      return unreachable(name, 'route');
  }
}

/** PASSWORD and PASSWORD_SRP are one choice for the user ("Password"): shown once, where the first was. */
function firstFactorChoices(challenges: readonly AuthFactorType[]): AuthFactorType[] {
  return [...new Set(challenges.map((factor) => (factor === 'PASSWORD_SRP' ? 'PASSWORD' : factor)))];
}

export function routeForSignInStep(step: SignInStep): FlowRoute {
  switch (step.signInStep) {
    case 'CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED':
      return { name: 'forceNewPassword', missingAttributes: step.missingAttributes ?? [] };
    case 'CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE':
      return { name: 'customChallenge', additionalInfo: step.additionalInfo ?? {} };
    case 'CONFIRM_SIGN_IN_WITH_TOTP_CODE':
      return { name: 'confirmSignIn', mfaType: 'TOTP' };
    case 'CONFIRM_SIGN_IN_WITH_SMS_CODE':
      return { name: 'confirmSignIn', mfaType: 'SMS', ...deliveryPayload(step.codeDeliveryDetails) };
    case 'CONFIRM_SIGN_IN_WITH_EMAIL_CODE':
      return { name: 'confirmSignIn', mfaType: 'EMAIL', ...deliveryPayload(step.codeDeliveryDetails) };
    case 'CONFIRM_SIGN_IN_WITH_PASSWORD':
      return { name: 'signInPassword' };
    case 'CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION':
      return { name: 'selectFirstFactor', availableChallenges: firstFactorChoices(step.availableChallenges ?? []) };
    case 'CONTINUE_SIGN_IN_WITH_MFA_SELECTION':
      return { name: 'selectMfaType', allowedMfaTypes: step.allowedMFATypes ?? [] };
    case 'CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION':
      return { name: 'selectMfaSetupType', allowedMfaTypes: step.allowedMFATypes ?? [] };
    case 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP':
      return { name: 'setupTotp', totpSetupDetails: step.totpSetupDetails };
    case 'CONTINUE_SIGN_IN_WITH_EMAIL_SETUP':
      return { name: 'setupEmail' };
    case 'RESET_PASSWORD':
      // The forgot-password screen sends the code (resetPassword), then confirmResetPassword follows.
      return { name: 'forgotPassword' };
    case 'CONFIRM_SIGN_UP':
      // No code was sent yet: the confirm-sign-up screen offers to resend one.
      return { name: 'confirmSignUp' };
    case 'DONE':
      return { name: 'checkAccount' };
    default:
      return unreachable(step, 'sign-in step');
  }
}

export function routeForSignUpStep(step: SignUpStep): FlowRoute {
  switch (step.signUpStep) {
    case 'CONFIRM_SIGN_UP':
      return { name: 'confirmSignUp', codeDeliveryDetails: step.codeDeliveryDetails };
    case 'COMPLETE_AUTO_SIGN_IN':
      return { name: 'autoSignIn' };
    case 'DONE':
      // Confirmed without auto sign-in: the user signs in with the new account.
      return { name: 'signIn' };
    default:
      return unreachable(step, 'sign-up step');
  }
}

export function routeForResetPasswordStep(step: ResetPasswordStep): FlowRoute {
  switch (step.resetPasswordStep) {
    case 'CONFIRM_RESET_PASSWORD_WITH_CODE':
      return { name: 'confirmResetPassword', codeDeliveryDetails: step.codeDeliveryDetails };
    case 'DONE':
      return { name: 'signIn' };
    default:
      return unreachable(step, 'reset-password step');
  }
}

/** What the hook layer found out about the account after DONE. */
export interface AccountCheck {
  attributes: UserAttributes;
  /** The app enabled the passkey prompt and the browser can create one. */
  offerPasskey: boolean;
  hasPasskey: boolean;
}

export function needsPasskeyPrompt(check: AccountCheck): boolean {
  return check.offerPasskey && !check.hasPasskey;
}

function isPresent(value: string | undefined): value is string {
  return value !== undefined && value !== '';
}

/**
 * The contacts to offer for verification, or undefined when one is verified already or there is none:
 * a verified contact is what lets the user reset a forgotten password.
 */
function unverifiedContacts(
  attributes: UserAttributes,
): Partial<Record<VerifiableUserAttributeKey, string>> | undefined {
  if (attributes.email_verified === 'true' || attributes.phone_number_verified === 'true') return undefined;
  const unverified: Partial<Record<VerifiableUserAttributeKey, string>> = {};
  if (isPresent(attributes.email)) unverified.email = attributes.email;
  if (isPresent(attributes.phone_number)) unverified.phone_number = attributes.phone_number;
  return Object.keys(unverified).length > 0 ? unverified : undefined;
}

export function routeAfterSignIn(check: AccountCheck): FlowRoute {
  const unverified = unverifiedContacts(check.attributes);
  if (unverified !== undefined) return { name: 'verifyUser', unverified };
  if (needsPasskeyPrompt(check)) return { name: 'passkeyPrompt' };
  return { name: 'authenticated' };
}
