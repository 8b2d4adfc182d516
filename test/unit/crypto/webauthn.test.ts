import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { AuthError, type AuthErrorName } from '../../../src/client/errors.js';
import { concatBytes, fromBase64Url, randomBytes, toBase64Url, utf8Encode } from '../../../src/client/local/crypto/bytes.js';
import { decodeCbor } from '../../../src/client/local/crypto/cbor.js';
import { coseKeyToJwk, verifySignature } from '../../../src/client/local/crypto/cose.js';
import {
  type AuthenticationResponseJSON,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '../../../src/client/local/crypto/webauthn.js';
import { createPasskey, getPasskey } from '../../../src/client/local/webauthn-ceremony.js';
import { encodeCbor } from '../../support/cbor-encode.js';
import { createSoftAuthenticator, derEncodeSignature, type SoftAuthenticator } from '../../support/soft-authenticator.js';

const origin = 'https://app.example.com';
const rpId = 'app.example.com';
const userId = toBase64Url(randomBytes(16));

async function expectAuthError(promise: Promise<unknown>, name: AuthErrorName): Promise<AuthError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(AuthError);
  expect(error).toMatchObject({ name });
  return error as AuthError;
}

function creationOptions(
  overrides: Partial<PublicKeyCredentialCreationOptionsJSON> = {},
): PublicKeyCredentialCreationOptionsJSON {
  return {
    rp: { id: rpId, name: 'Gatehouse' },
    user: { id: userId, name: 'jane@example.com', displayName: 'Jane' },
    challenge: toBase64Url(randomBytes(32)),
    pubKeyCredParams: [
      { type: 'public-key', alg: -7 },
      { type: 'public-key', alg: -257 },
    ],
    timeout: 60_000,
    authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
    attestation: 'none',
    ...overrides,
  };
}

function requestOptions(
  overrides: Partial<PublicKeyCredentialRequestOptionsJSON> = {},
): PublicKeyCredentialRequestOptionsJSON {
  return { challenge: toBase64Url(randomBytes(32)), rpId, userVerification: 'required', timeout: 60_000, ...overrides };
}

const expectations = { expectedOrigins: [origin], rpId, requireUserVerification: true };

async function register(authenticator: SoftAuthenticator, requireUserVerification = true) {
  const options = creationOptions();
  const response = await createPasskey(authenticator, options);
  const input = { ...expectations, response, expectedChallenge: options.challenge, requireUserVerification };
  return { options, response, input, passkey: await verifyRegistrationResponse(input) };
}

async function authenticate(authenticator: SoftAuthenticator) {
  const { passkey } = await register(authenticator);
  const options = requestOptions({ allowCredentials: [{ id: passkey.credentialId, type: 'public-key' }] });
  const response = await getPasskey(authenticator, options);
  const input = { ...expectations, response, expectedChallenge: options.challenge, credential: passkey };
  return { passkey, options, response, input };
}

function withClientData(response: RegistrationResponseJSON, clientData: Record<string, unknown>): RegistrationResponseJSON {
  const clientDataJSON = toBase64Url(utf8Encode(JSON.stringify(clientData)));
  return { ...response, response: { ...response.response, clientDataJSON } };
}

function clientDataOf(response: RegistrationResponseJSON | AuthenticationResponseJSON): Record<string, unknown> {
  return JSON.parse(Buffer.from(response.response.clientDataJSON, 'base64url').toString('utf8')) as Record<string, unknown>;
}

/** The registration response with its COSE key swapped for `coseKey`, re-encoded. */
function withCoseKey(response: RegistrationResponseJSON, coseKey: Map<number, number | Uint8Array>): RegistrationResponseJSON {
  const attestation = decodeCbor(fromBase64Url(response.response.attestationObject));
  const authData = attestation instanceof Map ? attestation.get('authData') : undefined;
  if (!(authData instanceof Uint8Array)) throw new Error('test setup: no authData');
  const idLength = ((authData[53] ?? 0) << 8) | (authData[54] ?? 0);
  const newAuthData = concatBytes(authData.subarray(0, 55 + idLength), encodeCbor(coseKey));
  const attestationObject = toBase64Url(
    encodeCbor(
      new Map<string, string | Uint8Array | Map<string, string>>([
        ['fmt', 'none'],
        ['attStmt', new Map()],
        ['authData', newAuthData],
      ]),
    ),
  );
  return { ...response, response: { ...response.response, attestationObject } };
}

