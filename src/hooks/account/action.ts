import { useMutation } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import { toAuthError, type AuthError } from '../../client/errors.js';
import { accountErrorKey, type AccountOperation } from '../../core/account-errors.js';
import type { AccountTranslate } from '../../i18n/account/translate.js';
import { describeError } from '../errors.js';
import type { ScreenError, ScreenState } from '../screens/screen-state.js';
import { useAccount } from './context.js';

/** What a section says about what just happened (not an error): already in the user's language. */
export interface AccountNotice {
  message: string;
}

/**
 * What every section's hook returns, like a screen's `ScreenState`, except that its notice is the account
 * center's own (the flow's `Notice` names sign-in events).
 */
export interface AccountSectionState extends Omit<ScreenState, 'notice'> {
  notice: AccountNotice | undefined;
}

/** An account-center failure in words: translated, with the service's own words where they say more. */
export function describeAccountError(operation: AccountOperation, error: AuthError, translate: AccountTranslate, minLength: number): ScreenError {
  const key = accountErrorKey(operation, error);
  return key.startsWith('account.') ? { message: translate(key) } : describeError(error, translate, minLength);
}

export interface AccountAction<Input> {
  /** Runs the call; resolves whether it succeeded, or undefined when it was ignored because one already runs. */
  run: (input: Input) => Promise<boolean | undefined>;
  isPending: boolean;
  error: ScreenError | undefined;
  authError: AuthError | undefined;
  /** Forgets the last failure (a new attempt, a cancelled step). */
  reset: () => void;
}

/**
 * One write of a section as a TanStack mutation. Whatever follows a success (re-reading what changed, the
 * event) runs inside it, so the section stays busy until what it shows is true; nothing is shown before the
 * service says so.
 */
export function useAccountAction<Input, Output>(
  operation: AccountOperation,
  call: (input: Input) => Promise<Output>,
  after?: (output: Output, input: Input) => Promise<void> | void,
): AccountAction<Input> {
  const { queryKey, translate, backend } = useAccount();
  const mutation = useMutation<Output, unknown, Input>({
    mutationKey: [...queryKey, operation],
    // As the flow's calls, whatever the app's client defaults to: never retried (a code is spent once), and
    // sent even offline, so the section shows the failure instead of staying busy.
    retry: false,
    networkMode: 'always',
    mutationFn: async (input) => {
      const output = await call(input);
      await after?.(output, input);
      return output;
    },
  });
  // A second submit in the same tick, before React re-renders the button as busy, still finds this set.
  const running = useRef(false);
  const { mutateAsync, reset } = mutation;
  const run = useCallback(
    async (input: Input) => {
      if (running.current) return undefined;
      running.current = true;
      try {
        await mutateAsync(input);
        return true;
      } catch {
        return false;
      } finally {
        running.current = false;
      }
    },
    [mutateAsync],
  );
  const authError = mutation.error === null ? undefined : toAuthError(mutation.error);
  const error = authError && describeAccountError(operation, authError, translate, backend.passwordPolicy?.minLength ?? 8);
  return { run, isPending: mutation.isPending, error, authError, reset };
}
