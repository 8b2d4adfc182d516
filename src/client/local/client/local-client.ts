import { AuthError, toAuthError } from '../../errors.js';
import type {
  AuthBackendConfig,
  AuthClient,
  AuthEvent,
  AuthEventListener,
  AuthFlowType,
  AuthSession,
  AuthUser,
  CodeDeliveryDetails,
  ConfirmResetPasswordInput,
  ConfirmSignInInput,
  ConfirmSignUpInput,
  ConfirmUserAttributeInput,
  DeleteUserAttributesInput,
  DeleteWebAuthnCredentialInput,
  FetchAuthSessionInput,
  FetchDevicesOutput,
  FetchMfaPreferenceOutput,
  ForgetDeviceInput,
  ListWebAuthnCredentialsInput,
  ListWebAuthnCredentialsOutput,
  MfaType,
  ResendSignUpCodeInput,
  ResetPasswordInput,
  ResetPasswordOutput,
  ResumeSignInOutput,
  SendUserAttributeVerificationCodeInput,
  SignInInput,
  SignInOutput,
  SignInWithRedirectInput,
  SignOutInput,
  SignUpInput,
  SignUpOutput,
  TotpSetupDetails,
  UpdateMfaPreferenceInput,
  UpdatePasswordInput,
  UpdateUserAttributeInput,
  UpdateUserAttributeOutput,
  UpdateUserAttributesInput,
  UpdateUserAttributesOutput,
  UserAttributeKey,
  UserAttributes,
  VerifyTotpSetupInput,
} from '../../types.js';
import { otpauthUri } from '../../otpauth.js';
import type { LocalOperation, ResolvedConfig } from '../config.js';
import type { UserPoolService } from '../service/service.js';
import type { AuthResponse, ServiceChallenge } from '../service/sign-in.js';
import { createPasskey, getPasskey } from '../webauthn-ceremony.js';
import { backendConfig } from './backend-config.js';
import { decodeJwt, expiresAt } from './jwt.js';
import type { SimulatedNetwork } from './network.js';
import { unauthenticated } from './unauthenticated.js';
import { isStoredTokens, parseStored, type ResumableStep, type SessionStore, type SignInProgress, type StoredTokens } from './session-store.js';
import { unreachable } from '../../unreachable.js';

/** How long, and how often, autoSignIn asks whether a link confirmed the account (Amplify's numbers). */
const LINK_WAIT_MS = 3 * 60 * 1000;
const LINK_POLL_MS = 5000;

function done(): SignInOutput {
  return { isSignedIn: true, nextStep: { signInStep: 'DONE' } };
}

function pending(nextStep: SignInOutput['nextStep']): SignInOutput {
  return { isSignedIn: false, nextStep };
}

/**
 * The AuthClient over the embedded pool: what `aws-amplify/auth` does on the app's side (token storage,
 * the sign-in state machine, events), talking to the pool's service instead of Cognito.
 */
export class LocalAuthClientImpl implements AuthClient {
  private readonly listeners = new Set<AuthEventListener>();
  /**
   * The session for autoSignIn (from confirmSignUp, or from signUp when a link confirms the account); in
   * memory only, as Amplify keeps it.
   */
  private autoSignInState: { username: string; session?: string; authFlowType: AuthFlowType; awaitingLink?: true } | undefined;
  private refreshing: Promise<StoredTokens | undefined> | undefined;
  private stopWatchingTabs: (() => void) | undefined;

  constructor(
    private readonly config: ResolvedConfig,
    private readonly service: UserPoolService,
    private readonly store: SessionStore,
    private readonly network: SimulatedNetwork,
    private readonly sharedStorage: Storage | undefined,
    private readonly ready: Promise<void>,
  ) {}

  private async call<T>(operation: LocalOperation, work: () => Promise<T>): Promise<T> {
    await this.ready;
    await this.network.call(operation);
    try {
      return await work();
    } catch (error) {
      throw toAuthError(error);
    }
  }

  private emit(event: AuthEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }

