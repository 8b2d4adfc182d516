import { AuthError } from '../../client/errors.js';
import type { AuthClient, AuthFactorType, SocialProvider, UserAttributes, VerifiableUserAttributeKey } from '../../client/types.js';
import { createFlowState, type FlowEvent } from '../../core/flow-state.js';
import type { StartRouteName } from '../../core/route-table.js';
import type { QueryClientSource } from '../query-client/source.js';
import { installLaterWords } from '../errors.js';
import { defaultServices, type CustomValidationErrors } from '../services.js';
import type { FormHandle } from './form-handle.js';
import { runSignUpValidators } from './sign-up-validators.js';
import { bridgeClientEvents, signedOut } from './client-events.js';
import { checkSession } from './session-check.js';
import type { ActionDeps, EngineSettings } from './deps.js';
import { onRouteEntered } from './route-effects.js';
import { createRunner } from './runner.js';
import { NO_VALIDATION_ERRORS, type ActionName, type ActionResult, type AuthenticatorState } from './state.js';
import { createStore } from './store.js';

/** The Authenticator's engine, without React: its state, the actions the screens call, and what runs by itself. */
export interface AuthenticatorEngine {
  readonly client: AuthClient;
  /** The TanStack Query client the flow's calls and the account center's reads go through. */
  readonly queryClients: QueryClientSource;
  getState: () => AuthenticatorState;
  /**
   * The state a server renders (and the page hydrates with): the session still being checked, since only the
   * browser can know that nobody is signed in.
   */
  getServerState: () => AuthenticatorState;
  subscribe: (listener: () => void) => () => void;
  /**
   * Props change after mount (services, callbacks); actions always use the latest. The provider's come
   * first; an inner `<Authenticator>`'s (under an `<Authenticator.Provider>`) win while it is mounted.
   */
  configure: (layer: 'provider' | 'view', settings: EngineSettings | undefined) => void;
  /** An inner `<Authenticator>`'s `initialState`: where the flow starts (and returns after a sign-out). */
  setInitialRoute: (route: StartRouteName) => void;
  /** Starts listening to the client and checks for a session; returns the function that stops it. */
  start: () => () => void;
  /** The app's sign-up rules (`services.validateCustomSignUp` and Amplify UI's other validators), merged. */
  validateSignUp: (formData: Readonly<Record<string, string>>, touchData: Readonly<Record<string, boolean>>) => Promise<CustomValidationErrors | undefined>;
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
  /** "Remember this device", ticked or not, on the MFA code screen: acted on once the sign-in is done. */
  rememberDevice: (remember: boolean) => void;
  /** The account center is deleting the account (true) or gave up (false): the sign-out that follows says so. */
  deletingAccount: (deleting: boolean) => void;
  /** The form on screen registers itself here while it shows; returns the function that lets it go. */
  attachForm: (handle: FormHandle) => () => void;
  /** The form on screen, for Amplify UI's submitForm / updateForm / updateBlur. */
  currentForm: () => FormHandle | undefined;
  setValidationErrors: (errors: CustomValidationErrors | undefined) => void;
  /** An `<Authenticator>` view shows this flow; returns the function to call when it goes. */
  viewMounted: () => () => void;
  /**
   * The user has started on the view (a pointer over it, the focus in it): what a submit needs is fetched now.
   * With no view (an app's own screens over the Provider), it is fetched once the page is idle.
   */
  engaged: () => void;
  /** Calls `listener` once the user has engaged (at once if they have); returns the function that cancels it. */
  whenEngaged: (listener: () => void) => () => void;
}

type Actions = typeof import('./actions/index.js');

// The actions are not needed to show the first screen: they load once the user starts on it (see `engaged`),
// before any submit.
// The words of the screens and failures they lead to come with them, installed before any can show.
const loadActions = (): Promise<Actions> =>
  import('./actions/index.js').then((actions) => {
    installLaterWords(actions.laterWords);
    return actions;
  });

function missingUsername(): AuthError {
  return new AuthError({ name: 'SignInException', message: 'This step needs the username from an earlier one.' });
}

