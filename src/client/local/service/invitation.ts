import { AuthError } from '../../errors.js';
import type { PasswordPolicy } from '../../types.js';
import type { ServiceContext } from './delivery.js';
import type { InvitationTemplate } from '../config.js';
import { mustHold, withSubject, type ComposedMessage } from './messages.js';
import type { MessageChannel } from './outbox.js';
import type { UserRecord } from './records.js';

/**
 * AdminCreateUser's invitation: a user created with a temporary password is sent it, with their sign-in
 * name, by email and/or SMS (DesiredDeliveryMediums), unless the administrator suppresses the message
 * (MessageAction SUPPRESS). Without a temporary password, Cognito makes one that meets the policy.
 */

const LOWER = 'abcdefghijkmnopqrstuvwxyz';
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';
const SYMBOLS = '!#$%&*+-=?@^_';

/** A uniformly random integer below `n` (rejection sampling: no modulo bias). */
function randomBelow(n: number): number {
  const limit = 2 ** 32 - (2 ** 32 % n);
  for (;;) {
    const [value = limit] = globalThis.crypto.getRandomValues(new Uint32Array(1));
    if (value < limit) return value % n;
  }
}

function pick(set: string): string {
  return set.charAt(randomBelow(set.length));
}

/** A random temporary password that meets the policy: every class, at least 12 characters, shuffled. */
export function generateTemporaryPassword(policy: PasswordPolicy): string {
  const all = LOWER + UPPER + DIGITS + SYMBOLS;
  const chars = [pick(LOWER), pick(UPPER), pick(DIGITS), pick(SYMBOLS)];
  while (chars.length < Math.max(12, policy.minLength)) chars.push(pick(all));
  // Fisher-Yates, so the four required classes are not always first.
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomBelow(i + 1);
    [chars[i], chars[j]] = [chars[j] ?? '', chars[i] ?? ''];
  }
  return chars.join('');
}

export type DeliveryMediumChoice = 'EMAIL' | 'SMS';

/** Where the invitation goes: the mediums asked for (each needs its attribute), else the user's email, else phone. */
function invitationChannels(user: UserRecord, mediums: readonly DeliveryMediumChoice[] | undefined): { channel: MessageChannel; destination: string }[] {
  const destinationOf = (medium: DeliveryMediumChoice) => (medium === 'EMAIL' ? user.attributes.email : user.attributes.phone_number);
  if (mediums !== undefined) {
    return mediums.map((medium) => {
      const destination = destinationOf(medium);
      if (destination === undefined) {
        throw new AuthError({
          name: 'InvalidParameterException',
          message: `User has no attribute matching desired delivery mediums: ${medium === 'EMAIL' ? 'email' : 'phone_number'}`,
        });
      }
      return { channel: medium, destination };
    });
  }
  const medium: DeliveryMediumChoice | undefined = user.attributes.email !== undefined ? 'EMAIL' : user.attributes.phone_number !== undefined ? 'SMS' : undefined;
  return medium === undefined ? [] : [{ channel: medium, destination: destinationOf(medium) ?? '' }];
}

/** Cognito's invitation (AdminCreateUser's InviteMessageTemplate): `{username}` and `{####}`. */
function composeInvitation(template: InvitationTemplate | undefined, channel: MessageChannel, username: string, temporaryPassword: string): ComposedMessage {
  const custom = channel === 'EMAIL' ? template?.emailBody : template?.smsMessage;
  const text = custom
    ? custom(() => username, () => temporaryPassword)
    : `Your username is ${username} and temporary password is ${temporaryPassword}.`;
  mustHold(text, temporaryPassword, `invitation ${channel}`);
  return withSubject(channel, template?.emailSubject ?? 'Your temporary password', text);
}

export function sendInvitation(ctx: ServiceContext, user: UserRecord, signInName: string, temporaryPassword: string, mediums: readonly DeliveryMediumChoice[] | undefined): void {
  const template = ctx.config.messages.invitation;
  for (const { channel, destination } of invitationChannels(user, mediums)) {
    const message = composeInvitation(template, channel, signInName, temporaryPassword);
    ctx.outbox.deliver({
      channel,
      destination,
      text: message.text,
      code: temporaryPassword,
      purpose: 'invitation',
      username: user.username,
      ...(message.subject === undefined ? {} : { subject: message.subject }),
    });
  }
}