describe('passkey registration and authentication round trip', () => {
  it('registers a passkey and signs in with it, counting signatures', async () => {
    const authenticator = createSoftAuthenticator({ origin });
    const { response, passkey } = await register(authenticator);
    expect(authenticator.credentialCount()).toBe(1);
    expect(response.id).toBe(response.rawId);
    const { publicKey, ...rest } = passkey;
    expect(Object.keys(publicKey).sort()).toEqual(['crv', 'kty', 'x', 'y']);
    expect(publicKey).toMatchObject({ kty: 'EC', crv: 'P-256' });
    expect(fromBase64Url(publicKey.x ?? '')).toHaveLength(32);
    expect(fromBase64Url(publicKey.y ?? '')).toHaveLength(32);
    expect(rest).toEqual({
      credentialId: response.rawId,
      algorithm: -7,
      signCount: 0,
      transports: ['internal'],
      aaguid: '00000000-0000-0000-0000-000000000000',
      authenticatorAttachment: 'platform',
      userVerified: true,
      backedUp: false,
    });
    expect(clientDataOf(response)).toMatchObject({ type: 'webauthn.create', origin });

    const first = requestOptions({ allowCredentials: [{ id: passkey.credentialId, type: 'public-key' }] });
    const assertion = await getPasskey(authenticator, first);
    expect(assertion.rawId).toBe(passkey.credentialId);
    expect(assertion.response.userHandle).toBe(userId);
    const verified = await verifyAuthenticationResponse({
      ...expectations,
      response: assertion,
      expectedChallenge: first.challenge,
      credential: passkey,
    });
    expect(verified).toEqual({ signCount: 1, userVerified: true });

    // Discoverable: no allowCredentials, and the stored count is now 1.
    const second = requestOptions();
    const again = await verifyAuthenticationResponse({
      ...expectations,
      response: await getPasskey(authenticator, second),
      expectedChallenge: second.challenge,
      credential: { ...passkey, signCount: verified.signCount },
    });
    expect(again.signCount).toBe(2);
  });

  it('reports a passkey registered without user verification when it is not required', async () => {
    const { passkey } = await register(createSoftAuthenticator({ origin, userVerified: false }), false);
    expect(passkey.userVerified).toBe(false);
  });
});

