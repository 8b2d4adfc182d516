import { MutationObserver, type QueryClient } from '@tanstack/react-query';
import { AuthError, toAuthError } from '../client/errors.js';
import type {
  AuthClient,
  AuthEvent,
  AuthFactorType,
  SignInOutput,
  SocialProvider,
  UserAttributes,
  VerifiableUserAttributeKey,
} from '../client/types.js';
import { createFlowState, flowReducer, type FlowEvent, type FlowState } from '../core/flow-state.js';
import { isStartRouteName, type AccountCheck, type RouteName, type StartRouteName } from '../core/routes.js';
import type { AuthenticatorEvent, PasswordlessOptions, SignInMethod } from './options.js';
import { defaultServices, type AuthenticatorServices } from './services.js';

/** Messages a screen shows about what just happened (not errors). */
export type Notice = 'passwordWasReset' | 'accountConfirmed' | 'codeResent' | 'passwordResetRequired' | 'passkeyCreated';

export interface AuthenticatorState {
  flow: FlowState;
  /** The action under way, if any: its screen shows it pending, and no other submit starts. */
  pending?: ActionName;
  notice?: Notice;
}

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

interface ControllerSettings {
  services: Partial<AuthenticatorServices> | undefined;
  passwordless: PasswordlessOptions | undefined;
  onAuthEvent: ((event: AuthenticatorEvent) => void) | undefined;
}

type Listener = () => void;

interface ActionResult {
  events: FlowEvent[];
  notice?: Notice;
}

/**
 * The Authenticator's engine, without React: the flow state, the actions that call the client (each a
 * TanStack mutation), and the steps that run by themselves (auto sign-in, the account check after DONE).
 */
export class AuthenticatorController {
  private state: AuthenticatorState;
  private readonly listeners = new Set<Listener>();
  private settings: ControllerSettings = { services: undefined, passwordless: undefined, onAuthEvent: undefined };
  private method: SignInMethod = 'password';
  /** The last passwordless sign-in, so that its code can be sent again (MFA codes cannot: the password is gone). */
  private lastPasswordless: { username: string; method: AuthFactorType } | undefined;
  private passwordlessSignUp = false;
  /**
   * The password of a sign-in that stopped at CONFIRM_SIGN_UP, in memory only, so that confirming the
   * account signs the user in (as Amplify UI does) instead of asking for it again.
   */
  private unconfirmedSignIn: { username: string; password: string } | undefined;
  private readonly key: string;

  constructor(
    readonly client: AuthClient,
    private readonly queryClient: QueryClient,
    initialRoute: StartRouteName,
    id: string,
  ) {
    this.state = { flow: createFlowState(initialRoute) };
    this.key = id;
  }

  /** Props change after mount (services, callbacks); actions always use the latest. */
  configure(settings: ControllerSettings): void {
    this.settings = settings;
  }

  getState = (): AuthenticatorState => this.state;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The app's sign-up rules (`services.validateCustomSignUp`), run before anything is sent. */
  validateCustomSignUp(values: Readonly<Record<string, string>>): ReturnType<AuthenticatorServices['validateCustomSignUp']> {
    return this.services.validateCustomSignUp(values);
  }

  private get services(): AuthenticatorServices {
    return { ...defaultServices(this.client), ...this.settings.services };
  }

  private setState(next: AuthenticatorState): void {
    if (next === this.state) return;
    const before = this.state.flow;
    this.state = next;
    for (const listener of [...this.listeners]) listener();
    this.afterTransition(before, next.flow);
  }

  /** Applies events in one go, so a screen change is one render. */
  dispatch(...events: FlowEvent[]): void {
    const flow = events.reduce(flowReducer, this.state.flow);
    const routeChanged = flow.route !== this.state.flow.route;
    if (flow === this.state.flow) return;
    const { notice, pending } = this.state;
    this.setState({ flow, ...(pending === undefined ? {} : { pending }), ...(routeChanged || notice === undefined ? {} : { notice }) });
  }

  /** Starts listening to the client and checks for a session; returns the function that stops it. */
  start(): () => void {
    const unsubscribe = this.client.subscribe((event) => {
      this.onClientEvent(event);
    });
    void this.queryClient
      .query({ queryKey: ['gatehouse', this.key, 'currentUser'], queryFn: () => this.services.getCurrentUser(), retry: false, staleTime: 0 })
      .then(
        (user) => {
          this.method = 'restoredSession';
          this.dispatch({ type: 'sessionChecked', user });
        },
        () => {
          this.dispatch({ type: 'sessionChecked' });
        },
      );
    return unsubscribe;
  }

