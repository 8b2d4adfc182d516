export type { FlowRoute, MfaCodeType, RouteName, RouteOf } from './route.js';
export {
  type FormRouteName,
  type StartRouteName,
  ROUTE_NAMES,
  hasBackToSignIn,
  hasSession,
  isRouteName,
  isSignInInProgress,
  isStartRouteName,
} from './route-table.js';
export { routeForResetPasswordStep, routeForSignInStep, routeForSignUpStep } from './next-step.js';
export { type AccountCheck, type PasskeyOffer, type PasskeyPromptRule, type PasskeyPromptWhen, needsPasskeyPrompt, offersPasskey, routeAfterSignIn } from './account-check.js';
export { type SignInAttempt, type SignInMethod } from './sign-in-attempt.js';
export { type AuthStatus, type FlowEvent, type FlowState, type Notice, createFlowState, isSessionEndedError } from './flow-state.js';
export { flowReducer } from './flow-reducer.js';
export {
  type FieldError,
  type SignUpRules,
  type ValidationMessageKey,
  isE164,
  isEmail,
  isOneTimeCode,
  toE164,
  trimUsername,
  validateNewPassword,
  validateSignUp,
} from './validation.js';
export { type ErrorMessageKey, errorMessageKey } from './error-messages.js';
