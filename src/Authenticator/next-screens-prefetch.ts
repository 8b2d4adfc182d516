import { useEffect, useRef, type FocusEventHandler, type PointerEventHandler } from 'react';
import type { RouteName } from '../core/route.js';
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
 * Fetches the screens the flow can reach next from `route`: from the user's first sign of intent (a pointer over
 * the card or the focus in it), then on every new route. A visitor who never engages spends neither the bytes nor
 * the memory of the screens behind the form; one who does gets them while typing, before any step can need them.
 */
export function useNextScreensPrefetch(route: RouteName): IntentHandlers {
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
      prefetchFrom(route);
    });
  };
  return { onPointerOver: engage, onFocus: engage };
}
