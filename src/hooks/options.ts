import type { ReactNode } from 'react';
import type { AuthClient, AuthFactorType, AuthUser, LoginMechanism, MfaType, UserAttributeKey } from '../client/types.js';
import type { FormRouteName, StartRouteName } from '../core/route-table.js';
import type { SignInMethod } from '../core/sign-in-attempt.js';
import type { LanguageTag } from '../i18n/languages.js';
import type { DictionaryProp } from '../i18n/translate.js';
import type { AuthenticatorServices } from './services.js';

/** Amplify UI's lowercase names of the four built-in providers. */
export type BuiltInProviderName = 'amazon' | 'apple' | 'facebook' | 'google';

/** Any OIDC or SAML provider configured in the user pool, with its button's label and icon. */
export interface CustomProviderOption {
  custom: string;
  label: string;
  icon?: ReactNode;
}

export type SocialProviderOption = BuiltInProviderName | CustomProviderOption;

/** Screens whose fields `formFields` can change: its keys. */
export type FormScreenName = FormRouteName;

export interface FormFieldOptions {
  label?: string;
  /** Keeps the label for screen readers but out of sight (the placeholder shows instead). */
  labelHidden?: boolean;
  placeholder?: string;
  /** Position among the screen's fields, lowest first; fields without one keep their default order after. */
  order?: number;
  isRequired?: boolean;
  defaultValue?: string;
  /** For sign-up fields the app adds (custom attributes): the input's type. */
  type?: 'text' | 'email' | 'tel' | 'number' | 'date' | 'url' | 'password';
  autocomplete?: string;
  /** For phone number fields: the dial code selected at first, like '+44'. */
  dialCode?: string;
  /** For phone number fields: the dial codes offered (default: every country calling code). */
  dialCodeList?: readonly string[];
  /** Spread onto the input, as Amplify UI does. */
  isReadOnly?: boolean;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
}

/** The attributes a screen can ask for (not the ones Cognito sets itself). */
type AttributeFieldName = Exclude<UserAttributeKey, 'sub' | 'email_verified' | 'phone_number_verified' | 'updated_at'>;

/** Each screen's field names. With email or phone sign-in, `email` / `phone_number` name the login field too. */
interface ScreenFieldNames {
  signIn: 'username' | 'email' | 'phone_number' | 'password';
  signUp: 'username' | 'password' | 'confirm_password' | AttributeFieldName;
  forgotPassword: 'username' | 'email' | 'phone_number';
  confirmResetPassword: 'confirmation_code' | 'password' | 'confirm_password';
  confirmSignUp: 'confirmation_code';
  forceNewPassword: 'password' | 'confirm_password' | AttributeFieldName;
  confirmSignIn: 'confirmation_code';
  setupTotp: 'confirmation_code';
  setupEmail: 'email';
  customChallenge: 'answer';
  confirmVerifyUser: 'confirmation_code';
}

/** What authenticator apps show for the account: Amplify UI's `formFields.setupTotp.QR` (the props win). */
export interface TotpQrOptions {
  totpIssuer?: string;
  totpUsername?: string;
}

/** Per screen, per field name: a misspelt field name is a type error. */
export type FormFieldsConfig = { [Screen in FormScreenName]?: Partial<Record<ScreenFieldNames[Screen], FormFieldOptions>> } & {
  setupTotp?: { QR?: TotpQrOptions };
};

/** One screen's field options, by any field name (the screen hooks look names up). */
export type ScreenFieldOptions = Partial<Record<string, FormFieldOptions>>;

export interface PasswordlessOptions {
  /** The first factors the sign-in screen offers (default: what the backend enables). */
  methods?: AuthFactorType[];
  /** Offered first: the password field is hidden and this method is the primary button. */
  preferredChallenge?: AuthFactorType;
  /** After a passwordless sign-in, offer to create a passkey when the user has none (default true). */
  passkeyPrompt?: boolean;
  /** Amplify UI's: factors not to offer; given (even empty), every factor counts as available first, as there. */
  hiddenAuthMethods?: AmplifyAuthMethod[];
  /** Amplify UI's name for `preferredChallenge` (which wins when both are given); ignored when not offered. */
  preferredAuthMethod?: AmplifyAuthMethod;
  /**
   * Amplify UI's: offer a passkey to a user who has none, after any sign-in (`afterSignin`) and after sign-up
   * (`afterSignup`); `true` is both `'ALWAYS'`, `false` both `'NEVER'`. Given, it wins over `passkeyPrompt`.
   */
  passkeyRegistrationPrompts?: boolean | { afterSignin?: 'ALWAYS' | 'NEVER'; afterSignup?: 'ALWAYS' | 'NEVER' };
}

/** The first factors as Amplify UI names them in its passwordless settings. */
export type AmplifyAuthMethod = 'PASSWORD' | 'EMAIL_OTP' | 'SMS_OTP' | 'WEB_AUTHN';

export type { SignInMethod } from '../core/sign-in-attempt.js';

/** What the account center (`<AccountSettings>`) reports: what changed, never a password, code or secret. */
export type AccountEvent =
  | { type: 'passwordChanged' }
  /** Saved (`updated`), confirmed with a code (`verified`), or deleted (`removed`). */
  | { type: 'attributeUpdated'; attributes: UserAttributeKey[]; change: 'updated' | 'verified' | 'removed' }
  /** The factors now enabled and the preferred one, as `fetchMFAPreference` reads them after the change. */
  | { type: 'mfaChanged'; enabled: MfaType[]; preferred: MfaType | undefined }
  | { type: 'passkeyAdded' }
  | { type: 'passkeyRemoved'; credentialId: string }
  | { type: 'deviceForgotten'; deviceId: string; thisDevice: boolean }
  | { type: 'signedOutEverywhere' }
  | { type: 'accountDeleted' };

export type AuthenticatorEvent =
  | { type: 'signedIn'; method: SignInMethod; user: AuthUser }
  | { type: 'signedOut'; reason: 'signOut' | 'sessionExpired' | 'otherTab' | 'accountDeleted' }
  | AccountEvent;

/** What the Authenticator does and says; the Authenticator component adds how it looks. */
export interface AuthenticatorOptions {
  client: AuthClient;
  initialState?: StartRouteName;
  /** Default: what the backend says (`getBackendConfig()`), else email. */
  loginMechanisms?: LoginMechanism[];
  /** Attributes sign-up asks for besides the login mechanism; default: the backend's required ones. */
  signUpAttributes?: UserAttributeKey[];
  socialProviders?: SocialProviderOption[];
  hideSignUp?: boolean;
  formFields?: FormFieldsConfig;
  /**
   * Amplify UI's examples type their services as `AuthenticatorProps['services']`, which includes `undefined`: it is
   * accepted back here, so that they compile under `exactOptionalPropertyTypes` too.
   */
  services?: Partial<AuthenticatorServices> | undefined;
  passwordless?: PasswordlessOptions;
  /** The issuer shown in authenticator apps for TOTP setup. Default: the page's title, else its host. */
  totpIssuer?: string;
  /** The account name shown in authenticator apps. Default: what the user signed in with. */
  totpAccountName?: string;
  /**
   * A BCP 47 tag: a built-in language ('en', 'es', 'ar'…, offered by the editor) or any other ('fr-CA' falls
   * back to 'fr', an unknown one to English). Default: the browser's language.
   */
  language?: LanguageTag;
  /** Per language: message keys (`src/i18n/en.ts`) or Amplify UI's phrases (`{ fr: { 'Sign In': 'Se connecter' } }`). */
  dictionary?: DictionaryProp;
  onAuthEvent?: (event: AuthenticatorEvent) => void;
}
