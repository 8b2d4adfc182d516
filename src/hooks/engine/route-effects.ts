import type { FlowState } from '../../core/flow-state.js';
import type { ActionDeps } from './deps.js';

export interface RouteEffects {
  autoSignIn: () => void;
  checkAccount: () => void;
}

/** What runs by itself when the flow arrives somewhere: the steps without a screen, and the app's signedIn event. */
export function onRouteEntered(deps: ActionDeps, effects: RouteEffects, before: FlowState, after: FlowState): void {
  if (after.route === before.route) return;
  // The password kept for confirming an account is of no use anywhere else.
  if (after.route.name !== 'confirmSignUp') deps.memory.unconfirmed = undefined;
  // A choice made on a code screen the user has left no longer stands.
  if (after.route.name !== 'confirmSignIn') deps.memory.rememberDevice = false;
  if (after.route.name === 'autoSignIn') effects.autoSignIn();
  // Arriving with an error, the check already ran and failed: the screen offers to try again.
  if (after.route.name === 'checkAccount' && after.error === undefined) effects.checkAccount();
  if (after.authStatus === 'authenticated' && before.authStatus !== 'authenticated' && after.user) {
    deps.settings().onAuthEvent?.({ type: 'signedIn', method: after.attempt.method, user: after.user });
  }
}
