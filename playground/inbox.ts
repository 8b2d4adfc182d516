import { useSyncExternalStore } from 'react';
import type { LocalAuthClient, OutboxMessage } from '../src/local.ts';

/** What the inbox panel shows of a message: the local pool's outbox messages, or the emulator's. */
export type InboxMessage = Pick<OutboxMessage, 'id' | 'channel' | 'destination' | 'subject' | 'text' | 'code' | 'sentAt'>;

export interface Inbox {
  subscribe: (listener: () => void) => () => void;
  /** Every delivered message, newest first; a new array only when the outbox changes. */
  getSnapshot: () => readonly InboxMessage[];
  clear: () => void;
}

/** The pool's outbox as an external store for React. */
export function createInbox(client: LocalAuthClient): Inbox {
  const newestFirst = () => [...client.outbox.messages()].reverse();
  let snapshot: readonly OutboxMessage[] = newestFirst();
  const listeners = new Set<() => void>();
  const refresh = () => {
    snapshot = newestFirst();
    for (const listener of listeners) listener();
  };
  client.outbox.subscribe(refresh);
  return {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    getSnapshot: () => snapshot,
    clear: () => {
      client.outbox.clear();
      refresh();
    },
  };
}

export function useInbox(inbox: Inbox): readonly InboxMessage[] {
  return useSyncExternalStore(inbox.subscribe, inbox.getSnapshot);
}
