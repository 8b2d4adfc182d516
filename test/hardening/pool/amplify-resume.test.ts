// A reload in the middle of a sign-in on the Amplify adapter, with Amplify's own calls replaced by what Cognito
// and Amplify answer: Amplify keeps its sign-in state in sessionStorage (CognitoSignInState.*, three minutes),
// the adapter keeps the step's public payload beside it, and never a secret.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAmplifyAuthClient } from '../../../src/client/amplify/index.js';
import type { SignInOutput } from '../../../src/client/types.js';

vi.mock('aws-amplify/auth', async (importOriginal) => ({
  ...(await importOriginal<typeof import('aws-amplify/auth')>()),
  signIn: vi.fn(),
  confirmSignIn: vi.fn(),
  getCurrentUser: vi.fn(),
}));
const amplify = await import('aws-amplify/auth');

const OLD_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const NEW_SECRET = 'KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU';

function totpSetup(secret: string): SignInOutput {
  return { isSignedIn: false, nextStep: { signInStep: 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP', totpSetupDetails: { sharedSecret: secret, getSetupUri: () => new URL(`otpauth://totp/x?secret=${secret}`) } } };
}

/** What Amplify's signInStore writes for a sign-in in progress. */
function amplifyState(expiresInMs: number): void {
  sessionStorage.setItem('CognitoSignInState.username', 'ana@example.com');
  sessionStorage.setItem('CognitoSignInState.challengeName', 'MFA_SETUP');
  sessionStorage.setItem('CognitoSignInState.signInSession', 'opaque-session');
  sessionStorage.setItem('CognitoSignInState.expiry', String(Date.now() + expiresInMs));
}

beforeEach(() => {
  sessionStorage.clear();
  vi.mocked(amplify.getCurrentUser).mockRejectedValue(Object.assign(new Error('User needs to be authenticated to call this API.'), { name: 'UserUnAuthenticatedException' }));
});

afterEach(() => {
  vi.mocked(amplify.signIn).mockReset();
  vi.mocked(amplify.confirmSignIn).mockReset();
});

describe('resumeSignIn on the Amplify adapter', () => {
  it('brings a TOTP setup back with a fresh secret from Cognito, never the stored one, for the same user', async () => {
    vi.mocked(amplify.signIn).mockResolvedValue(totpSetup(OLD_SECRET));
    await createAmplifyAuthClient().signIn({ username: 'ana@example.com', password: 'Passw0rd!' });
    amplifyState(60_000);
    const stored = Object.values(sessionStorage).join('\n');
    expect(stored).not.toContain(OLD_SECRET);
    expect(stored).not.toContain('Passw0rd!');

    vi.mocked(amplify.confirmSignIn).mockResolvedValue(totpSetup(NEW_SECRET));
    const resumed = await createAmplifyAuthClient().resumeSignIn();
    expect(vi.mocked(amplify.confirmSignIn)).toHaveBeenCalledWith({ challengeResponse: 'TOTP' });
    expect(resumed).toMatchObject({ status: 'inProgress', username: 'ana@example.com', nextStep: { signInStep: 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP' } });
    if (resumed.status !== 'inProgress' || resumed.nextStep.signInStep !== 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP') throw new Error('not resumed');
    expect(resumed.nextStep.totpSetupDetails.sharedSecret).toBe(NEW_SECRET);
    // The setup URI names the resumed user, as before the reload.
    expect(decodeURIComponent(resumed.nextStep.totpSetupDetails.getSetupUri('Acme').pathname)).toBe('/Acme:ana@example.com');
  });

  it('brings a code step back with where the code went', async () => {
    const sms: SignInOutput = { isSignedIn: false, nextStep: { signInStep: 'CONFIRM_SIGN_IN_WITH_SMS_CODE', codeDeliveryDetails: { deliveryMedium: 'SMS', destination: '+*******0100' } } };
    vi.mocked(amplify.signIn).mockResolvedValue(sms);
    await createAmplifyAuthClient().signIn({ username: 'ana@example.com', password: 'Passw0rd!' });
    amplifyState(60_000);
    await expect(createAmplifyAuthClient().resumeSignIn()).resolves.toEqual({ status: 'inProgress', username: 'ana@example.com', nextStep: sms.nextStep });
  });

  it("says the sign-in ended when Amplify's state has expired, and forgets the step", async () => {
    vi.mocked(amplify.signIn).mockResolvedValue({ isSignedIn: false, nextStep: { signInStep: 'CONFIRM_SIGN_IN_WITH_TOTP_CODE' } } as never);
    await createAmplifyAuthClient().signIn({ username: 'ana@example.com', password: 'Passw0rd!' });
    amplifyState(-1);
    await expect(createAmplifyAuthClient().resumeSignIn()).resolves.toEqual({ status: 'expired' });
    await expect(createAmplifyAuthClient().resumeSignIn()).resolves.toEqual({ status: 'none' });
  });

  it('keeps nothing once the sign-in is done', async () => {
    vi.mocked(amplify.signIn).mockResolvedValue({ isSignedIn: true, nextStep: { signInStep: 'DONE' } } as never);
    await createAmplifyAuthClient().signIn({ username: 'ana@example.com', password: 'Passw0rd!' });
    amplifyState(60_000);
    await expect(createAmplifyAuthClient().resumeSignIn()).resolves.toEqual({ status: 'none' });
  });
});
