import { getCurrentUser } from 'aws-amplify/auth';
import { I18n } from 'aws-amplify/utils';
import { deferredCalls, type ClientCalls } from '../deferred-calls.js';
import type { AuthClient } from '../types.js';
import type { AuthErrorName } from '../errors.js';
import { amplifyBackendConfig } from './backend-config.js';
import { amplifyAuthError } from './error-shape.js';
import { subscribeToHub } from './events.js';
import { hasKeptSignIn } from './kept-step-key.js';
import { mayHaveStoredSession } from './stored-session.js';

/** What a page load's session check usually hears: named at once, without loading the whole mapping of names. */
const AT_HAND: ReadonlySet<string> = new Set<AuthErrorName>(['UserUnAuthenticatedException', 'NetworkError']);
const atHand = (name: string): name is AuthErrorName => AT_HAND.has(name);

async function currentUser(): ReturnType<AuthClient['getCurrentUser']> {
  try {
    return await getCurrentUser();
  } catch (error) {
    if (error instanceof Error && atHand(error.name)) throw amplifyAuthError(error, error.name);
    const { fromAmplifyError } = await import('./calls.js');
    throw fromAmplifyError(error);
  }
}

/**
 * The AuthClient contract over `aws-amplify/auth` v6. The first screen needs only the session check, the
 * backend's config and Hub; every other call (and the parts of aws-amplify it pulls in: SRP, sign-up, OAuth,
 * passkeys…) is in calls.ts, loaded on first use or when the Authenticator says the user has started
 * (`prepare`), so an app's first load carries none of it.
 */
export function createAmplifyAuthClient(): AuthClient {
  let calls: Promise<ClientCalls> | undefined;
  const load = (): Promise<ClientCalls> =>
    (calls ??= import('./calls.js').then(
      (module) => module.createAmplifyCalls(),
      (error: unknown) => {
        // A fetch that failed (offline) is tried again by the next call.
        calls = undefined;
        throw error;
      },
    ));
  const deferred = deferredCalls(load);
  return {
    ...deferred,
    // Most pages have no sign-in in progress: they learn it without loading the calls.
    resumeSignIn: () => (hasKeptSignIn() ? deferred.resumeSignIn() : Promise.resolve({ status: 'none' })),
    getCurrentUser: currentUser,
    prepare: () => {
      load().catch(() => undefined);
    },
    // Nothing of Amplify's stored: the sign-in form is settled from its first render (see stored-session.ts).
    mayHaveSession: mayHaveStoredSession,
    getBackendConfig: amplifyBackendConfig,
    subscribe: subscribeToHub,
    // What I18n.putVocabularies / I18n.setLanguage set up for Amplify UI reaches Gatehouse's screens.
    translatePhrase: (phrase): unknown => I18n.get(phrase) as unknown,
  };
}
