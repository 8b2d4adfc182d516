import type { UserAttributes, VerifiableUserAttributeKey } from '../client/types.js';
import type { FlowRoute } from './route.js';
import { signedInWithoutPassword, type SignInAttempt } from './sign-in-attempt.js';

/** What the engine found out about the account after DONE. */
export interface AccountCheck {
  attributes: UserAttributes;
  /** The app enabled the passkey prompt and the browser can create one. */
  offerPasskey: boolean;
  hasPasskey: boolean;
}

/** When a passkey is offered: always, never, or only after a sign-in without a password (Gatehouse's default). */
export type PasskeyPromptWhen = 'ALWAYS' | 'NEVER' | 'WITHOUT_PASSWORD';

/** After a sign-in and after a sign-up (Amplify UI's `passkeyRegistrationPrompts`), each on its own. */
export interface PasskeyPromptRule {
  afterSignin: PasskeyPromptWhen;
  afterSignup: PasskeyPromptWhen;
}

/** What decides whether a passkey is offered after a sign-in. */
export interface PasskeyOffer {
  attempt: SignInAttempt;
  rule: PasskeyPromptRule;
  backendTakesPasskeys: boolean;
  browserCreatesPasskeys: boolean;
}

/** As the app's rule says for this sign-in (a sign-up's own, or a sign-in's), when the backend takes passkeys and the browser makes them. */
export function offersPasskey({ attempt, rule, backendTakesPasskeys, browserCreatesPasskeys }: PasskeyOffer): boolean {
  const when = attempt.method === 'signUp' ? rule.afterSignup : rule.afterSignin;
  const wanted = when === 'ALWAYS' || (when === 'WITHOUT_PASSWORD' && signedInWithoutPassword(attempt));
  return wanted && backendTakesPasskeys && browserCreatesPasskeys;
}

export function needsPasskeyPrompt(check: AccountCheck): boolean {
  return check.offerPasskey && !check.hasPasskey;
}

function isPresent(value: string | undefined): value is string {
  return value !== undefined && value !== '';
}

/**
 * The contacts to offer for verification, or undefined when one is verified already or there is none:
 * a verified contact is what lets the user reset a forgotten password.
 */
function unverifiedContacts(attributes: UserAttributes): Partial<Record<VerifiableUserAttributeKey, string>> | undefined {
  if (attributes.email_verified === 'true' || attributes.phone_number_verified === 'true') return undefined;
  const unverified: Partial<Record<VerifiableUserAttributeKey, string>> = {};
  if (isPresent(attributes.email)) unverified.email = attributes.email;
  if (isPresent(attributes.phone_number)) unverified.phone_number = attributes.phone_number;
  return Object.keys(unverified).length > 0 ? unverified : undefined;
}

export function routeAfterSignIn(check: AccountCheck): FlowRoute {
  const unverified = unverifiedContacts(check.attributes);
  if (unverified !== undefined) return { name: 'verifyUser', unverified };
  if (needsPasskeyPrompt(check)) return { name: 'passkeyPrompt' };
  return { name: 'authenticated' };
}
