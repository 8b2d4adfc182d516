import type { ChallengeResult, CustomAuthEvent, CustomAuthTriggers } from '../config.js';
import type { ServiceContext } from './delivery.js';
import type { Database, PendingChallenge, SignInSession, UserRecord } from './records.js';
import { assertCanSignIn, challengeResponse, endSession, notAuthorized, tokensFor, type AuthResponse, type SessionBase } from './sign-in-session.js';

/** Cognito's custom authentication: the three Lambda triggers, as functions of the pool's configuration. */

type CustomPending = Extract<PendingChallenge, { name: 'CUSTOM_CHALLENGE' }>;

function defaultDefine(event: CustomAuthEvent): { issueTokens: boolean; failAuthentication: boolean } {
  const last = event.session.at(-1);
  if (last?.challengeName === 'CUSTOM_CHALLENGE' && last.challengeResult) return { issueTokens: true, failAuthentication: false };
  const failures = event.session.filter((r) => r.challengeName === 'CUSTOM_CHALLENGE' && !r.challengeResult).length;
  return { issueTokens: false, failAuthentication: failures >= 3 };
}

function triggersOf(ctx: ServiceContext): CustomAuthTriggers {
  const triggers = ctx.config.customAuth;
  if (!triggers) throw notAuthorized('Custom auth lambda trigger is not configured for the user pool.');
  return triggers;
}

/** The user's event, or a decoy's: Cognito's `userNotFound`, with the name the sign-in gave and no attributes. */
function eventFor(user: UserRecord | undefined, base: SessionBase, history: readonly ChallengeResult[]): CustomAuthEvent {
  return user
    ? { username: user.username, userAttributes: { ...user.attributes }, session: history, clientMetadata: base.clientMetadata }
    : { username: base.loginId, userAttributes: {}, session: history, clientMetadata: base.clientMetadata, userNotFound: true };
}

/**
 * The next round: define decides, create makes the challenge. For a user that does not exist (`user`
 * undefined) the round is a decoy: it runs the same triggers, and ends in failure where a real one would
 * issue tokens. A user whose status forbids signing in learns so only once the challenges are answered.
 */
export async function customStep(ctx: ServiceContext, db: Database, user: UserRecord | undefined, base: SessionBase, history: ChallengeResult[]): Promise<AuthResponse> {
  const triggers = triggersOf(ctx);
  const event = eventFor(user, base, history);
  const decision = await (triggers.defineAuthChallenge ?? defaultDefine)(event);
  if (decision.failAuthentication) throw notAuthorized();
  if (decision.issueTokens) {
    if (!user) throw notAuthorized();
    assertCanSignIn(user);
    return tokensFor(ctx, db, user, base);
  }
  const created = await triggers.createAuthChallenge(event);
  const pending: CustomPending = {
    name: 'CUSTOM_CHALLENGE',
    privateParameters: created.privateChallengeParameters,
    history,
    ...(created.challengeMetadata === undefined ? {} : { metadata: created.challengeMetadata }),
  };
  return challengeResponse(ctx, db, base, pending, { name: 'CUSTOM_CHALLENGE', parameters: created.publicChallengeParameters }, user ? {} : { decoy: true });
}

/** An answer to a custom challenge; a decoy's answer is checked as any other, and always counts as wrong. */
export async function respondToCustomChallenge(ctx: ServiceContext, db: Database, session: SignInSession, user: UserRecord | undefined, pending: CustomPending, answer: string): Promise<AuthResponse> {
  const triggers = triggersOf(ctx);
  const event = eventFor(user, session, pending.history);
  const { answerCorrect } = await triggers.verifyAuthChallengeResponse({ ...event, privateChallengeParameters: pending.privateParameters, challengeAnswer: answer });
  endSession(db, session);
  const result: ChallengeResult = {
    challengeName: 'CUSTOM_CHALLENGE',
    challengeResult: user !== undefined && answerCorrect,
    ...(pending.metadata === undefined ? {} : { challengeMetadata: pending.metadata }),
  };
  return customStep(ctx, db, user, session, [...pending.history, result]);
}
