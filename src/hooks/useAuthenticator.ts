import { useCallback, useRef, useSyncExternalStore, type BaseSyntheticEvent } from 'react';
import type { AuthError } from '../client/errors.js';
import type { AuthFactorType, AuthUser, SocialProvider, UserAttributes, VerifiableUserAttributeKey } from '../client/types.js';
import type { AuthStatus, Notice } from '../core/flow-state.js';
import type { FlowRoute, RouteName } from '../core/route.js';
import { useAuthenticatorContext } from './context.js';
import type { AuthenticatorEngine } from './engine/engine.js';
import type { AuthenticatorState } from './engine/state.js';
import { describeError } from './errors.js';

/** What `useAuthenticator` gives: the flow's state and every action, as Amplify UI's hook does. */
export interface UseAuthenticator {
  route: RouteName;
  /** The route with its payload (where a code went, the MFA types to choose from…). */
  routeDetails: FlowRoute;
  authStatus: AuthStatus;
  user: AuthUser | undefined;
  /** The last error, translated; `authError` is the error itself. */
  error: string | undefined;
  authError: AuthError | undefined;
  isPending: boolean;
  notice: Notice | undefined;
  username: string | undefined;
  /** `onClick={signOut}` works too, as in Amplify UI: an event is not an option. */
  signOut: (options?: { global?: boolean } | BaseSyntheticEvent) => void;
  toSignIn: () => void;
  toSignUp: () => void;
  toForgotPassword: () => void;
  signIn: (username: string, password?: string, preferredChallenge?: AuthFactorType) => Promise<boolean>;
  confirmSignIn: (challengeResponse: string, userAttributes?: UserAttributes) => Promise<boolean>;
  signUp: (username: string, password: string | undefined, userAttributes: UserAttributes) => Promise<boolean>;
  confirmSignUp: (code: string) => Promise<boolean>;
  resendSignUpCode: () => Promise<boolean>;
  forgotPassword: (username: string) => Promise<boolean>;
  confirmResetPassword: (code: string, newPassword: string) => Promise<boolean>;
  resendResetCode: () => Promise<boolean>;
  sendVerificationCode: (attribute: VerifiableUserAttributeKey) => Promise<boolean>;
  confirmVerification: (code: string) => Promise<boolean>;
  skipVerification: () => void;
  createPasskey: () => Promise<boolean>;
  /** After a failed look at the account once signed in. */
  retryAccountCheck: () => Promise<boolean>;
  skipPasskey: () => void;
  signInWithRedirect: (provider: SocialProvider) => Promise<boolean>;
}

function viewOf(state: AuthenticatorState, engine: AuthenticatorEngine, error: string | undefined): UseAuthenticator {
  const { flow } = state;
  return {
    route: flow.route.name,
    routeDetails: flow.route,
    authStatus: flow.authStatus,
    user: flow.user,
    error,
    authError: flow.error,
    isPending: state.pending !== undefined,
    notice: flow.notice,
    username: flow.username,
    signOut: (options) => void engine.signOut(options !== undefined && 'global' in options ? { global: options.global } : undefined),
    toSignIn: () => {
      engine.navigate('signIn');
    },
    toSignUp: () => {
      engine.navigate('signUp');
    },
    toForgotPassword: () => {
      engine.navigate('forgotPassword');
    },
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

function sameValues(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, index) => Object.is(value, b[index]));
}

/**
 * The Authenticator's state and actions. With a selector (Amplify UI's form: `(context) => [context.route]`)
 * the component re-renders only when one of the values it picks changes.
 */
export function useAuthenticator(selector?: (context: UseAuthenticator) => readonly unknown[]): UseAuthenticator {
  const { engine, translate, backend } = useAuthenticatorContext();
  const cache = useRef<{ state?: AuthenticatorState; translate?: unknown; view?: UseAuthenticator; picked?: readonly unknown[] }>({});
  const getSnapshot = useCallback((): UseAuthenticator => {
    const state = engine.getState();
    const cached = cache.current;
    if (cached.view && cached.state === state && cached.translate === translate) return cached.view;
    const error = state.flow.error && describeError(state.flow.error, translate, backend.passwordPolicy?.minLength ?? 8).message;
    const view = viewOf(state, engine, error);
    const picked = selector?.(view);
    const unchanged = cached.view !== undefined && picked !== undefined && cached.picked !== undefined && sameValues(picked, cached.picked);
    cache.current = { state, translate, view: unchanged && cached.view ? cached.view : view, ...(picked === undefined ? {} : { picked }) };
    return cache.current.view ?? view;
  }, [engine, translate, backend, selector]);
  return useSyncExternalStore(engine.subscribe, getSnapshot, getSnapshot);
}

const pickRoute = (context: UseAuthenticator) => [context.routeDetails, context.username];

/** The current route with its payload, and the username, for a hook that derives its fields from them. */
export function useRouteDetails(): Pick<UseAuthenticator, 'routeDetails' | 'username'> {
  return useAuthenticator(pickRoute);
}
