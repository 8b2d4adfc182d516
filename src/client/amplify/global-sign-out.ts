import { Amplify } from 'aws-amplify';
import { fetchAuthSession } from 'aws-amplify/auth';
import { AuthError } from '../errors.js';
import { fromAmplifyError } from './errors.js';

interface CognitoFailure {
  __type?: string;
  message?: string;
}

/** The user pool's endpoint, as Amplify reaches it: `userPoolEndpoint` when configured, else the region's. */
function endpoint(): string {
  const cognito = Amplify.getConfig().Auth?.Cognito;
  if (!cognito) throw new AuthError({ name: 'AuthUserPoolException', message: 'Auth UserPool not configured.' });
  return cognito.userPoolEndpoint ?? `https://cognito-idp.${(cognito.userPoolId ?? '').split('_')[0] ?? ''}.amazonaws.com/`;
}

/**
 * Cognito's GlobalSignOut for the signed-in user, failing loudly. Amplify's `signOut({ global: true })` swallows
 * a failed GlobalSignOut and ends the local session anyway, so the other devices stay signed in and nobody is
 * told; the adapter calls GlobalSignOut itself and lets Amplify end the local session only once it succeeded.
 */
export async function globalSignOut(): Promise<void> {
  const accessToken = (await fetchAuthSession()).tokens?.accessToken.toString();
  // Nobody signed in: there is nothing to end elsewhere.
  if (accessToken === undefined) return;
  let response: Response;
  try {
    response = await fetch(endpoint(), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': 'AWSCognitoIdentityProviderService.GlobalSignOut' },
      body: JSON.stringify({ AccessToken: accessToken }),
      cache: 'no-store',
    });
  } catch (error) {
    throw new AuthError({ name: 'NetworkError', message: 'A network error has occurred.', cause: error });
  }
  if (response.ok) return;
  const failure = (await response.json().catch(() => ({}))) as CognitoFailure;
  const name = failure.__type?.split('#').pop() ?? 'Unknown';
  throw fromAmplifyError(Object.assign(new Error(failure.message ?? `GlobalSignOut failed (${String(response.status)}).`), { name }));
}
