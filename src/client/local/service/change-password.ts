import { AuthError } from '../../errors.js';
import { decoyVerifier } from './decoys.js';
import type { ServiceContext } from './delivery.js';
import { lockedForAttempt, recordFailedPassword, resetLockout } from './lockout.js';
import { hashPassword, verifyPassword } from './password-hash.js';
import { assertPasswordAllowed, assertPasswordLength } from './passwords.js';
import type { UserRecord } from './records.js';
import { INCORRECT } from './sign-in-session.js';

/**
 * ChangePassword for a signed-in user. A wrong previous password counts toward the same lockout as a wrong
 * one at sign-in; while the account is locked Cognito answers this call with LimitExceededException (sign-in
 * says NotAuthorizedException). Other sessions stay signed in, as Cognito leaves them.
 */
export async function changePassword(ctx: ServiceContext, user: UserRecord, previous: string, proposed: string): Promise<void> {
  const { config } = ctx;
  assertPasswordLength(previous);
  assertPasswordLength(proposed);
  if (previous === '' || proposed === '') {
    throw new AuthError({ name: 'InvalidParameterException', message: 'Both the previous and the proposed password are required.' });
  }
  const now = config.clock();
  if (lockedForAttempt(user, config, now)) {
    throw new AuthError({ name: 'LimitExceededException', message: 'Attempt limit exceeded, please try after some time.' });
  }
  // A user without a password costs the same hashing, and is told the same.
  const correct = await verifyPassword(previous, user.password ?? decoyVerifier(config));
  if (!correct || user.password === undefined) {
    recordFailedPassword(user, config, now);
    throw new AuthError({ name: 'NotAuthorizedException', message: INCORRECT });
  }
  resetLockout(user);
  assertPasswordAllowed(ctx, proposed);
  user.password = await hashPassword(proposed, config.passwordHashIterations);
  user.updatedAt = now;
}
