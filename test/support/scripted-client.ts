import {
  AuthError,
  DEFAULT_PASSWORD_POLICY,
  type AuthBackendConfig,
  type AuthClient,
  type AuthEventListener,
  type AuthSession,
  type AuthUser,
  type CodeDeliveryDetails,
  type ConfirmResetPasswordInput,
  type ConfirmSignInInput,
  type ConfirmSignUpInput,
  type ConfirmUserAttributeInput,
  type DeleteUserAttributesInput,
  type DeleteWebAuthnCredentialInput,
  type FetchDevicesOutput,
  type FetchMfaPreferenceOutput,
  type ForgetDeviceInput,
  type ListWebAuthnCredentialsOutput,
  type ResendSignUpCodeInput,
  type ResetPasswordInput,
  type ResetPasswordOutput,
  type ResumeSignInOutput,
  type SendUserAttributeVerificationCodeInput,
  type SignInInput,
  type SignInOutput,
  type SignOutInput,
  type SignUpInput,
  type SignUpOutput,
  type TotpSetupDetails,
  type UpdateMfaPreferenceInput,
  type UpdatePasswordInput,
  type UpdateUserAttributeInput,
  type UpdateUserAttributeOutput,
  type UpdateUserAttributesInput,
  type UpdateUserAttributesOutput,
  type UserAttributes,
  type VerifyTotpSetupInput,
} from '../../src/index.ts';

/** A reply that never comes: the call stays pending, so the screen shows its busy state. */
export const PENDING: unique symbol = Symbol('pending');

/** What a scripted call answers: its output, an AuthError to reject with, or {@link PENDING}. */
export type Reply<T> = T | AuthError | typeof PENDING;

/** Every call of the contract that returns an answer (the synchronous ones are configured instead). */
export type CallName = Exclude<keyof AuthClient, 'getBackendConfig' | 'subscribe' | 'translatePhrase' | 'mayHaveSession' | 'prepare'>;

type Output<Name extends CallName> = Awaited<ReturnType<AuthClient[Name]>>;

/** One reply per call; a call left out answers with the default below, or rejects if it has none. */
export type Script = { [Name in CallName]?: Reply<Output<Name>> } & {
  /** What `getBackendConfig()` says, over {@link DEFAULT_BACKEND}. */
  backendConfig?: AuthBackendConfig;
  /** Who signs in. */
  user?: AuthUser;
  /** Start with a session (`getCurrentUser` resolves), as after a reload. Default: signed out. */
  signedIn?: boolean;
};

export interface RecordedCall {
  name: CallName;
  input: unknown;
}

export const DEFAULT_BACKEND: AuthBackendConfig = {
  loginMechanisms: ['email'],
  verificationMechanisms: ['email'],
  passwordPolicy: DEFAULT_PASSWORD_POLICY,
};

export const DEFAULT_USER: AuthUser = {
  username: '7d6f3c2e-0b1a-4c55-9e0f-5a1b2c3d4e5f',
  userId: '7d6f3c2e-0b1a-4c55-9e0f-5a1b2c3d4e5f',
  signInDetails: { loginId: 'ada@example.com', authFlowType: 'USER_SRP_AUTH' },
};

/** What a signed-in user's account looks like by default: a verified email, so no verification screen follows. */
const DEFAULT_ATTRIBUTES: UserAttributes = { email: 'ada@example.com', email_verified: 'true', sub: DEFAULT_USER.userId };

const notScripted = (name: CallName) =>
  new AuthError({ name: 'InternalErrorException', message: `scriptedClient: ${name} is not scripted for this story.` });

/**
 * An AuthClient whose every answer a story scripts, to put the Authenticator into a state the local pool
 * reaches only by chance or with real hardware (a pending call, a passkey, a given TOTP secret). It keeps
 * the one piece of state the engine relies on: a session exists once a sign-in answered DONE.
 */
export class ScriptedClient implements AuthClient {
  /** Every call, in order, with its input: what a play function asserts the Authenticator sent. */
  readonly calls: RecordedCall[] = [];
  private readonly listeners = new Set<AuthEventListener>();
  private signedIn: boolean;
  private readonly user: AuthUser;

  constructor(private readonly script: Script = {}) {
    this.signedIn = script.signedIn ?? false;
    this.user = script.user ?? DEFAULT_USER;
  }

  /**
   * The scripted reply (a void call is scripted by its key alone), else the default, else a rejection that
   * names the missing call. Always asynchronous, like a real call.
   */
  private answer<Name extends CallName>(name: Name, input: unknown, fallback?: () => Output<Name>): Promise<Output<Name>> {
    this.calls.push({ name, input });
    return Promise.resolve().then((): Output<Name> | Promise<never> => {
      if (Object.hasOwn(this.script, name)) {
        // The key was given, so its value is the reply even when it is undefined (a void call's success).
        // Through `unknown`: indexing the script by a generic name makes a union too large for the compiler.
        const script: Readonly<Record<string, unknown>> = this.script;
        const reply = script[name] as Reply<Output<Name>>;
        if (reply === PENDING) return new Promise<never>(() => undefined);
        if (reply instanceof AuthError) throw reply;
        return reply;
      }
      if (fallback) return fallback();
      throw notScripted(name);
    });
  }

  private emit(event: Parameters<AuthEventListener>[0]): void {
    for (const listener of [...this.listeners]) listener(event);
  }

  /** A sign-in step that answered DONE starts the session, as the real clients do. */
  private readonly track = (output: SignInOutput): SignInOutput => {
    if (output.nextStep.signInStep === 'DONE') {
      this.signedIn = true;
      this.emit({ event: 'signedIn', data: this.user });
    }
    return output;
  };

  signIn(input: SignInInput): Promise<SignInOutput> {
    return this.answer('signIn', input).then(this.track);
  }

