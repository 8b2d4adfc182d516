import * as auth from 'aws-amplify/auth';
import type { ClientCalls } from '../deferred-calls.js';
import type {
  AuthSession,
  CodeDeliveryDetails,
  FetchMfaPreferenceOutput,
  ListWebAuthnCredentialsOutput,
  SignInOutput,
  SignUpInput,
  TotpSetupDetails,
  UpdateUserAttributeOutput,
  UpdateUserAttributesOutput,
} from '../types.js';
import { otpauthUri } from '../otpauth.js';
import { amplifyCall } from './errors.js';
import { globalSignOut } from './global-sign-out.js';
import { forgetSignInStep, keepSignInStep, keptSignIn } from './sign-in-progress.js';

// The session check's rare errors are named from here too: a second import() of errors.ts alone would make the
// bundler put its runtime helpers in a file of their own, one more request before the first screen.
export { fromAmplifyError } from './errors.js';

/** Amplify's sign-up options require `userAttributes` whenever options are given. */
function toSignUpInput({ options, ...rest }: SignUpInput): auth.SignUpInput {
  return options ? { ...rest, options: { ...options, userAttributes: options.userAttributes ?? {} } } : rest;
}

/** Amplify's session without the AWS credentials, which the contract does not carry. */
function toSession({ tokens, userSub }: auth.AuthSession): AuthSession {
  return { ...(tokens ? { tokens } : {}), ...(userSub === undefined ? {} : { userSub }) };
}

function toMfaPreference({ enabled, preferred }: auth.FetchMFAPreferenceOutput): FetchMfaPreferenceOutput {
  return { ...(enabled ? { enabled } : {}), ...(preferred ? { preferred } : {}) };
}

/**
 * Amplify's getSetupUri puts the issuer and account into the URI unencoded (a `#` or `?` in a page title loses
 * the secret); the setup URI is built from Amplify's sharedSecret instead, as the local pool builds it.
 */
function totpSetupDetails(sharedSecret: string, defaultAccount: string): TotpSetupDetails {
  return { sharedSecret, getSetupUri: (appName, accountName = defaultAccount) => otpauthUri(sharedSecret, appName, accountName) };
}

/** The output, with its step kept for a reload. */
function kept(username: string, output: SignInOutput): SignInOutput {
  keepSignInStep(username, output);
  return output;
}

function withSetupUri(output: SignInOutput, account: string): SignInOutput {
  const { nextStep } = output;
  if (nextStep.signInStep !== 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP') return output;
  return { ...output, nextStep: { ...nextStep, totpSetupDetails: totpSetupDetails(nextStep.totpSetupDetails.sharedSecret, account) } };
}


/**
 * The AuthClient calls over `aws-amplify/auth` v6: the contract is shaped like Amplify's API, so every call
 * passes its input and output through; errors become AuthError with Cognito's names. The output casts only
 * narrow Amplify's wider declared types (open attribute names, string enums) to the contract's: the values are
 * the same objects.
 */
export function createAmplifyCalls(): ClientCalls {
  // The account a TOTP setup URI names by default, as Amplify's own: the username of the sign-in in progress.
  let signInUsername = '';
  return {
    signIn: (input) =>
      amplifyCall(async () => {
        signInUsername = input.username;
        return kept(input.username, withSetupUri((await auth.signIn(input)) as SignInOutput, input.username));
      }),
    confirmSignIn: (input) => amplifyCall(async () => kept(signInUsername, withSetupUri((await auth.confirmSignIn(input)) as SignInOutput, signInUsername))),
    // After a reload: the username comes from the kept step; a TOTP setup asks Cognito for a new secret.
    resumeSignIn: () =>
      amplifyCall(() =>
        keptSignIn(async (username) => withSetupUri((await auth.confirmSignIn({ challengeResponse: 'TOTP' })) as SignInOutput, username)).then((resumed) => {
          if (resumed.status === 'inProgress') signInUsername = resumed.username;
          return resumed;
        }),
      ),
    signUp: (input) => amplifyCall(() => auth.signUp(toSignUpInput(input))),
    confirmSignUp: (input) => amplifyCall(() => auth.confirmSignUp(input)),
    resendSignUpCode: (input) => amplifyCall(() => auth.resendSignUpCode(input) as Promise<CodeDeliveryDetails>),
    autoSignIn: () => amplifyCall(() => auth.autoSignIn() as Promise<SignInOutput>),
    resetPassword: (input) => amplifyCall(() => auth.resetPassword(input)),
    confirmResetPassword: (input) => amplifyCall(() => auth.confirmResetPassword(input)),
    signOut: (input) =>
      amplifyCall(async () => {
        if (input?.global === true) await globalSignOut();
        // The tokens are revoked everywhere already (or only this device signs out): Amplify ends the local session.
        await auth.signOut();
        forgetSignInStep();
      }),
    getCurrentUser: () => amplifyCall(() => auth.getCurrentUser()),
    fetchAuthSession: (input) => amplifyCall(async () => toSession(await auth.fetchAuthSession(input))),
    fetchUserAttributes: () => amplifyCall(() => auth.fetchUserAttributes()),
    updateUserAttributes: (input) => amplifyCall(() => auth.updateUserAttributes(input) as Promise<UpdateUserAttributesOutput>),
    sendUserAttributeVerificationCode: (input) => amplifyCall(() => auth.sendUserAttributeVerificationCode(input) as Promise<CodeDeliveryDetails>),
    confirmUserAttribute: (input) => amplifyCall(() => auth.confirmUserAttribute(input)),
    signInWithRedirect: (input) => amplifyCall(() => auth.signInWithRedirect(input)),
    associateWebAuthnCredential: () => amplifyCall(() => auth.associateWebAuthnCredential()),
    listWebAuthnCredentials: (input) => amplifyCall(() => auth.listWebAuthnCredentials(input) as Promise<ListWebAuthnCredentialsOutput>),
    deleteWebAuthnCredential: (input) => amplifyCall(() => auth.deleteWebAuthnCredential(input)),
    setUpTOTP: () =>
      amplifyCall(async () => {
        const { sharedSecret } = await auth.setUpTOTP();
        return totpSetupDetails(sharedSecret, (await auth.getCurrentUser()).username);
      }),
    verifyTOTPSetup: (input) => amplifyCall(() => auth.verifyTOTPSetup(input)),
    updateMFAPreference: (input) => amplifyCall(() => auth.updateMFAPreference(input)),
    fetchMFAPreference: () => amplifyCall(async () => toMfaPreference(await auth.fetchMFAPreference())),
    updatePassword: (input) => amplifyCall(() => auth.updatePassword(input)),
    deleteUser: () => amplifyCall(() => auth.deleteUser()),
    updateUserAttribute: (input) => amplifyCall(() => auth.updateUserAttribute(input) as Promise<UpdateUserAttributeOutput>),
    deleteUserAttributes: (input) => amplifyCall(() => auth.deleteUserAttributes(input)),
    rememberDevice: () => amplifyCall(() => auth.rememberDevice()),
    forgetDevice: (input) => amplifyCall(() => auth.forgetDevice(input)),
    fetchDevices: () => amplifyCall(() => auth.fetchDevices()),
  };
}