describe('registration failures', () => {
  it('rejects a response to another challenge', async () => {
    const { input } = await register(createSoftAuthenticator({ origin }));
    await expectAuthError(
      verifyRegistrationResponse({ ...input, expectedChallenge: toBase64Url(randomBytes(32)) }),
      'WebAuthnChallengeNotFoundException',
    );
  });

  it('rejects an origin that is not allowed', async () => {
    const { input } = await register(createSoftAuthenticator({ origin }));
    const error = await expectAuthError(
      verifyRegistrationResponse({ ...input, expectedOrigins: ['https://other.example.com'] }),
      'WebAuthnOriginNotAllowedException',
    );
    expect(error.message).toContain(origin);
  });

  it('rejects a passkey for another relying party', async () => {
    const { input } = await register(createSoftAuthenticator({ origin }));
    await expectAuthError(
      verifyRegistrationResponse({ ...input, rpId: 'example.com' }),
      'WebAuthnRelyingPartyMismatchException',
    );
  });

  it('rejects client data of a sign-in ceremony', async () => {
    const { input, response } = await register(createSoftAuthenticator({ origin }));
    const tampered = withClientData(response, { ...clientDataOf(response), type: 'webauthn.get' });
    await expectAuthError(
      verifyRegistrationResponse({ ...input, response: tampered }),
      'WebAuthnClientMismatchException',
    );
  });

  it('rejects a credential ID that differs from the authenticator data', async () => {
    const { input, response } = await register(createSoftAuthenticator({ origin }));
    const otherId = toBase64Url(randomBytes(32));
    await expectAuthError(
      verifyRegistrationResponse({ ...input, response: { ...response, id: otherId, rawId: otherId } }),
      'WebAuthnClientMismatchException',
    );
  });

  it('rejects a passkey without user verification when it is required', async () => {
    await expectAuthError(register(createSoftAuthenticator({ origin, userVerified: false })), 'NotAuthorizedException');
  });

  it('rejects a key algorithm other than ES256 and RS256', async () => {
    const { input, response } = await register(createSoftAuthenticator({ origin }));
    const ed25519 = new Map<number, number | Uint8Array>([
      [1, 1],
      [3, -8],
      [-1, 6],
      [-2, randomBytes(32)],
    ]);
    await expectAuthError(
      verifyRegistrationResponse({ ...input, response: withCoseKey(response, ed25519) }),
      'WebAuthnCredentialNotSupportedException',
    );
  });

  it('rejects an EC key that is not on the P-256 curve', async () => {
    const { input, response } = await register(createSoftAuthenticator({ origin }));
    const offCurve = new Map<number, number | Uint8Array>([
      [1, 2],
      [3, -7],
      [-1, 1],
      [-2, new Uint8Array(32).fill(1)],
      [-3, new Uint8Array(32).fill(2)],
    ]);
    await expectAuthError(
      verifyRegistrationResponse({ ...input, response: withCoseKey(response, offCurve) }),
      'NotAuthorizedException',
    );
  });

  it('rejects an attestation object that is not CBOR', async () => {
    const { input, response } = await register(createSoftAuthenticator({ origin }));
    const garbage = { ...response, response: { ...response.response, attestationObject: toBase64Url(new Uint8Array([0xff])) } };
    await expectAuthError(verifyRegistrationResponse({ ...input, response: garbage }), 'NotAuthorizedException');
  });

  it('rejects authenticator data followed by stray bytes', async () => {
    const { input, response } = await register(createSoftAuthenticator({ origin }));
    const attestation = decodeCbor(fromBase64Url(response.response.attestationObject));
    const authData = attestation instanceof Map ? attestation.get('authData') : undefined;
    if (!(authData instanceof Uint8Array)) throw new Error('test setup: no authData');
    const padded = encodeCbor(
      new Map<string, string | Uint8Array | Map<string, string>>([
        ['fmt', 'none'],
        ['attStmt', new Map()],
        ['authData', concatBytes(authData, new Uint8Array([0]))],
      ]),
    );
    const tampered = { ...response, response: { ...response.response, attestationObject: toBase64Url(padded) } };
    const error = await expectAuthError(verifyRegistrationResponse({ ...input, response: tampered }), 'NotAuthorizedException');
    expect(error.message).toMatch(/authenticator data is malformed/);
  });
});