  private onClientEvent(event: AuthEvent): void {
    switch (event.event) {
      case 'signedIn':
        // The flow's own sign-in is finished by the action that started it (account checks first).
        if (this.state.pending !== undefined) return;
        this.method = 'otherTab';
        this.dispatch({ type: 'signedIn', user: event.data });
        return;
      case 'signedOut':
        this.signedOut(this.state.pending === 'signOut' ? 'signOut' : 'otherTab');
        return;
      case 'tokenRefresh_failure':
        this.signedOut('sessionExpired');
        return;
      case 'signInWithRedirect':
        this.method = 'redirect';
        return;
      case 'signInWithRedirect_failure':
        // Back from the provider with a refusal (a pre sign-up rule, say): the start screen says so.
        if (isStartRouteName(this.state.flow.route.name)) this.dispatch({ type: 'failed', error: toAuthError(event.data.error) });
        return;
      case 'tokenRefresh':
        return;
      default: {
        const unknown: never = event;
        return unknown;
      }
    }
  }

  private signedOut(reason: 'signOut' | 'sessionExpired' | 'otherTab'): void {
    const { authStatus, user, route } = this.state.flow;
    // Signed in already: the app, and the account steps after DONE (the session is live there too).
    const hasSession = authStatus === 'authenticated' || user !== undefined || ACCOUNT_STEPS.has(route.name);
    this.forgetSignIn();
    if (!hasSession) return;
    this.dispatch({ type: 'signedOut' });
    this.settings.onAuthEvent?.({ type: 'signedOut', reason });
  }

  private afterTransition(before: FlowState, after: FlowState): void {
    if (after.route === before.route) return;
    // The password kept for confirming an account is of no use anywhere else.
    if (after.route.name !== 'confirmSignUp') this.unconfirmedSignIn = undefined;
    if (after.route.name === 'autoSignIn') void this.autoSignIn();
    // Arriving with an error, the check already ran and failed: the screen offers to try again.
    if (after.route.name === 'checkAccount' && after.error === undefined) void this.checkAccount();
    if (after.authStatus === 'authenticated' && before.authStatus !== 'authenticated' && after.user) {
      this.settings.onAuthEvent?.({ type: 'signedIn', method: this.method, user: after.user });
    }
  }

  /**
   * Runs one client interaction as a TanStack mutation. While one runs, another submit is ignored (a
   * double click sends one request); its failure becomes the screen's error.
   */
  private async run(name: ActionName, work: () => Promise<ActionResult>, username?: string): Promise<boolean> {
    if (this.state.pending !== undefined) return false;
    // The name typed is kept even if the call fails, so that forgot-password and a retry are prefilled.
    const flow = withoutError(this.state.flow);
    this.setState({ flow: username === undefined ? flow : { ...flow, username }, pending: name });
    const observer = new MutationObserver<ActionResult, unknown>(this.queryClient, {
      mutationKey: ['gatehouse', this.key, name],
      mutationFn: work,
    });
    try {
      const result = await observer.mutate();
      this.setState({ flow: result.events.reduce(flowReducer, this.state.flow), ...(result.notice === undefined ? {} : { notice: result.notice }) });
      return true;
    } catch (error) {
      this.setState({ flow: flowReducer(this.state.flow, { type: 'failed', error: toAuthError(error) }) });
      return false;
    } finally {
      observer.reset();
    }
  }

  /** What follows a sign-in output: the step's screen, or the account check after DONE (in the same go). */
  private async afterSignIn(output: SignInOutput, username?: string): Promise<ActionResult> {
    const events: FlowEvent[] = [{ type: 'signInResult', output, ...(username === undefined ? {} : { username }) }];
    if (output.nextStep.signInStep === 'CONFIRM_SIGN_UP' && username !== undefined) {
      // Amplify UI sends a fresh code so the confirm screen can say where it went.
      const codeDeliveryDetails = await this.client.resendSignUpCode({ username });
      return { events: [{ type: 'signUpResult', username, output: { isSignUpComplete: false, nextStep: { signUpStep: 'CONFIRM_SIGN_UP', codeDeliveryDetails } } }] };
    }
    if (output.nextStep.signInStep === 'RESET_PASSWORD') return { events, notice: 'passwordResetRequired' };
    if (output.nextStep.signInStep === 'DONE') {
      // Signed in already: a failed look at the account stays on its screen, where it can be tried again.
      events.push(await this.accountCheck().catch((error: unknown): FlowEvent => ({ type: 'failed', error: toAuthError(error) })));
    }
    return { events };
  }

