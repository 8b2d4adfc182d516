import {
  allowedMfaTypesOf,
  amplifyFields,
  amplifyRoute,
  builtInProviders,
  challengeNameOf,
  providerNamed,
  unverifiedUserAttributesOf,
  v5CodeDeliveryDetails,
} from './amplify-compat.js';
import type { AuthenticatorContextValue } from './context.js';
import type { AuthenticatorEngine } from './engine/engine.js';
import type { AuthenticatorState } from './engine/state.js';
import { describeError } from './errors.js';
import type { UseAuthenticator } from './useAuthenticator.js';

/** The resend that fits the code on screen (a sign-up code, a reset code, a passwordless sign-in code). */
function resendFor(state: AuthenticatorState, engine: AuthenticatorEngine): () => void {
  switch (state.flow.route.name) {
    case 'confirmSignUp':
      return () => void engine.resendSignUpCode();
    case 'confirmResetPassword':
      return () => void engine.resendResetCode();
    case 'confirmSignIn':
      return () => void engine.resendSignInCode();
    default:
      return () => undefined;
  }
}

/** One snapshot of the Authenticator for `useAuthenticator`. */
export function viewOf(state: AuthenticatorState, { engine, translate, backend, options }: AuthenticatorContextValue): UseAuthenticator {
  const { flow } = state;
  const route = flow.route;
  const form = engine.currentForm();
  return {
    route: amplifyRoute(state),
    routeDetails: route,
    authStatus: flow.authStatus,
    user: flow.user,
    error: flow.error && describeError(flow.error, translate, backend.passwordPolicy?.minLength ?? 8).message,
    authError: flow.error,
    isPending: state.pending !== undefined,
    isSlow: state.slow === true,
    notice: flow.notice,
    username: flow.username,
    codeDeliveryDetails: v5CodeDeliveryDetails(route),
    totpSecretCode: route.name === 'setupTotp' ? route.totpSetupDetails.sharedSecret : null,
    challengeName: challengeNameOf(route),
    allowedMfaTypes: allowedMfaTypesOf(route),
    unverifiedUserAttributes: unverifiedUserAttributesOf(route),
    validationErrors: state.validationErrors,
    hasValidationErrors: Object.keys(state.validationErrors).length > 0,
    fields: form && form.route === route.name ? amplifyFields(form.fields) : [],
    socialProviders: builtInProviders(options.socialProviders, backend.socialProviders),
    loginMechanism: (options.loginMechanisms ?? backend.loginMechanisms)?.[0],
    signOut: (input) => void engine.signOut(input !== undefined && 'global' in input ? { global: input.global } : undefined),
    toSignIn: () => {
      engine.navigate('signIn');
    },
    toSignUp: () => {
      engine.navigate('signUp');
    },
    toForgotPassword: () => {
      engine.navigate('forgotPassword');
    },
    toFederatedSignIn: ({ provider }) => void engine.signInWithRedirect(providerNamed(provider)),
    resendCode: resendFor(state, engine),
    updateForm: ({ name, value }) => engine.currentForm()?.update(name, value),
    updateBlur: ({ name }) => engine.currentForm()?.blur(name),
    submitForm: (data) => engine.currentForm()?.submit(data),
    signIn: (username, password, preferred) => engine.signIn(username, password, preferred),
    confirmSignIn: (response, attributes) => engine.confirmSignIn(response, attributes),
    signUp: (username, password, attributes) => engine.signUp(username, password, attributes),
    confirmSignUp: (code) => engine.confirmSignUp(code),
    resendSignUpCode: () => engine.resendSignUpCode(),
    forgotPassword: (username) => engine.forgotPassword(username),
    confirmResetPassword: (code, password) => engine.confirmResetPassword(code, password),
    resendResetCode: () => engine.resendResetCode(),
    sendVerificationCode: (attribute) => engine.sendVerificationCode(attribute),
    confirmVerification: (code) => engine.confirmVerification(code),
    skipVerification: engine.skipAccountStep,
    createPasskey: () => engine.createPasskey(),
    retryAccountCheck: () => engine.retryAccountCheck(),
    skipPasskey: engine.skipAccountStep,
    signInWithRedirect: (provider) => engine.signInWithRedirect(provider),
  };
}