  subscribe(listener: AuthEventListener): () => void {
    this.listeners.add(listener);
    if (this.listeners.size === 1) this.watchOtherTabs();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.stopWatchingTabs?.();
    };
  }

  /**
   * A sign-in or sign-out in another tab shows up as a change of the shared token storage. Any script on the
   * origin can write that storage, so a value that is not well-formed tokens is ignored, never parsed blindly.
   */
  private watchOtherTabs(): void {
    const storage = this.sharedStorage;
    if (!storage || typeof window === 'undefined') return;
    const onStorage = (event: StorageEvent) => {
      if (event.storageArea !== storage || event.key !== this.store.tokens.key) return;
      const before = parseStored(event.oldValue, isStoredTokens);
      const after = parseStored(event.newValue, isStoredTokens);
      // Removed, or overwritten with something unusable: either way this tab's session is gone.
      if (before && !after) this.emit({ event: 'signedOut' });
      else if (!before && after) this.emit({ event: 'signedIn', data: this.userFrom(after) });
    };
    window.addEventListener('storage', onStorage);
    this.stopWatchingTabs = () => {
      window.removeEventListener('storage', onStorage);
      this.stopWatchingTabs = undefined;
    };
  }

  private userFrom(tokens: StoredTokens): AuthUser {
    const claims = decodeJwt(tokens.accessToken);
    return {
      username: typeof claims.username === 'string' ? claims.username : '',
      userId: typeof claims.sub === 'string' ? claims.sub : '',
      signInDetails: { loginId: tokens.loginId, authFlowType: tokens.authFlowType },
    };
  }

  private async assertNotSignedIn(): Promise<void> {
    if (await this.store.tokens.read()) {
      throw new AuthError({
        name: 'UserAlreadyAuthenticatedException',
        message: 'There is already a signed in user.',
        recoverySuggestion: 'Call signOut before calling signIn again.',
      });
    }
  }

  /** Turns the service's answer into the next step, as Amplify maps Cognito's challenges. */
  private async settle(response: AuthResponse, loginId: string, authFlowType: AuthFlowType): Promise<SignInOutput> {
    if (response.kind === 'tokens') {
      const tokens: StoredTokens = { ...response.tokens, loginId: response.loginId, authFlowType: response.authFlowType };
      if (response.newDevice) {
        await (await deviceKeys()).confirmNewDevice(this.service, this.store, tokens.accessToken, response.username, response.newDevice, this.config.deviceName);
      }
      await this.store.signIn.clear();
      await this.store.tokens.write(tokens);
      this.emit({ event: 'signedIn', data: this.userFrom(tokens) });
      return done();
    }
    const progress: SignInProgress = { session: response.session, loginId, authFlowType, challenge: response.challenge.name };
    return this.stepFor(response.challenge, progress);
  }

  private async stepFor(challenge: ServiceChallenge, progress: SignInProgress): Promise<SignInOutput> {
    switch (challenge.name) {
      case 'NEW_PASSWORD_REQUIRED':
        return this.awaitStep(progress, { signInStep: 'CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED', missingAttributes: challenge.requiredAttributes as UserAttributeKey[] });
      case 'SMS_MFA':
      case 'SMS_OTP':
        return this.awaitStep(progress, { signInStep: 'CONFIRM_SIGN_IN_WITH_SMS_CODE', codeDeliveryDetails: challenge.delivery });
      case 'EMAIL_OTP':
        return this.awaitStep(progress, { signInStep: 'CONFIRM_SIGN_IN_WITH_EMAIL_CODE', codeDeliveryDetails: challenge.delivery });
      case 'SOFTWARE_TOKEN_MFA':
        return this.awaitStep(progress, { signInStep: 'CONFIRM_SIGN_IN_WITH_TOTP_CODE' });
      case 'SELECT_MFA_TYPE':
        return this.awaitStep(progress, { signInStep: 'CONTINUE_SIGN_IN_WITH_MFA_SELECTION', allowedMFATypes: challenge.types });
      case 'MFA_SETUP':
        return this.mfaSetupStep(progress, challenge.types);
      case 'SELECT_CHALLENGE':
        return this.awaitStep(progress, { signInStep: 'CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION', availableChallenges: challenge.available });
      case 'PASSWORD':
        return this.awaitStep(progress, { signInStep: 'CONFIRM_SIGN_IN_WITH_PASSWORD' });
      case 'CUSTOM_CHALLENGE':
        return this.awaitStep(progress, { signInStep: 'CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE', additionalInfo: challenge.parameters });
      case 'WEB_AUTHN':
        await this.store.signIn.write({ ...progress, webAuthnOptions: challenge.options });
        return this.passkeyCeremony({ ...progress, webAuthnOptions: challenge.options });
      case 'DEVICE_SRP_AUTH': {
        // Answered here, as Amplify answers it: the caller never sees this step.
        const signature = await (await deviceKeys()).answerDeviceChallenge(this.store, challenge.deviceKey, challenge.nonce);
        const response = await this.service.respondToAuthChallenge({ session: progress.session, response: signature });
        return this.settle(response, progress.loginId, progress.authFlowType);
      }
      default: {
        return unreachable(challenge, 'challenge');
      }
    }
  }

  /** Keeps the sign-in in progress with the step it stands at (its public payload), and answers that step. */
  private async awaitStep(progress: SignInProgress, nextStep: Exclude<ResumableStep, { signInStep: 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP' }>): Promise<SignInOutput> {
    await this.store.signIn.write({ ...progress, step: nextStep });
    return pending(nextStep);
  }

  async resumeSignIn(): Promise<ResumeSignInOutput> {
    await this.ready;
    const progress = await this.store.signIn.read();
    if (!progress?.step || (await this.store.tokens.read())) return { status: 'none' };
    if (!(await this.service.signInSessionAlive(progress.session))) {
      await this.store.signIn.clear();
      return { status: 'expired' };
    }
    const nextStep = progress.step.signInStep === 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP' ? (await this.startTotpSetup(progress)).nextStep : progress.step;
    return { status: 'inProgress', username: progress.loginId, nextStep };
  }

  /** MFA_SETUP, as Amplify splits it: a choice when TOTP and EMAIL can both be set up, else straight to one. */
  private async mfaSetupStep(progress: SignInProgress, types: MfaType[]): Promise<SignInOutput> {
    const canTotp = types.includes('TOTP');
    const canEmail = types.includes('EMAIL');
    if (canTotp && canEmail) {
      return this.awaitStep({ ...progress, mfaSetup: { types, phase: 'select' } }, { signInStep: 'CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION', allowedMFATypes: types.filter((t) => t !== 'SMS') });
    }
    if (canEmail) {
      return this.awaitStep({ ...progress, mfaSetup: { types, phase: 'email' } }, { signInStep: 'CONTINUE_SIGN_IN_WITH_EMAIL_SETUP' });
    }
    return this.startTotpSetup({ ...progress, mfaSetup: { types, phase: 'totp' } });
  }

  private async startTotpSetup(progress: SignInProgress): Promise<SignInOutput> {
    const { secretCode } = await this.service.associateSoftwareTokenForSession(progress.session);
    // The secret is never stored: a resumed setup asks the pool for a new one.
    await this.store.signIn.write({ ...progress, mfaSetup: { types: progress.mfaSetup?.types ?? ['TOTP'], phase: 'totp' }, step: { signInStep: 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP' } });
    return pending({ signInStep: 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP', totpSetupDetails: this.totpDetails(secretCode, progress.loginId) });
  }

  private totpDetails(sharedSecret: string, account: string): TotpSetupDetails {
    return { sharedSecret, getSetupUri: (appName, accountName = account) => otpauthUri(sharedSecret, appName, accountName) };
  }

  private async passkeyCeremony(progress: SignInProgress): Promise<SignInOutput> {
    const options = progress.webAuthnOptions;
    if (!options) throw new AuthError({ name: 'SignInException', message: 'No passkey sign-in is in progress.' });
    const credential = await getPasskey(this.config.webAuthn.credentials ?? browserCredentials(), options);
    const response = await this.service.respondToAuthChallenge({ session: progress.session, response: '', credential });
    return this.settle(response, progress.loginId, progress.authFlowType);
  }

  private signInFailure(error: unknown): SignInOutput {
    const authError = toAuthError(error);
    // Amplify turns these two service errors into next steps rather than failures.
    if (authError.name === 'UserNotConfirmedException') return pending({ signInStep: 'CONFIRM_SIGN_UP' });
    if (authError.name === 'PasswordResetRequiredException') return pending({ signInStep: 'RESET_PASSWORD' });
    throw authError;
  }

  signIn(input: SignInInput): Promise<SignInOutput> {
    return this.call('signIn', async () => {
      await this.assertNotSignedIn();
      await this.store.signIn.clear();
      const authFlowType = input.options?.authFlowType ?? 'USER_SRP_AUTH';
      const loginId = input.username.trim();
      try {
        const response = await this.service.initiateAuth({
          authFlowType,
          loginId,
          ...(input.password === undefined ? {} : { password: input.password }),
          ...(input.options?.preferredChallenge === undefined ? {} : { preferredChallenge: input.options.preferredChallenge }),
          clientMetadata: input.options?.clientMetadata ?? {},
          deviceKeys: await this.store.deviceKeys(),
        });
        return await this.settle(response, loginId, authFlowType);
      } catch (error) {
        return this.signInFailure(error);
      }
    });
  }

  confirmSignIn(input: ConfirmSignInInput): Promise<SignInOutput> {
    return this.call('confirmSignIn', async () => {
      const progress = await this.store.signIn.read();
      if (!progress) {
        throw new AuthError({
          name: 'SignInException',
          message: 'No sign-in is in progress, or it has expired.',
          recoverySuggestion: 'Call signIn before confirmSignIn.',
        });
      }
      try {
        return await this.confirmStep(progress, input);
      } catch (error) {
        const authError = toAuthError(error);
        if (authError.name === 'NotAuthorizedException' && authError.message.startsWith('Invalid session')) await this.store.signIn.clear();
        throw authError;
      }
    });
  }

  private async confirmStep(progress: SignInProgress, input: ConfirmSignInInput): Promise<SignInOutput> {
    const answer = input.challengeResponse;
    if (progress.challenge === 'WEB_AUTHN') return this.passkeyCeremony(progress);
    if (progress.mfaSetup) {
      switch (progress.mfaSetup.phase) {
        case 'select': {
          const choice = answer.trim().toUpperCase();
          if (choice === 'TOTP') return this.startTotpSetup(progress);
          if (choice === 'EMAIL') {
            await this.store.signIn.write({ ...progress, mfaSetup: { ...progress.mfaSetup, phase: 'email' } });
            return pending({ signInStep: 'CONTINUE_SIGN_IN_WITH_EMAIL_SETUP' });
          }
          throw new AuthError({ name: 'InvalidParameterException', message: 'Choose TOTP or EMAIL to set up.' });
        }
        case 'totp':
          await this.service.verifySoftwareTokenForSession(progress.session, answer);
          break;
        case 'email':
          break;
        default: {
          return unreachable(progress.mfaSetup.phase, 'phase');
        }
      }
    }
    const response = await this.service.respondToAuthChallenge({
      session: progress.session,
      response: answer,
      ...(input.options?.userAttributes === undefined ? {} : { userAttributes: input.options.userAttributes as Record<string, string> }),
    });
    return this.settle(response, progress.loginId, progress.authFlowType);
  }

  signUp(input: SignUpInput): Promise<SignUpOutput> {
    return this.call('signUp', async () => {
      const wantsAutoSignIn = input.options?.autoSignIn;
      const authFlowType: AuthFlowType | undefined = wantsAutoSignIn
        ? ((typeof wantsAutoSignIn === 'object' ? wantsAutoSignIn.authFlowType : undefined) ?? (input.password ? 'USER_SRP_AUTH' : 'USER_AUTH'))
        : undefined;
      const result = await this.service.signUp({
        username: input.username,
        ...(input.password === undefined ? {} : { password: input.password }),
        attributes: (input.options?.userAttributes ?? {}) as Record<string, string>,
        ...(authFlowType === undefined ? {} : { autoSignIn: authFlowType }),
      });
      this.autoSignInState = authFlowType === undefined ? undefined : { username: input.username.trim(), authFlowType };
      if (!result.confirmed) {
        // Link verification happens elsewhere, so Amplify's signUp goes straight to COMPLETE_AUTO_SIGN_IN.
        if (result.autoSignInSession !== undefined && this.autoSignInState) {
          this.autoSignInState = { ...this.autoSignInState, session: result.autoSignInSession, awaitingLink: true };
          return { isSignUpComplete: false, userId: result.userSub, nextStep: { signUpStep: 'COMPLETE_AUTO_SIGN_IN', codeDeliveryDetails: result.delivery } };
        }
        return { isSignUpComplete: false, userId: result.userSub, nextStep: { signUpStep: 'CONFIRM_SIGN_UP', codeDeliveryDetails: result.delivery } };
      }
      if (result.autoSignInSession !== undefined && this.autoSignInState) {
        this.autoSignInState.session = result.autoSignInSession;
        return { isSignUpComplete: true, userId: result.userSub, nextStep: { signUpStep: 'COMPLETE_AUTO_SIGN_IN' } };
      }
      return { isSignUpComplete: true, userId: result.userSub, nextStep: { signUpStep: 'DONE' } };
    });
  }

  confirmSignUp(input: ConfirmSignUpInput): Promise<SignUpOutput> {
    return this.call('confirmSignUp', async () => {
      const { autoSignInSession } = await this.service.confirmSignUp(input.username, input.confirmationCode);
      const state = this.autoSignInState;
      if (autoSignInSession !== undefined && state && state.username.toLowerCase() === input.username.trim().toLowerCase()) {
        state.session = autoSignInSession;
        return { isSignUpComplete: true, nextStep: { signUpStep: 'COMPLETE_AUTO_SIGN_IN' } };
      }
      return { isSignUpComplete: true, nextStep: { signUpStep: 'DONE' } };
    });
  }

  resendSignUpCode(input: ResendSignUpCodeInput): Promise<CodeDeliveryDetails> {
    return this.call('resendSignUpCode', () => this.service.resendConfirmationCode(input.username));
  }

  autoSignIn(): Promise<SignInOutput> {
    return this.call('autoSignIn', async () => {
      const state = this.autoSignInState;
      this.autoSignInState = undefined;
      if (state?.session === undefined) {
        throw new AuthError({
          name: 'AutoSignInException',
          message: 'The autoSignIn flow has not started, or has been cancelled or completed.',
          recoverySuggestion: 'Call signUp with autoSignIn, then confirmSignUp, before autoSignIn.',
        });
      }
      await this.assertNotSignedIn();
      const session = state.session;
      const attempt = async () => this.settle(await this.service.autoSignIn(session, state.username, await this.store.deviceKeys()), state.username, state.authFlowType);
      return state.awaitingLink ? this.autoSignInOnceLinked(attempt) : attempt();
    });
  }

  /**
   * After a link sign-up, Amplify's autoSignIn asks every 5 seconds, for 3 minutes, whether the account is
   * confirmed yet (the link is followed in another tab or on another device). This asks at once, then so.
   */
  private async autoSignInOnceLinked(attempt: () => Promise<SignInOutput>): Promise<SignInOutput> {
    const started = this.config.clock();
    for (;;) {
      try {
        return await attempt();
      } catch (error) {
        const authError = toAuthError(error);
        if (authError.name !== 'UserNotConfirmedException') throw authError;
      }
      if (this.config.clock() - started >= LINK_WAIT_MS) {
        throw new AuthError({
          name: 'AutoSignInException',
          message: 'The account was not confirmed on time.',
          recoverySuggestion: 'Try to verify your account by clicking the link sent your email or phone and then login manually.',
        });
      }
      await new Promise((resolve) => setTimeout(resolve, LINK_POLL_MS));
    }
  }

  resetPassword(input: ResetPasswordInput): Promise<ResetPasswordOutput> {
    return this.call('resetPassword', async () => {
      const codeDeliveryDetails = await this.service.forgotPassword(input.username);
      return { isPasswordReset: false, nextStep: { resetPasswordStep: 'CONFIRM_RESET_PASSWORD_WITH_CODE', codeDeliveryDetails } };
    });
  }

  confirmResetPassword(input: ConfirmResetPasswordInput): Promise<void> {
    return this.call('confirmResetPassword', () => this.service.confirmForgotPassword(input.username, input.confirmationCode, input.newPassword));
  }

  async signOut(input?: SignOutInput): Promise<void> {
    const tokens = await this.store.tokens.read();
    if (tokens && input?.global) {
      // Signing out everywhere that fails (offline, throttled) is reported and changes nothing: the other
      // devices are still signed in, so this one stays signed in too and the user can try again. An expired
      // access token is refreshed first, as for any call made for the user.
      await this.call('signOut', async () => this.service.globalSignOut((await this.currentTokens(false))?.accessToken ?? tokens.accessToken));
    } else if (tokens) {
      try {
        await this.call('signOut', () => this.service.revokeToken(tokens.refreshToken));
      } catch {
        // As Amplify's signOut does, a revocation that fails (offline, throttled, an expired access token) is
        // ignored: the local session ends whatever the service says.
      }
    }
    await this.endLocalSession();
  }

  /** What a sign-out leaves behind: nothing of the session (this client's device keys stay, as Amplify's do). */
  private async endLocalSession(): Promise<void> {
    await this.store.tokens.clear();
    await this.store.signIn.clear();
    this.autoSignInState = undefined;
    this.emit({ event: 'signedOut' });
  }

  /** The stored tokens, refreshed when the access token has expired (or when asked to). */
  private async currentTokens(forceRefresh: boolean): Promise<StoredTokens | undefined> {
    const tokens = await this.store.tokens.read();
    if (!tokens) return undefined;
    if (!forceRefresh && expiresAt(tokens.accessToken) > this.config.clock()) return tokens;
    // Concurrent callers share one refresh, so a refresh token is never spent twice at once.
    this.refreshing ??= this.refresh(tokens).finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  private async refresh(tokens: StoredTokens): Promise<StoredTokens | undefined> {
    try {
      const fresh = await this.service.refresh(tokens.refreshToken);
      const next: StoredTokens = { ...tokens, accessToken: fresh.accessToken, idToken: fresh.idToken };
      await this.store.tokens.write(next);
      this.emit({ event: 'tokenRefresh' });
      return next;
    } catch (error) {
      const authError = toAuthError(error);
      if (authError.name !== 'NotAuthorizedException') throw authError;
      await this.store.tokens.clear();
      this.emit({ event: 'tokenRefresh_failure', data: { error: authError } });
      return undefined;
    }
  }

  fetchAuthSession(input?: FetchAuthSessionInput): Promise<AuthSession> {
    return this.call('fetchAuthSession', async () => {
      const tokens = await this.currentTokens(input?.forceRefresh ?? false);
      if (!tokens) return {};
      const accessToken = { payload: decodeJwt(tokens.accessToken), toString: () => tokens.accessToken };
      const idToken = { payload: decodeJwt(tokens.idToken), toString: () => tokens.idToken };
      const userSub = accessToken.payload.sub;
      return {
        tokens: { accessToken, idToken, signInDetails: { loginId: tokens.loginId, authFlowType: tokens.authFlowType } },
        ...(userSub === undefined ? {} : { userSub }),
      };
    });
  }

  async getCurrentUser(): Promise<AuthUser> {
    await this.ready;
    const tokens = await this.currentTokens(false);
    if (!tokens) throw unauthenticated();
    return this.userFrom(tokens);
  }

  private async accessToken(): Promise<string> {
    const tokens = await this.currentTokens(false);
    if (!tokens) throw unauthenticated();
    return tokens.accessToken;
  }

  fetchUserAttributes(): Promise<UserAttributes> {
    return this.call('fetchUserAttributes', async () => this.service.getUser(await this.accessToken()));
  }

  updateUserAttributes(input: UpdateUserAttributesInput): Promise<UpdateUserAttributesOutput> {
    return this.call('updateUserAttributes', async () => this.attributeUpdates(input.userAttributes as Record<string, string>));
  }

  /** Amplify's updateUserAttribute: updateUserAttributes with one attribute, answering for that one. */
  updateUserAttribute(input: UpdateUserAttributeInput): Promise<UpdateUserAttributeOutput> {
    return this.call('updateUserAttribute', async () => {
      const { attributeKey, value } = input.userAttribute;
      const output = await this.attributeUpdates({ [attributeKey]: value });
      return output[attributeKey] ?? { isUpdated: true, nextStep: { updateAttributeStep: 'DONE' } };
    });
  }

  /** UpdateUserAttributes; an email or phone number sent a code waits for it (CONFIRM_ATTRIBUTE_WITH_CODE). */
  private async attributeUpdates(attributes: Record<string, string>): Promise<UpdateUserAttributesOutput> {
    const updates = await this.service.updateUserAttributes(await this.accessToken(), attributes);
    const output: UpdateUserAttributesOutput = {};
    for (const update of updates) {
      output[update.attribute as keyof UpdateUserAttributesOutput] = update.delivery
        ? { isUpdated: false, nextStep: { updateAttributeStep: 'CONFIRM_ATTRIBUTE_WITH_CODE', codeDeliveryDetails: update.delivery } }
        : { isUpdated: true, nextStep: { updateAttributeStep: 'DONE' } };
    }
    return output;
  }

  deleteUserAttributes(input: DeleteUserAttributesInput): Promise<void> {
    return this.call('deleteUserAttributes', async () => this.service.deleteUserAttributes(await this.accessToken(), input.userAttributeKeys));
  }

  sendUserAttributeVerificationCode(input: SendUserAttributeVerificationCodeInput): Promise<CodeDeliveryDetails> {
    return this.call('sendUserAttributeVerificationCode', async () =>
      this.service.getUserAttributeVerificationCode(await this.accessToken(), input.userAttributeKey),
    );
  }

  confirmUserAttribute(input: ConfirmUserAttributeInput): Promise<void> {
    return this.call('confirmUserAttribute', async () =>
      this.service.verifyUserAttribute(await this.accessToken(), input.userAttributeKey, input.confirmationCode),
    );
  }

  signInWithRedirect(input?: SignInWithRedirectInput): Promise<void> {
    return this.call('signInWithRedirect', async () => {
      await this.assertNotSignedIn();
      if (!input?.provider) {
        throw new AuthError({ name: 'OAuthNotConfigureException', message: 'The local pool has no hosted UI: name a provider to sign in with.' });
      }
      try {
        // The simulated identity provider answers at once: the page never leaves, and no code reaches the URL.
        const code = await this.service.authorizeFederated(input.provider);
        const result = await this.service.exchangeAuthorizationCode(code);
        const tokens: StoredTokens = { ...result.tokens, loginId: decodeJwt(result.tokens.idToken).email as string, authFlowType: 'USER_SRP_AUTH' };
        await this.store.tokens.write(tokens);
        this.emit({ event: 'signInWithRedirect' });
        this.emit({ event: 'signedIn', data: this.userFrom(tokens) });
      } catch (error) {
        const authError = toAuthError(error);
        this.emit({ event: 'signInWithRedirect_failure', data: { error: authError } });
        throw authError;
      }
    });
  }

  associateWebAuthnCredential(): Promise<void> {
    return this.call('associateWebAuthnCredential', async () => {
      const accessToken = await this.accessToken();
      const options = await this.service.startWebAuthnRegistration(accessToken);
      const credential = await createPasskey(this.config.webAuthn.credentials ?? browserCredentials(), options);
      await this.service.completeWebAuthnRegistration(accessToken, credential);
    });
  }

  listWebAuthnCredentials(input?: ListWebAuthnCredentialsInput): Promise<ListWebAuthnCredentialsOutput> {
    return this.call('listWebAuthnCredentials', async () => {
      const all = await this.service.listWebAuthnCredentials(await this.accessToken());
      const start = input?.nextToken === undefined ? 0 : Number(input.nextToken);
      const size = input?.pageSize ?? 20;
      const end = start + size;
      return { credentials: all.slice(start, end), ...(end < all.length ? { nextToken: String(end) } : {}) };
    });
  }

  deleteWebAuthnCredential(input: DeleteWebAuthnCredentialInput): Promise<void> {
    return this.call('deleteWebAuthnCredential', async () => this.service.deleteWebAuthnCredential(await this.accessToken(), input.credentialId));
  }

  setUpTOTP(): Promise<TotpSetupDetails> {
    return this.call('setUpTOTP', async () => {
      const tokens = await this.currentTokens(false);
      if (!tokens) throw unauthenticated();
      const secret = await this.service.associateSoftwareToken(tokens.accessToken);
      return this.totpDetails(secret, tokens.loginId);
    });
  }

  verifyTOTPSetup(input: VerifyTotpSetupInput): Promise<void> {
    return this.call('verifyTOTPSetup', async () => this.service.verifySoftwareToken(await this.accessToken(), input.code));
  }

  updateMFAPreference(input: UpdateMfaPreferenceInput): Promise<void> {
    return this.call('updateMFAPreference', async () => this.service.setUserMfaPreference(await this.accessToken(), input));
  }

  fetchMFAPreference(): Promise<FetchMfaPreferenceOutput> {
    return this.call('fetchMFAPreference', async () => this.service.getUserMfaPreference(await this.accessToken()));
  }

  updatePassword(input: UpdatePasswordInput): Promise<void> {
    return this.call('updatePassword', async () => this.service.changePassword(await this.accessToken(), input.oldPassword, input.newPassword));
  }

  /** Amplify's deleteUser: DeleteUser, then this client's device keys for the user go, and it signs out. */
  deleteUser(): Promise<void> {
    return this.call('deleteUser', async () => {
      const tokens = await this.signedInTokens();
      await this.service.deleteUser(tokens.accessToken);
      await this.store.forgetDevice(this.userFrom(tokens).username);
      await this.endLocalSession();
    });
  }

  private async signedInTokens(): Promise<StoredTokens> {
    const tokens = await this.currentTokens(false);
    if (!tokens) throw unauthenticated();
    return tokens;
  }

  /** This client's device for the signed-in user, as Amplify's assertDeviceMetadata requires it. */
  private async thisDevice(tokens: StoredTokens): Promise<string> {
    const device = await this.store.device(this.userFrom(tokens).username);
    if (!device) throw (await deviceKeys()).deviceMetadataNotFound();
    return device.deviceKey;
  }

  rememberDevice(): Promise<void> {
    return this.call('rememberDevice', async () => {
      const tokens = await this.signedInTokens();
      await this.service.updateDeviceStatus(tokens.accessToken, await this.thisDevice(tokens), 'remembered');
    });
  }

  /** Forgets another device of the user's, or (without one, or naming this one) this device. */
  forgetDevice(input?: ForgetDeviceInput): Promise<void> {
    return this.call('forgetDevice', async () => {
      const tokens = await this.signedInTokens();
      const username = this.userFrom(tokens).username;
      const own = (await this.store.device(username))?.deviceKey;
      const key = input?.device?.id ?? (await this.thisDevice(tokens));
      await this.service.forgetDevice(tokens.accessToken, key);
      if (key === own) await this.store.forgetDevice(username);
    });
  }

  fetchDevices(): Promise<FetchDevicesOutput> {
    return this.call('fetchDevices', async () => this.service.listDevices((await this.signedInTokens()).accessToken));
  }

  getBackendConfig(): AuthBackendConfig {
    return backendConfig(this.config);
  }
}

/** Device tracking's client side loads with the first tracked device. */
function deviceKeys(): Promise<typeof import('./device-keys.js')> {
  return import('./device-keys.js');
}

function browserCredentials(): CredentialsContainer | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.credentials;
}
