import type { AuthError } from '../client/errors.js';
import type {
  AuthUser,
  CodeDeliveryDetails,
  ResetPasswordOutput,
  SignInOutput,
  SignUpOutput,
  VerifiableUserAttributeKey,
} from '../client/types.js';
import { deliveryPayload } from './delivery.js';
import {
  type AccountCheck,
  type FlowRoute,
  type RouteName,
  type StartRouteName,
  isSignInInProgress,
  needsPasskeyPrompt,
  routeAfterSignIn,
  routeForResetPasswordStep,
  routeForSignInStep,
  routeForSignUpStep,
} from './routes.js';
import { unreachable } from './unreachable.js';

export type AuthStatus = 'configuring' | 'authenticated' | 'unauthenticated';

export interface FlowState {
  route: FlowRoute;
  authStatus: AuthStatus;
  initialRoute: StartRouteName;
  /** The username the flow is about, kept across screens to prefill them. */
  username?: string;
  user?: AuthUser;
  error?: AuthError;
  /** The passkey prompt comes after the verification screens that are showing first. */
  pendingPasskeyPrompt: boolean;
}

export type FlowEvent =
  /** At start: authenticated (route authenticated) or the initial route. */
  | { type: 'sessionChecked'; user?: AuthUser }
  /** toSignIn / toSignUp / toForgotPassword: clears the error, keeps the username. */
  | { type: 'navigate'; to: StartRouteName }
  | { type: 'signInResult'; output: SignInOutput; username?: string }
  | { type: 'signUpResult'; output: SignUpOutput; username: string }
  | { type: 'resetPasswordResult'; output: ResetPasswordOutput; username: string }
  | { type: 'accountChecked'; user: AuthUser; check: AccountCheck }
  | { type: 'verificationCodeSent'; attribute: VerifiableUserAttributeKey; codeDeliveryDetails?: CodeDeliveryDetails }
  /** Verified, skipped verifying, created or declined a passkey: passkeyPrompt next if pending, else authenticated. */
  | { type: 'accountStepDone' }
  | { type: 'failed'; error: AuthError }
  /** From a client event (another tab, a redirect): straight to authenticated. */
  | { type: 'signedIn'; user: AuthUser }
  /** Back to the initial route, user and username cleared. */
  | { type: 'signedOut' };

export function createFlowState(initialRoute: StartRouteName = 'signIn'): FlowState {
  return { route: { name: initialRoute }, authStatus: 'configuring', initialRoute, pendingPasskeyPrompt: false };
}

/**
 * The sign-in's session (the `Session` of the challenges) expired (after 3 to 15 minutes, per app client),
 * was already used, or was ended by too many wrong answers: the sign-in must start over.
 */
export function isSessionEndedError(error: AuthError): boolean {
  return error.reason === 'signInSessionEnded' || error.reason === 'tooManyFailedAttempts';
}

/** Whether the error means the sign-in on `route` cannot go on and must start again from signIn. */
function endsSignIn(route: FlowRoute, error: AuthError): boolean {
  // Only a sign-in under way has a session to lose; elsewhere (start screens, authenticated) the route stays.
  if (!isSignInInProgress(route.name)) return false;
  // autoSignIn has no screen to retry on: the account is confirmed, so the user signs in by hand.
  if (route.name === 'autoSignIn') return true;
  // A custom challenge's Lambda that fails the authentication invalidates the session (Amplify docs,
  // "Special Handling on confirmSignIn"), whatever the message says.
  return isSessionEndedError(error) || (route.name === 'customChallenge' && error.name === 'NotAuthorizedException');
}

const ACCOUNT_CHECKED_FROM: ReadonlySet<RouteName> = new Set<RouteName>(['checkAccount']);
const CODE_SENT_FROM: ReadonlySet<RouteName> = new Set<RouteName>(['verifyUser', 'confirmVerifyUser']);
const ACCOUNT_STEP_DONE_FROM: ReadonlySet<RouteName> = new Set<RouteName>([
  'verifyUser',
  'confirmVerifyUser',
  'passkeyPrompt',
]);

/** authStatus follows the route, except that only sessionChecked ends 'configuring' short of authenticated. */
function statusFor(route: FlowRoute, previous: AuthStatus): AuthStatus {
  if (route.name === 'authenticated') return 'authenticated';
  return previous === 'configuring' ? 'configuring' : 'unauthenticated';
}

/** Moves to `route`: a new screen starts without the last one's error. */
function enter(state: FlowState, route: FlowRoute): FlowState {
  const next: FlowState = { ...state, route, authStatus: statusFor(route, state.authStatus) };
  delete next.error;
  return next;
}

