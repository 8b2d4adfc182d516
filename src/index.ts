export type * from './client/types.js';
export { AuthError, isAuthError, toAuthError, type AuthErrorInit, type AuthErrorName, type AuthErrorReason } from './client/errors.js';
export { DEFAULT_PASSWORD_POLICY, checkPassword, type PasswordRule, type PasswordRuleResult } from './client/password-policy.js';
export * from './core/index.js';
export { Authenticator, type AuthenticatorProps, type AuthenticatorViewProps, type DataAttributes, type SignedInRenderProps } from './Authenticator/Authenticator.js';
export { withAuthenticator, type SignOut, type WithAuthenticatorOptions, type WithAuthenticatorProps } from './Authenticator/withAuthenticator.js';
export type { AuthenticatorComponents, OverridableScreen, ScreenHooks, ScreenOverride } from './Authenticator/overrides.js';
export { AuthenticatorProvider, type AuthenticatorProviderProps } from './hooks/AuthenticatorProvider.js';
export { useAuthenticator, type UseAuthenticator } from './hooks/useAuthenticator.js';
export type { AmplifyFormField, AmplifyOnlyRoute, AuthenticatorRoute, ChallengeName, V5CodeDeliveryDetails } from './hooks/amplify-compat.js';
export type { ActionName } from './hooks/engine/state.js';
export type {
  AccountEvent,
  AuthenticatorEvent,
  AuthenticatorOptions,
  BuiltInProviderName,
  CustomProviderOption,
  FormFieldOptions,
  FormFieldsConfig,
  FormScreenName,
  PasswordlessOptions,
  SocialProviderOption,
  TotpQrOptions,
} from './hooks/options.js';
export type { AuthenticatorServices, CustomValidationErrors, PasswordSettings, SignUpValidator, ValidatorResult } from './hooks/services.js';
export type { FieldKind, FieldSpec, FormValues } from './hooks/fields.js';
export type { ScreenError, ScreenNotice, ScreenState } from './hooks/screens/screen-state.js';
export type { FormElementProps, FormScreen } from './hooks/screens/useScreenForm.js';
export type { CodeScreen } from './hooks/screens/useCodeForm.js';
export type { MfaChoiceScreen } from './hooks/screens/useMfaChoice.js';
export { useSignIn, type SignInScreen } from './hooks/screens/useSignIn.js';
export { useSignUp, type SignUpScreen } from './hooks/screens/useSignUp.js';
export { useConfirmSignUp, type ConfirmSignUpScreen } from './hooks/screens/useConfirmSignUp.js';
export { useForgotPassword, type ForgotPasswordScreen } from './hooks/screens/useForgotPassword.js';
export { useConfirmResetPassword, type ConfirmResetPasswordScreen } from './hooks/screens/useConfirmResetPassword.js';
export { useForceNewPassword, type ForceNewPasswordScreen } from './hooks/screens/useForceNewPassword.js';
export { useCustomChallenge, type CustomChallengeScreen } from './hooks/screens/useCustomChallenge.js';
export { useVerifyUser, type VerifyUserScreen } from './hooks/screens/useVerifyUser.js';
export { useConfirmVerifyUser, type ConfirmVerifyUserScreen } from './hooks/screens/useConfirmVerifyUser.js';
export { useConfirmSignIn, type ConfirmSignInScreen } from './hooks/screens/useConfirmSignIn.js';
export { useSetupTotp, type SetupTotpScreen } from './hooks/screens/useSetupTotp.js';
export { useSelectMfaType, type SelectMfaTypeScreen } from './hooks/screens/useSelectMfaType.js';
export { useSelectMfaSetupType, type SelectMfaSetupTypeScreen } from './hooks/screens/useSelectMfaSetupType.js';
export { useSetupEmail, type SetupEmailScreen } from './hooks/screens/useSetupEmail.js';
export { useSelectFirstFactor, type SelectFirstFactorScreen } from './hooks/screens/useSelectFirstFactor.js';
export { useSignInPassword, type SignInPasswordScreen } from './hooks/screens/useSignInPassword.js';
export { usePasskeyPrompt, type PasskeyPromptScreen } from './hooks/screens/usePasskeyPrompt.js';
export { DICTIONARIES, LANGUAGES, directionOf, type Dictionary, type DictionaryOverrides, type DictionaryProp, type BuiltInLanguage, type LanguageCode, type LanguageTag, type MessageKey } from './i18n/index.js';
export {
  AccountSettings,
  AccountChangePassword,
  AccountDeleteUser,
  AccountDevices,
  AccountPasskeys,
  AccountProfile,
  AccountSignOutEverywhere,
  AccountTwoStepVerification,
} from './AccountSettings/AccountSettings.js';
export { ACCOUNT_SECTIONS } from './AccountSettings/types.js';
export type * from './AccountSettings/types.js';
export { AccountScope, type AccountScopeOptions } from './hooks/account/AccountScope.js';
export type { AccountNotice, AccountSectionState } from './hooks/account/action.js';
export { useProfile, type ProfileContact, type ProfileField, type ProfileOptions, type ProfileSection, type ProfileValues, type ProfileVerification } from './hooks/account/useProfile.js';
export { useChangePassword, type ChangePasswordField, type ChangePasswordOptions, type ChangePasswordSection, type ValidatorOptions } from './hooks/account/useChangePassword.js';
export { useTwoStepVerification, type MfaFactor, type TotpSetup, type TwoStepVerificationSection } from './hooks/account/useTwoStepVerification.js';
export { usePasskeys, type PasskeyItem, type PasskeysSection } from './hooks/account/usePasskeys.js';
export { useDevices, type DeviceItem, type DevicesSection } from './hooks/account/useDevices.js';
export { useSignOutEverywhere, type SignOutEverywhereSection } from './hooks/account/useSignOutEverywhere.js';
export { useDeleteUser, type DeleteUserOptions, type DeleteUserSection, type DeleteUserState } from './hooks/account/useDeleteUser.js';
export type { AccountDictionary, AccountMessageKey } from './i18n/account/en.js';
export type { AccountDictionaryOverrides } from './i18n/account/translate.js';
