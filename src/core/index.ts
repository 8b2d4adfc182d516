export {
  type AccountCheck,
  type FlowRoute,
  type MfaCodeType,
  type RouteName,
  type StartRouteName,
  ROUTE_NAMES,
  hasBackToSignIn,
  isSignInInProgress,
  isStartRoute,
  isStartRouteName,
  routeAfterSignIn,
  routeForResetPasswordStep,
  routeForSignInStep,
  routeForSignUpStep,
} from './routes.js';
export {
  type AuthStatus,
  type FlowEvent,
  type FlowState,
  createFlowState,
  flowReducer,
  isSessionEndedError,
} from './flow-state.js';
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
