import { AuthError, toAuthError } from '../../../client/errors.js';
import type { AuthFactorType, SignInOutput, UserAttributes } from '../../../client/types.js';
import type { FlowEvent } from '../../../core/flow-state.js';
import type { SignInAttempt } from '../../../core/sign-in-attempt.js';
import type { ActionDeps } from '../deps.js';
import type { ActionResult } from '../state.js';
import { accountCheck } from './account.js';

/** What follows a sign-in output: the step's screen, or the account check after DONE (in the same go). */
export async function afterSignIn(deps: ActionDeps, output: SignInOutput, username?: string): Promise<ActionResult> {
  const step = output.nextStep.signInStep;
  if (step === 'CONFIRM_SIGN_UP' && username !== undefined) {
    // Amplify UI sends a fresh code so the confirm screen can say where it went.
    const codeDeliveryDetails = await deps.services().handleResendSignUpCode({ username });
    return { events: [{ type: 'signUpResult', username, output: { isSignUpComplete: false, nextStep: { signUpStep: 'CONFIRM_SIGN_UP', codeDeliveryDetails } } }] };
  }
  if (step === 'DONE' && deps.memory.rememberDevice) {
    deps.memory.rememberDevice = false;
    // The user is signed in whatever happens here: a device that could not be remembered only means MFA is asked again next time.
    await deps.client.rememberDevice().catch(() => undefined);
  }
  const events: FlowEvent[] = [{ type: 'signInResult', output, ...(username === undefined ? {} : { username }) }];
  if (step === 'RESET_PASSWORD') events.push({ type: 'noticed', notice: 'passwordResetRequired' });
  // Signed in already: a failed look at the account stays on its screen, where it can be tried again.
  if (step === 'DONE') events.push(await accountCheck(deps).catch((error: unknown): FlowEvent => ({ type: 'failed', error: toAuthError(error) })));
  return { events };
}

export interface SignInRequest {
  username: string;
  password: string | undefined;
  /** A first factor of the USER_AUTH flow, chosen on the sign-in screen. */
  factor: AuthFactorType | undefined;
}

export async function signIn(deps: ActionDeps, request: SignInRequest): Promise<ActionResult> {
  const { username, password, factor } = request;
  // A backend with USER_AUTH gets it by default, as Amplify UI does when its config enables passwordless.
  const passwordless = deps.client.getBackendConfig().passwordless !== undefined;
  const signInOnce = () =>
    deps.services().handleSignIn({
      username,
      ...(password === undefined ? {} : { password }),
      ...(passwordless ? { options: { authFlowType: 'USER_AUTH', ...(factor === undefined ? {} : { preferredChallenge: factor }) } } : {}),
    });
  const output = await signInOnce().catch(async (error: unknown) => {
    if (toAuthError(error).name !== 'UserAlreadyAuthenticatedException') throw error;
    // The client holds a session the look at start could not confirm (offline then, say). Either it is
    // good now, and that is who is signed in, or it is not, and it makes way for this sign-in: never a dead end.
    const user = await deps.client.getCurrentUser().catch(() => undefined);
    if (user !== undefined) return user;
    await deps.client.signOut();
    return signInOnce();
  });
  if (!('nextStep' in output)) return { events: [{ type: 'signedIn', user: output, method: 'restoredSession' }] };
  deps.memory.unconfirmed = output.nextStep.signInStep === 'CONFIRM_SIGN_UP' && password !== undefined ? { username, password } : undefined;
  return afterSignIn(deps, output, username);
}

/** A custom challenge asked again unchanged after an answer: Cognito's way of saying the answer was wrong. */
function sameParameters(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

export async function confirmSignIn(deps: ActionDeps, { response, userAttributes }: { response: string; userAttributes?: UserAttributes }): Promise<ActionResult> {
  const before = deps.flow().route;
  const output = await deps
    .services()
    .handleConfirmSignIn({ challengeResponse: response, ...(userAttributes === undefined ? {} : { options: { userAttributes } }) })
    .catch((error: unknown) => {
      // A custom challenge that gives up says "Incorrect username or password." (Cognito's words for
      // failAuthentication): after a quiz, the truth is the wrong answers ended the sign-in.
      const authError = toAuthError(error);
      if (before.name === 'customChallenge' && authError.name === 'NotAuthorizedException') {
        throw new AuthError({ name: 'NotAuthorizedException', message: authError.message, reason: 'tooManyFailedAttempts', cause: authError });
      }
      throw authError;
    });
  const result = await afterSignIn(deps, output);
  const next = output.nextStep;
  if (before.name === 'customChallenge' && next.signInStep === 'CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE' && sameParameters(before.additionalInfo, next.additionalInfo ?? {})) {
    result.events.push({ type: 'failed', error: new AuthError({ name: 'CodeMismatchException', message: 'Incorrect answer.', reason: 'wrongAnswer' }) });
  }
  return result;
}

/** A new passwordless code: the same sign-in starts over with the same factor. */
export async function resendSignInCode(deps: ActionDeps, resend: NonNullable<SignInAttempt['resend']>): Promise<ActionResult> {
  const output = await deps.services().handleSignIn({ username: resend.username, options: { authFlowType: 'USER_AUTH', preferredChallenge: resend.factor } });
  const result = await afterSignIn(deps, output, resend.username);
  return { events: [...result.events, { type: 'noticed', notice: 'codeResent' }] };
}

export async function autoSignIn(deps: ActionDeps): Promise<ActionResult> {
  return afterSignIn(deps, await deps.client.autoSignIn());
}
