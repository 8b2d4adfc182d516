import type { RouteName } from './route.js';

/** What the flow needs to know about a route, in one place: a new route is one row here. */
interface RouteTraits {
  /** A screen a flow can start on (`initialState`, the tabs, "Back to sign in"). */
  start: boolean;
  /** The screen offers a way back to sign-in (the account steps offer Skip instead: the sign-in succeeded). */
  backToSignIn: boolean;
  /**
   * Part of a sign-in the flow itself started (from the first challenge to the account checks after DONE):
   * there the flow's own results lead on, not the client's `signedIn` event, which also comes for it.
   */
  signInInProgress: boolean;
  /** The user has a session here already (the steps after DONE, and the app). */
  session: boolean;
  /** The key of the screen's fields in the `formFields` prop, when `formFields` can change them. */
  formFields: boolean;
}

const start = { start: true, backToSignIn: true, signInInProgress: false, session: false, formFields: true } as const;
const challenge = { start: false, backToSignIn: true, signInInProgress: true, session: false, formFields: true } as const;
const choice = { ...challenge, formFields: false } as const;
const accountStep = { start: false, backToSignIn: false, signInInProgress: true, session: true, formFields: false } as const;

export const ROUTE_TABLE = {
  signIn: { ...start, backToSignIn: false },
  signUp: start,
  forgotPassword: start,
  confirmResetPassword: { ...start, start: false },
  confirmSignUp: { ...start, start: false },
  autoSignIn: { start: false, backToSignIn: false, signInInProgress: true, session: false, formFields: false },
  forceNewPassword: challenge,
  confirmSignIn: challenge,
  setupTotp: challenge,
  selectMfaType: choice,
  selectMfaSetupType: choice,
  setupEmail: challenge,
  selectFirstFactor: choice,
  signInPassword: { ...challenge, formFields: false },
  customChallenge: challenge,
  checkAccount: accountStep,
  verifyUser: accountStep,
  confirmVerifyUser: { ...accountStep, formFields: true },
  passkeyPrompt: accountStep,
  authenticated: { start: false, backToSignIn: false, signInInProgress: false, session: true, formFields: false },
} as const satisfies Record<RouteName, RouteTraits>;

type RoutesWhere<Trait extends keyof RouteTraits> = { [Name in RouteName]: (typeof ROUTE_TABLE)[Name][Trait] extends true ? Name : never }[RouteName];

/** The screens a flow can start on (the Authenticator's `initialState`). */
export type StartRouteName = RoutesWhere<'start'>;

/** The routes whose fields the `formFields` prop configures (its keys). */
export type FormRouteName = RoutesWhere<'formFields'>;

/** Every route name, once. */
// The cast is sound: the keys of a Record<RouteName, …> are exactly the route names.
export const ROUTE_NAMES: readonly RouteName[] = Object.freeze(Object.keys(ROUTE_TABLE) as RouteName[]);

export function isRouteName(name: string): name is RouteName {
  return Object.hasOwn(ROUTE_TABLE, name);
}

export function isStartRouteName(name: RouteName): name is StartRouteName {
  return ROUTE_TABLE[name].start;
}

export function hasBackToSignIn(name: RouteName): boolean {
  return ROUTE_TABLE[name].backToSignIn;
}

export function isSignInInProgress(name: RouteName): boolean {
  return ROUTE_TABLE[name].signInInProgress;
}

/** Signed in already: the account steps after DONE, and the app. */
export function hasSession(name: RouteName): boolean {
  return ROUTE_TABLE[name].session;
}
