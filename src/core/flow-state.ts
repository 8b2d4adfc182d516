import type { AuthError } from '../client/errors.js';
import type {
  AuthFactorType,
  AuthUser,
  CodeDeliveryDetails,
  ResetPasswordOutput,
  SignInOutput,
  SignUpOutput,
  VerifiableUserAttributeKey,
} from '../client/types.js';
import type { AccountCheck } from './account-check.js';
import type { FlowRoute } from './route.js';
import type { StartRouteName } from './route-table.js';
import { NO_ATTEMPT, type SignInAttempt, type SignInMethod } from './sign-in-attempt.js';

export type AuthStatus = 'configuring' | 'authenticated' | 'unauthenticated';

/** What a screen says about what just happened (not an error). */
export type Notice = 'passwordWasReset' | 'accountConfirmed' | 'codeResent' | 'passwordResetRequired' | 'passkeyCreated';

export interface FlowState {
  route: FlowRoute;
  authStatus: AuthStatus;
  initialRoute: StartRouteName;
  /** The username the flow is about, kept across screens to prefill them. */
  username?: string;
  user?: AuthUser;
  error?: AuthError;
  /** Cleared by the next screen or the next action. */
  notice?: Notice;
  /** The passkey prompt comes after the verification screens that are showing first. */
  pendingPasskeyPrompt: boolean;
  attempt: SignInAttempt;
}

export type FlowEvent =
  /** At start: authenticated (route authenticated) or the initial route. */
  | { type: 'sessionChecked'; user?: AuthUser }
  /** toSignIn / toSignUp / toForgotPassword: clears the error, keeps the username. */
  | { type: 'navigate'; to: StartRouteName }
  /** The start screen changes (an inner Authenticator's initialState): taken at once if nothing happened yet. */
  | { type: 'initialRouteSet'; to: StartRouteName }
  /** A submit starts a call: the last error and notice go. */
  | { type: 'actionStarted' }
  | { type: 'signInStarted'; username: string; withPassword: boolean; factor?: AuthFactorType }
  /** An answer is sent on the current challenge screen (a code, a first factor, a custom answer…). */
  | { type: 'answerSent'; response: string }
  | { type: 'signUpStarted'; username: string; withPassword: boolean }
  | { type: 'signInResult'; output: SignInOutput; username?: string }
  | { type: 'signUpResult'; output: SignUpOutput; username: string }
  | { type: 'resetPasswordResult'; output: ResetPasswordOutput; username: string }
  | { type: 'accountChecked'; user: AuthUser; check: AccountCheck }
  | { type: 'verificationCodeSent'; attribute: VerifiableUserAttributeKey; codeDeliveryDetails?: CodeDeliveryDetails }
  /** Verified, skipped verifying, created or declined a passkey: passkeyPrompt next if pending, else authenticated. */
  | { type: 'accountStepDone' }
  | { type: 'noticed'; notice: Notice }
  | { type: 'failed'; error: AuthError }
  /** The client says a redirect sign-in (a social provider) came back. */
  | { type: 'redirected' }
  /** From a client event (another tab, a redirect) or a session found late: straight to authenticated. */
  | { type: 'signedIn'; user: AuthUser; method?: SignInMethod }
  /** Back to the initial route, user and username cleared. */
  | { type: 'signedOut' };

/** The flow at start: `configuring` until the session is checked, unless nobody can be signed in already. */
export function createFlowState(initialRoute: StartRouteName = 'signIn', authStatus: 'configuring' | 'unauthenticated' = 'configuring'): FlowState {
  return { route: { name: initialRoute }, authStatus, initialRoute, pendingPasskeyPrompt: false, attempt: NO_ATTEMPT };
}

/**
 * The sign-in's session (the `Session` of the challenges) expired (after 3 to 15 minutes, per app client),
 * was already used, or was ended by too many wrong answers: the sign-in must start over.
 */
export function isSessionEndedError(error: AuthError): boolean {
  return error.reason === 'signInSessionEnded' || error.reason === 'tooManyFailedAttempts';
}
