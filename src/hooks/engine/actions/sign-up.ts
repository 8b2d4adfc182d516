import type { UserAttributes } from '../../../client/types.js';
import type { ActionDeps } from '../deps.js';
import type { ActionResult } from '../state.js';
import { afterSignIn } from './sign-in.js';

export interface SignUpRequest {
  username: string;
  /** Absent for a passwordless sign-up. */
  password: string | undefined;
  userAttributes: UserAttributes;
}

export async function signUp(deps: ActionDeps, { username, password, userAttributes }: SignUpRequest): Promise<ActionResult> {
  deps.memory.unconfirmed = undefined;
  const output = await deps.services().handleSignUp({
    username,
    ...(password === undefined ? {} : { password }),
    options: { userAttributes, autoSignIn: password === undefined ? { authFlowType: 'USER_AUTH' } : true },
  });
  return { events: [{ type: 'signUpResult', output, username }] };
}

export async function confirmSignUp(deps: ActionDeps, { username, code }: { username: string; code: string }): Promise<ActionResult> {
  const output = await deps.services().handleConfirmSignUp({ username, confirmationCode: code });
  const kept = deps.memory.unconfirmed;
  deps.memory.unconfirmed = undefined;
  // Confirmed after a sign-in that stopped here: that sign-in goes on with the password it was given.
  if (output.nextStep.signUpStep === 'DONE' && kept?.username === username) {
    return afterSignIn(deps, await deps.services().handleSignIn({ username, password: kept.password }), username);
  }
  return {
    events: [{ type: 'signUpResult', output, username }, ...(output.nextStep.signUpStep === 'DONE' ? [{ type: 'noticed', notice: 'accountConfirmed' } as const] : [])],
  };
}

export async function resendSignUpCode(deps: ActionDeps, username: string): Promise<ActionResult> {
  const codeDeliveryDetails = await deps.services().handleResendSignUpCode({ username });
  return {
    events: [
      { type: 'signUpResult', username, output: { isSignUpComplete: false, nextStep: { signUpStep: 'CONFIRM_SIGN_UP', codeDeliveryDetails } } },
      { type: 'noticed', notice: 'codeResent' },
    ],
  };
}
