import { createElement, lazy, useState, type ComponentType, type LazyExoticComponent } from 'react';
import type { RouteName } from '../core/route.js';
import type { ScreenProps } from '../screens/types.js';

type View = ComponentType<ScreenProps>;
type Load<T> = () => Promise<T>;

/** A screen's override slot: the replacement gets the hook's result. */
export type ReplacementView<Screen> = ComponentType<{ screen: Screen }>;
export type ReplacementHost<Screen> = ComponentType<{ Screen: ReplacementView<Screen> }>;

export interface EntryBase {
  /** The screen as it renders (fetched the first time it is needed unless it is a start screen). */
  view: View;
  /** Where the flow can go next from here: those screens are fetched while the user is on this one. */
  next: readonly RouteName[];
  /** Fetches the screen's code ahead of time (nothing for a screen in the initial chunk). */
  prefetch: () => void;
}

/** A screen the app can restyle or replace under Amplify UI's name for it (`components.SignIn`…). */
export interface SlotEntry<Slot extends string, Screen> extends EntryBase {
  slot: Slot;
  /** Calls the screen's hook and hands the result to the app's replacement screen (made the first time it is needed). */
  host: () => ReplacementHost<Screen>;
}

/** A route without a screen of its own (the steps that run by themselves). */
export type PlainEntry = EntryBase;

function hostFor<Screen>(useScreen: () => Screen): ReplacementHost<Screen> {
  return function Replacement({ Screen }) {
    return <Screen screen={useScreen()} />;
  };
}

const noPrefetch = () => undefined;

/** A module fetched at most once at a time, and known synchronously once it has arrived. */
function loadOnce<T>(load: Load<T>) {
  let value: T | undefined;
  let pending: Promise<T> | undefined;
  return {
    current: () => value,
    fetch: () =>
      (pending ??= load().then(
        (loaded) => (value = loaded),
        (error: unknown) => {
          // A failed prefetch (offline) does not stay: the first render of the screen fetches it again.
          pending = undefined;
          throw error;
        },
      )),
  };
}

/**
 * Renders what `current` has already loaded, else the lazy component. React.lazy suspends on its first render
 * even when a prefetch has brought the module, so the loading screen would flash between two screens.
 */
function preferLoaded<Props extends object>(current: () => ComponentType<Props> | undefined, fallback: LazyExoticComponent<ComponentType<Props>>): ComponentType<Props> {
  return function Loaded(props: Props) {
    // Chosen once per mount: switching from the lazy component to the loaded one would remount the screen.
    const [View] = useState<ComponentType<Props>>(() => current() ?? fallback);
    return createElement(View, props);
  };
}

/** A start screen, in the initial chunk with its hook. */
export function eagerScreen<Slot extends string, Screen>(slot: Slot, view: View, useScreen: () => Screen, next: readonly RouteName[]): SlotEntry<Slot, Screen> {
  const host = hostFor(useScreen);
  return { slot, view, host: () => host, next, prefetch: noPrefetch };
}

/** Loaded the first time it is needed, or ahead of time from the screen before it: the view and its hook, for a replacement. */
export function lazyScreen<Slot extends string, Screen>(slot: Slot, load: Load<readonly [View, () => Screen]>, next: readonly RouteName[]): SlotEntry<Slot, Screen> {
  const screen = loadOnce(load);
  const view = preferLoaded(
    () => screen.current()?.[0],
    lazy(() => screen.fetch().then(([loaded]) => ({ default: loaded }))),
  );
  let loadedHost: ReplacementHost<Screen> | undefined;
  const currentHost = () => {
    const loaded = screen.current();
    if (loaded) loadedHost ??= hostFor(loaded[1]);
    return loadedHost;
  };
  let host: ReplacementHost<Screen> | undefined;
  return {
    slot,
    view,
    host: () => (host ??= preferLoaded(currentHost, lazy(() => screen.fetch().then(([, useScreen]) => ({ default: hostFor(useScreen) }))))),
    next,
    prefetch: () => void screen.fetch().catch(() => undefined),
  };
}

/** A screen's module shared by several routes (the busy screen of the steps that run by themselves). */
export function sharedView(load: Load<View>): { view: View; prefetch: () => void } {
  const module = loadOnce(load);
  return {
    view: preferLoaded(module.current, lazy(() => module.fetch().then((loaded) => ({ default: loaded })))),
    prefetch: () => void module.fetch().catch(() => undefined),
  };
}

/** A route whose view is shared and loaded on demand. */
export function plainScreen(shared: { view: View; prefetch: () => void }, next: readonly RouteName[]): PlainEntry {
  return { view: shared.view, next, prefetch: shared.prefetch };
}
