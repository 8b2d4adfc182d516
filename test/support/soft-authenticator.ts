import { Buffer } from 'node:buffer';
import { concatBytes, sha256, toBytes, utf8Encode } from '../../src/client/local/crypto/bytes.js';
import type { CredentialsContainerLike } from '../../src/client/local/webauthn-ceremony.js';
import { type CborInput, encodeCbor } from './cbor-encode.js';

export interface SoftAuthenticator extends CredentialsContainerLike {
  /** The next create() or get() rejects as if the user dismissed the browser's dialog. */
  cancelNext(): void;
  credentialCount(): number;
}

interface HeldCredential {
  id: Uint8Array<ArrayBuffer>;
  rpId: string;
  userHandle: Uint8Array<ArrayBuffer>;
  privateKey: CryptoKey;
  signCount: number;
}

const FLAG_UP = 0x01;
const FLAG_UV = 0x04;
const FLAG_AT = 0x40;

function base64Url(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64url');
}

function arrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return toBytes(bytes).buffer;
}

function uint32(value: number): Uint8Array {
  return new Uint8Array([value >>> 24, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff]);
}

function derInteger(unsigned: Uint8Array): number[] {
  let start = 0;
  while (start < unsigned.length - 1 && unsigned[start] === 0) start++;
  const digits = Array.from(unsigned.subarray(start));
  if ((digits[0] ?? 0) & 0x80) digits.unshift(0);
  return [0x02, digits.length, ...digits];
}

/** A raw 64-byte r||s ECDSA signature in the DER form authenticators send. */
export function derEncodeSignature(raw: Uint8Array): Uint8Array<ArrayBuffer> {
  const r = derInteger(raw.subarray(0, 32));
  const s = derInteger(raw.subarray(32, 64));
  return new Uint8Array([0x30, r.length + s.length, ...r, ...s]);
}

function clientData(
  type: 'webauthn.create' | 'webauthn.get',
  challenge: BufferSource,
  origin: string,
): Uint8Array<ArrayBuffer> {
  return utf8Encode(JSON.stringify({ type, challenge: base64Url(toBytes(challenge)), origin, crossOrigin: false }));
}

function domError(name: string, message: string): DOMException {
  return new DOMException(message, name);
}

/** A software platform authenticator holding ES256 passkeys, standing in for navigator.credentials in Node. */
export function createSoftAuthenticator({
  origin,
  userVerified = true,
}: {
  origin: string;
  userVerified?: boolean;
}): SoftAuthenticator {
  const held: HeldCredential[] = [];
  const hostname = new URL(origin).hostname;
  let cancel = false;

  function start(rpId: string | undefined): string {
    if (cancel) {
      cancel = false;
      throw domError('NotAllowedError', 'The operation either timed out or was not allowed.');
    }
    const id = rpId ?? hostname;
    if (hostname !== id && !hostname.endsWith(`.${id}`)) throw domError('SecurityError', 'This is an invalid domain.');
    return id;
  }

  const flags = (extra: number): number => FLAG_UP | (userVerified ? FLAG_UV : 0) | extra;

  async function create(options?: CredentialCreationOptions): Promise<Credential | null> {
    const publicKey = options?.publicKey;
    if (!publicKey) throw domError('NotSupportedError', 'Only publicKey credentials are supported.');
    const rpId = start(publicKey.rp.id);
    if (!publicKey.pubKeyCredParams.some((param) => param.alg === -7)) {
      throw domError('NotSupportedError', 'None of the requested algorithms is supported.');
    }
    const excluded = (publicKey.excludeCredentials ?? []).map((descriptor) => base64Url(toBytes(descriptor.id)));
    if (held.some((credential) => credential.rpId === rpId && excluded.includes(base64Url(credential.id)))) {
      throw domError('InvalidStateError', 'The authenticator already holds one of the excluded credentials.');
    }
    const keys = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
    const jwk = await crypto.subtle.exportKey('jwk', keys.publicKey);
    const coseKey = encodeCbor(
      new Map<number, CborInput>([
        [1, 2],
        [3, -7],
        [-1, 1],
        [-2, Buffer.from(jwk.x ?? '', 'base64url')],
        [-3, Buffer.from(jwk.y ?? '', 'base64url')],
      ]),
    );
    const id = crypto.getRandomValues(new Uint8Array(32));
    held.push({ id, rpId, userHandle: toBytes(publicKey.user.id), privateKey: keys.privateKey, signCount: 0 });
    const authData = concatBytes(
      await sha256(utf8Encode(rpId)),
      new Uint8Array([flags(FLAG_AT)]),
      uint32(0),
      new Uint8Array(16),
      new Uint8Array([id.length >> 8, id.length & 0xff]),
      id,
      coseKey,
    );
    const attestationObject = encodeCbor(
      new Map<string, CborInput>([
        ['fmt', 'none'],
        ['attStmt', new Map<string, CborInput>()],
        ['authData', authData],
      ]),
    );
    const credential = {
      id: base64Url(id),
      rawId: arrayBuffer(id),
      type: 'public-key',
      authenticatorAttachment: 'platform',
      response: {
        clientDataJSON: arrayBuffer(clientData('webauthn.create', publicKey.challenge, origin)),
        attestationObject: arrayBuffer(attestationObject),
        getTransports: () => ['internal'],
      },
    };
    return credential;
  }

  async function get(options?: CredentialRequestOptions): Promise<Credential | null> {
    const publicKey = options?.publicKey;
    if (!publicKey) throw domError('NotSupportedError', 'Only publicKey credentials are supported.');
    const rpId = start(publicKey.rpId);
    const allowed = (publicKey.allowCredentials ?? []).map((descriptor) => base64Url(toBytes(descriptor.id)));
    const credential = held.find(
      (candidate) => candidate.rpId === rpId && (allowed.length === 0 || allowed.includes(base64Url(candidate.id))),
    );
    if (!credential) throw domError('NotAllowedError', 'No passkey for this site is available.');
    credential.signCount += 1;
    const authenticatorData = concatBytes(
      await sha256(utf8Encode(rpId)),
      new Uint8Array([flags(0)]),
      uint32(credential.signCount),
    );
    const clientDataJSON = clientData('webauthn.get', publicKey.challenge, origin);
    const raw = await crypto.subtle.sign(
      { name: 'ECDSA', hash: 'SHA-256' },
      credential.privateKey,
      concatBytes(authenticatorData, await sha256(clientDataJSON)),
    );
    const assertion = {
      id: base64Url(credential.id),
      rawId: arrayBuffer(credential.id),
      type: 'public-key',
      authenticatorAttachment: 'platform',
      response: {
        clientDataJSON: arrayBuffer(clientDataJSON),
        authenticatorData: arrayBuffer(authenticatorData),
        signature: arrayBuffer(derEncodeSignature(new Uint8Array(raw))),
        userHandle: arrayBuffer(credential.userHandle),
      },
    };
    return assertion;
  }

  return {
    create,
    get,
    cancelNext: () => {
      cancel = true;
    },
    credentialCount: () => held.length,
  };
}
