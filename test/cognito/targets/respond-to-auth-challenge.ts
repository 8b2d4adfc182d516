// RespondToAuthChallenge for every challenge this emulator hands out. Each answer must come with the session of its
// challenge; a wrong code keeps the session for another try.
import type { User } from 'cognito-local/lib/services/userPoolService.js';
import { TOTP } from 'otpauth';
import { afterPassword, customChallenge, isMfaMethod, mfaChallenge, missingRequiredAttributes, tokens, type AuthOutput, type Step } from '../challenges.js';
import { deviceVerifierChallenge, verifyDeviceClaim } from '../device-verifier.js';
import { clientContext, mapField, stringField, type EmulatorServices, type Target } from '../emulator-services.js';
import { cognitoError } from '../errors.js';
import { startFirstFactor, type FirstFactor } from '../first-factors.js';
import { verifyPasswordClaim } from '../password-verifier.js';
import { assertPasswordPolicy } from '../password-policy.js';
import type { ChallengeSession } from '../sessions.js';
import { passwordChecker } from './initiate-auth.js';

export function totpMatches(secret: string, code: string): boolean {
  return new TOTP({ secret, digits: 6, period: 30, algorithm: 'SHA1' }).validate({ token: code, window: 1 }) !== null;
}

export const RespondToAuthChallenge =
  (services: EmulatorServices): Target =>
  async (ctx, request) => {
    const context = await clientContext(services, ctx, stringField(request, 'ClientId'));
    const challenge = stringField(request, 'ChallengeName');
    const responses = mapField(request, 'ChallengeResponses');
    // PASSWORD_VERIFIER's state travels in the secret block; every other challenge's in the Session.
    const sessionId = challenge === 'PASSWORD_VERIFIER' ? responses.PASSWORD_CLAIM_SECRET_BLOCK : stringField(request, 'Session');
    const session = services.sessions.get(sessionId);
    if (!session || session.challenge !== challenge || session.clientId !== context.client.ClientId) throw cognitoError.invalidSession();
    // A DEVICE_KEY comes with whichever answer the client sends first; the session keeps it for the steps after.
    const step: Step = { services, ctx, context, flow: session.flow, deviceKey: responses.DEVICE_KEY ?? session.deviceKey };
    const user = session.username === undefined ? undefined : ((await context.pool.getUserByUsername(ctx, session.username)) ?? undefined);
    if (challenge === 'PASSWORD_VERIFIER') return verifyPasswordClaim(step, session, user, responses);
    if (!user) throw cognitoError.incorrectCredentials();
    // A step that fails (a wrong code, a refused password) leaves the session open for another try.
    const answered = async (output: AuthOutput | Promise<AuthOutput>): Promise<AuthOutput> => {
      const result = await output;
      services.sessions.close(sessionId ?? '');
      return result;
    };
    switch (session.challenge) {
      case 'SMS_MFA':
      case 'SMS_OTP':
      case 'EMAIL_OTP': {
        const code = responses[`${session.challenge}_CODE`];
        if (!code || code !== session.code) throw cognitoError.invalidCode();
        // A passwordless first factor is the whole sign-in; SMS MFA was its second step.
        return answered(tokens(step, user));
      }
      case 'SOFTWARE_TOKEN_MFA': {
        const secret = user.SoftwareTokenMfaConfiguration?.Secret;
        const code = responses.SOFTWARE_TOKEN_MFA_CODE ?? '';
        if (!secret || !totpMatches(secret, code)) throw cognitoError.invalidCode();
        return answered(tokens(step, user));
      }
      case 'SELECT_MFA_TYPE': {
        const answer = responses.ANSWER;
        if (!isMfaMethod(answer)) throw cognitoError.invalidParameter('Invalid MFA type');
        return answered(mfaChallenge(step, user, answer));
      }
      case 'DEVICE_SRP_AUTH':
        return answered(deviceVerifierChallenge(step, user, responses));
      case 'DEVICE_PASSWORD_VERIFIER':
        return verifyDeviceClaim(step, session, user, responses);
      case 'MFA_SETUP':
        if (!session.totp?.verified) throw cognitoError.invalidParameter('MFA has not been set up: verify a software token first');
        return answered(tokens(step, user));
      case 'NEW_PASSWORD_REQUIRED':
        return answered(completeNewPassword(step, user, responses));
      case 'SELECT_CHALLENGE': {
        const factor = responses.ANSWER as FirstFactor | undefined;
        if (!factor || !['PASSWORD', 'PASSWORD_SRP', 'EMAIL_OTP', 'SMS_OTP'].includes(factor)) throw cognitoError.invalidParameter('Invalid ANSWER');
        return answered(startFirstFactor(step, user, factor, { password: responses.PASSWORD, srpA: responses.SRP_A }, passwordChecker(step)));
      }
      case 'CUSTOM_CHALLENGE':
        return answered(customAnswer(step, { ...session, id: sessionId ?? '' }, user, responses.ANSWER ?? ''));
      default:
        throw cognitoError.invalidSession();
    }
  };

async function completeNewPassword(step: Step, user: User, responses: Record<string, string>): Promise<AuthOutput> {
  const password = responses.NEW_PASSWORD;
  if (!password) throw cognitoError.invalidParameter('Missing required parameter NEW_PASSWORD');
  assertPasswordPolicy(step.context.pool, password);
  const given = Object.entries(responses)
    .filter(([key]) => key.startsWith('userAttributes.'))
    .map(([key, value]) => ({ Name: key.slice('userAttributes.'.length), Value: value }));
  const updated: User = {
    ...user,
    Attributes: [...user.Attributes.filter((a) => !given.some((g) => g.Name === a.Name)), ...given],
    Password: password,
    UserStatus: 'CONFIRMED',
    UserLastModifiedDate: step.services.clock.get(),
  };
  const missing = missingRequiredAttributes(step, updated);
  if (missing[0] !== undefined) throw cognitoError.invalidParameter(`Missing required attribute ${missing[0].slice('userAttributes.'.length)}`);
  await step.context.pool.saveUser(step.ctx, updated);
  return afterPassword(step, updated);
}

async function customAnswer(step: Step, session: ChallengeSession & { id: string }, user: User, answer: string): Promise<AuthOutput> {
  if (answer === session.code) return tokens(step, user);
  const attempts = (session.customAttempts ?? 0) + 1;
  if (attempts >= 3) {
    step.services.sessions.close(session.id);
    throw cognitoError.incorrectCredentials();
  }
  return customChallenge(step, user, attempts, session.code);
}
