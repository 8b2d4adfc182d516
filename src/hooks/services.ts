import type {
  AuthClient,
  AuthUser,
  CodeDeliveryDetails,
  ConfirmResetPasswordInput,
  ConfirmSignInInput,
  ConfirmSignUpInput,
  ResendSignUpCodeInput,
  ResetPasswordInput,
  ResetPasswordOutput,
  SignInInput,
  SignInOutput,
  SignUpInput,
  SignUpOutput,
} from '../client/types.js';

/** Field name → message (or messages), for what an app's own sign-up rules find. */
export type CustomValidationErrors = Record<string, string | string[]>;

/** What a sign-up rule answers, as Amplify UI's validators do: nothing when all is well. */
export type ValidatorResult = CustomValidationErrors | null | undefined;

/** The form's values by name (the app's own controls included), and which fields the user has left. */
export type SignUpValidator = (
  formData: Readonly<Record<string, string>>,
  touchData: Readonly<Record<string, boolean>>,
  passwordSettings: PasswordSettings,
) => ValidatorResult | Promise<ValidatorResult>;

/** The pool's password rules, as Amplify UI hands them to its validators (Cognito's `passwordFormat`). */
export interface PasswordSettings {
  minLength?: number;
  requireLowercase?: boolean;
  requireUppercase?: boolean;
  requireNumbers?: boolean;
  requireSpecialCharacters?: boolean;
}

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
  handleResendSignUpCode(input: ResendSignUpCodeInput): Promise<CodeDeliveryDetails>;
  /** Who is signed in, after a sign-in completes (the look at start uses the client's own, as Amplify UI does). */
  getCurrentUser(): Promise<AuthUser>;
  /**
   * The app's own sign-up rules, as Amplify UI runs them: when sign-up opens, at each change and blur, and
   * before the sign-up call, whose submit any error it returns stops.
   */
  validateCustomSignUp: SignUpValidator;
  /** Amplify UI's other sign-up validators: an app's own run beside the built-in rules. */
  validateFormPassword?: SignUpValidator;
  validateConfirmPassword?: SignUpValidator;
  validatePreferredUsername?: SignUpValidator;
}

export function defaultServices(client: AuthClient): AuthenticatorServices {
  return {
    handleSignIn: (input) => client.signIn(input),
    handleConfirmSignIn: (input) => client.confirmSignIn(input),
    handleSignUp: (input) => client.signUp(input),
    handleConfirmSignUp: (input) => client.confirmSignUp(input),
    handleForgotPassword: (input) => client.resetPassword(input),
    handleForgotPasswordSubmit: (input) => client.confirmResetPassword(input),
    handleResendSignUpCode: (input) => client.resendSignUpCode(input),
    getCurrentUser: () => client.getCurrentUser(),
    validateCustomSignUp: () => undefined,
  };
}
