import { AuthError } from '../../errors.js';
import type { CodeDeliveryDetails, VerifiableUserAttributeKey } from '../../types.js';
import type { MessagePurpose, ResolvedConfig } from '../config.js';
import { codeRecord, generateCode } from './codes.js';
import { maskDestination } from './masking.js';
import { composeMessage } from './messages.js';
import type { Outbox } from './outbox.js';
import type { CodeRecord, UserRecord } from './records.js';

export interface ServiceContext {
  config: ResolvedConfig;
  outbox: Outbox;
}

export interface SentCode {
  record: CodeRecord;
  delivery: CodeDeliveryDetails;
}

/** Sends a fresh code to one of the user's contact attributes (or to `destination`, for a value not saved yet). */
export async function sendCode(
  ctx: ServiceContext,
  user: UserRecord,
  attribute: VerifiableUserAttributeKey,
  purpose: MessagePurpose,
  ttlMs: number,
  destination = user.attributes[attribute],
): Promise<SentCode> {
  if (destination === undefined) {
    throw new AuthError({
      name: 'InvalidParameterException',
      message: `Cannot send a code: the user has no ${attribute === 'email' ? 'email address' : 'phone number'}.`,
    });
  }
  const code = generateCode();
  const channel = attribute === 'email' ? 'EMAIL' : 'SMS';
  const { config } = ctx;
  const message = composeMessage(config.messages[purpose], purpose, channel, code);
  ctx.outbox.deliver({ channel, destination, text: message.text, code, purpose, username: user.username, ...(message.subject === undefined ? {} : { subject: message.subject }) });
  return {
    record: await codeRecord(code, config.clock() + ttlMs, config.codes.maxAttempts),
    delivery: { destination: maskDestination(destination), deliveryMedium: channel, attributeName: attribute },
  };
}

/** Where account codes go: the verified email, else the verified phone (Cognito's forgot-password rule). */
export function verifiedContact(user: UserRecord): VerifiableUserAttributeKey | undefined {
  if (user.attributes.email !== undefined && user.attributes.email_verified === 'true') return 'email';
  if (user.attributes.phone_number !== undefined && user.attributes.phone_number_verified === 'true') return 'phone_number';
  return undefined;
}