  confirmSignIn(input: ConfirmSignInInput): Promise<SignInOutput> {
    return this.answer('confirmSignIn', input).then(this.track);
  }

  autoSignIn(): Promise<SignInOutput> {
    return this.answer('autoSignIn', undefined).then(this.track);
  }

  signUp(input: SignUpInput): Promise<SignUpOutput> {
    return this.answer('signUp', input);
  }

  confirmSignUp(input: ConfirmSignUpInput): Promise<SignUpOutput> {
    return this.answer('confirmSignUp', input);
  }

  resendSignUpCode(input: ResendSignUpCodeInput): Promise<CodeDeliveryDetails> {
    return this.answer('resendSignUpCode', input);
  }

  resetPassword(input: ResetPasswordInput): Promise<ResetPasswordOutput> {
    return this.answer('resetPassword', input);
  }

  confirmResetPassword(input: ConfirmResetPasswordInput): Promise<void> {
    return this.answer('confirmResetPassword', input);
  }

  async signOut(input?: SignOutInput): Promise<void> {
    await this.answer('signOut', input, () => undefined);
    this.signedIn = false;
    this.emit({ event: 'signedOut' });
  }

  getCurrentUser(): Promise<AuthUser> {
    return this.answer('getCurrentUser', undefined, () => {
      if (!this.signedIn) throw new AuthError({ name: 'UserUnAuthenticatedException', message: 'User needs to be authenticated to call this API.' });
      return this.user;
    });
  }

  fetchAuthSession(): Promise<AuthSession> {
    return this.answer('fetchAuthSession', undefined, () => (this.signedIn ? { userSub: this.user.userId } : {}));
  }

  fetchUserAttributes(): Promise<UserAttributes> {
    return this.answer('fetchUserAttributes', undefined, () => DEFAULT_ATTRIBUTES);
  }

  updateUserAttributes(input: UpdateUserAttributesInput): Promise<UpdateUserAttributesOutput> {
    return this.answer('updateUserAttributes', input);
  }

  sendUserAttributeVerificationCode(input: SendUserAttributeVerificationCodeInput): Promise<CodeDeliveryDetails> {
    return this.answer('sendUserAttributeVerificationCode', input);
  }

  confirmUserAttribute(input: ConfirmUserAttributeInput): Promise<void> {
    return this.answer('confirmUserAttribute', input);
  }

  signInWithRedirect(input?: Parameters<AuthClient['signInWithRedirect']>[0]): Promise<void> {
    return this.answer('signInWithRedirect', input);
  }

  associateWebAuthnCredential(): Promise<void> {
    return this.answer('associateWebAuthnCredential', undefined);
  }

  listWebAuthnCredentials(): Promise<ListWebAuthnCredentialsOutput> {
    return this.answer('listWebAuthnCredentials', undefined, () => ({ credentials: [] }));
  }

  deleteWebAuthnCredential(input: DeleteWebAuthnCredentialInput): Promise<void> {
    return this.answer('deleteWebAuthnCredential', input);
  }

  setUpTOTP(): Promise<TotpSetupDetails> {
    return this.answer('setUpTOTP', undefined);
  }

  verifyTOTPSetup(input: VerifyTotpSetupInput): Promise<void> {
    return this.answer('verifyTOTPSetup', input);
  }

  updateMFAPreference(input: UpdateMfaPreferenceInput): Promise<void> {
    return this.answer('updateMFAPreference', input);
  }

  fetchMFAPreference(): Promise<FetchMfaPreferenceOutput> {
    return this.answer('fetchMFAPreference', undefined, () => ({}));
  }

  updatePassword(input: UpdatePasswordInput): Promise<void> {
    return this.answer('updatePassword', input);
  }

  /** As the contract says: a deleted user is signed out, and `signedOut` fires. */
  async deleteUser(): Promise<void> {
    await this.answer('deleteUser', undefined);
    this.signedIn = false;
    this.emit({ event: 'signedOut' });
  }

  updateUserAttribute(input: UpdateUserAttributeInput): Promise<UpdateUserAttributeOutput> {
    return this.answer('updateUserAttribute', input);
  }

  deleteUserAttributes(input: DeleteUserAttributesInput): Promise<void> {
    return this.answer('deleteUserAttributes', input);
  }

  rememberDevice(): Promise<void> {
    return this.answer('rememberDevice', undefined);
  }

  forgetDevice(input?: ForgetDeviceInput): Promise<void> {
    return this.answer('forgetDevice', input);
  }

  fetchDevices(): Promise<FetchDevicesOutput> {
    return this.answer('fetchDevices', undefined, () => []);
  }

  /** No sign-in in progress at start, unless the script says which. */
  resumeSignIn(): Promise<ResumeSignInOutput> {
    return this.answer('resumeSignIn', undefined, () => ({ status: 'none' }));
  }

  getBackendConfig(): AuthBackendConfig {
    return { ...DEFAULT_BACKEND, ...this.script.backendConfig };
  }

  subscribe(listener: AuthEventListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }
}

/** A client that answers as the story's script says; see {@link ScriptedClient}. */
export function scriptedClient(script: Script = {}): ScriptedClient {
  return new ScriptedClient(script);
}

/** A TOTP secret's setup details as a backend hands them over, with the otpauth:// URI authenticator apps read. */
export function totpSetup(sharedSecret: string): TotpSetupDetails {
  return {
    sharedSecret,
    getSetupUri: (appName, accountName = '') => {
      const uri = new URL(`otpauth://totp/${encodeURIComponent(appName)}:${encodeURIComponent(accountName)}`);
      uri.searchParams.set('secret', sharedSecret);
      uri.searchParams.set('issuer', appName);
      return uri;
    },
  };
}