/** Back to a start screen: nobody is signed in through the flow any more. */
function restart(state: FlowState, route: FlowRoute): FlowState {
  const next: FlowState = { ...enter(state, route), pendingPasskeyPrompt: false };
  delete next.user;
  return next;
}

function toAuthenticated(state: FlowState, user: AuthUser): FlowState {
  return { ...enter(state, { name: 'authenticated' }), user, pendingPasskeyPrompt: false };
}

function onFailure(state: FlowState, error: AuthError): FlowState {
  if (endsSignIn(state.route, error)) return { ...restart(state, { name: 'signIn' }), error };
  if (state.route.name === 'signIn') {
    // Cognito refuses the sign-in until the account is confirmed or the password reset: go and do it.
    if (error.name === 'UserNotConfirmedException') return enter(state, { name: 'confirmSignUp' });
    if (error.name === 'PasswordResetRequiredException') return enter(state, { name: 'forgotPassword' });
  }
  return { ...state, error };
}

function transition(state: FlowState, event: FlowEvent): FlowState {
  switch (event.type) {
    case 'sessionChecked':
      // Only the first check counts: after it, client events and results have moved the flow on.
      if (state.authStatus !== 'configuring') return state;
      if (event.user !== undefined) return toAuthenticated(state, event.user);
      // Nobody is signed in: the user may have moved on already (a tab, a sign-in), so the route stays.
      return { ...state, authStatus: 'unauthenticated' };
    case 'navigate':
      // Signed in, the way out is signing out: a start screen over a live session would mislead.
      if (state.route.name === 'authenticated') return state;
      return restart(state, { name: event.to });
    case 'signInResult': {
      const next = enter(state, routeForSignInStep(event.output.nextStep));
      return event.username === undefined ? next : { ...next, username: event.username };
    }
    case 'signUpResult':
      return { ...enter(state, routeForSignUpStep(event.output.nextStep)), username: event.username };
    case 'resetPasswordResult':
      return { ...enter(state, routeForResetPasswordStep(event.output.nextStep)), username: event.username };
    case 'accountChecked': {
      // The guards on the account events drop a late result, say after the user went back to sign-in.
      if (!ACCOUNT_CHECKED_FROM.has(state.route.name)) return state;
      const route = routeAfterSignIn(event.check);
      const pendingPasskeyPrompt = route.name === 'verifyUser' && needsPasskeyPrompt(event.check);
      return { ...enter(state, route), user: event.user, pendingPasskeyPrompt };
    }
    case 'verificationCodeSent':
      if (!CODE_SENT_FROM.has(state.route.name)) return state;
      return enter(state, {
        name: 'confirmVerifyUser',
        attribute: event.attribute,
        ...deliveryPayload(event.codeDeliveryDetails),
      });
    case 'accountStepDone':
      if (!ACCOUNT_STEP_DONE_FROM.has(state.route.name)) return state;
      return {
        ...enter(state, { name: state.pendingPasskeyPrompt ? 'passkeyPrompt' : 'authenticated' }),
        pendingPasskeyPrompt: false,
      };
    case 'failed':
      return onFailure(state, event.error);
    case 'signedIn':
      // The client emits signedIn for the flow's own sign-in too; that one goes on to the account checks.
      if (isSignInInProgress(state.route.name)) return state;
      return toAuthenticated(state, event.user);
    case 'signedOut': {
      const next = restart(state, { name: state.initialRoute });
      delete next.username;
      return next;
    }
    default:
      return unreachable(event, 'flow event');
  }
}

/** Same route name and the same payload values (by identity). */
function sameRoute(a: FlowRoute, b: FlowRoute): boolean {
  if (a === b) return true;
  const aEntries: Readonly<Record<string, unknown>> = a;
  const bEntries: Readonly<Record<string, unknown>> = b;
  const keys = Object.keys(aEntries);
  return keys.length === Object.keys(bEntries).length && keys.every((key) => Object.is(aEntries[key], bEntries[key]));
}

// Lists every field of FlowState: a new field must be added here too.
function sameState(a: FlowState, b: FlowState): boolean {
  return (
    sameRoute(a.route, b.route) &&
    a.authStatus === b.authStatus &&
    a.initialRoute === b.initialRoute &&
    a.username === b.username &&
    a.user === b.user &&
    a.error === b.error &&
    a.pendingPasskeyPrompt === b.pendingPasskeyPrompt
  );
}

/** The flow's reducer. Returns `state` itself when the event changes nothing, so React bails out. */
export function flowReducer(state: FlowState, event: FlowEvent): FlowState {
  const next = transition(state, event);
  return sameState(state, next) ? state : next;
}
