import type { BuiltInSocialProvider, CodeDeliveryDetails, MfaType, SocialProvider } from '../client/types.js';
import type { FlowRoute, RouteName } from '../core/route.js';
import type { FieldSpec } from './fields.js';
import type { AuthenticatorState } from './engine/state.js';
import type { BuiltInProviderName, FormFieldOptions, SocialProviderOption } from './options.js';

/** Amplify UI's route names where Gatehouse's flow has no screen of its own for that moment. */
export type AmplifyOnlyRoute = 'idle' | 'setup' | 'transition' | 'signOut';

/** `useAuthenticator().route`: the screen, or what the Authenticator is doing between screens, in Amplify UI's words. */
export type AuthenticatorRoute = RouteName | AmplifyOnlyRoute;

/** Amplify UI's code delivery details, in the capitalised (aws-amplify v5) shape its hook gives. */
export interface V5CodeDeliveryDetails {
  Destination?: string;
  DeliveryMedium?: 'EMAIL' | 'SMS' | 'PHONE' | 'UNKNOWN';
  AttributeName?: string;
}

/** Amplify UI's (aws-amplify v5) name for the challenge on screen. */
export type ChallengeName = 'SMS_MFA' | 'SOFTWARE_TOKEN_MFA' | 'EMAIL_OTP' | 'MFA_SETUP' | 'SELECT_MFA_TYPE';

/** One field of the form on screen, as Amplify UI's `fields` lists it. */
export type AmplifyFormField = FormFieldOptions & { name: string };

export function amplifyRoute(state: AuthenticatorState): AuthenticatorRoute {
  const { flow, pending, views } = state;
  if (flow.authStatus === 'configuring') return 'idle';
  if (pending === 'signOut') return 'signOut';
  if (flow.route.name === 'checkAccount' || flow.route.name === 'autoSignIn') return 'transition';
  // Amplify UI's Provider alone, with no Authenticator to show a screen, waits in `setup`.
  if (views === 0 && flow.authStatus !== 'authenticated') return 'setup';
  return flow.route.name;
}

export function v5CodeDeliveryDetails(route: FlowRoute): V5CodeDeliveryDetails | undefined {
  const details: CodeDeliveryDetails | undefined = 'codeDeliveryDetails' in route ? route.codeDeliveryDetails : undefined;
  if (!details) return undefined;
  return {
    ...(details.destination === undefined ? {} : { Destination: details.destination }),
    ...(details.deliveryMedium === undefined ? {} : { DeliveryMedium: details.deliveryMedium }),
    ...(details.attributeName === undefined ? {} : { AttributeName: details.attributeName }),
  };
}

export function challengeNameOf(route: FlowRoute): ChallengeName | undefined {
  switch (route.name) {
    case 'confirmSignIn':
      return route.mfaType === 'SMS' ? 'SMS_MFA' : route.mfaType === 'TOTP' ? 'SOFTWARE_TOKEN_MFA' : 'EMAIL_OTP';
    case 'setupTotp':
    case 'setupEmail':
    case 'selectMfaSetupType':
      return 'MFA_SETUP';
    case 'selectMfaType':
      return 'SELECT_MFA_TYPE';
    default:
      return undefined;
  }
}

export function allowedMfaTypesOf(route: FlowRoute): MfaType[] | undefined {
  return route.name === 'selectMfaType' || route.name === 'selectMfaSetupType' ? route.allowedMfaTypes : undefined;
}

export function unverifiedUserAttributesOf(route: FlowRoute): { email?: string; phone_number?: string } {
  return route.name === 'verifyUser' ? route.unverified : {};
}

export function amplifyFields(fields: readonly FieldSpec[]): AmplifyFormField[] {
  return fields.map((field) => ({
    name: field.name,
    label: field.label,
    isRequired: field.required,
    autocomplete: field.autoComplete,
    ...(field.placeholder === undefined ? {} : { placeholder: field.placeholder }),
    ...(field.defaultValue === undefined ? {} : { defaultValue: field.defaultValue }),
    ...(field.dialCode === undefined ? {} : { dialCode: field.dialCode }),
    ...(field.labelHidden === undefined ? {} : { labelHidden: field.labelHidden }),
    ...(field.order === undefined ? {} : { order: field.order }),
  }));
}

const LOWERCASE: Record<BuiltInSocialProvider, BuiltInProviderName> = { Amazon: 'amazon', Apple: 'apple', Facebook: 'facebook', Google: 'google' };
const CAPITALISED: Record<BuiltInProviderName, BuiltInSocialProvider> = { amazon: 'Amazon', apple: 'Apple', facebook: 'Facebook', google: 'Google' };

/** The built-in providers the sign-in screen offers, lower-cased, as Amplify UI's `socialProviders`. */
export function builtInProviders(options: readonly SocialProviderOption[] | undefined, backend: readonly SocialProvider[] | undefined): BuiltInProviderName[] {
  if (options) return options.filter((option): option is BuiltInProviderName => typeof option === 'string');
  return (backend ?? []).flatMap((provider) => (typeof provider === 'string' ? [LOWERCASE[provider]] : []));
}

/** Amplify UI's `toFederatedSignIn({ provider })` takes the provider by either spelling. */
export function providerNamed(provider: string): SocialProvider {
  const lower = provider.toLowerCase();
  return Object.hasOwn(CAPITALISED, lower) ? CAPITALISED[lower as BuiltInProviderName] : { custom: provider };
}
