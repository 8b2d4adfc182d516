import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cognitoApi, createPool, createUser, uniqueEmail, type PoolSetup } from '../cognito/api.js';
import { PASSWORD_FLOW, PASSWORD_FLOW_CLIENT, configureAmplify, signOutQuietly, type AmplifyHarness } from './amplify.js';
import { installBrowserPasskeys } from './browser-passkeys.js';

const PASSWORD = 'Passw0rd!';
const { authenticator, inBrowser } = installBrowserPasskeys('http://localhost:5173', 'Gatehouse test browser');

/** A pool that offers passkeys, with localhost as its relying party. */
async function passkeyPool(webAuthn: { RelyingPartyId?: string } = { RelyingPartyId: 'localhost' }, factors = ['PASSWORD', 'WEB_AUTHN']): Promise<PoolSetup> {
  const setup = await createPool({ pool: { Policies: { SignInPolicy: { AllowedFirstAuthFactors: factors } } }, client: PASSWORD_FLOW_CLIENT });
  await cognitoApi('SetUserPoolMfaConfig', { UserPoolId: setup.userPoolId, WebAuthnConfiguration: { ...webAuthn, UserVerification: 'required' } });
  return setup;
}

let setup: PoolSetup;
let amplify: AmplifyHarness;

beforeAll(async () => {
  setup = await passkeyPool();
  amplify = configureAmplify(setup);
});

afterEach(() => signOutQuietly(amplify.client));

async function signedIn(): Promise<void> {
  const email = uniqueEmail('passkey');
  await createUser(setup, { email });
  await amplify.client.signIn({ username: email, password: PASSWORD, options: PASSWORD_FLOW });
}

describe('passkeys through aws-amplify/auth', () => {
  it('registers a passkey, lists it, refuses a second one on the same authenticator, and deletes it', async () => {
    await signedIn();
    const before = authenticator.credentialCount();
    await inBrowser(() => amplify.client.associateWebAuthnCredential());
    expect(authenticator.credentialCount()).toBe(before + 1);
    const { credentials, nextToken } = await amplify.client.listWebAuthnCredentials();
    expect(nextToken).toBeUndefined();
    expect(credentials).toHaveLength(1);
    const [credential] = credentials;
    expect(credential).toMatchObject({ relyingPartyId: 'localhost', authenticatorAttachment: 'platform', authenticatorTransports: ['internal'] });
    expect(credential?.credentialId).toMatch(/^[\w-]{43}$/);
    expect(credential?.createdAt).toBeInstanceOf(Date);

    // The options exclude the passkey this authenticator already holds.
    await expect(inBrowser(() => amplify.client.associateWebAuthnCredential())).rejects.toMatchObject({ name: 'PasskeyAlreadyExistsException' });

    await amplify.client.deleteWebAuthnCredential({ credentialId: credential?.credentialId ?? '' });
    expect((await amplify.client.listWebAuthnCredentials()).credentials).toEqual([]);
    await expect(amplify.client.deleteWebAuthnCredential({ credentialId: credential?.credentialId ?? '' })).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
    });
  });

  it('says so when the user dismisses the browser\'s dialog, and registers nothing', async () => {
    await signedIn();
    authenticator.cancelNext();
    await expect(inBrowser(() => amplify.client.associateWebAuthnCredential())).rejects.toMatchObject({ name: 'PasskeyRegistrationCanceledException' });
    expect((await amplify.client.listWebAuthnCredentials()).credentials).toEqual([]);
  });

  it('answers WebAuthnNotEnabledException where the pool offers no passkeys, and WebAuthnConfigurationMissingException without a relying party', async () => {
    const cases = [
      { pool: await passkeyPool({ RelyingPartyId: 'localhost' }, ['PASSWORD']), name: 'WebAuthnNotEnabledException' },
      { pool: await passkeyPool({}), name: 'WebAuthnConfigurationMissingException' },
    ];
    for (const { pool, name } of cases) {
      amplify = configureAmplify(pool);
      const email = uniqueEmail('no-passkeys');
      await createUser(pool, { email });
      await amplify.client.signIn({ username: email, password: PASSWORD, options: PASSWORD_FLOW });
      await expect(inBrowser(() => amplify.client.associateWebAuthnCredential())).rejects.toMatchObject({ name });
      await amplify.client.signOut();
    }
  });
});
