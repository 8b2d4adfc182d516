// USER_SRP_AUTH's two legs: InitiateAuth answers SRP_A with PASSWORD_VERIFIER (salt, B, a secret block), and
// RespondToAuthChallenge checks the client's PASSWORD_CLAIM_SIGNATURE over it.
import type { User } from 'cognito-local/lib/services/userPoolService.js';
import { afterVerifiedPassword, assertKnownDevice, openChallenge, type AuthOutput, type ChallengeOutput, type Step } from './challenges.js';
import { poolName } from './emulator-services.js';
import { cognitoError } from './errors.js';
import type { ChallengeSession } from './sessions.js';
import { claimSignature, parseTimestamp, randomNumber, serverChallenge, serverKey, signaturesMatch } from './srp.js';

/** How far the client's TIMESTAMP may be from the server's clock. */
const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;

function parseA(srpA: string): bigint {
  if (!/^[0-9a-fA-F]+$/.test(srpA)) throw cognitoError.invalidParameter('SRP_A is not a hexadecimal number');
  return BigInt(`0x${srpA}`);
}

/**
 * The PASSWORD_VERIFIER challenge. For a user who does not exist (on a client that hides it) the numbers are made
 * from a random password, so the answer fails as a wrong password does. The secret block is the session's id.
 */
export function passwordVerifierChallenge(step: Step, user: User | undefined, srpA: string, username?: string): ChallengeOutput {
  const A = parseA(srpA);
  const userId = user?.Username ?? username ?? '';
  const password = user?.Password ?? randomNumber(32).toString(36);
  const srp = serverChallenge(poolName(step.context.pool), userId, password);
  const placeholder = openChallenge(step, user, 'PASSWORD_VERIFIER', {});
  const secretBlock = placeholder.Session;
  const session = step.services.sessions.get(secretBlock);
  if (session) session.srp = { ...srp, A, secretBlock };
  return {
    ...placeholder,
    ChallengeParameters: {
      SALT: srp.salt.toString(16),
      SECRET_BLOCK: secretBlock,
      SRP_B: srp.B.toString(16),
      USERNAME: userId,
      USER_ID_FOR_SRP: userId,
    },
  };
}

/** The user whose claim holds; throws as Cognito does for any claim that does not. */
function claimant(step: Step, srp: NonNullable<ChallengeSession['srp']>, user: User | undefined, responses: Record<string, string>): User {
  const timestamp = responses.TIMESTAMP ?? '';
  const signedAt = parseTimestamp(timestamp);
  if (!signedAt) throw cognitoError.invalidParameter('TIMESTAMP format should be EEE MMM d HH:mm:ss z yyyy in english.');
  if (Math.abs(signedAt.getTime() - Date.now()) > MAX_CLOCK_SKEW_MS) throw cognitoError.incorrectCredentials();
  if (!user) throw cognitoError.incorrectCredentials();
  if (user.UserStatus === 'RESET_REQUIRED') throw cognitoError.passwordResetRequired();
  const key = serverKey(srp, srp.A);
  const claimed = responses.PASSWORD_CLAIM_SIGNATURE ?? '';
  if (!key || !signaturesMatch(claimSignature(key, poolName(step.context.pool), user.Username, srp.secretBlock, timestamp), claimed)) {
    throw cognitoError.incorrectCredentials();
  }
  return user;
}

/**
 * Checks the claim of a PASSWORD_VERIFIER answer. The verifier's session is spent, except when the claim holds but
 * names a device the pool does not know: Amplify then forgets its device key and sends the same claim again.
 */
export async function verifyPasswordClaim(step: Step, session: ChallengeSession, user: User | undefined, responses: Record<string, string>): Promise<AuthOutput> {
  const { srp } = session;
  if (!srp) throw cognitoError.invalidSession();
  let verified: User;
  try {
    verified = claimant(step, srp, user, responses);
  } catch (error) {
    step.services.sessions.close(srp.secretBlock);
    throw error;
  }
  assertKnownDevice(step, verified);
  step.services.sessions.close(srp.secretBlock);
  return afterVerifiedPassword(step, verified);
}
