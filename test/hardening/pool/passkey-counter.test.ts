// @vitest-environment node
import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import type { CredentialsContainerLike } from '../../../src/client/local/index.js';
import { derEncodeSignature } from '../../support/soft-authenticator.js';
import { createTestPool, failure, type TestPool } from '../../support/local-pool.js';

const EMAIL = 'ana@example.com';
const ORIGIN = 'https://localhost';
const USER_AUTH = { authFlowType: 'USER_AUTH' } as const;
const CREDENTIAL_ID = Buffer.from('a passkey with a counter').toString('base64url');

async function sha256(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
}

/** A copy in an ArrayBuffer of its own (a Buffer's `.buffer` is Node's shared pool). */
function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return Uint8Array.from(bytes).buffer;
}

/** An authenticator whose signature counter the test sets before each sign-in: a cloned one, say. */
async function countingAuthenticator(): Promise<{ credentials: CredentialsContainerLike; publicKey: JsonWebKey; setCounter(value: number): void }> {
  const keys = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
  const publicKey = await crypto.subtle.exportKey('jwk', keys.publicKey);
  let counter = 0;
  const get = async (options?: CredentialRequestOptions): Promise<Credential | null> => {
    const request = options?.publicKey;
    if (!request) throw new Error('Only publicKey requests.');
    const counterBytes = new Uint8Array(4);
    new DataView(counterBytes.buffer).setUint32(0, counter);
    const authenticatorData = Buffer.concat([await sha256(new TextEncoder().encode(request.rpId ?? 'localhost')), Buffer.from([0x05]), counterBytes]);
    const challenge = Buffer.from(request.challenge as ArrayBuffer).toString('base64url');
    const clientDataJSON = new TextEncoder().encode(JSON.stringify({ type: 'webauthn.get', challenge, origin: ORIGIN, crossOrigin: false }));
    const signed = Buffer.concat([authenticatorData, await sha256(clientDataJSON)]);
    const raw = new Uint8Array(await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, keys.privateKey, signed));
    const assertion = {
      id: CREDENTIAL_ID,
      rawId: toArrayBuffer(Buffer.from(CREDENTIAL_ID, 'base64url')),
      type: 'public-key',
      authenticatorAttachment: 'platform',
      response: {
        clientDataJSON: toArrayBuffer(clientDataJSON),
        authenticatorData: toArrayBuffer(authenticatorData),
        signature: toArrayBuffer(derEncodeSignature(raw)),
        userHandle: null,
      },
    };
    return assertion;
  };
  return {
    credentials: { create: () => Promise.reject(new Error('Not used.')), get },
    publicKey,
    setCounter: (value) => {
      counter = value;
    },
  };
}

/** The counter the pool's database holds for the passkey. */
function storedCounter(pool: TestPool): number | undefined {
  const [raw = '{}'] = Object.values(pool.persistence.contents());
  const db = JSON.parse(raw) as { users: Record<string, { passkeys: { signCount: number }[] }> };
  return Object.values(db.users)[0]?.passkeys[0]?.signCount;
}

async function passkeyPool(storedCount: number) {
  const authenticator = await countingAuthenticator();
  const pool = createTestPool({
    passwordless: { firstFactors: ['WEB_AUTHN'] },
    webAuthn: { credentials: authenticator.credentials, relyingPartyId: 'localhost', origins: [ORIGIN] },
  });
  await pool.seedUser({ username: EMAIL, passkeys: [{ credentialId: CREDENTIAL_ID, publicKey: authenticator.publicKey, signCount: storedCount }] });
  return { pool, authenticator };
}

async function signInWithCounter(pool: TestPool, authenticator: { setCounter(value: number): void }, counter: number) {
  authenticator.setCounter(counter);
  const result = pool.client.signIn({ username: EMAIL, options: USER_AUTH });
  const outcome = await result.then(
    (output) => output.nextStep.signInStep,
    (error: unknown) => (error instanceof Error ? error.name : String(error)),
  );
  if (outcome === 'DONE') await pool.client.signOut();
  return outcome;
}

describe('the passkey signature counter (WebAuthn: a non-zero counter must grow)', () => {
  it('refuses a counter that drops from 5 to 0, and keeps 5 stored', async () => {
    const { pool, authenticator } = await passkeyPool(5);
    authenticator.setCounter(0);
    expect(await failure(pool.client.signIn({ username: EMAIL, options: USER_AUTH }))).toMatchObject({
      name: 'NotAuthorizedException',
      message: expect.stringMatching(/counter/) as string,
    });
    expect(await pool.client.fetchAuthSession()).toEqual({});
    expect(storedCounter(pool)).toBe(5);
    // Clone detection stays on: a replayed lower counter is still refused, a higher one signs in.
    expect(await signInWithCounter(pool, authenticator, 3)).toBe('NotAuthorizedException');
    expect(await signInWithCounter(pool, authenticator, 5)).toBe('NotAuthorizedException');
    expect(await signInWithCounter(pool, authenticator, 6)).toBe('DONE');
    expect(storedCounter(pool)).toBe(6);
  });

  it('refuses 0 after a counting authenticator started counting from 0', async () => {
    const { pool, authenticator } = await passkeyPool(0);
    expect(await signInWithCounter(pool, authenticator, 3)).toBe('DONE');
    expect(storedCounter(pool)).toBe(3);
    expect(await signInWithCounter(pool, authenticator, 0)).toBe('NotAuthorizedException');
    expect(storedCounter(pool)).toBe(3);
  });

  it('accepts an authenticator that never counts (0 after 0)', async () => {
    const { pool, authenticator } = await passkeyPool(0);
    expect(await signInWithCounter(pool, authenticator, 0)).toBe('DONE');
    expect(await signInWithCounter(pool, authenticator, 0)).toBe('DONE');
    expect(storedCounter(pool)).toBe(0);
  });
});
