import { Amplify } from 'aws-amplify';
import type {
  AuthBackendConfig,
  AuthFactorType,
  LoginMechanism,
  MfaType,
  SocialProvider,
  UserAttributeKey,
} from '../types.js';

type CognitoConfig = NonNullable<NonNullable<ReturnType<typeof Amplify.getConfig>['Auth']>['Cognito']>;

function loginMechanisms(loginWith: CognitoConfig['loginWith']): LoginMechanism[] | undefined {
  if (!loginWith) return undefined;
  const mechanisms: LoginMechanism[] = [];
  if (loginWith.username === true) mechanisms.push('username');
  if (loginWith.email === true) mechanisms.push('email');
  if (loginWith.phone === true) mechanisms.push('phone_number');
  return mechanisms.length > 0 ? mechanisms : undefined;
}

function signUpAttributes(attributes: CognitoConfig['userAttributes'], login: LoginMechanism[] = []): UserAttributeKey[] | undefined {
  if (!attributes) return undefined;
  // The contract lists the attributes asked for besides the login mechanism, which Amplify's config includes.
  return Object.entries(attributes)
    .filter(([key, schema]) => schema.required && !login.includes(key as LoginMechanism))
    .map(([key]) => key as UserAttributeKey);
}

function mfa(config: CognitoConfig['mfa']): AuthBackendConfig['mfa'] {
  if (!config) return undefined;
  const types: MfaType[] = [];
  if (config.smsEnabled === true) types.push('SMS');
  if (config.totpEnabled === true) types.push('TOTP');
  const enforcement = config.status === 'on' ? 'ON' : config.status === 'optional' ? 'OPTIONAL' : 'OFF';
  return { enforcement, types };
}

function passwordless(config: CognitoConfig['passwordless']): AuthBackendConfig['passwordless'] {
  if (!config) return undefined;
  const firstFactors: AuthFactorType[] = [];
  if (config.webAuthn) firstFactors.push('WEB_AUTHN');
  if (config.emailOtpEnabled === true) firstFactors.push('EMAIL_OTP');
  if (config.smsOtpEnabled === true) firstFactors.push('SMS_OTP');
  // A passwordless pool still lets its users choose their password.
  return firstFactors.length > 0 ? { firstFactors: [...firstFactors, 'PASSWORD'] } : undefined;
}

function socialProviders(loginWith: CognitoConfig['loginWith']): SocialProvider[] | undefined {
  return loginWith?.oauth?.providers?.map((provider): SocialProvider => (typeof provider === 'string' ? provider : { custom: provider.custom }));
}

/**
 * What `Amplify.configure()` said about the user pool, in the terms of the Authenticator's defaults. Amplify's
 * config does not say which attributes are verified at sign-up, so `verificationMechanisms` is left to the props.
 */
export function amplifyBackendConfig(): AuthBackendConfig {
  const config = Amplify.getConfig().Auth?.Cognito;
  if (!config) return {};
  const format = config.passwordFormat;
  const login = loginMechanisms(config.loginWith);
  const entries: { [K in keyof AuthBackendConfig]-?: AuthBackendConfig[K] | undefined } = {
    loginMechanisms: login,
    signUpAttributes: signUpAttributes(config.userAttributes, login),
    verificationMechanisms: undefined,
    passwordPolicy: format && {
      minLength: format.minLength ?? 8,
      requireLowercase: format.requireLowercase ?? false,
      requireUppercase: format.requireUppercase ?? false,
      requireNumbers: format.requireNumbers ?? false,
      requireSymbols: format.requireSpecialCharacters ?? false,
    },
    mfa: mfa(config.mfa),
    passwordless: passwordless(config.passwordless),
    socialProviders: socialProviders(config.loginWith),
    // Amplify's config says neither whether devices are tracked nor the attributes' data types.
    deviceTracking: undefined,
    userAttributes: undefined,
  };
  // The contract's fields are optional and exact: an unknown one is left out, never set to undefined.
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined));
}