  /** The look at the account after DONE: contact verified? passkey to offer? */
  private async accountCheck(): Promise<FlowEvent> {
    const user = await this.services.getCurrentUser();
    const attributes = await this.client.fetchUserAttributes().catch((): UserAttributes => ({ email_verified: 'true' }));
    const offerPasskey = this.shouldOfferPasskey();
    const hasPasskey = offerPasskey
      ? await this.client.listWebAuthnCredentials().then(
          (list) => list.credentials.length > 0,
          () => true,
        )
      : false;
    const check: AccountCheck = { attributes, offerPasskey, hasPasskey };
    return { type: 'accountChecked', user, check };
  }

  /** After a sign-in without a password (a code, or a passwordless sign-up), when the backend takes passkeys and the browser makes them. */
  private shouldOfferPasskey(): boolean {
    const backendTakesPasskeys = this.client.getBackendConfig().passwordless?.firstFactors.includes('WEB_AUTHN') ?? false;
    const withoutPassword = this.method === 'passwordless' || (this.method === 'signUp' && this.passwordlessSignUp);
    return this.settings.passwordless?.passkeyPrompt !== false && backendTakesPasskeys && withoutPassword && typeof PublicKeyCredential !== 'undefined';
  }

  /** The account check after DONE failed (a network error, say): the user is signed in, so it is simply tried again. */
  retryAccountCheck(): Promise<boolean> {
    return this.state.flow.route.name === 'checkAccount' ? this.checkAccount() : Promise.resolve(false);
  }

  private checkAccount(): Promise<boolean> {
    return this.run('checkAccount', async () => ({ events: [await this.accountCheck()] }));
  }

  navigate(to: StartRouteName): void {
    if (this.state.pending !== undefined) return;
    this.forgetSignIn();
    this.dispatch({ type: 'navigate', to });
  }

  /** What one sign-in remembered for its own steps; the next person at the keyboard starts clean. */
  private forgetSignIn(): void {
    this.unconfirmedSignIn = undefined;
    this.lastPasswordless = undefined;
    this.passwordlessSignUp = false;
  }

  signIn(username: string, password: string | undefined, preferredChallenge?: AuthFactorType): Promise<boolean> {
    // A backend with USER_AUTH gets it by default, as Amplify UI does when its config enables passwordless.
    const passwordless = this.client.getBackendConfig().passwordless !== undefined;
    return this.run(
      'signIn',
      async () => {
        const code = preferredChallenge === 'EMAIL_OTP' || preferredChallenge === 'SMS_OTP';
        this.method = preferredChallenge === 'WEB_AUTHN' ? 'passkey' : code ? 'passwordless' : 'password';
        this.lastPasswordless = code ? { username, method: preferredChallenge } : { username, method: 'PASSWORD' };
        const output = await this.services.handleSignIn({
          username,
          ...(password === undefined ? {} : { password }),
          ...(passwordless ? { options: { authFlowType: 'USER_AUTH', ...(preferredChallenge === undefined ? {} : { preferredChallenge }) } } : {}),
        });
        if (password === undefined) this.notePasswordlessCode(username, output);
        this.unconfirmedSignIn = output.nextStep.signInStep === 'CONFIRM_SIGN_UP' && password !== undefined ? { username, password } : undefined;
        return this.afterSignIn(output, username);
      },
      username,
    );
  }

  /** A code step right after a sign-in without a password: the backend chose the only factor this user has. */
  private notePasswordlessCode(username: string, output: SignInOutput): void {
    const step = output.nextStep.signInStep;
    if (step !== 'CONFIRM_SIGN_IN_WITH_EMAIL_CODE' && step !== 'CONFIRM_SIGN_IN_WITH_SMS_CODE') return;
    this.method = 'passwordless';
    this.lastPasswordless = { username, method: step === 'CONFIRM_SIGN_IN_WITH_EMAIL_CODE' ? 'EMAIL_OTP' : 'SMS_OTP' };
  }

