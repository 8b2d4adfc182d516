import type { MessagePurpose, MessageTemplate } from '../config.js';

export type MessageChannel = 'EMAIL' | 'SMS';

/** A message the pool "sent". It lives in memory only: the outbox is never persisted. */
export interface OutboxMessage {
  id: string;
  channel: MessageChannel;
  /** The full address or phone number (the outbox stands in for the user's own inbox). */
  destination: string;
  subject?: string;
  text: string;
  code: string;
  purpose: MessagePurpose;
  username: string;
  sentAt: Date;
}

export type OutboxListener = (message: OutboxMessage) => void;

const DEFAULT_TEXT: Record<MessagePurpose, { subject: string; body: (code: string) => string }> = {
  signUp: { subject: 'Your verification code', body: (code) => `Your verification code is ${code}.` },
  signIn: { subject: 'Your sign-in code', body: (code) => `Your authentication code is ${code}.` },
  resetPassword: { subject: 'Your password reset code', body: (code) => `Your password reset code is ${code}.` },
  verifyAttribute: { subject: 'Your verification code', body: (code) => `Your verification code is ${code}.` },
};

export function composeMessage(
  template: MessageTemplate | undefined,
  purpose: MessagePurpose,
  channel: MessageChannel,
  code: string,
): { subject?: string; text: string } {
  const fallback = DEFAULT_TEXT[purpose];
  const custom = channel === 'EMAIL' ? template?.emailBody : template?.smsMessage;
  const text = custom ? custom(() => code) : fallback.body(code);
  if (!text.includes(code)) throw new Error(`The ${purpose} ${channel} template must include the code (call createCode()).`);
  return channel === 'EMAIL' ? { subject: template?.emailSubject ?? fallback.subject, text } : { text };
}

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