describe('authentication failures', () => {
  it('rejects a response to another challenge', async () => {
    const { input } = await authenticate(createSoftAuthenticator({ origin }));
    await expectAuthError(
      verifyAuthenticationResponse({ ...input, expectedChallenge: toBase64Url(randomBytes(32)) }),
      'WebAuthnChallengeNotFoundException',
    );
  });

  it('rejects an origin that is not allowed', async () => {
    const { input } = await authenticate(createSoftAuthenticator({ origin }));
    await expectAuthError(
      verifyAuthenticationResponse({ ...input, expectedOrigins: ['https://app.example.com:8443'] }),
      'WebAuthnOriginNotAllowedException',
    );
  });

  it('rejects another relying party', async () => {
    const { input } = await authenticate(createSoftAuthenticator({ origin }));
    await expectAuthError(
      verifyAuthenticationResponse({ ...input, rpId: 'evil.example.com' }),
      'WebAuthnRelyingPartyMismatchException',
    );
  });

  it('rejects client data of a registration ceremony', async () => {
    const { input, response } = await authenticate(createSoftAuthenticator({ origin }));
    const clientDataJSON = toBase64Url(utf8Encode(JSON.stringify({ ...clientDataOf(response), type: 'webauthn.create' })));
    await expectAuthError(
      verifyAuthenticationResponse({ ...input, response: { ...response, response: { ...response.response, clientDataJSON } } }),
      'WebAuthnClientMismatchException',
    );
  });

  it('rejects a sign-in without user verification when it is required', async () => {
    const authenticator = createSoftAuthenticator({ origin, userVerified: false });
    const { passkey } = await register(authenticator, false);
    const options = requestOptions();
    const response = await getPasskey(authenticator, options);
    const input = { ...expectations, response, expectedChallenge: options.challenge, credential: passkey };
    await expectAuthError(verifyAuthenticationResponse(input), 'NotAuthorizedException');
    expect(await verifyAuthenticationResponse({ ...input, requireUserVerification: false })).toEqual({
      signCount: 1,
      userVerified: false,
    });
  });

  it('rejects a tampered signature', async () => {
    const { input, response } = await authenticate(createSoftAuthenticator({ origin }));
    const signature = fromBase64Url(response.response.signature);
    signature[signature.length - 1] = (signature[signature.length - 1] ?? 0) ^ 0x01;
    const tampered = { ...response, response: { ...response.response, signature: toBase64Url(signature) } };
    const error = await expectAuthError(verifyAuthenticationResponse({ ...input, response: tampered }), 'NotAuthorizedException');
    expect(error.message).toMatch(/signature is not valid/);
  });

  it('rejects a signature by another passkey', async () => {
    const authenticator = createSoftAuthenticator({ origin });
    const { input } = await authenticate(authenticator);
    const { passkey: other } = await register(authenticator);
    await expectAuthError(verifyAuthenticationResponse({ ...input, credential: other }), 'NotAuthorizedException');
  });

  it('rejects a signature counter that went backwards, but accepts a zero stored counter', async () => {
    const { input } = await authenticate(createSoftAuthenticator({ origin }));
    const error = await expectAuthError(
      verifyAuthenticationResponse({ ...input, credential: { ...input.credential, signCount: 5 } }),
      'NotAuthorizedException',
    );
    expect(error.message).toMatch(/cloned authenticator/);
    await expectAuthError(
      verifyAuthenticationResponse({ ...input, credential: { ...input.credential, signCount: 1 } }),
      'NotAuthorizedException',
    );
    expect(await verifyAuthenticationResponse(input)).toMatchObject({ signCount: 1 });
  });
});

describe('browser ceremony errors', () => {
  it('reports a cancelled registration or sign-in', async () => {
    const authenticator = createSoftAuthenticator({ origin });
    authenticator.cancelNext();
    await expectAuthError(createPasskey(authenticator, creationOptions()), 'PasskeyRegistrationCanceledException');
    await register(authenticator);
    authenticator.cancelNext();
    await expectAuthError(getPasskey(authenticator, requestOptions()), 'PasskeyRetrievalCanceledException');
    expect(await getPasskey(authenticator, requestOptions())).toMatchObject({ type: 'public-key' });
  });

  it('reports a passkey already on this authenticator', async () => {
    const authenticator = createSoftAuthenticator({ origin });
    const { passkey } = await register(authenticator);
    await expectAuthError(
      createPasskey(authenticator, creationOptions({ excludeCredentials: [{ id: passkey.credentialId, type: 'public-key' }] })),
      'PasskeyAlreadyExistsException',
    );
    expect(authenticator.credentialCount()).toBe(1);
  });

  it('reports a sign-in with no matching passkey as cancelled, as browsers do', async () => {
    const authenticator = createSoftAuthenticator({ origin });
    await register(authenticator);
    await expectAuthError(
      getPasskey(authenticator, requestOptions({ allowCredentials: [{ id: toBase64Url(randomBytes(32)), type: 'public-key' }] })),
      'PasskeyRetrievalCanceledException',
    );
  });

  it('reports a browser without passkeys', async () => {
    const error = await expectAuthError(createPasskey(undefined, creationOptions()), 'PasskeyNotSupportedException');
    expect(error.message).toBe('This browser does not support passkeys.');
    await expectAuthError(getPasskey(undefined, requestOptions()), 'PasskeyNotSupportedException');
  });

  it('passes any other browser error on as Unknown, keeping its message and cause', async () => {
    const authenticator = createSoftAuthenticator({ origin });
    const error = await expectAuthError(
      createPasskey(authenticator, creationOptions({ pubKeyCredParams: [{ type: 'public-key', alg: -257 }] })),
      'Unknown',
    );
    expect(error.message).toBe('None of the requested algorithms is supported.');
    expect(error.cause).toMatchObject({ name: 'NotSupportedError' });
  });
});

