import { AuthError } from '../errors.js';
import { fromBase64Url, toBase64Url, toBytes } from './crypto/bytes.js';
import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialDescriptorJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from './crypto/webauthn.js';

/** navigator.credentials, or a stand-in (a software authenticator in tests). */
export type CredentialsContainerLike = Pick<CredentialsContainer, 'create' | 'get'>;

type Ceremony = 'registration' | 'retrieval';

function descriptor(json: PublicKeyCredentialDescriptorJSON): PublicKeyCredentialDescriptor {
  return {
    id: fromBase64Url(json.id),
    type: json.type,
    // Browsers ignore transports they do not know, so passing strings through is safe.
    ...(json.transports && { transports: json.transports as AuthenticatorTransport[] }),
  };
}

function creationOptions(json: PublicKeyCredentialCreationOptionsJSON): PublicKeyCredentialCreationOptions {
  return {
    rp: json.rp,
    user: { ...json.user, id: fromBase64Url(json.user.id) },
    challenge: fromBase64Url(json.challenge),
    pubKeyCredParams: json.pubKeyCredParams,
    ...(json.timeout !== undefined && { timeout: json.timeout }),
    ...(json.excludeCredentials && { excludeCredentials: json.excludeCredentials.map(descriptor) }),
    ...(json.authenticatorSelection && { authenticatorSelection: json.authenticatorSelection }),
    ...(json.attestation && { attestation: json.attestation }),
  };
}

function requestOptions(json: PublicKeyCredentialRequestOptionsJSON): PublicKeyCredentialRequestOptions {
  return {
    challenge: fromBase64Url(json.challenge),
    ...(json.timeout !== undefined && { timeout: json.timeout }),
    ...(json.rpId !== undefined && { rpId: json.rpId }),
    ...(json.allowCredentials && { allowCredentials: json.allowCredentials.map(descriptor) }),
    ...(json.userVerification && { userVerification: json.userVerification }),
  };
}

function base64Url(buffer: ArrayBuffer | ArrayBufferView): string {
  return toBase64Url(toBytes(buffer));
}

function errorName(error: unknown): unknown {
  return typeof error === 'object' && error !== null && 'name' in error ? error.name : undefined;
}

function toCeremonyError(error: unknown, ceremony: Ceremony): AuthError {
  // Duck-typed: DOMException may come from another realm (jsdom, iframes).
  const name = errorName(error);
  if (name === 'NotAllowedError') {
    return new AuthError({
      name: ceremony === 'registration' ? 'PasskeyRegistrationCanceledException' : 'PasskeyRetrievalCanceledException',
      message: `The passkey ${ceremony} was canceled or timed out.`,
      cause: error,
    });
  }
  if (name === 'InvalidStateError' && ceremony === 'registration') {
    return new AuthError({
      name: 'PasskeyAlreadyExistsException',
      message: 'A passkey for this account already exists on this device.',
      cause: error,
    });
  }
  const message =
    typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string'
      ? error.message
      : String(error);
  return new AuthError({ name: 'Unknown', message, cause: error });
}

function requireContainer(container: CredentialsContainerLike | undefined): CredentialsContainerLike {
  if (!container) {
    throw new AuthError({ name: 'PasskeyNotSupportedException', message: 'This browser does not support passkeys.' });
  }
  return container;
}

/** Runs navigator.credentials.create() and returns the response in its WebAuthn JSON form. */
export async function createPasskey(
  container: CredentialsContainerLike | undefined,
  options: PublicKeyCredentialCreationOptionsJSON,
): Promise<RegistrationResponseJSON> {
  const credentials = requireContainer(container);
  try {
    // Read field by field rather than toJSON(), which older browsers lack.
    const publicKey = creationOptions(options);
    const credential = (await credentials.create({ publicKey })) as PublicKeyCredential | null;
    if (!credential) throw new Error('The browser returned no passkey.');
    const response = credential.response as AuthenticatorAttestationResponse;
    const id = base64Url(credential.rawId);
    return {
      id,
      rawId: id,
      type: 'public-key',
      authenticatorAttachment: credential.authenticatorAttachment,
      response: {
        clientDataJSON: base64Url(response.clientDataJSON),
        attestationObject: base64Url(response.attestationObject),
        transports: typeof response.getTransports === 'function' ? response.getTransports() : [],
      },
      clientExtensionResults: {},
    };
  } catch (error) {
    throw toCeremonyError(error, 'registration');
  }
}

/** Runs navigator.credentials.get() and returns the response in its WebAuthn JSON form. */
export async function getPasskey(
  container: CredentialsContainerLike | undefined,
  options: PublicKeyCredentialRequestOptionsJSON,
): Promise<AuthenticationResponseJSON> {
  const credentials = requireContainer(container);
  try {
    const publicKey = requestOptions(options);
    const credential = (await credentials.get({ publicKey })) as PublicKeyCredential | null;
    if (!credential) throw new Error('The browser returned no passkey.');
    const response = credential.response as AuthenticatorAssertionResponse;
    const id = base64Url(credential.rawId);
    return {
      id,
      rawId: id,
      type: 'public-key',
      authenticatorAttachment: credential.authenticatorAttachment,
      response: {
        clientDataJSON: base64Url(response.clientDataJSON),
        authenticatorData: base64Url(response.authenticatorData),
        signature: base64Url(response.signature),
        userHandle: response.userHandle ? base64Url(response.userHandle) : null,
      },
      clientExtensionResults: {},
    };
  } catch (error) {
    throw toCeremonyError(error, 'retrieval');
  }
}
