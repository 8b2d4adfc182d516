import type { FlowEvent, FlowState } from '../../core/flow-state.js';

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
}

/** What an action hands back: the flow events its answer means, applied in one go (one render). */
export interface ActionResult {
  events: FlowEvent[];
}