describe('COSE keys and signatures', () => {
  it('refuses COSE keys other than EC2 P-256 ES256 and RSA RS256', () => {
    const cases = [
      new Map<number, number>([[3, -7]]),
      new Map<number, number>([
        [1, 2],
        [3, -7],
        [-1, 2],
      ]),
      new Map<number, number>([
        [1, 3],
        [3, -37],
      ]),
      new Map<number, number>([
        [1, 2],
        [3, -257],
      ]),
    ];
    for (const key of cases) {
      expect(() => coseKeyToJwk(key)).toThrow(expect.objectContaining({ name: 'WebAuthnCredentialNotSupportedException' }));
    }
    expect(() => coseKeyToJwk([1, 2])).toThrow(AuthError);
  });

  it('verifies RS256 signatures', async () => {
    const keys = await crypto.subtle.generateKey(
      { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
      false,
      ['sign', 'verify'],
    );
    const jwk = await crypto.subtle.exportKey('jwk', keys.publicKey);
    const coseKey = encodeCbor(
      new Map<number, number | Uint8Array>([
        [1, 3],
        [3, -257],
        [-1, fromBase64Url(jwk.n ?? '')],
        [-2, fromBase64Url(jwk.e ?? '')],
      ]),
    );
    const { algorithm, publicKey } = coseKeyToJwk(decodeCbor(coseKey));
    expect(algorithm).toBe(-257);
    const data = utf8Encode('signed data');
    const signature = new Uint8Array(await crypto.subtle.sign('RSASSA-PKCS1-v1_5', keys.privateKey, data));
    expect(await verifySignature(algorithm, publicKey, signature, data)).toBe(true);
    expect(await verifySignature(algorithm, publicKey, signature, utf8Encode('other data'))).toBe(false);
    expect(await verifySignature(algorithm, publicKey, signature.slice(1), data)).toBe(false);
  });

  it('verifies DER ES256 signatures with short and zero-padded integers, and refuses malformed ones', async () => {
    const keys = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
    const publicKey = await crypto.subtle.exportKey('jwk', keys.publicKey);
    const data = utf8Encode('signed data');
    // Sign until r has a leading zero byte (a short INTEGER) and s has its top bit set (a 0x00 pad).
    let raw = new Uint8Array(64);
    const wanted = (candidate: Uint8Array): boolean =>
      candidate[0] === 0 && (candidate[1] ?? 0) < 0x80 && (candidate[32] ?? 0) >= 0x80;
    for (let attempt = 0; attempt < 20_000 && !wanted(raw); attempt++) {
      raw = new Uint8Array(await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, keys.privateKey, data));
    }
    expect(wanted(raw)).toBe(true);
    const der = derEncodeSignature(raw);
    expect(der[3]).toBeLessThan(32);
    expect(der[der.length - 33]).toBe(0);
    expect(await verifySignature(-7, publicKey, der, data)).toBe(true);

    const malformed = [
      raw,
      der.slice(0, -1),
      concatBytes(der, new Uint8Array([0])),
      new Uint8Array(),
      new Uint8Array([0x30, 0x00]),
      Uint8Array.from(der, (byte, i) => (i === 2 ? 0x03 : byte)),
    ];
    for (const signature of malformed) expect(await verifySignature(-7, publicKey, signature, data)).toBe(false);
  });
});
