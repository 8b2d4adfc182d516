import { AuthError } from '../../errors.js';
import type { MessagePurpose } from '../config.js';
import type { ServiceContext } from './delivery.js';
import type { Database, UserRecord } from './records.js';

/**
 * Whom a code goes to, for counting: a user, or (when the pool hides which users exist) the sign-in name of
 * a user that does not exist, so that a decoy answer runs out exactly as a real one does.
 */
export type Recipient = { user: UserRecord } | { loginId: string };

function recipientKey(recipient: Recipient): string {
  return 'user' in recipient ? `user:${recipient.user.username}` : `login:${recipient.loginId.trim().toLowerCase()}`;
}

/**
 * Counts one more code of a kind for a recipient, or refuses it as Cognito does once too many were asked for
 * in the window (codes.sendLimit): LimitExceededException. A refused request is not counted.
 */
export function countCodeSend(ctx: ServiceContext, db: Database, purpose: MessagePurpose, recipient: Recipient): void {
  const { count, windowMs } = ctx.config.codes.sendLimit;
  const now = ctx.config.clock();
  const key = `${purpose}:${recipientKey(recipient)}`;
  const recent = (db.codeSends.get(key)?.sentAt ?? []).filter((sentAt) => sentAt > now - windowMs);
  if (recent.length >= count) {
    throw new AuthError({ name: 'LimitExceededException', message: 'Attempt limit exceeded, please try after some time.' });
  }
  recent.push(now);
  db.codeSends.set(key, { sentAt: recent, expiresAt: now + windowMs });
}
