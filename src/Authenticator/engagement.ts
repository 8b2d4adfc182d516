import { useEffect, useRef, type FocusEventHandler, type PointerEventHandler } from 'react';
import type { RouteName } from '../core/route.js';
import type { AuthenticatorEngine } from '../hooks/engine/engine.js';
import { prefetchFrom } from './registry.js';

const whenIdle = (work: () => void) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work);
  else setTimeout(work, 1);
};

export interface IntentHandlers {
  onPointerOver: PointerEventHandler;
  onFocus: FocusEventHandler;
}

/**
 * From the user's first sign of intent on the card (a pointer over it, the focus in it), fetches what the next
 * steps need: the engine's actions and the client's calls, and the screens the flow can reach from `route`, then
 * those of every new route. A visitor who never engages spends neither the bytes nor the memory; one who does
 * gets them while typing, before any submit or step can need them.
 */
export function useEngagement(engine: AuthenticatorEngine, route: RouteName): IntentHandlers {
  const engaged = useRef(false);
  useEffect(() => {
    if (engaged.current) {
      whenIdle(() => {
        prefetchFrom(route);
      });
    }
  }, [route]);
  const engage = () => {
    if (engaged.current) return;
    engaged.current = true;
    whenIdle(() => {
      engine.engaged();
      prefetchFrom(route);
    });
  };
  return { onPointerOver: engage, onFocus: engage };
}
