import { useCallback, useRef, useSyncExternalStore, type BaseSyntheticEvent } from 'react';
import type { AuthError } from '../client/errors.js';
import type { AuthFactorType, AuthUser, LoginMechanism, MfaType, SocialProvider, UserAttributes, VerifiableUserAttributeKey } from '../client/types.js';
import type { AuthStatus, Notice } from '../core/flow-state.js';
import type { FlowRoute } from '../core/route.js';
import type { AmplifyFormField, AuthenticatorRoute, ChallengeName, V5CodeDeliveryDetails } from './amplify-compat.js';
import { useAuthenticatorContext, type AuthenticatorContextValue } from './context.js';
import type { FormHandle } from './engine/form-handle.js';
import type { AuthenticatorState } from './engine/state.js';
import type { BuiltInProviderName } from './options.js';
import type { CustomValidationErrors } from './services.js';
import { viewOf } from './authenticator-view.js';

/** What `useAuthenticator` gives: the flow's state and every action, with every field of Amplify UI's hook. */
export interface UseAuthenticator {
  /** The screen, or Amplify UI's `idle` / `setup` / `transition` / `signOut` between screens. */
  route: AuthenticatorRoute;
  /** The route with its payload (where a code went, the MFA types to choose from…). */
  routeDetails: FlowRoute;
  authStatus: AuthStatus;
  user: AuthUser | undefined;
  /** The last error, translated; `authError` is the error itself. */
  error: string | undefined;
  authError: AuthError | undefined;
  isPending: boolean;
  /** The call under way is taking longer than usual. */
  isSlow: boolean;
  notice: Notice | undefined;
  username: string | undefined;
  /** Amplify UI's: where the code went, in aws-amplify v5's capitalised shape. */
  codeDeliveryDetails: V5CodeDeliveryDetails | undefined;
  /** Amplify UI's: the TOTP secret while setting up an authenticator app, else null. */
  totpSecretCode: string | null;
  challengeName: ChallengeName | undefined;
  allowedMfaTypes: MfaType[] | undefined;
  /** The contacts that can be verified after sign-in (on verifyUser). */
  unverifiedUserAttributes: { email?: string; phone_number?: string };
  /** What the app's own sign-up rules say of the form as it stands. */
  validationErrors: CustomValidationErrors;
  hasValidationErrors: boolean;
  /** The fields of the form on screen. */
  fields: AmplifyFormField[];
  socialProviders: BuiltInProviderName[];
  loginMechanism: LoginMechanism | undefined;
  /** `onClick={signOut}` works too, as in Amplify UI: an event is not an option. */
  signOut: (options?: { global?: boolean } | BaseSyntheticEvent) => void;
  toSignIn: () => void;
  toSignUp: () => void;
  toForgotPassword: () => void;
  /** Amplify UI's: sign in with a social provider (`{ provider: 'Google' }`). */
  toFederatedSignIn: (data: { provider: string }) => void;
  /** Amplify UI's: a new code for the code on screen, where one can be sent. */
  resendCode: () => void;
  /** Amplify UI's: set a value of the form on screen, as its `onChange` does. */
  updateForm: (data: { name: string; value?: unknown }) => void;
  /** Amplify UI's: mark a field of the form on screen as left. */
  updateBlur: (data: { name: string }) => void;
  /** Amplify UI's: submit the form on screen, with these values merged in. */
  submitForm: (data?: Readonly<Record<string, unknown>>) => void;
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

function sameValues(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, index) => Object.is(value, b[index]));
}

interface ViewCache {
  state?: AuthenticatorState;
  context?: unknown;
  view?: UseAuthenticator;
  picked?: readonly unknown[];
}

/**
 * The view every hook reading one state gets, made once: the sign-in screen's first render has six of these
 * hooks, and each would build the same object with every action. The form on screen is part of what it is made of.
 */
const sharedViews = new WeakMap<AuthenticatorState, { context: AuthenticatorContextValue; form: FormHandle | undefined; view: UseAuthenticator }>();

function sharedView(state: AuthenticatorState, context: AuthenticatorContextValue): UseAuthenticator {
  const form = context.engine.currentForm();
  const shared = sharedViews.get(state);
  if (shared?.context === context && shared.form === form) return shared.view;
  const view = viewOf(state, context);
  sharedViews.set(state, { context, form, view });
  return view;
}

/** The view of `state`, the same object while the state (or, with a selector, what it picks) is unchanged. */
function cachedView(cache: { current: ViewCache }, state: AuthenticatorState, context: AuthenticatorContextValue, selector: ((context: UseAuthenticator) => readonly unknown[]) | undefined): UseAuthenticator {
  const cached = cache.current;
  if (cached.view && cached.state === state && cached.context === context) return cached.view;
  const view = sharedView(state, context);
  const picked = selector?.(view);
  const unchanged = cached.view !== undefined && picked !== undefined && cached.picked !== undefined && sameValues(picked, cached.picked);
  cache.current = { state, context, view: unchanged && cached.view ? cached.view : view, ...(picked === undefined ? {} : { picked }) };
  return cache.current.view ?? view;
}

/**
 * The Authenticator's state and actions. With a selector (Amplify UI's form: `(context) => [context.route]`)
 * the component re-renders only when one of the values it picks changes.
 */
export function useAuthenticator(selector?: (context: UseAuthenticator) => readonly unknown[]): UseAuthenticator {
  const context = useAuthenticatorContext();
  // Two caches: React asks for both snapshots while it hydrates, and each must stay the same object.
  const cache = useRef<ViewCache>({});
  const serverCache = useRef<ViewCache>({});
  const getSnapshot = useCallback(() => cachedView(cache, context.engine.getState(), context, selector), [context, selector]);
  const getServerSnapshot = useCallback(() => cachedView(serverCache, context.engine.getServerState(), context, selector), [context, selector]);
  return useSyncExternalStore(context.engine.subscribe, getSnapshot, getServerSnapshot);
}

const pickRoute = (context: UseAuthenticator) => [context.routeDetails, context.username];

/** The current route with its payload, and the username, for a hook that derives its fields from them. */
export function useRouteDetails(): Pick<UseAuthenticator, 'routeDetails' | 'username'> {
  return useAuthenticator(pickRoute);
}
