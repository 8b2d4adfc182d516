import type { QueryClient } from '@tanstack/react-query';
import { AuthError } from '../../client/errors.js';
import type { AuthClient, AuthFactorType, SocialProvider, UserAttributes, VerifiableUserAttributeKey } from '../../client/types.js';
import { createFlowState, type FlowEvent } from '../../core/flow-state.js';
import type { StartRouteName } from '../../core/route-table.js';
import { defaultServices, type AuthenticatorServices } from '../services.js';
import { bridgeClientEvents, signedOut } from './client-events.js';
import type { ActionDeps, EngineSettings } from './deps.js';
import { onRouteEntered } from './route-effects.js';
import { createRunner } from './runner.js';
import type { ActionName, ActionResult, AuthenticatorState } from './state.js';
import { createStore } from './store.js';

/** The Authenticator's engine, without React: its state, the actions the screens call, and what runs by itself. */
export interface AuthenticatorEngine {
  readonly client: AuthClient;
  getState: () => AuthenticatorState;
  subscribe: (listener: () => void) => () => void;
  /** Props change after mount (services, callbacks); actions always use the latest. */
  configure: (settings: EngineSettings) => void;
  /** Starts listening to the client and checks for a session; returns the function that stops it. */
  start: () => () => void;
  /** The app's sign-up rules (`services.validateCustomSignUp`), run before anything is sent. */
  validateCustomSignUp: AuthenticatorServices['validateCustomSignUp'];
  /** Whether the code on screen came from a passwordless sign-in, which can simply start again. */
  canResendSignInCode: () => boolean;
  navigate: (to: StartRouteName) => void;
  signIn: (username: string, password?: string, factor?: AuthFactorType) => Promise<boolean>;
  confirmSignIn: (response: string, userAttributes?: UserAttributes) => Promise<boolean>;
  resendSignInCode: () => Promise<boolean>;
  signUp: (username: string, password: string | undefined, userAttributes: UserAttributes) => Promise<boolean>;
  confirmSignUp: (code: string) => Promise<boolean>;
  resendSignUpCode: () => Promise<boolean>;
  forgotPassword: (username: string) => Promise<boolean>;
  confirmResetPassword: (code: string, newPassword: string) => Promise<boolean>;
  resendResetCode: () => Promise<boolean>;
  sendVerificationCode: (attribute: VerifiableUserAttributeKey) => Promise<boolean>;
  confirmVerification: (code: string) => Promise<boolean>;
  createPasskey: () => Promise<boolean>;
  /** Skips verifying a contact, or declines the passkey. */
  skipAccountStep: () => void;
  /** The account check after DONE failed (a network error, say): the user is signed in, so it is simply tried again. */
  retryAccountCheck: () => Promise<boolean>;
  signInWithRedirect: (provider: SocialProvider) => Promise<boolean>;
  signOut: (options?: { global?: boolean }) => Promise<void>;
}

type Actions = typeof import('./actions/index.js');

// The actions are not needed to show the first screen: they load once it is up (see `start`), before any submit.
const loadActions = (): Promise<Actions> => import('./actions/index.js');

function missingUsername(): AuthError {
  return new AuthError({ name: 'SignInException', message: 'This step needs the username from an earlier one.' });
}

