import type { AuthFactorType, ResetPasswordStep, SignInStep, SignUpStep } from '../client/types.js';
import { deliveryPayload } from './delivery.js';
import type { FlowRoute } from './route.js';
import { unreachable } from './unreachable.js';

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