  confirmSignIn(challengeResponse: string, userAttributes?: UserAttributes): Promise<boolean> {
    const before = this.state.flow.route;
    return this.run('confirmSignIn', async () => {
      // The answer names a method only on the first-factor choice; elsewhere it is a code, a password, an answer.
      if (before.name === 'selectFirstFactor') {
        if (challengeResponse === 'EMAIL_OTP' || challengeResponse === 'SMS_OTP') {
          this.method = 'passwordless';
          if (this.lastPasswordless) this.lastPasswordless = { ...this.lastPasswordless, method: challengeResponse };
        }
        if (challengeResponse === 'WEB_AUTHN') this.method = 'passkey';
      }
      if (before.name === 'customChallenge') this.method = 'customChallenge';
      const output = await this.services
        .handleConfirmSignIn({
          challengeResponse,
          ...(userAttributes === undefined ? {} : { options: { userAttributes } }),
        })
        .catch((error: unknown) => {
          // A custom challenge that gives up says "Incorrect username or password." (Cognito's words for
          // failAuthentication): after a quiz, the truth is the wrong answers ended the sign-in.
          const authError = toAuthError(error);
          if (before.name === 'customChallenge' && authError.name === 'NotAuthorizedException') {
            throw new AuthError({ name: 'NotAuthorizedException', message: authError.message, reason: 'tooManyFailedAttempts', cause: authError });
          }
          throw authError;
        });
      const result = await this.afterSignIn(output);
      // Cognito answers a wrong custom answer with the same challenge again: say so, or the retry looks like nothing happened.
      const next = output.nextStep;
      if (before.name === 'customChallenge' && next.signInStep === 'CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE' && sameParameters(before.additionalInfo, next.additionalInfo ?? {})) {
        result.events.push({ type: 'failed', error: new AuthError({ name: 'CodeMismatchException', message: 'Incorrect answer.', reason: 'wrongAnswer' }) });
      }
      return result;
    });
  }

  signUp(username: string, password: string | undefined, userAttributes: UserAttributes): Promise<boolean> {
    return this.run('signUp', async () => {
      this.forgetSignIn();
      this.method = 'signUp';
      this.passwordlessSignUp = password === undefined;
      const output = await this.services.handleSignUp({
        username,
        ...(password === undefined ? {} : { password }),
        options: { userAttributes, autoSignIn: password === undefined ? { authFlowType: 'USER_AUTH' } : true },
      });
      return { events: [{ type: 'signUpResult', output, username }] };
    });
  }

  confirmSignUp(confirmationCode: string): Promise<boolean> {
    const username = this.requireUsername();
    return this.run('confirmSignUp', async () => {
      const output = await this.services.handleConfirmSignUp({ username, confirmationCode });
      const pending = this.unconfirmedSignIn;
      this.unconfirmedSignIn = undefined;
      if (output.nextStep.signUpStep === 'DONE' && pending?.username === username) {
        this.method = 'password';
        return this.afterSignIn(await this.services.handleSignIn({ username, password: pending.password }), username);
      }
      const notice: Notice | undefined = output.nextStep.signUpStep === 'DONE' ? 'accountConfirmed' : undefined;
      return { events: [{ type: 'signUpResult', output, username }], ...(notice === undefined ? {} : { notice }) };
    });
  }

  resendSignUpCode(): Promise<boolean> {
    const username = this.requireUsername();
    return this.run('resendSignUpCode', async () => {
      const codeDeliveryDetails = await this.client.resendSignUpCode({ username });
      return {
        events: [{ type: 'signUpResult', username, output: { isSignUpComplete: false, nextStep: { signUpStep: 'CONFIRM_SIGN_UP', codeDeliveryDetails } } }],
        notice: 'codeResent',
      };
    });
  }

  /** Whether the code on screen came from a passwordless sign-in, which can simply start again. */
  canResendSignInCode(): boolean {
    const last = this.lastPasswordless;
    return last !== undefined && (last.method === 'EMAIL_OTP' || last.method === 'SMS_OTP');
  }

