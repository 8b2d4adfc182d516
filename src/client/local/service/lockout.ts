import type { ResolvedConfig } from '../config.js';
import type { UserRecord } from './records.js';

/**
 * Cognito's lockout after wrong passwords: from the `maxAttempts`-th failure on, each one locks the account
 * for `durationMs`, doubled for every further failure, up to `maxDurationMs` (by default 1 s, 2 s, 4 s, …,
 * about 15 minutes). Attempts during a lock are refused and do not lengthen the next one; a success once the
 * lock is over, or `resetAfterMs` without any attempt, starts the count again.
 */
type LockoutState = Pick<UserRecord, 'failedSignIns' | 'lockedUntil' | 'lastSignInAttemptAt'>;

export function resetLockout(state: LockoutState): void {
  state.failedSignIns = 0;
  delete state.lockedUntil;
  delete state.lastSignInAttemptAt;
}

/**
 * Notes a password attempt at `now` and says whether the account is locked for it. Call it before checking the
 * password: a locked account refuses even the right one.
 */
export function lockedForAttempt(state: LockoutState, config: ResolvedConfig, now: number): boolean {
  const quietSince = state.lastSignInAttemptAt;
  if (quietSince !== undefined && now - quietSince >= config.lockout.resetAfterMs) resetLockout(state);
  state.lastSignInAttemptAt = now;
  return state.lockedUntil !== undefined && state.lockedUntil > now;
}

export function recordFailedPassword(state: LockoutState, config: ResolvedConfig, now: number): void {
  const { maxAttempts, durationMs, maxDurationMs } = config.lockout;
  state.failedSignIns += 1;
  const beyond = state.failedSignIns - maxAttempts;
  if (beyond >= 0) state.lockedUntil = now + Math.min(durationMs * 2 ** beyond, maxDurationMs);
}
