import { MutationObserver, type MutationKey, type QueryClient } from '@tanstack/react-query';
import type { ActionResult } from '../state.js';

/**
 * Runs one action as a TanStack mutation (the app's devtools and mutation cache see it). Here, with the
 * actions, rather than in the runner: the observer's code is not needed before the first submit.
 */
export async function asMutation(queryClient: QueryClient, mutationKey: MutationKey, work: () => Promise<ActionResult>): Promise<ActionResult> {
  // Whatever the app's client defaults to: never retried (a retried confirmSignIn would spend a code twice),
  // and sent even offline, so its network error is shown where a paused mutation would leave the button busy.
  const observer = new MutationObserver<ActionResult, unknown>(queryClient, { mutationKey, mutationFn: work, retry: false, networkMode: 'always' });
  try {
    return await observer.mutate();
  } finally {
    observer.reset();
  }
}
