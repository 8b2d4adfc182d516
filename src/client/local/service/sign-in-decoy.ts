import { AuthError } from '../../errors.js';
import type { AuthFactorType } from '../../types.js';
import { customStep, respondToCustomChallenge } from './custom-challenge.js';
import { decoyDelivery, decoyPasskeyOptions, decoyVerifier, unmatchableCode } from './decoys.js';
import type { ServiceContext } from './delivery.js';
import { lockedForAttempt, recordFailedPassword } from './lockout.js';
import { verifyPassword } from './password-hash.js';
import type { Database, SignInSession, UserRecord } from './records.js';
import { countCodeSend } from './send-limit.js';
import {
  challengeResponse,
  checkSessionCode,
  chosenFactor,
  endSession,
  notAuthorized,
  type AuthResponse,
  type RespondInput,
  type SessionBase,
} from './sign-in-session.js';
import { unreachable } from '../../unreachable.js';

/**
 * Sign-in for a user that does not exist, when the pool hides which users exist, and passwordless sign-in for
 * one that cannot sign in yet (disabled, unconfirmed, reset required): Cognito's answers, challenges and all,
 * failing only where a real user's wrong answer fails, with the same error.
 */

/**
 * A wrong password's answer for a sign-in name of no user, after the work a real check costs; such a name
 * locks out after as many attempts as a real account, for as long.
 */
export async function refuseDecoyPassword(ctx: ServiceContext, db: Database, loginId: string, password: string): Promise<never> {
  const { config } = ctx;
  const now = config.clock();
  const key = loginId.trim().toLowerCase();
  const state = db.decoyLockouts.get(key) ?? { failedSignIns: 0, expiresAt: now };
  const locked = lockedForAttempt(state, config, now);
  if (!locked) {
    await verifyPassword(password, decoyVerifier(config));
    recordFailedPassword(state, config, now);
  }
  // Kept while it can still matter: until the lock is over and the quiet period that forgets it has passed.
  db.decoyLockouts.set(key, { ...state, expiresAt: Math.max(state.lockedUntil ?? now, now + config.lockout.resetAfterMs) });
  throw notAuthorized(locked ? 'Password attempts exceeded' : undefined);
}

/**
 * A first factor's challenge. A password challenge for a real user is the real one: a correct password
 * then tells the user's status, as in the password flows.
 */
export async function startDecoyFactor(ctx: ServiceContext, db: Database, base: SessionBase, factor: AuthFactorType, user: UserRecord | undefined): Promise<AuthResponse> {
  const { config } = ctx;
  switch (factor) {
    case 'EMAIL_OTP':
    case 'SMS_OTP': {
      countCodeSend(ctx, db, 'signIn', user ? { user } : { loginId: base.loginId });
      const delivery = await decoyDelivery(config, db, base.loginId, factor === 'EMAIL_OTP' ? 'email' : 'phone_number');
      return challengeResponse(ctx, db, base, { name: factor, code: unmatchableCode(config, config.codes.signInTtlMs), factor: 'first' }, { name: factor, delivery }, { decoy: true });
    }
    case 'PASSWORD':
    case 'PASSWORD_SRP':
      return challengeResponse(ctx, db, base, { name: 'PASSWORD' }, { name: 'PASSWORD' }, user ? {} : { decoy: true });
    case 'WEB_AUTHN': {
      const options = await decoyPasskeyOptions(config, db, base.loginId);
      return challengeResponse(ctx, db, base, { name: 'WEB_AUTHN', challenge: options.challenge }, { name: 'WEB_AUTHN', options }, { decoy: true });
    }
    default: {
      return unreachable(factor, 'factor');
    }
  }
}

export function decoySelection(ctx: ServiceContext, db: Database, base: SessionBase, available: AuthFactorType[]): AuthResponse {
  return challengeResponse(ctx, db, base, { name: 'SELECT_CHALLENGE', available }, { name: 'SELECT_CHALLENGE', available }, { decoy: true });
}

/** A custom challenge for a user that does not exist. */
export function startDecoyCustomChallenge(ctx: ServiceContext, db: Database, base: SessionBase): Promise<AuthResponse> {
  return customStep(ctx, db, undefined, base, []);
}

/** An answer to a decoy challenge: refused as a real user's wrong answer is, attempts and expiry included. */
export async function respondToDecoy(ctx: ServiceContext, db: Database, session: SignInSession, input: RespondInput): Promise<AuthResponse> {
  const pending = session.challenge;
  const user = session.username === '' ? undefined : db.users.get(session.username);
  switch (pending.name) {
    case 'SELECT_CHALLENGE': {
      const factor = chosenFactor(pending.available, input.response);
      endSession(db, session);
      return startDecoyFactor(ctx, db, session, factor, user);
    }
    case 'EMAIL_OTP':
    case 'SMS_OTP':
      await checkSessionCode(ctx, db, session, pending.code, input.response);
      // Unreachable: no code matches a decoy's record.
      throw notAuthorized();
    case 'PASSWORD':
      return refuseDecoyPassword(ctx, db, session.loginId, input.response);
    case 'CUSTOM_CHALLENGE':
      return respondToCustomChallenge(ctx, db, session, undefined, pending, input.response);
    case 'WEB_AUTHN':
      if (!input.credential) throw new AuthError({ name: 'InvalidParameterException', message: 'A passkey response is required.' });
      throw notAuthorized('This passkey is not registered for the user.');
    case 'NEW_PASSWORD_REQUIRED':
    case 'SMS_MFA':
    case 'SOFTWARE_TOKEN_MFA':
    case 'SELECT_MFA_TYPE':
    case 'MFA_SETUP':
    case 'DEVICE_SRP_AUTH':
      // Decoys end at the first factor: nobody gets further.
      endSession(db, session);
      throw notAuthorized();
    default: {
      return unreachable(pending, 'pending');
    }
  }
}
