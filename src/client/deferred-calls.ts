import type { AuthClient } from './types.js';

/** The contract's calls: every method but the two a screen needs at once (the backend's config, events), the vocabulary and the look at storage. */
export type ClientCalls = Omit<AuthClient, 'getBackendConfig' | 'subscribe' | 'translatePhrase' | 'mayHaveSession' | 'prepare'>;

// Keyed by the contract, so a call added to AuthClient and missing here is a type error.
const CALL_NAMES: Record<keyof ClientCalls, true> = {
  signIn: true,
  confirmSignIn: true,
  signUp: true,
  confirmSignUp: true,
  resendSignUpCode: true,
  autoSignIn: true,
  resetPassword: true,
  confirmResetPassword: true,
  signOut: true,
  getCurrentUser: true,
  fetchAuthSession: true,
  fetchUserAttributes: true,
  updateUserAttributes: true,
  sendUserAttributeVerificationCode: true,
  confirmUserAttribute: true,
  signInWithRedirect: true,
  associateWebAuthnCredential: true,
  listWebAuthnCredentials: true,
  deleteWebAuthnCredential: true,
  setUpTOTP: true,
  verifyTOTPSetup: true,
  updateMFAPreference: true,
  fetchMFAPreference: true,
  updatePassword: true,
  deleteUser: true,
  updateUserAttribute: true,
  deleteUserAttributes: true,
  rememberDevice: true,
  forgetDevice: true,
  fetchDevices: true,
  resumeSignIn: true,
};

/**
 * Every call of the contract, each waiting for `load()` and then calling the loaded implementation: a client
 * whose code is fetched on first use (or in the background) costs nothing in an app's first load.
 */
export function deferredCalls(load: () => Promise<ClientCalls>): ClientCalls {
  const forward =
    (name: keyof ClientCalls) =>
    async (...args: unknown[]): Promise<unknown> => {
      const calls = await load();
      return (calls[name] as (...input: unknown[]) => Promise<unknown>).apply(calls, args);
    };
  // Each entry forwards to the method of the same name, so the object is exactly a ClientCalls.
  return Object.fromEntries(Object.keys(CALL_NAMES).map((name) => [name, forward(name as keyof ClientCalls)])) as unknown as ClientCalls;
}
