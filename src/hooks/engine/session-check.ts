import { AuthError, toAuthError } from '../../client/errors.js';
import type { AuthClient, ResumeSignInOutput } from '../../client/types.js';
import type { Store } from './store.js';

const SIGN_IN_ENDED = new AuthError({ name: 'NotAuthorizedException', message: 'Invalid session for the user, session is expired.', reason: 'signInSessionEnded' });

/** After a failed look (offline, throttled), the check is tried again this many times, waiting longer each time. */
const RETRIES = 3;
const FIRST_RETRY_MS = 2000;

/**
 * The look for a session at start, with the client's own `getCurrentUser` (as Amplify UI does: an app's
 * `services.getCurrentUser` is for after a sign-in). Nobody signed in settles the flow at once. A look that
 * fails for another reason (the network) settles it too, so the form is usable, and is tried again: a
 * session found later signs the user in, unless a sign-in of theirs has started meanwhile. A plain call, not a
 * query: nothing reads its answer from a cache, and TanStack's core then need not load before the first screen.
 */
export function checkSession(client: AuthClient, store: Store, loadLaterWords: () => Promise<unknown>): { stop: () => void } {
  let stopped = false;
  // Read through a function: a stop can come while a look is awaited.
  const isStopped = () => stopped;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const attempt = (tries: number) => {
    // A client that throws at once is answered like one that rejects.
    new Promise<Awaited<ReturnType<AuthClient['getCurrentUser']>>>((resolve) => {
      resolve(client.getCurrentUser());
    }).then(
      (user) => {
        if (stopped) return;
        if (store.getState().flow.authStatus === 'configuring') store.dispatch({ type: 'sessionChecked', user });
        else store.dispatch({ type: 'signedIn', user, method: 'restoredSession' });
      },
      async (error: unknown) => {
        if (stopped) return;
        const signedOut = toAuthError(error).name === 'UserUnAuthenticatedException';
        // Nobody signed in: a sign-in this page left in progress (a reload mid sign-in) goes on at its step.
        const resumed = signedOut && tries === 0 ? await client.resumeSignIn().catch((): ResumeSignInOutput => ({ status: 'none' })) : { status: 'none' as const };
        // The step it goes on at, or the message that it ended, needs the later words: both show at once with them.
        if (resumed.status !== 'none') await loadLaterWords().catch(() => undefined);
        if (isStopped()) return;
        // Only while nothing else has happened: a user who started meanwhile is not taken elsewhere.
        const untouched = store.getState().flow.authStatus === 'configuring';
        store.dispatch({ type: 'sessionChecked' });
        if (untouched && resumed.status === 'inProgress') store.dispatch({ type: 'signInResult', output: { isSignedIn: false, nextStep: resumed.nextStep }, username: resumed.username });
        if (untouched && resumed.status === 'expired') store.dispatch({ type: 'failed', error: SIGN_IN_ENDED });
        if (signedOut || tries >= RETRIES) return;
        timer = setTimeout(() => {
          attempt(tries + 1);
        }, FIRST_RETRY_MS * 2 ** tries);
      },
    );
  };
  attempt(0);
  return {
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
