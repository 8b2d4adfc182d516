import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { RouteName } from '../core/route.js';
import type { ScreenProps } from '../screens/types.js';

type View = ComponentType<ScreenProps>;
type Load<T> = () => Promise<T>;

/** A screen's override slot: the replacement gets the hook's result. */
export type ReplacementView<Screen> = ComponentType<{ screen: Screen }>;
export type ReplacementHost<Screen> = ComponentType<{ Screen: ReplacementView<Screen> }>;

export interface EntryBase {
  /** The screen as it renders (lazily loaded unless it is a start screen). */
  view: View | LazyExoticComponent<View>;
  /** Where the flow can go next from here: those screens are fetched while the user is on this one. */
  next: readonly RouteName[];
  /** Fetches the screen's code ahead of time (nothing for a screen in the initial chunk). */
  prefetch: () => void;
}

/** A screen the app can restyle or replace under Amplify UI's name for it (`components.SignIn`…). */
export interface SlotEntry<Slot extends string, Screen> extends EntryBase {
  slot: Slot;
  /** Calls the screen's hook and hands the result to the app's replacement screen (made the first time it is needed). */
  host: () => ReplacementHost<Screen> | LazyExoticComponent<ReplacementHost<Screen>>;
}

/** A route without a screen of its own (the steps that run by themselves). */
export type PlainEntry = EntryBase;

function hostFor<Screen>(useScreen: () => Screen): ReplacementHost<Screen> {
  return function Replacement({ Screen }) {
    return <Screen screen={useScreen()} />;
  };
}

const noPrefetch = () => undefined;

/** A start screen, in the initial chunk with its hook. */
export function eagerScreen<Slot extends string, Screen>(slot: Slot, view: View, useScreen: () => Screen, next: readonly RouteName[]): SlotEntry<Slot, Screen> {
  const host = hostFor(useScreen);
  return { slot, view, host: () => host, next, prefetch: noPrefetch };
}

/** Loaded the first time it is needed, or ahead of time from the screen before it: the view and its hook, for a replacement. */
export function lazyScreen<Slot extends string, Screen>(slot: Slot, load: Load<readonly [View, () => Screen]>, next: readonly RouteName[]): SlotEntry<Slot, Screen> {
  let fetched = false;
  let host: LazyExoticComponent<ReplacementHost<Screen>> | undefined;
  return {
    slot,
    view: lazy(() => load().then(([view]) => ({ default: view }))),
    host: () => (host ??= lazy(() => load().then(([, useScreen]) => ({ default: hostFor(useScreen) })))),
    next,
    prefetch: () => {
      if (fetched) return;
      fetched = true;
      void load();
    },
  };
}

/** A route whose view is shared and loaded on demand (the busy screen of the steps that run by themselves). */
export function plainScreen(view: LazyExoticComponent<View>, load: Load<unknown>, next: readonly RouteName[]): PlainEntry {
  return { view, next, prefetch: () => void load() };
}
