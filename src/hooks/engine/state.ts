import type { FlowEvent, FlowState } from '../../core/flow-state.js';
import type { CustomValidationErrors } from '../services.js';

/** The actions that call the client; one runs at a time. */
export type ActionName =
  | 'signIn'
  | 'confirmSignIn'
  | 'signUp'
  | 'confirmSignUp'
  | 'resendSignUpCode'
  | 'autoSignIn'
  | 'forgotPassword'
  | 'confirmResetPassword'
  | 'checkAccount'
  | 'sendVerificationCode'
  | 'confirmVerification'
  | 'createPasskey'
  | 'signInWithRedirect'
  | 'signOut';

export interface AuthenticatorState {
  flow: FlowState;
  /** The action under way, if any: its screen shows it pending, and no other submit starts. */
  pending?: ActionName;
  /** The action under way has taken longer than {@link SLOW_AFTER_MS}: the screen says so. */
  slow?: true;
  /** What the app's own sign-up rules say of the form as it stands (Amplify UI's `validationErrors`). */
  validationErrors: CustomValidationErrors;
  /** How many `<Authenticator>` views show this flow: none is Amplify UI's `setup` route. */
  views: number;
}

export const NO_VALIDATION_ERRORS: CustomValidationErrors = Object.freeze({});


/** How long a call may take before the screen says it is taking long. */
export const SLOW_AFTER_MS = 6000;

/** What an action hands back: the flow events its answer means, applied in one go (one render). */
export interface ActionResult {
  events: FlowEvent[];
}
