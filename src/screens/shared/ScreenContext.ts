import { createContext, useContext, useEffect, useRef, type RefObject } from 'react';

/** Set by the router: whether a screen that appears takes the focus (not on the page's first render). */
export const ScreenFocusContext = createContext(false);

/** A ref for the screen's heading, focused when the screen replaces another, so screen readers announce it. */
export function useHeadingFocus(): RefObject<HTMLHeadingElement | null> {
  const focusOnEnter = useContext(ScreenFocusContext);
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnEnter) ref.current?.focus();
  }, [focusOnEnter]);
  return ref;
}
