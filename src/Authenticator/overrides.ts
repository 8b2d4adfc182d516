import type { ComponentType } from 'react';
import type { CodeScreen } from '../hooks/screens/useCodeScreens.js';
import type { ConfirmSignInScreen } from '../hooks/screens/useConfirmSignIn.js';
import type { PasskeyPromptScreen } from '../hooks/screens/usePasskeyPrompt.js';
import type { SelectFirstFactorScreen } from '../hooks/screens/useSelectFirstFactor.js';
import type { SelectMfaScreen } from '../hooks/screens/useSelectMfa.js';
import type { SetupTotpScreen } from '../hooks/screens/useSetupTotp.js';
import type { CustomChallengeScreen } from '../hooks/screens/useCustomChallenge.js';
import type { SignInScreen } from '../hooks/screens/useSignIn.js';
import type { SignUpScreen } from '../hooks/screens/useSignUp.js';
import type { VerifyUserScreen } from '../hooks/screens/useVerifyUser.js';
import type { ScreenForm } from '../hooks/useScreenForm.js';

/** A screen's slots: a Header and Footer inside its card, or a whole replacement given the screen's hook. */
export interface ScreenOverride<Screen> {
  Header?: ComponentType;
  Footer?: ComponentType;
  /** Replaces the screen; it receives what the default screen's hook returns. */
  Screen?: ComponentType<{ screen: Screen }>;
}

/** What each overridable screen's hook returns, by the screen's name in `components`. */
export interface ScreenHooks {
  SignIn: SignInScreen;
  SignUp: SignUpScreen;
  ConfirmSignUp: CodeScreen;
  ForgotPassword: ScreenForm;
  ConfirmResetPassword: CodeScreen;
  ForceNewPassword: ScreenForm;
  CustomChallenge: CustomChallengeScreen;
  VerifyUser: VerifyUserScreen;
  ConfirmVerifyUser: CodeScreen & { skip: () => void };
  ConfirmSignIn: ConfirmSignInScreen;
  SetupTotp: SetupTotpScreen;
  SelectMfaType: SelectMfaScreen;
  SelectMfaSetupType: SelectMfaScreen;
  SetupEmail: ScreenForm;
  SelectFirstFactor: SelectFirstFactorScreen;
  SignInPassword: ScreenForm;
  PasskeyPrompt: PasskeyPromptScreen;
}

export type OverridableScreen = keyof ScreenHooks;

/** Amplify UI's `components` prop: Header and Footer around the Authenticator, and per screen. */
export type AuthenticatorComponents = {
  Header?: ComponentType;
  Footer?: ComponentType;
} & { [Name in OverridableScreen]?: ScreenOverride<ScreenHooks[Name]> };
