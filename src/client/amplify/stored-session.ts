import { cognitoUserPoolsTokenProvider } from 'aws-amplify/auth/cognito';
import { CookieStorage, defaultStorage, sessionStorage } from 'aws-amplify/utils';
import { hasKeptSignIn } from './kept-step-key.js';

/** Amplify's prefix for what it stores of a user pool's users (AUTH_KEY_PREFIX in @aws-amplify/auth). */
const PREFIX = 'CognitoIdentityServiceProvider.';
/** Kept after a sign-out for a remembered device: they are no session. */
const DEVICE_KEYS = /\.(deviceKey|deviceGroupKey|randomPasswordKey)$/;

function holdsSession(names: Iterable<string>): boolean {
  for (const name of names) if (name.startsWith(PREFIX) && !DEVICE_KEYS.test(name)) return true;
  return false;
}

function* storageKeys(storage: Storage): Generator<string> {
  for (let index = 0; index < storage.length; index += 1) {
    const key = storage.key(index);
    if (key !== null) yield key;
  }
}

function cookieNames(): string[] {
  return document.cookie
    .split(';')
    .map((cookie) => cookie.split('=')[0]?.trim() ?? '')
    .map((name) => {
      try {
        return decodeURIComponent(name);
      } catch {
        return name;
      }
    });
}

/**
 * Whether a session, a sign-in in progress or a redirect sign-in may be stored, answered at once without
 * Amplify's async storage. Only Amplify's own token store, configured by `Amplify.configure`, over one of
 * Amplify's storages (localStorage, the default; sessionStorage; cookies, with `ssr: true`) can be read: any
 * other set-up (a custom token provider or storage, an Amplify not configured yet) may hold one.
 */
export function mayHaveStoredSession(): boolean {
  if (typeof window === 'undefined' || typeof document === 'undefined') return true;
  try {
    if (hasKeptSignIn()) return true;
    // Back from a provider's sign-in page: Amplify turns the code into a session.
    const query = new URLSearchParams(window.location.search);
    if (query.has('code') || query.has('error')) return true;
    const store = cognitoUserPoolsTokenProvider.authTokenStore;
    // Set by Amplify.configure on its own token store; a custom token provider leaves it unset. Read from the
    // outside (the field is private): should Amplify rename it, this answers "may", never a wrong "no".
    if ((store as unknown as { authConfig?: unknown }).authConfig === undefined) return true;
    // A redirect sign-in in flight is kept in localStorage whatever the tokens' storage.
    if (holdsSession(storageKeys(window.localStorage))) return true;
    const storage = store.getKeyValueStorage();
    if (storage === defaultStorage) return false;
    if (storage === sessionStorage) return holdsSession(storageKeys(window.sessionStorage));
    if (storage instanceof CookieStorage) return holdsSession(cookieNames());
    return true;
  } catch {
    // Storage the browser refuses to read (privacy settings): the check will say.
    return true;
  }
}