  /** A new sign-in code: the passwordless sign-in starts over with the same method. */
  resendSignInCode(): Promise<boolean> {
    const last = this.lastPasswordless;
    if (!last || !this.canResendSignInCode()) return Promise.resolve(false);
    return this.run('signIn', async () => {
      const output = await this.services.handleSignIn({ username: last.username, options: { authFlowType: 'USER_AUTH', preferredChallenge: last.method } });
      const result = await this.afterSignIn(output, last.username);
      return { ...result, notice: 'codeResent' };
    });
  }

  private async autoSignIn(): Promise<boolean> {
    return this.run('autoSignIn', async () => this.afterSignIn(await this.client.autoSignIn()));
  }

  forgotPassword(username: string): Promise<boolean> {
    return this.run('forgotPassword', async () => {
      const output = await this.services.handleForgotPassword({ username });
      return { events: [{ type: 'resetPasswordResult', output, username }] };
    });
  }

  confirmResetPassword(confirmationCode: string, newPassword: string): Promise<boolean> {
    const username = this.requireUsername();
    return this.run('confirmResetPassword', async () => {
      await this.services.handleForgotPasswordSubmit({ username, confirmationCode, newPassword });
      return { events: [{ type: 'resetPasswordResult', username, output: { isPasswordReset: true, nextStep: { resetPasswordStep: 'DONE' } } }], notice: 'passwordWasReset' };
    });
  }

  resendResetCode(): Promise<boolean> {
    const username = this.requireUsername();
    return this.run('forgotPassword', async () => {
      const output = await this.services.handleForgotPassword({ username });
      return { events: [{ type: 'resetPasswordResult', output, username }], notice: 'codeResent' };
    });
  }

  sendVerificationCode(attribute: VerifiableUserAttributeKey): Promise<boolean> {
    return this.run('sendVerificationCode', async () => {
      const codeDeliveryDetails = await this.client.sendUserAttributeVerificationCode({ userAttributeKey: attribute });
      return { events: [{ type: 'verificationCodeSent', attribute, codeDeliveryDetails }] };
    });
  }

  confirmVerification(confirmationCode: string): Promise<boolean> {
    const route = this.state.flow.route;
    if (route.name !== 'confirmVerifyUser') return Promise.resolve(false);
    return this.run('confirmVerification', async () => {
      await this.client.confirmUserAttribute({ userAttributeKey: route.attribute, confirmationCode });
      return { events: [{ type: 'accountStepDone' }] };
    });
  }

  createPasskey(): Promise<boolean> {
    return this.run('createPasskey', async () => {
      await this.client.associateWebAuthnCredential();
      return { events: [{ type: 'accountStepDone' }], notice: 'passkeyCreated' };
    });
  }

  /** Skips verifying a contact, or declines the passkey. */
  skipAccountStep(): void {
    if (this.state.pending !== undefined) return;
    this.dispatch({ type: 'accountStepDone' });
  }

  signInWithRedirect(provider: SocialProvider): Promise<boolean> {
    return this.run('signInWithRedirect', async () => {
      this.method = 'redirect';
      await this.client.signInWithRedirect({ provider });
      // Amplify returns while the browser is leaving for the provider: nobody is signed in yet, and that is no error.
      const user = await this.services.getCurrentUser().catch((error: unknown) => {
        if (toAuthError(error).name === 'UserUnAuthenticatedException') return undefined;
        throw error;
      });
      return { events: user === undefined ? [] : [{ type: 'signedIn', user }] };
    });
  }

  async signOut(options?: { global?: boolean }): Promise<void> {
    const ran = await this.run('signOut', async () => {
      await this.client.signOut(options?.global === undefined ? undefined : { global: options.global });
      return { events: [] };
    });
    if (ran) this.signedOut('signOut');
  }

  private requireUsername(): string {
    const username = this.state.flow.username;
    if (username === undefined) {
      throw new AuthError({ name: 'SignInException', message: 'This step needs the username from an earlier one.' });
    }
    return username;
  }
}

function sameParameters(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/** The steps after DONE, before the app: the user has a session there. */
const ACCOUNT_STEPS: ReadonlySet<RouteName> = new Set<RouteName>(['checkAccount', 'verifyUser', 'confirmVerifyUser', 'passkeyPrompt']);

/** A new submit starts without the last one's error. */
function withoutError(flow: FlowState): FlowState {
  if (flow.error === undefined) return flow;
  const next = { ...flow };
  delete next.error;
  return next;
}
