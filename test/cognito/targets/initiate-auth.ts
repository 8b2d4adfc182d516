// InitiateAuth for the flows stock cognito-local lacks or answers differently from Cognito: USER_SRP_AUTH,
// USER_PASSWORD_AUTH, USER_AUTH and CUSTOM_AUTH. REFRESH_TOKEN_AUTH goes to GetTokensFromRefreshToken's logic.
import type { User } from 'cognito-local/lib/services/userPoolService.js';
import { afterVerifiedPassword, assertKnownDevice, customChallenge, tokens, type AuthOutput, type Step } from '../challenges.js';
import { assertFlowAllowed, clientContext, hidesUsers, mapField, stringField, type EmulatorServices, type Target } from '../emulator-services.js';
import { cognitoError } from '../errors.js';
import { availableFirstFactors, selectChallenge, startFirstFactor, type FirstFactor } from '../first-factors.js';
import { passwordVerifierChallenge } from '../password-verifier.js';
import { refreshTokens } from './refresh.js';

type Flow = 'USER_SRP_AUTH' | 'USER_PASSWORD_AUTH' | 'USER_AUTH' | 'CUSTOM_AUTH';
const FLOWS: readonly string[] = ['USER_SRP_AUTH', 'USER_PASSWORD_AUTH', 'USER_AUTH', 'CUSTOM_AUTH'];

function assertEnabled(user: User): void {
  if (!user.Enabled) throw cognitoError.userDisabled();
}

/** Checks a password sent in clear (USER_PASSWORD_AUTH, USER_AUTH's PASSWORD). */
export function passwordChecker(step: Step): (user: User, password: string) => Promise<AuthOutput> {
  return (user, password) => {
    if (user.UserStatus === 'RESET_REQUIRED') throw cognitoError.passwordResetRequired();
    if (user.Password !== password) throw cognitoError.incorrectCredentials();
    assertKnownDevice(step, user);
    return afterVerifiedPassword(step, user);
  };
}

export const InitiateAuth =
  (services: EmulatorServices): Target =>
  async (ctx, request) => {
    const flow = stringField(request, 'AuthFlow') ?? '';
    const context = await clientContext(services, ctx, stringField(request, 'ClientId'));
    const parameters = mapField(request, 'AuthParameters');
    if (flow === 'REFRESH_TOKEN_AUTH' || flow === 'REFRESH_TOKEN') {
      assertFlowAllowed(context.client, flow);
      return refreshTokens(services, ctx, context, parameters.REFRESH_TOKEN);
    }
    if (!FLOWS.includes(flow)) throw cognitoError.invalidParameter(`1 validation error detected: Value '${flow}' at 'authFlow' failed to satisfy constraint`);
    assertFlowAllowed(context.client, flow);
    const username = parameters.USERNAME;
    if (!username) throw cognitoError.invalidParameter('Missing required parameter USERNAME');
    const step: Step = { services, ctx, context, flow: flow as Flow, deviceKey: parameters.DEVICE_KEY };
    const user = (await context.pool.getUserByUsername(ctx, username)) ?? undefined;
    if (user) assertEnabled(user);
    else if (!hidesUsers(context.client)) throw cognitoError.userDoesNotExist();

    switch (flow as Flow) {
      case 'USER_SRP_AUTH':
        if (!parameters.SRP_A) throw cognitoError.invalidParameter('Missing required parameter SRP_A');
        return passwordVerifierChallenge(step, user, parameters.SRP_A, username);
      case 'USER_PASSWORD_AUTH':
        if (!parameters.PASSWORD) throw cognitoError.invalidParameter('Missing required parameter PASSWORD');
        if (!user) throw cognitoError.incorrectCredentials();
        return passwordChecker(step)(user, parameters.PASSWORD);
      case 'CUSTOM_AUTH':
        if (parameters.SRP_A) return passwordVerifierChallenge(step, user, parameters.SRP_A, username);
        if (!user) throw cognitoError.incorrectCredentials();
        return customChallenge(step, user, 0);
      case 'USER_AUTH':
        return userAuth(step, user, parameters, stringField(request, 'Session'));
    }
  };

/** USER_AUTH: a sign-up session signs in at once; a preferred first factor starts; otherwise the user chooses. */
async function userAuth(step: Step, user: User | undefined, parameters: Record<string, string>, sessionId: string | undefined): Promise<AuthOutput> {
  if (sessionId !== undefined) {
    const session = step.services.sessions.get(sessionId);
    if (session?.challenge !== 'SIGN_UP' || !user || session.username !== user.Username) throw cognitoError.invalidSession();
    step.services.sessions.close(sessionId);
    return tokens(step, user);
  }
  if (!user) return selectChallenge(step, undefined, ['PASSWORD', 'PASSWORD_SRP', 'EMAIL_OTP']);
  const factors = availableFirstFactors(step, user);
  const preferred = parameters.PREFERRED_CHALLENGE as FirstFactor | undefined;
  if (preferred && factors.includes(preferred)) {
    return startFirstFactor(step, user, preferred, { password: parameters.PASSWORD, srpA: parameters.SRP_A }, passwordChecker(step));
  }
  return selectChallenge(step, user, factors);
}
