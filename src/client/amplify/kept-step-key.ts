/** Where the adapter keeps the step of a sign-in in progress (sign-in-progress.ts), for the page session. */
export const KEPT_STEP_KEY = 'gatehouse.amplify.signInStep';

/** Whether a sign-in step is kept: read at start without loading the adapter's calls. */
export function hasKeptSignIn(): boolean {
  try {
    return typeof sessionStorage !== 'undefined' && sessionStorage.getItem(KEPT_STEP_KEY) !== null;
  } catch {
    return false;
  }
}
