export type * from './client/types.js';
export { AuthError, isAuthError, toAuthError, type AuthErrorInit, type AuthErrorName } from './client/errors.js';
export { DEFAULT_PASSWORD_POLICY, checkPassword, type PasswordRule, type PasswordRuleResult } from './client/password-policy.js';
export * from './core/index.js';
export { Authenticator, type AuthenticatorProps, type AuthenticatorViewProps, type SignedInRenderProps } from './Authenticator/Authenticator.js';
export { withAuthenticator } from './Authenticator/withAuthenticator.js';
export type { AuthenticatorComponents, ScreenHooks, ScreenOverride } from './Authenticator/overrides.js';
export { AuthenticatorProvider, type AuthenticatorProviderProps } from './hooks/AuthenticatorProvider.js';
export { useAuthenticator, type UseAuthenticator } from './hooks/useAuthenticator.js';
export type { ActionName, Notice } from './hooks/controller.js';
export type {
  AuthenticatorEvent,
  AuthenticatorOptions,
  BuiltInProviderName,
  CustomProviderOption,
  FormFieldOptions,
  FormFieldsConfig,
  FormScreenName,
  PasswordlessOptions,
  SignInMethod,
  SocialProviderOption,
} from './hooks/options.js';
export type { AuthenticatorServices, FieldErrors } from './hooks/services.js';
export type { FieldKind, FieldSpec, FormValues } from './hooks/fields.js';
export type { ScreenForm } from './hooks/useScreenForm.js';
export { useSignIn, type SignInScreen } from './hooks/screens/useSignIn.js';
export { useSignUp, type SignUpScreen } from './hooks/screens/useSignUp.js';
export { useConfirmSignUp, useConfirmVerifyUser, type CodeScreen } from './hooks/screens/useCodeScreens.js';
export { useForgotPassword, useConfirmResetPassword } from './hooks/screens/useResetPassword.js';
export { useForceNewPassword } from './hooks/screens/useForceNewPassword.js';
export { useCustomChallenge, type CustomChallengeScreen } from './hooks/screens/useCustomChallenge.js';
export { useVerifyUser, type VerifyUserScreen } from './hooks/screens/useVerifyUser.js';
export { DICTIONARIES, LANGUAGES, directionOf, type Dictionary, type DictionaryOverrides, type LanguageCode, type MessageKey } from './i18n/index.js';
export { useConfirmSignIn, type ConfirmSignInScreen } from './hooks/screens/useConfirmSignIn.js';
export { useSetupTotp, type SetupTotpScreen } from './hooks/screens/useSetupTotp.js';
export { useSelectMfa, type SelectMfaScreen } from './hooks/screens/useSelectMfa.js';
export { useSetupEmail } from './hooks/screens/useSetupEmail.js';
export { useSelectFirstFactor, type SelectFirstFactorScreen } from './hooks/screens/useSelectFirstFactor.js';
export { useSignInPassword } from './hooks/screens/useSignInPassword.js';
export { usePasskeyPrompt, type PasskeyPromptScreen } from './hooks/screens/usePasskeyPrompt.js';
