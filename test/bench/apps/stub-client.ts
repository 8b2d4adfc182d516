import { AuthError, type AuthClient } from '../../../src/index.ts';

const signedOut = () => Promise.reject(new AuthError({ name: 'UserUnAuthenticatedException', message: 'Not signed in.' }));

/** A client that knows nobody: enough to show the sign-in screen without shipping a backend. */
export const stubClient: AuthClient = {
  signIn: signedOut,
  confirmSignIn: signedOut,
  signUp: signedOut,
  confirmSignUp: signedOut,
  resendSignUpCode: signedOut,
  autoSignIn: signedOut,
  resetPassword: signedOut,
  confirmResetPassword: signedOut,
  signOut: () => Promise.resolve(),
  getCurrentUser: signedOut,
  fetchAuthSession: () => Promise.resolve({}),
  fetchUserAttributes: signedOut,
  updateUserAttributes: signedOut,
  sendUserAttributeVerificationCode: signedOut,
  confirmUserAttribute: signedOut,
  signInWithRedirect: signedOut,
  associateWebAuthnCredential: signedOut,
  listWebAuthnCredentials: signedOut,
  deleteWebAuthnCredential: signedOut,
  setUpTOTP: signedOut,
  verifyTOTPSetup: signedOut,
  updateMFAPreference: signedOut,
  fetchMFAPreference: signedOut,
  updatePassword: signedOut,
  deleteUser: signedOut,
  updateUserAttribute: signedOut,
  deleteUserAttributes: signedOut,
  rememberDevice: signedOut,
  forgetDevice: signedOut,
  fetchDevices: signedOut,
  getBackendConfig: () => ({ loginMechanisms: ['email'] }),
  subscribe: () => () => undefined,
};
