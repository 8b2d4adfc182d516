import type { AuthError } from '../client/errors.js';
import type { AuthUser } from '../client/types.js';
import { needsPasskeyPrompt, routeAfterSignIn } from './account-check.js';
import { deliveryPayload } from './delivery.js';
import { isSessionEndedError, type AuthStatus, type FlowEvent, type FlowState } from './flow-state.js';
import { routeForResetPasswordStep, routeForSignInStep, routeForSignUpStep } from './next-step.js';
import type { FlowRoute, RouteName } from './route.js';
import { isSignInInProgress } from './route-table.js';
import { afterAnswer, afterFirstStep, NO_ATTEMPT, signInAttempt, signUpAttempt } from './sign-in-attempt.js';
import { unreachable } from './unreachable.js';

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

// The guards on the account events drop a late result, say after the user went back to sign-in.
const ACCOUNT_CHECKED_FROM: ReadonlySet<RouteName> = new Set<RouteName>(['checkAccount']);
const CODE_SENT_FROM: ReadonlySet<RouteName> = new Set<RouteName>(['verifyUser', 'confirmVerifyUser']);
const ACCOUNT_STEP_DONE_FROM: ReadonlySet<RouteName> = new Set<RouteName>(['verifyUser', 'confirmVerifyUser', 'passkeyPrompt']);

/** authStatus follows the route, except that only sessionChecked ends 'configuring' short of authenticated. */
function statusFor(route: FlowRoute, previous: AuthStatus): AuthStatus {
  if (route.name === 'authenticated') return 'authenticated';
  return previous === 'configuring' ? 'configuring' : 'unauthenticated';
}

/** Moves to `route`: a new screen starts without the last one's error and notice. */
function enter(state: FlowState, route: FlowRoute): FlowState {
  const next: FlowState = { ...state, route, authStatus: statusFor(route, state.authStatus) };
  delete next.error;
  delete next.notice;
  return next;
}

/** Back to a start screen: nobody is signed in through the flow any more, and its sign-in is forgotten. */
function restart(state: FlowState, route: FlowRoute): FlowState {
  const next: FlowState = { ...enter(state, route), pendingPasskeyPrompt: false, attempt: NO_ATTEMPT };
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

function withoutMessages(state: FlowState): FlowState {
  if (state.error === undefined && state.notice === undefined) return state;
  const next = { ...state };
  delete next.error;
  delete next.notice;
  return next;
}

function transition(state: FlowState, event: FlowEvent): FlowState {
  switch (event.type) {
    case 'sessionChecked':
      // Only the first check counts: after it, client events and results have moved the flow on.
      if (state.authStatus !== 'configuring') return state;
      if (event.user !== undefined) return { ...toAuthenticated(state, event.user), attempt: { ...NO_ATTEMPT, method: 'restoredSession' } };
      // Nobody is signed in: the user may have moved on already (a tab, a sign-in), so the route stays.
      return { ...state, authStatus: 'unauthenticated' };
    case 'navigate':
      // Signed in, the way out is signing out: a start screen over a live session would mislead.
      if (state.route.name === 'authenticated') return state;
      return restart(state, { name: event.to });
    case 'initialRouteSet': {
      // Untouched: still on the old start screen, with nothing typed, sent or shown.
      const pristine = state.route.name === state.initialRoute && state.username === undefined && state.error === undefined && state.notice === undefined;
      return pristine ? { ...restart(state, { name: event.to }), initialRoute: event.to } : { ...state, initialRoute: event.to };
    }
    case 'actionStarted':
      return withoutMessages(state);
    case 'signInStarted':
      return { ...state, username: event.username, attempt: signInAttempt(event.username, event.withPassword, event.factor) };
    case 'answerSent':
      return { ...state, attempt: afterAnswer(state.attempt, state.route.name, event.response, state.username) };
    case 'signUpStarted':
      return { ...state, username: event.username, attempt: signUpAttempt(event.withPassword) };
    case 'signInResult': {
      // The answer to the sign-in screen itself tells whether a code that follows is a passwordless sign-in.
      const attempt = state.route.name === 'signIn' ? afterFirstStep(state.attempt, event.username ?? state.username, event.output.nextStep) : state.attempt;
      const next = { ...enter(state, routeForSignInStep(event.output.nextStep)), attempt };
      return event.username === undefined ? next : { ...next, username: event.username };
    }
    case 'signUpResult':
      return { ...enter(state, routeForSignUpStep(event.output.nextStep)), username: event.username };
    case 'resetPasswordResult':
      return { ...enter(state, routeForResetPasswordStep(event.output.nextStep)), username: event.username };
    case 'accountChecked': {
      if (!ACCOUNT_CHECKED_FROM.has(state.route.name)) return state;
      const route = routeAfterSignIn(event.check);
      const pendingPasskeyPrompt = route.name === 'verifyUser' && needsPasskeyPrompt(event.check);
      return { ...enter(state, route), user: event.user, pendingPasskeyPrompt };
    }
    case 'verificationCodeSent':
      if (!CODE_SENT_FROM.has(state.route.name)) return state;
      return enter(state, { name: 'confirmVerifyUser', attribute: event.attribute, ...deliveryPayload(event.codeDeliveryDetails) });
    case 'accountStepDone':
      if (!ACCOUNT_STEP_DONE_FROM.has(state.route.name)) return state;
      return { ...enter(state, { name: state.pendingPasskeyPrompt ? 'passkeyPrompt' : 'authenticated' }), pendingPasskeyPrompt: false };
    case 'noticed':
      return { ...state, notice: event.notice };
    case 'failed':
      return onFailure(state, event.error);
    case 'redirected':
      return { ...state, attempt: { ...NO_ATTEMPT, method: 'redirect' } };
    case 'signedIn': {
      // The client emits signedIn for the flow's own sign-in too; that one goes on to the account checks.
      if (isSignInInProgress(state.route.name)) return state;
      // Signed in elsewhere: another tab, or the app itself, unless a redirect just came back.
      if (state.route.name === 'authenticated') return { ...state, user: event.user };
      const method = event.method ?? (state.attempt.method === 'redirect' ? 'redirect' : 'otherTab');
      return { ...toAuthenticated(state, event.user), attempt: { ...NO_ATTEMPT, method } };
    }
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

/** Every field the same: the route by its payload, everything else by identity (transitions keep what they do not change). */
function sameState(a: FlowState, b: FlowState): boolean {
  // The cast is sound: Object.keys of a FlowState are its own fields.
  const keys = Object.keys(a) as (keyof FlowState)[];
  return keys.length === Object.keys(b).length && sameRoute(a.route, b.route) && keys.every((key) => key === 'route' || Object.is(a[key], b[key]));
}

/** The flow's reducer. Returns `state` itself when the event changes nothing, so React bails out. */
export function flowReducer(state: FlowState, event: FlowEvent): FlowState {
  const next = transition(state, event);
  return sameState(state, next) ? state : next;
}
