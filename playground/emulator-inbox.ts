import type { Inbox, InboxMessage } from './inbox.ts';

/** One message of the emulator's `GET /_emulator/messages` (test/cognito/mailbox.ts). */
interface EmulatorMessage {
  channel: 'EMAIL' | 'SMS';
  destination: string;
  username: string;
  code: string;
  sentAt: string;
}

const POLL_INTERVAL_MS = 1000;

function isMessageList(value: unknown): value is { messages: EmulatorMessage[] } {
  return typeof value === 'object' && value !== null && 'messages' in value && Array.isArray(value.messages);
}

/** The emulator keeps the code, not the text it would have sent. */
function toInboxMessage(message: EmulatorMessage, index: number): InboxMessage {
  return {
    id: String(index),
    channel: message.channel,
    destination: message.destination,
    text: `Code: ${message.code}`,
    code: message.code,
    sentAt: new Date(message.sentAt),
  };
}

/**
 * The Cognito emulator's sent messages as the playground's inbox. The emulator cannot push, so the inbox polls
 * about every second while someone listens and the tab is visible (a hidden tab costs nothing). Its list only
 * grows, so a longer list is the only change; "Clear" hides what was sent so far.
 */
export function createEmulatorInbox(messagesUrl: string): Inbox {
  let received: readonly EmulatorMessage[] = [];
  let hidden = 0;
  let snapshot: readonly InboxMessage[] = [];
  const listeners = new Set<() => void>();
  let timer: ReturnType<typeof setInterval> | undefined;
  let polling = false;

  const publish = () => {
    snapshot = received.map(toInboxMessage).slice(hidden).reverse();
    for (const listener of listeners) listener();
  };

  const poll = async () => {
    if (polling || document.visibilityState !== 'visible') return;
    polling = true;
    try {
      const response = await fetch(messagesUrl, { cache: 'no-store' });
      const body: unknown = await response.json();
      if (!isMessageList(body) || body.messages.length === received.length) return;
      // A shorter list means a restarted emulator: nothing of the old one is hidden any more.
      if (body.messages.length < received.length) hidden = 0;
      received = body.messages;
      publish();
    } catch {
      // The emulator is stopping or restarting: the next poll tries again.
    } finally {
      polling = false;
    }
  };
  const pollNow = () => {
    void poll();
  };

  const start = () => {
    pollNow();
    timer = setInterval(pollNow, POLL_INTERVAL_MS);
    document.addEventListener('visibilitychange', pollNow);
  };
  const stop = () => {
    clearInterval(timer);
    document.removeEventListener('visibilitychange', pollNow);
  };

  return {
    subscribe: (listener) => {
      listeners.add(listener);
      if (listeners.size === 1) start();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) stop();
      };
    },
    getSnapshot: () => snapshot,
    clear: () => {
      hidden = received.length;
      publish();
    },
  };
}
