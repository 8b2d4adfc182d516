import { AuthError, type AuthErrorName } from '../errors.js';

/** An error of Amplify's as the contract's AuthError under `name`, keeping its message and recovery suggestion. */
export function amplifyAuthError(error: Error, name: AuthErrorName): AuthError {
  const { recoverySuggestion } = error as { recoverySuggestion?: unknown };
  return new AuthError({ name, message: error.message, ...(typeof recoverySuggestion === 'string' ? { recoverySuggestion } : {}), cause: error });
}
