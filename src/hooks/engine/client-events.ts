import { toAuthError } from '../../client/errors.js';
import type { AuthClient, AuthEvent } from '../../client/types.js';
import { hasSession, isStartRouteName } from '../../core/route-table.js';
import { unreachable } from '../../core/unreachable.js';
import type { ActionDeps } from './deps.js';
import type { Store } from './store.js';

export type SignedOutReason = 'signOut' | 'sessionExpired' | 'otherTab' | 'accountDeleted';

/** The user's session ended (a sign-out, another tab, an expired refresh): back to the start, and the app hears why. */
export function signedOut(store: Store, deps: ActionDeps, reason: SignedOutReason): void {
  const { authStatus, user, route } = store.getState().flow;
  deps.memory.unconfirmed = undefined;
  if (authStatus !== 'authenticated' && user === undefined && !hasSession(route.name)) return;
  store.dispatch({ type: 'signedOut' });
  deps.settings().onAuthEvent?.({ type: 'signedOut', reason });
}

/** Listens to the client's events (Amplify's Hub `auth` channel, or the local pool's) and moves the flow. */
export function bridgeClientEvents(client: AuthClient, store: Store, deps: ActionDeps, loadLaterWords: () => Promise<unknown>): () => void {
  let stopped = false;
  const unsubscribe = client.subscribe((event: AuthEvent) => {
    const { pending } = store.getState();
    switch (event.event) {
      case 'signedIn':
        // The flow's own sign-in is finished by the action that started it (account checks first).
        if (pending === undefined) store.dispatch({ type: 'signedIn', user: event.data });
        return;
      case 'signedOut': {
        const reason = deps.memory.deletingAccount === true ? 'accountDeleted' : pending === 'signOut' ? 'signOut' : 'otherTab';
        deps.memory.deletingAccount = false;
        signedOut(store, deps, reason);
        return;
      }
      case 'tokenRefresh_failure':
        // As in Amplify UI: a refresh that failed for want of a network ends nothing (Amplify keeps the tokens
        // and the next call tries again); any other failure means the session is over.
        if (event.data.error.name === 'NetworkError') return;
        signedOut(store, deps, 'sessionExpired');
        return;
      case 'signInWithRedirect':
        store.dispatch({ type: 'redirected' });
        return;
      case 'signInWithRedirect_failure': {
        // Back from the provider with a refusal (a pre sign-up rule, say): the start screen says so, once the
        // words for it have come, unless the user has moved on meanwhile.
        const error = toAuthError(event.data.error);
        void loadLaterWords()
          .catch(() => undefined)
          .then(() => {
            if (!stopped && isStartRouteName(store.getState().flow.route.name)) store.dispatch({ type: 'failed', error });
          });
        return;
      }
      case 'tokenRefresh':
        return;
      default:
        unreachable(event, 'client event');
    }
  });
  return () => {
    stopped = true;
    unsubscribe();
  };
}