export function createAuthenticatorEngine(client: AuthClient, queryClients: QueryClientSource, initialRoute: StartRouteName, key: string): AuthenticatorEngine {
  const serverState: AuthenticatorState = { flow: createFlowState(initialRoute), validationErrors: NO_VALIDATION_ERRORS, views: 0 };
  // Nothing stored: the check will find nobody, so the first screen is settled from its first render.
  const store = createStore(client.mayHaveSession?.() === false ? { ...serverState, flow: createFlowState(initialRoute, 'unauthenticated') } : serverState);
  let form: FormHandle | undefined;
  let prepared = false;
  const onEngaged = new Set<() => void>();
  // Ahead of time only: a fetch that fails here is tried again on first use.
  const prepare = () => {
    if (prepared) return;
    prepared = true;
    loadActions().catch(() => undefined);
    queryClients.load().catch(() => undefined);
    client.prepare?.();
    for (const listener of onEngaged) listener();
    onEngaged.clear();
  };
  const { run, abandon } = createRunner(store, (name, work) =>
    Promise.all([loadActions(), queryClients.load()]).then(([{ asMutation }, queryClient]) => asMutation(queryClient, ['gatehouse', key, name], work)),
  );
  const layers: { provider?: EngineSettings | undefined; view?: EngineSettings | undefined } = {};
  let settings: EngineSettings = { services: undefined, passwordless: undefined, onAuthEvent: undefined };
  const merge = (base: EngineSettings | undefined, over: EngineSettings | undefined): EngineSettings => ({
    services: over?.services ?? base?.services,
    passwordless: over?.passwordless ?? base?.passwordless,
    onAuthEvent: over?.onAuthEvent ?? base?.onAuthEvent,
  });
  const deps: ActionDeps = {
    client,
    services: () => ({ ...defaultServices(client), ...settings.services }),
    settings: () => settings,
    flow: () => store.getState().flow,
    memory: { unconfirmed: undefined, rememberDevice: false },
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
    // The app's rules spoke of the form that was there.
    if (after.route.name !== before.route.name && store.getState().validationErrors !== NO_VALIDATION_ERRORS) store.set({ ...store.getState(), validationErrors: NO_VALIDATION_ERRORS });
    onRouteEntered(deps, { autoSignIn: () => void act('autoSignIn', ({ signIn }) => signIn.autoSignIn(deps)), checkAccount: () => void checkAccount() }, before, after);
  });
  const idle = () => store.getState().pending === undefined;

  return {
    client,
    queryClients,
    getState: store.getState,
    getServerState: () => serverState,
    subscribe: store.subscribe,
    configure: (layer, next) => {
      layers[layer] = next;
      settings = merge(layers.provider, layers.view);
    },
    setInitialRoute: (route) => {
      store.dispatch({ type: 'initialRouteSet', to: route });
    },
    start: () => {
      const stop = bridgeClientEvents(client, store, deps, loadActions);
      const schedule = typeof requestIdleCallback === 'function' ? requestIdleCallback : (work: () => void) => setTimeout(work, 1);
      schedule(() => {
        if (store.getState().views === 0) prepare();
      });
      const check = checkSession(client, store, loadActions);
      return () => {
        check.stop();
        stop();
      };
    },
    validateSignUp: (formData, touchData) => runSignUpValidators(deps.services(), client.getBackendConfig().passwordPolicy, formData, touchData),
    canResendSignInCode: () => deps.flow().attempt.resend !== undefined,
    rememberDevice: (remember) => {
      deps.memory.rememberDevice = remember;
    },
    deletingAccount: (deleting) => {
      deps.memory.deletingAccount = deleting;
    },
    navigate: (to) => {
      // Going elsewhere is always possible: a call that never answers must not hold the user here.
      abandon();
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
    signInWithRedirect: (provider) => {
      // Another way in while a sign-in hangs: the hanging one is let go (a second click on the same button is not).
      if (store.getState().pending !== 'signInWithRedirect') abandon();
      return act('signInWithRedirect', ({ session }) => session.signInWithRedirect(deps, provider), [{ type: 'redirected' }]);
    },
    signOut: async (options) => {
      if (await act('signOut', ({ session }) => session.signOut(deps, options?.global))) signedOut(store, deps, 'signOut');
    },
    // Not in the reactive state: forms come and go inside a commit, and a store change there re-renders every reader.
    attachForm: (handle) => {
      form = handle;
      return () => {
        if (form === handle) form = undefined;
      };
    },
    currentForm: () => form,
    setValidationErrors: (errors) => {
      const next = errors === undefined || Object.keys(errors).length === 0 ? NO_VALIDATION_ERRORS : errors;
      const current = store.getState().validationErrors;
      if (next !== current && JSON.stringify(next) !== JSON.stringify(current)) store.set({ ...store.getState(), validationErrors: next });
    },
    // Views mount and unmount inside a commit: the count is told once the commit is over.
    viewMounted: () => {
      const count = (change: number) => {
        queueMicrotask(() => {
          store.set({ ...store.getState(), views: store.getState().views + change });
        });
      };
      count(1);
      return () => {
        count(-1);
      };
    },
    engaged: prepare,
    whenEngaged: (listener) => {
      if (prepared) {
        listener();
        return () => undefined;
      }
      onEngaged.add(listener);
      return () => {
        onEngaged.delete(listener);
      };
    },
  };
}
