import { MutationObserver, type MutationKey, type QueryClient } from '@tanstack/react-query';
import type { ActionResult } from '../state.js';

/**
 * Runs one action as a TanStack mutation (the app's devtools and mutation cache see it). Here, with the
 * actions, rather than in the runner: the observer's code is not needed before the first submit.
 */
export async function asMutation(queryClient: QueryClient, mutationKey: MutationKey, work: () => Promise<ActionResult>): Promise<ActionResult> {
  const observer = new MutationObserver<ActionResult, unknown>(queryClient, { mutationKey, mutationFn: work });
  try {
    return await observer.mutate();
  } finally {
    observer.reset();
  }
}
