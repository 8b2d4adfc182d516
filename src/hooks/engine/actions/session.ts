import { toAuthError } from '../../../client/errors.js';
import type { SocialProvider } from '../../../client/types.js';
import type { ActionDeps } from '../deps.js';
import type { ActionResult } from '../state.js';

export async function signInWithRedirect(deps: ActionDeps, provider: SocialProvider): Promise<ActionResult> {
  await deps.client.signInWithRedirect({ provider });
  // Amplify returns while the browser is leaving for the provider: nobody is signed in yet, and that is no error.
  const user = await deps
    .services()
    .getCurrentUser()
    .catch((error: unknown) => {
      if (toAuthError(error).name === 'UserUnAuthenticatedException') return undefined;
      throw error;
    });
  return { events: user === undefined ? [] : [{ type: 'signedIn', user }] };
}

export async function signOut(deps: ActionDeps, global: boolean | undefined): Promise<ActionResult> {
  await deps.client.signOut(global === undefined ? undefined : { global });
  return { events: [] };
}
