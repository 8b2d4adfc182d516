import { flowReducer } from '../../core/flow-reducer.js';
import type { FlowEvent, FlowState } from '../../core/flow-state.js';
import type { AuthenticatorState } from './state.js';

type Listener = () => void;
type TransitionListener = (before: FlowState, after: FlowState) => void;

/** The engine's state, its subscribers (React, through useSyncExternalStore), and what runs after a change. */
export interface Store {
  getState: () => AuthenticatorState;
  subscribe: (listener: Listener) => () => void;
  /** Replaces the state; subscribers hear of it once. */
  set: (next: AuthenticatorState) => void;
  /** Applies flow events in one go, so a screen change is one render. */
  dispatch: (...events: FlowEvent[]) => void;
  /** Called after every change of the flow, with the flow before and after. */
  onTransition: (listener: TransitionListener) => void;
}

export function createStore(initial: AuthenticatorState): Store {
  let state = initial;
  const listeners = new Set<Listener>();
  const transitions: TransitionListener[] = [];
  const set = (next: AuthenticatorState) => {
    if (next === state) return;
    const before = state.flow;
    state = next;
    for (const listener of [...listeners]) listener();
    if (next.flow !== before) for (const listener of transitions) listener(before, next.flow);
  };
  return {
    getState: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    set,
    dispatch: (...events) => {
      const flow = events.reduce(flowReducer, state.flow);
      if (flow !== state.flow) set({ ...state, flow });
    },
    onTransition: (listener) => {
      transitions.push(listener);
    },
  };
}
