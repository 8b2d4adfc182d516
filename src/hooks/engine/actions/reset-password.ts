import type { ActionDeps } from '../deps.js';
import type { ActionResult } from '../state.js';

export async function forgotPassword(deps: ActionDeps, username: string): Promise<ActionResult> {
  const output = await deps.services().handleForgotPassword({ username });
  return { events: [{ type: 'resetPasswordResult', output, username }] };
}

export async function resendResetCode(deps: ActionDeps, username: string): Promise<ActionResult> {
  const result = await forgotPassword(deps, username);
  return { events: [...result.events, { type: 'noticed', notice: 'codeResent' }] };
}

export async function confirmResetPassword(deps: ActionDeps, input: { username: string; code: string; newPassword: string }): Promise<ActionResult> {
  await deps.services().handleForgotPasswordSubmit({ username: input.username, confirmationCode: input.code, newPassword: input.newPassword });
  return {
    events: [
      { type: 'resetPasswordResult', username: input.username, output: { isPasswordReset: true, nextStep: { resetPasswordStep: 'DONE' } } },
      { type: 'noticed', notice: 'passwordWasReset' },
    ],
  };
}
