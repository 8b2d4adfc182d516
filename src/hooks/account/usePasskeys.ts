import { useCallback, useMemo, useState } from 'react';
import type { WebAuthnCredential } from '../../client/types.js';
import type { ScreenError } from '../screens/screen-state.js';
import { useAccountAction, type AccountNotice, type AccountSectionState } from './action.js';
import { useAccount } from './context.js';
import { usePasskeyList, useReread } from './queries.js';

/** A passkey as the list shows it. */
export interface PasskeyItem {
  credentialId: string;
  /** Its name, or what kind of authenticator holds it when it has none. */
  name: string;
  createdAt: Date | undefined;
  /** When it last signed in, where the backend says (Cognito's list does not). */
  lastUsedAt: Date | undefined;
  credential: WebAuthnCredential;
}

export interface PasskeysSection extends AccountSectionState {
  isLoading: boolean;
  loadError: ScreenError | undefined;
  retry: () => void;
  passkeys: PasskeyItem[];
  /** Creates a passkey on this device (the browser asks for the fingerprint, face or screen lock). */
  addPasskey: () => void;
  isAdding: boolean;
  /** Asks to confirm the removal of one passkey. */
  askToRemove: (credentialId: string) => void;
  /** The passkey whose removal waits for a confirmation. */
  removal: { passkey: PasskeyItem; confirm: () => void; cancel: () => void; isPending: boolean; error: ScreenError | undefined } | undefined;
}

function lastUsed(credential: WebAuthnCredential): Date | undefined {
  const value: unknown = (credential as WebAuthnCredential & { lastUsedAt?: unknown }).lastUsedAt;
  return value instanceof Date ? value : undefined;
}

/** Passkeys: the list, adding one, removing one after a confirmation. */
export function usePasskeys(): PasskeysSection {
  const { client, translate, emit } = useAccount();
  const read = usePasskeyList();
  const reread = useReread();
  const [notice, setNotice] = useState<AccountNotice>();
  const [removing, setRemoving] = useState<string>();

  const passkeys = useMemo<PasskeyItem[]>(
    () =>
      (read.data ?? []).map((credential) => ({
        credentialId: credential.credentialId,
        name:
          credential.friendlyCredentialName ??
          translate(credential.authenticatorAttachment === 'cross-platform' ? 'account.passkeys.crossPlatform' : 'account.passkeys.platform'),
        createdAt: credential.createdAt,
        lastUsedAt: lastUsed(credential),
        credential,
      })),
    [read.data, translate],
  );

  const add = useAccountAction(
    'addPasskey',
    () => client.associateWebAuthnCredential(),
    async () => {
      await reread('passkeys');
      emit({ type: 'passkeyAdded' });
    },
  );
  const { run: runAdd, reset: resetAdd } = add;
  const addPasskey = useCallback(() => {
    setNotice(undefined);
    void runAdd(undefined).then((added) => {
      if (added) setNotice({ message: translate('account.passkeys.added') });
    });
  }, [runAdd, translate]);

  const remove = useAccountAction(
    'removePasskey',
    (credentialId: string) => client.deleteWebAuthnCredential({ credentialId }),
    async (_output, credentialId) => {
      await reread('passkeys');
      emit({ type: 'passkeyRemoved', credentialId });
    },
  );
  const { run: runRemove, reset: resetRemove } = remove;
  const pending = passkeys.find((passkey) => passkey.credentialId === removing);

  // A passkey already gone elsewhere: the list is read again, so it disappears from it.
  const removal = useMemo<PasskeysSection['removal']>(() => {
    if (pending === undefined) return undefined;
    return {
      passkey: pending,
      confirm: () => {
        void runRemove(pending.credentialId).then((removed) => {
          if (removed === undefined) return;
          if (removed) {
            setRemoving(undefined);
            setNotice({ message: translate('account.passkeys.removed', { name: pending.name }) });
          } else {
            void reread('passkeys');
          }
        });
      },
      cancel: () => {
        if (remove.isPending) return;
        resetRemove();
        setRemoving(undefined);
      },
      isPending: remove.isPending,
      error: remove.error,
    };
  }, [pending, runRemove, resetRemove, reread, translate, remove.isPending, remove.error]);

  return {
    isPending: add.isPending || remove.isPending,
    error: add.error,
    notice,
    isLoading: read.isLoading,
    loadError: read.error,
    retry: read.retry,
    passkeys,
    addPasskey,
    isAdding: add.isPending,
    askToRemove: (credentialId) => {
      setNotice(undefined);
      resetAdd();
      resetRemove();
      setRemoving(credentialId);
    },
    removal,
  };
}
