import { AuthError } from '../../errors.js';

/** Amplify's answer to a call that needs a signed-in user when nobody is. */
export function unauthenticated(): AuthError {
  return new AuthError({
    name: 'UserUnAuthenticatedException',
    message: 'User needs to be authenticated to call this API.',
    recoverySuggestion: 'Sign in before calling this API again.',
  });
}
