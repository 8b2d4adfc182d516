import type { Message } from 'cognito-local/lib/services/messages.js';
import type { MessageSender } from 'cognito-local/lib/services/messageDelivery/messageSender.js';
import type { User } from 'cognito-local/lib/services/userPoolService.js';

/** An email or SMS the emulator "sent". */
export interface SentMessage {
  channel: 'EMAIL' | 'SMS';
  /** The email address or phone number, unmasked. */
  destination: string;
  /** The pool's username of the recipient. */
  username: string;
  code: string;
  sentAt: string;
}

/** Keeps every message instead of sending it, so that tests and the playground can read the codes. */
export class Mailbox implements MessageSender {
  readonly messages: SentMessage[] = [];

  record(channel: SentMessage['channel'], user: Pick<User, 'Username'>, destination: string, code: string): void {
    this.messages.push({ channel, destination, username: user.Username, code, sentAt: new Date().toISOString() });
  }

  sendEmail(_ctx: unknown, user: User, destination: string, message: Message): Promise<void> {
    this.record('EMAIL', user, destination, message.__code ?? '');
    return Promise.resolve();
  }

  sendSms(_ctx: unknown, user: User, destination: string, message: Message): Promise<void> {
    this.record('SMS', user, destination, message.__code ?? '');
    return Promise.resolve();
  }
}
