import type { AuthError } from '../../client/errors.js';
import type { Notice } from '../../core/flow-state.js';
import { useAuthenticatorContext } from '../context.js';
import { describeError } from '../errors.js';
import { useAuthenticator, type UseAuthenticator } from '../useAuthenticator.js';

/** An error as a screen shows it: translated, with the service's own words where they say more. */
export interface ScreenError {
  message: string;
  detail?: string;
}

/** What a screen says besides errors: what just happened, or that a call is taking long. */
export type ScreenNotice = Notice | 'takingLong';

/** What every screen hook returns, whatever else its screen needs. */
export interface ScreenState {
  /** A call of this flow is under way: submits are ignored and the screen shows it busy. */
  isPending: boolean;
  error: ScreenError | undefined;
  notice: ScreenNotice | undefined;
}

const pick = (context: UseAuthenticator) => [context.isPending, context.isSlow, context.authError, context.notice];

/** The screen's state with the error itself, for a form that puts it on its field: one subscription for both. */
export function useScreenStateAndError(): { state: ScreenState; authError: AuthError | undefined } {
  const { translate, backend } = useAuthenticatorContext();
  const { isPending, isSlow, authError, notice } = useAuthenticator(pick);
  const error = authError && describeError(authError, translate, backend.passwordPolicy?.minLength ?? 8);
  return { state: { isPending, error, notice: isSlow ? 'takingLong' : notice }, authError };
}

export function useScreenState(): ScreenState {
  return useScreenStateAndError().state;
}
