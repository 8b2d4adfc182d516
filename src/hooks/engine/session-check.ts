import type { QueryClient } from '@tanstack/react-query';
import { toAuthError } from '../../client/errors.js';
import type { AuthClient } from '../../client/types.js';
import type { Store } from './store.js';

/** After a failed look (offline, throttled), the check is tried again this many times, waiting longer each time. */
const RETRIES = 3;
const FIRST_RETRY_MS = 2000;

/**
 * The look for a session at start, with the client's own `getCurrentUser` (as Amplify UI does: an app's
 * `services.getCurrentUser` is for after a sign-in). Nobody signed in settles the flow at once. A look that
 * fails for another reason (the network) settles it too, so the form is usable, and is tried again: a
 * session found later signs the user in, unless a sign-in of theirs has started meanwhile.
 */
export function checkSession(client: AuthClient, queryClient: QueryClient, key: string, store: Store): { stop: () => void } {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const attempt = (tries: number) => {
    queryClient.query({ queryKey: ['gatehouse', key, 'currentUser', tries], queryFn: () => client.getCurrentUser(), retry: false, staleTime: 0 }).then(
      (user) => {
        if (stopped) return;
        if (store.getState().flow.authStatus === 'configuring') store.dispatch({ type: 'sessionChecked', user });
        else store.dispatch({ type: 'signedIn', user, method: 'restoredSession' });
      },
      (error: unknown) => {
        if (stopped) return;
        store.dispatch({ type: 'sessionChecked' });
        if (toAuthError(error).name === 'UserUnAuthenticatedException' || tries >= RETRIES) return;
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
