import { useCallback, useEffect, useState } from 'react';
import type { AuthUser } from '../../client/types.js';
import { useAccountAction, type AccountSectionState } from './action.js';
import { useAccount } from './context.js';

/** Amplify UI's states of the deletion. */
export type DeleteUserState = 'IDLE' | 'CONFIRMATION' | 'DELETING' | 'DONE' | 'ERROR';

export interface DeleteUserOptions {
  /** Deletes the account the app's way (its own clean-up first, say) instead of the client's `deleteUser`. */
  handleDelete?: (user: AuthUser) => Promise<void> | void;
  onSuccess?: () => void;
  onError?: (error: Error) => void;
}

export interface DeleteUserSection extends AccountSectionState {
  state: DeleteUserState;
  /** What the user types to confirm: the name they sign in with, or a word where there is none. */
  confirmationPhrase: string;
  /** Whether what was typed is the phrase (spaces around it and letter case aside). */
  isConfirmation: (typed: string) => boolean;
  /** Opens the confirmation. */
  startConfirmation: () => void;
  /** Closes it without deleting anything. */
  cancel: () => void;
  /** Deletes the account. */
  confirm: () => void;
}

const INTERNAL_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Deleting the account: a confirmation, then the deletion; the user is signed out by it. */
export function useDeleteUser({ handleDelete, onSuccess, onError }: DeleteUserOptions = {}): DeleteUserSection {
  const { client, engine, user, translate, emit } = useAccount();
  const [state, setState] = useState<DeleteUserState>('IDLE');
  const action = useAccountAction(
    'deleteUser',
    async () => {
      // The client signs the user out as it deletes the account: the app hears why.
      engine.deletingAccount(true);
      try {
        if (handleDelete) await handleDelete(user);
        else await client.deleteUser();
      } catch (error) {
        engine.deletingAccount(false);
        throw error;
      }
    },
    () => {
      emit({ type: 'accountDeleted' });
    },
  );
  // The pool's internal username of an email or phone pool is a UUID nobody knows by heart: then a word.
  const confirmationPhrase = user.signInDetails?.loginId ?? (INTERNAL_ID.test(user.username) ? translate('account.delete.word') : user.username);
  const isConfirmation = useCallback((typed: string) => typed.trim().toLowerCase() === confirmationPhrase.toLowerCase(), [confirmationPhrase]);
  const { run, reset } = action;
  const confirm = useCallback(() => {
    void run(undefined).then((deleted) => {
      // A second confirm while the first runs changes nothing.
      if (deleted === undefined) return;
      setState(deleted ? 'DONE' : 'ERROR');
      if (deleted) onSuccess?.();
    });
    setState((current) => (current === 'DONE' ? current : 'DELETING'));
  }, [run, onSuccess]);
  const { authError } = action;
  useEffect(() => {
    if (authError !== undefined) onError?.(authError);
    // Once per failure.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [authError]);
  return {
    isPending: action.isPending,
    error: action.error,
    notice: undefined,
    state,
    confirmationPhrase,
    isConfirmation,
    startConfirmation: () => {
      reset();
      setState('CONFIRMATION');
    },
    cancel: () => {
      if (!action.isPending) setState('IDLE');
    },
    confirm,
  };
}
