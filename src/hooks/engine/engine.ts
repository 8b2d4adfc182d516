import type { QueryClient } from '@tanstack/react-query';
import { AuthError } from '../../client/errors.js';
import type { AuthClient, AuthFactorType, SocialProvider, UserAttributes, VerifiableUserAttributeKey } from '../../client/types.js';
import { createFlowState } from '../../core/flow-state.js';
import type { StartRouteName } from '../../core/route-table.js';
import { defaultServices, type AuthenticatorServices } from '../services.js';
import * as account from './actions/account.js';
import * as resetPassword from './actions/reset-password.js';
import * as session from './actions/session.js';
import * as signIn from './actions/sign-in.js';
import * as signUp from './actions/sign-up.js';
import { bridgeClientEvents, signedOut } from './client-events.js';
import type { ActionDeps, EngineSettings } from './deps.js';
import { onRouteEntered } from './route-effects.js';
import { createRunner } from './runner.js';
import type { ActionResult, AuthenticatorState } from './state.js';
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
  /** The username an earlier screen set (confirming, resetting): a step reached without one cannot go on. */
  const withUsername = (work: (username: string) => Promise<ActionResult>) => () => {
    const { username } = deps.flow();
    return username === undefined ? Promise.reject(missingUsername()) : work(username);
  };
  const checkAccount = () => run('checkAccount', () => account.checkAccount(deps));
  store.onTransition((before, after) => {
    onRouteEntered(deps, { autoSignIn: () => void run('autoSignIn', () => signIn.autoSignIn(deps)), checkAccount: () => void checkAccount() }, before, after);
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
      run('signIn', () => signIn.signIn(deps, { username, password, factor }), [
        { type: 'signInStarted', username, withPassword: password !== undefined, ...(factor === undefined ? {} : { factor }) },
      ]),
    confirmSignIn: (response, userAttributes) =>
      run('confirmSignIn', () => signIn.confirmSignIn(deps, { response, ...(userAttributes === undefined ? {} : { userAttributes }) }), [{ type: 'answerSent', response }]),
    resendSignInCode: () => {
      const { resend } = deps.flow().attempt;
      return resend === undefined ? Promise.resolve(false) : run('signIn', () => signIn.resendSignInCode(deps, resend));
    },
    signUp: (username, password, userAttributes) =>
      run('signUp', () => signUp.signUp(deps, { username, password, userAttributes }), [{ type: 'signUpStarted', username, withPassword: password !== undefined }]),
    confirmSignUp: (code) => run('confirmSignUp', withUsername((username) => signUp.confirmSignUp(deps, { username, code }))),
    resendSignUpCode: () => run('resendSignUpCode', withUsername((username) => signUp.resendSignUpCode(deps, username))),
    forgotPassword: (username) => run('forgotPassword', () => resetPassword.forgotPassword(deps, username)),
    confirmResetPassword: (code, newPassword) =>
      run('confirmResetPassword', withUsername((username) => resetPassword.confirmResetPassword(deps, { username, code, newPassword }))),
    resendResetCode: () => run('forgotPassword', withUsername((username) => resetPassword.resendResetCode(deps, username))),
    sendVerificationCode: (attribute) => run('sendVerificationCode', () => account.sendVerificationCode(deps, attribute)),
    confirmVerification: (code) => {
      const { route } = deps.flow();
      return route.name === 'confirmVerifyUser' ? run('confirmVerification', () => account.confirmVerification(deps, { attribute: route.attribute, code })) : Promise.resolve(false);
    },
    createPasskey: () => run('createPasskey', () => account.createPasskey(deps)),
    skipAccountStep: () => {
      if (idle()) store.dispatch({ type: 'accountStepDone' });
    },
    retryAccountCheck: () => (deps.flow().route.name === 'checkAccount' ? checkAccount() : Promise.resolve(false)),
    signInWithRedirect: (provider) => run('signInWithRedirect', () => session.signInWithRedirect(deps, provider), [{ type: 'redirected' }]),
    signOut: async (options) => {
      if (await run('signOut', () => session.signOut(deps, options?.global))) signedOut(store, deps, 'signOut');
    },
  };
}
