import type {
  AuthClient,
  AuthUser,
  ConfirmResetPasswordInput,
  ConfirmSignInInput,
  ConfirmSignUpInput,
  ResetPasswordInput,
  ResetPasswordOutput,
  SignInInput,
  SignInOutput,
  SignUpInput,
  SignUpOutput,
} from '../client/types.js';

/** Field name → message (or messages), for what an app's own sign-up rules find. */
export type CustomValidationErrors = Record<string, string | string[]>;

/**
 * The calls the Authenticator makes, under Amplify UI's names, so that an app can wrap or replace any of
 * them (say, to add clientMetadata, a custom auth flow, or its own sign-up rules).
 */
export interface AuthenticatorServices {
  handleSignIn(input: SignInInput): Promise<SignInOutput>;
  handleConfirmSignIn(input: ConfirmSignInInput): Promise<SignInOutput>;
  handleSignUp(input: SignUpInput): Promise<SignUpOutput>;
  handleConfirmSignUp(input: ConfirmSignUpInput): Promise<SignUpOutput>;
  handleForgotPassword(input: ResetPasswordInput): Promise<ResetPasswordOutput>;
  handleForgotPasswordSubmit(input: ConfirmResetPasswordInput): Promise<void>;
  getCurrentUser(): Promise<AuthUser>;
  /** The app's own sign-up checks, run before the sign-up call: the errors it returns stop the submit. */
  validateCustomSignUp(values: Readonly<Record<string, string>>): CustomValidationErrors | undefined | Promise<CustomValidationErrors | undefined>;
}

export function defaultServices(client: AuthClient): AuthenticatorServices {
  return {
    handleSignIn: (input) => client.signIn(input),
    handleConfirmSignIn: (input) => client.confirmSignIn(input),
    handleSignUp: (input) => client.signUp(input),
    handleConfirmSignUp: (input) => client.confirmSignUp(input),
    handleForgotPassword: (input) => client.resetPassword(input),
    handleForgotPasswordSubmit: (input) => client.confirmResetPassword(input),
    getCurrentUser: () => client.getCurrentUser(),
    validateCustomSignUp: () => undefined,
  };
}
