import type { MessagePurpose, MessageTemplate } from '../config.js';
import type { MessageChannel } from './outbox.js';

/** The texts the pool "sends": Cognito's defaults, or the pool's templates (Amplify's shapes). */

export interface ComposedMessage {
  subject?: string;
  text: string;
}

const DEFAULT_TEXT: Record<MessagePurpose, { subject: string; body: (code: string) => string }> = {
  signUp: { subject: 'Your verification code', body: (code) => `Your verification code is ${code}.` },
  signIn: { subject: 'Your sign-in code', body: (code) => `Your authentication code is ${code}.` },
  resetPassword: { subject: 'Your password reset code', body: (code) => `Your password reset code is ${code}.` },
  verifyAttribute: { subject: 'Your verification code', body: (code) => `Your verification code is ${code}.` },
};

/** A template that leaves out what the message is for would send a useless message: refuse it. */
export function mustHold(text: string, secret: string, what: string): void {
  if (!text.includes(secret)) throw new Error(`The ${what} template must include it (call the function it is given).`);
}

export function withSubject(channel: MessageChannel, subject: string, text: string): ComposedMessage {
  return channel === 'EMAIL' ? { subject, text } : { text };
}

export function composeMessage(template: MessageTemplate | undefined, purpose: MessagePurpose, channel: MessageChannel, code: string): ComposedMessage {
  const fallback = DEFAULT_TEXT[purpose];
  const custom = channel === 'EMAIL' ? template?.emailBody : template?.smsMessage;
  const text = custom ? custom(() => code) : fallback.body(code);
  mustHold(text, code, `${purpose} ${channel}`);
  return withSubject(channel, template?.emailSubject ?? fallback.subject, text);
}
