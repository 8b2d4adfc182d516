import type {
  AuthFactorType,
  CodeDeliveryDetails,
  MfaType,
  TotpSetupDetails,
  UserAttributeKey,
  VerifiableUserAttributeKey,
} from '../client/types.js';

/** The MFA types whose sign-in step asks for a one-time code. */
export type MfaCodeType = 'SMS' | 'EMAIL' | 'TOTP';

/** One screen of the Authenticator, with what that screen needs to show. */
export type FlowRoute =
  | { name: 'signIn' }
  | { name: 'signUp' }
  | { name: 'forgotPassword' }
  | { name: 'confirmResetPassword'; codeDeliveryDetails?: CodeDeliveryDetails }
  | { name: 'confirmSignUp'; codeDeliveryDetails?: CodeDeliveryDetails }
  /** COMPLETE_AUTO_SIGN_IN: the engine calls autoSignIn, then routes on its output. */
  | { name: 'autoSignIn' }
  | { name: 'forceNewPassword'; missingAttributes: UserAttributeKey[] }
  | { name: 'confirmSignIn'; mfaType: MfaCodeType; codeDeliveryDetails?: CodeDeliveryDetails }
  | { name: 'setupTotp'; totpSetupDetails: TotpSetupDetails }
  | { name: 'selectMfaType'; allowedMfaTypes: MfaType[] }
  | { name: 'selectMfaSetupType'; allowedMfaTypes: MfaType[] }
  | { name: 'setupEmail' }
  | { name: 'selectFirstFactor'; availableChallenges: AuthFactorType[] }
  | { name: 'signInPassword' }
  | { name: 'customChallenge'; additionalInfo: Record<string, string> }
  /** DONE: the engine looks at the account (verified contact? passkey?) before the app shows. */
  | { name: 'checkAccount' }
  | { name: 'verifyUser'; unverified: Partial<Record<VerifiableUserAttributeKey, string>> }
  | { name: 'confirmVerifyUser'; attribute: VerifiableUserAttributeKey; codeDeliveryDetails?: CodeDeliveryDetails }
  | { name: 'passkeyPrompt' }
  | { name: 'authenticated' };

export type RouteName = FlowRoute['name'];

/** The route of a given name, with its payload. */
export type RouteOf<Name extends RouteName> = Extract<FlowRoute, { name: Name }>;
