import { MutationObserver, type QueryClient } from '@tanstack/react-query';
import { toAuthError } from '../../client/errors.js';
import { flowReducer } from '../../core/flow-reducer.js';
import type { FlowEvent } from '../../core/flow-state.js';
import type { ActionName, ActionResult } from './state.js';
import type { Store } from './store.js';

export type Run = (name: ActionName, work: () => Promise<ActionResult>, startEvents?: readonly FlowEvent[]) => Promise<boolean>;

/**
 * Runs each client interaction as a TanStack mutation. While one runs, another submit is ignored (a double
 * click sends one request); its failure becomes the screen's error. Resolves whether it succeeded.
 */
export function createRunner(store: Store, queryClient: QueryClient, key: string): Run {
  return async (name, work, startEvents = []) => {
    if (store.getState().pending !== undefined) return false;
    const started: FlowEvent[] = [{ type: 'actionStarted' }, ...startEvents];
    store.set({ flow: started.reduce(flowReducer, store.getState().flow), pending: name });
    const observer = new MutationObserver<ActionResult, unknown>(queryClient, { mutationKey: ['gatehouse', key, name], mutationFn: work });
    try {
      const result = await observer.mutate();
      store.set({ flow: result.events.reduce(flowReducer, store.getState().flow) });
      return true;
    } catch (error) {
      store.set({ flow: flowReducer(store.getState().flow, { type: 'failed', error: toAuthError(error) }) });
      return false;
    } finally {
      observer.reset();
    }
  };
}