export function createAuthenticatorEngine(client: AuthClient, queryClient: QueryClient, initialRoute: StartRouteName, key: string): AuthenticatorEngine {
  const store = createStore({ flow: createFlowState(initialRoute) });
  const run = createRunner(store, queryClient, key);
  let settings: EngineSettings = { services: undefined, passwordless: undefined, onAuthEvent: undefined };
  const deps: ActionDeps = {
    client,
    services: () => ({ ...defaultServices(client), ...settings.services }),
    settings: () => settings,
    flow: () => store.getState().flow,
    memory: { unconfirmed: undefined },
  };
  /** Runs an action from the lazily loaded set. */
  const act = (name: ActionName, work: (actions: Actions) => Promise<ActionResult>, startEvents?: readonly FlowEvent[]) =>
    run(name, () => loadActions().then(work), startEvents);
  /** The username an earlier screen set (confirming, resetting): a step reached without one cannot go on. */
  const withUsername = (work: (actions: Actions, username: string) => Promise<ActionResult>) => (actions: Actions) => {
    const { username } = deps.flow();
    return username === undefined ? Promise.reject(missingUsername()) : work(actions, username);
  };
  const checkAccount = () => act('checkAccount', ({ account }) => account.checkAccount(deps));
  store.onTransition((before, after) => {
    onRouteEntered(deps, { autoSignIn: () => void act('autoSignIn', ({ signIn }) => signIn.autoSignIn(deps)), checkAccount: () => void checkAccount() }, before, after);
  });
  const idle = () => store.getState().pending === undefined;

  return {
    client,
    getState: store.getState,
    subscribe: store.subscribe,
    configure: (next) => {
      settings = next;
    },
    start: () => {
      const stop = bridgeClientEvents(client, store, deps);
      const schedule = typeof requestIdleCallback === 'function' ? requestIdleCallback : (work: () => void) => setTimeout(work, 1);
      schedule(() => void loadActions());
      void queryClient
        .query({ queryKey: ['gatehouse', key, 'currentUser'], queryFn: () => deps.services().getCurrentUser(), retry: false, staleTime: 0 })
        .then(
          (user) => {
            store.dispatch({ type: 'sessionChecked', user });
          },
          () => {
            store.dispatch({ type: 'sessionChecked' });
          },
        );
      return stop;
    },
    validateCustomSignUp: (values) => deps.services().validateCustomSignUp(values),
    canResendSignInCode: () => deps.flow().attempt.resend !== undefined,
    navigate: (to) => {
      if (!idle()) return;
      deps.memory.unconfirmed = undefined;
      store.dispatch({ type: 'navigate', to });
    },
    signIn: (username, password, factor) =>
      act('signIn', ({ signIn }) => signIn.signIn(deps, { username, password, factor }), [
        { type: 'signInStarted', username, withPassword: password !== undefined, ...(factor === undefined ? {} : { factor }) },
      ]),
    confirmSignIn: (response, userAttributes) =>
      act('confirmSignIn', ({ signIn }) => signIn.confirmSignIn(deps, { response, ...(userAttributes === undefined ? {} : { userAttributes }) }), [{ type: 'answerSent', response }]),
    resendSignInCode: () => {
      const { resend } = deps.flow().attempt;
      return resend === undefined ? Promise.resolve(false) : act('signIn', ({ signIn }) => signIn.resendSignInCode(deps, resend));
    },
    signUp: (username, password, userAttributes) =>
      act('signUp', ({ signUp }) => signUp.signUp(deps, { username, password, userAttributes }), [{ type: 'signUpStarted', username, withPassword: password !== undefined }]),
    confirmSignUp: (code) => act('confirmSignUp', withUsername(({ signUp }, username) => signUp.confirmSignUp(deps, { username, code }))),
    resendSignUpCode: () => act('resendSignUpCode', withUsername(({ signUp }, username) => signUp.resendSignUpCode(deps, username))),
    forgotPassword: (username) => act('forgotPassword', ({ resetPassword }) => resetPassword.forgotPassword(deps, username)),
    confirmResetPassword: (code, newPassword) =>
      act('confirmResetPassword', withUsername(({ resetPassword }, username) => resetPassword.confirmResetPassword(deps, { username, code, newPassword }))),
    resendResetCode: () => act('forgotPassword', withUsername(({ resetPassword }, username) => resetPassword.resendResetCode(deps, username))),
    sendVerificationCode: (attribute) => act('sendVerificationCode', ({ account }) => account.sendVerificationCode(deps, attribute)),
    confirmVerification: (code) => {
      const { route } = deps.flow();
      return route.name === 'confirmVerifyUser' ? act('confirmVerification', ({ account }) => account.confirmVerification(deps, { attribute: route.attribute, code })) : Promise.resolve(false);
    },
    createPasskey: () => act('createPasskey', ({ account }) => account.createPasskey(deps)),
    skipAccountStep: () => {
      if (idle()) store.dispatch({ type: 'accountStepDone' });
    },
    retryAccountCheck: () => (deps.flow().route.name === 'checkAccount' ? checkAccount() : Promise.resolve(false)),
    signInWithRedirect: (provider) => act('signInWithRedirect', ({ session }) => session.signInWithRedirect(deps, provider), [{ type: 'redirected' }]),
    signOut: async (options) => {
      if (await act('signOut', ({ session }) => session.signOut(deps, options?.global))) signedOut(store, deps, 'signOut');
    },
  };
}
