import { describe, expect, it } from 'vitest';
import { createSoftAuthenticator } from '../../support/soft-authenticator.js';
import { createTestPool, expectNoSecretsInStorage, failure, matching, PASSWORD, T0 } from '../../support/local-pool.js';

const EMAIL = 'ana@example.com';
const ORIGIN = 'https://localhost';
const USER_AUTH = { authFlowType: 'USER_AUTH' } as const;

async function passkeyPool(options: { origins?: string[] } = {}) {
  const authenticator = createSoftAuthenticator({ origin: ORIGIN });
  const pool = createTestPool({
    passwordless: { firstFactors: ['PASSWORD', 'EMAIL_OTP', 'WEB_AUTHN'] },
    webAuthn: { credentials: authenticator, relyingPartyId: 'localhost', origins: options.origins ?? [ORIGIN] },
  });
  await pool.seedUser({ username: EMAIL, password: PASSWORD });
  await pool.client.signIn({ username: EMAIL, password: PASSWORD });
  return { pool, authenticator };
}

describe('passkeys (WEB_AUTHN)', () => {
  it('registers a passkey when signed in, then signs in with it alone', async () => {
    const { pool: p, authenticator } = await passkeyPool();
    await expect(p.client.associateWebAuthnCredential()).resolves.toBeUndefined();
    expect(authenticator.credentialCount()).toBe(1);
    const { credentials, nextToken } = await p.client.listWebAuthnCredentials();
    expect(nextToken).toBeUndefined();
    expect(credentials).toEqual([
      {
        credentialId: matching(/^[\w-]{43}$/),
        friendlyCredentialName: 'Passkey 1',
        relyingPartyId: 'localhost',
        authenticatorAttachment: 'platform',
        authenticatorTransports: ['internal'],
        createdAt: new Date(T0),
      },
    ]);
    await p.client.signOut();

    expect(await p.client.signIn({ username: EMAIL, options: { ...USER_AUTH, preferredChallenge: 'WEB_AUTHN' } })).toEqual({
      isSignedIn: true,
      nextStep: { signInStep: 'DONE' },
    });
    expect((await p.client.getCurrentUser()).signInDetails).toEqual({ loginId: EMAIL, authFlowType: 'USER_AUTH' });
    expect(p.signInStorage.contents()).toEqual({});
    expectNoSecretsInStorage(p);

    // Now WEB_AUTHN is on offer, and choosing it signs in too.
    await p.client.signOut();
    expect((await p.client.signIn({ username: EMAIL, options: USER_AUTH })).nextStep).toEqual({
      signInStep: 'CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION',
      availableChallenges: ['PASSWORD', 'EMAIL_OTP', 'WEB_AUTHN'],
    });
    expect((await p.client.confirmSignIn({ challengeResponse: 'WEB_AUTHN' })).nextStep.signInStep).toBe('DONE');
  });

  it('deletes a passkey, after which it no longer signs in', async () => {
    const { pool: p } = await passkeyPool();
    await p.client.associateWebAuthnCredential();
    const [credential] = (await p.client.listWebAuthnCredentials()).credentials;
    if (!credential) throw new Error('No passkey was registered.');
    expect(await failure(p.client.deleteWebAuthnCredential({ credentialId: 'bm9wZQ' }))).toMatchObject({ name: 'ResourceNotFoundException' });
    await p.client.deleteWebAuthnCredential({ credentialId: credential.credentialId });
    expect((await p.client.listWebAuthnCredentials()).credentials).toEqual([]);
    await p.client.signOut();
    expect((await p.client.signIn({ username: EMAIL, options: { ...USER_AUTH, preferredChallenge: 'WEB_AUTHN' } })).nextStep.signInStep).toBe(
      'CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION',
    );
  });

  it('keeps one passkey per authenticator, pages the list, and signs in with either', async () => {
    const laptop = createSoftAuthenticator({ origin: ORIGIN });
    const phone = createSoftAuthenticator({ origin: ORIGIN });
    let holder = laptop;
    const credentials = { create: (o?: CredentialCreationOptions) => holder.create(o), get: (o?: CredentialRequestOptions) => holder.get(o) };
    const p = createTestPool({ passwordless: { firstFactors: ['WEB_AUTHN'] }, webAuthn: { credentials, relyingPartyId: 'localhost', origins: [ORIGIN] } });
    await p.seedUser({ username: EMAIL, password: PASSWORD });
    await p.client.signIn({ username: EMAIL, password: PASSWORD });
    await p.client.associateWebAuthnCredential();
    holder = phone;
    await p.client.associateWebAuthnCredential();
    const first = await p.client.listWebAuthnCredentials({ pageSize: 1 });
    expect(first.credentials.map((c) => c.friendlyCredentialName)).toEqual(['Passkey 1']);
    expect(first.nextToken).toBeDefined();
    const second = await p.client.listWebAuthnCredentials({ pageSize: 1, ...(first.nextToken === undefined ? {} : { nextToken: first.nextToken }) });
    expect(second.credentials.map((c) => c.friendlyCredentialName)).toEqual(['Passkey 2']);
    expect(second.nextToken).toBeUndefined();
    await p.client.signOut();
    // With WEB_AUTHN the only factor, USER_AUTH goes straight to the passkey prompt.
    expect((await p.client.signIn({ username: EMAIL, options: USER_AUTH })).nextStep.signInStep).toBe('DONE');
    await p.client.signOut();
    holder = laptop;
    expect((await p.client.signIn({ username: EMAIL, options: USER_AUTH })).nextStep.signInStep).toBe('DONE');
  });

  it('reports a cancelled passkey prompt as PasskeyRetrievalCanceledException, and the sign-in can be retried', async () => {
    const { pool: p, authenticator } = await passkeyPool();
    await p.client.associateWebAuthnCredential();
    await p.client.signOut();
    authenticator.cancelNext();
    expect(await failure(p.client.signIn({ username: EMAIL, options: { ...USER_AUTH, preferredChallenge: 'WEB_AUTHN' } }))).toMatchObject({
      name: 'PasskeyRetrievalCanceledException',
    });
    expect(await p.client.fetchAuthSession()).toEqual({});
    expect((await p.client.confirmSignIn({ challengeResponse: 'WEB_AUTHN' })).nextStep.signInStep).toBe('DONE');
  });

  it('reports a cancelled registration as PasskeyRegistrationCanceledException, and a second registration of the same authenticator as PasskeyAlreadyExistsException', async () => {
    const { pool: p, authenticator } = await passkeyPool();
    authenticator.cancelNext();
    expect(await failure(p.client.associateWebAuthnCredential())).toMatchObject({ name: 'PasskeyRegistrationCanceledException' });
    await p.client.associateWebAuthnCredential();
    expect(await failure(p.client.associateWebAuthnCredential())).toMatchObject({ name: 'PasskeyAlreadyExistsException' });
    expect((await p.client.listWebAuthnCredentials()).credentials).toHaveLength(1);
  });

  it('refuses a passkey response from an origin the pool does not allow', async () => {
    const { pool: p } = await passkeyPool({ origins: ['https://app.example'] });
    expect(await failure(p.client.associateWebAuthnCredential())).toMatchObject({ name: 'WebAuthnOriginNotAllowedException' });
    expect((await p.client.listWebAuthnCredentials()).credentials).toEqual([]);
  });

  it('requires a signed-in user to register a passkey', async () => {
    const { pool: p } = await passkeyPool();
    await p.client.signOut();
    expect(await failure(p.client.associateWebAuthnCredential())).toMatchObject({ name: 'UserUnAuthenticatedException' });
  });
});
