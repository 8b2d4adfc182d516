import type { MessagePurpose } from '../config.js';

export type MessageChannel = 'EMAIL' | 'SMS';

/** What a message is for: a code's purpose, or an administrator's invitation. */
export type OutboxPurpose = MessagePurpose | 'invitation';

/** A message the pool "sent". It lives in memory only: the outbox is never persisted. */
export interface OutboxMessage {
  id: string;
  channel: MessageChannel;
  /** The full address or phone number (the outbox stands in for the user's own inbox). */
  destination: string;
  subject?: string;
  text: string;
  /** What the message carries, as it appears in `text`: a code, a verification link, or a temporary password. */
  code: string;
  /** A verification link (sign-up with `verificationEmailStyle: 'LINK'`); follow it with `admin.followLink`. */
  link?: string;
  purpose: OutboxPurpose;
  username: string;
  sentAt: Date;
}

export type OutboxListener = (message: OutboxMessage) => void;

export class Outbox {
  private readonly sent: OutboxMessage[] = [];
  private readonly listeners = new Set<OutboxListener>();

  constructor(private readonly clock: () => number) {}

  deliver(message: Omit<OutboxMessage, 'id' | 'sentAt'>): void {
    const delivered: OutboxMessage = { ...message, id: crypto.randomUUID(), sentAt: new Date(this.clock()) };
    this.sent.push(delivered);
    for (const listener of this.listeners) listener(delivered);
  }

  /** Every message so far, oldest first. */
  messages(): readonly OutboxMessage[] {
    return [...this.sent];
  }

  /** The newest message to a destination, if any. */
  latest(destination: string): OutboxMessage | undefined {
    return this.sent.findLast((message) => message.destination.toLowerCase() === destination.toLowerCase());
  }

  subscribe(listener: OutboxListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  clear(): void {
    this.sent.length = 0;
  }
}
