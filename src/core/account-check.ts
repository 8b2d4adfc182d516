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

/** What decides whether a passkey is offered after a sign-in. */
export interface PasskeyOffer {
  attempt: SignInAttempt;
  /** The app's `passwordless.passkeyPrompt` (default on). */
  promptEnabled: boolean;
  backendTakesPasskeys: boolean;
  browserCreatesPasskeys: boolean;
}

/** After a sign-in without a password (a code, or a passwordless sign-up), when the backend takes passkeys and the browser makes them. */
export function offersPasskey({ attempt, promptEnabled, backendTakesPasskeys, browserCreatesPasskeys }: PasskeyOffer): boolean {
  return promptEnabled && backendTakesPasskeys && browserCreatesPasskeys && signedInWithoutPassword(attempt);
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
