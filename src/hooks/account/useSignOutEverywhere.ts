import { useCallback } from 'react';
import { AuthError } from '../../client/errors.js';
import { useAccountAction, type AccountSectionState } from './action.js';
import { useAccount } from './context.js';

export interface SignOutEverywhereSection extends AccountSectionState {
  /** Ends every session of the account, this one included. */
  signOutEverywhere: () => void;
}

/** Signing out everywhere: every refresh token of the user is revoked, then this page signs out too. */
export function useSignOutEverywhere(): SignOutEverywhereSection {
  const { engine, emit } = useAccount();
  const action = useAccountAction(
    'signOutEverywhere',
    async () => {
      // Through the Authenticator's own sign-out, so that the app hears `signedOut` with reason `signOut`.
      await engine.signOut({ global: true });
      const { flow } = engine.getState();
      if (flow.authStatus === 'authenticated') throw flow.error ?? new AuthError({ name: 'Unknown', message: 'The sign-out did not happen.' });
    },
    () => {
      emit({ type: 'signedOutEverywhere' });
    },
  );
  const { run } = action;
  const signOutEverywhere = useCallback(() => void run(undefined), [run]);
  return { isPending: action.isPending, error: action.error, notice: undefined, signOutEverywhere };
}
