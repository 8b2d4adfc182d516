import { toAuthError } from '../../client/errors.js';
import { flowReducer } from '../../core/flow-reducer.js';
import type { FlowEvent } from '../../core/flow-state.js';
import { SLOW_AFTER_MS, type ActionName, type ActionResult, type AuthenticatorState } from './state.js';
import type { Store } from './store.js';

/** Runs an action's work (as a TanStack mutation, see actions/mutation.ts) and resolves with its result. */
export type Execute = (name: ActionName, work: () => Promise<ActionResult>) => Promise<ActionResult>;

export type Run = (name: ActionName, work: () => Promise<ActionResult>, startEvents?: readonly FlowEvent[]) => Promise<boolean>;

export interface Runner {
  run: Run;
  /**
   * Lets go of the action under way (the user went elsewhere): the screens are usable again at once, and its
   * answer, if it ever comes, is dropped. What that answer did to the client (a session) reaches the flow
   * through the client's own events.
   */
  abandon: () => void;
}

/** The state with no action under way. */
function idleState(state: AuthenticatorState): AuthenticatorState {
  const idle = { ...state };
  delete idle.pending;
  delete idle.slow;
  return idle;
}

/**
 * Runs each client interaction (through `execute`, as a TanStack mutation). While one runs, another submit is
 * ignored (a double click sends one request); its failure becomes the screen's error. Resolves whether it
 * succeeded.
 */
export function createRunner(store: Store, execute: Execute): Runner {
  // Which run is current: an abandoned run's answer finds another number here and is dropped.
  let current = 0;
  const settle = (run: number, events: readonly FlowEvent[]): boolean => {
    if (run !== current) return false;
    const idle = idleState(store.getState());
    store.set({ ...idle, flow: events.reduce(flowReducer, idle.flow) });
    return true;
  };
  return {
    run: async (name, work, startEvents = []) => {
      if (store.getState().pending !== undefined) return false;
      current += 1;
      const run = current;
      const started: FlowEvent[] = [{ type: 'actionStarted' }, ...startEvents];
      const state = idleState(store.getState());
      store.set({ ...state, flow: started.reduce(flowReducer, state.flow), pending: name });
      const slowTimer = setTimeout(() => {
        if (run === current) store.set({ ...store.getState(), slow: true });
      }, SLOW_AFTER_MS);
      try {
        return settle(run, (await execute(name, work)).events) && true;
      } catch (error) {
        return settle(run, [{ type: 'failed', error: toAuthError(error) }]) && false;
      } finally {
        clearTimeout(slowTimer);
      }
    },
    abandon: () => {
      if (store.getState().pending === undefined) return;
      current += 1;
      store.set(idleState(store.getState()));
    },
  };
}
