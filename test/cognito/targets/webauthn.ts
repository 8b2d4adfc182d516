// Passkey registration and management, which cognito-local lacks: StartWebAuthnRegistration,
// CompleteWebAuthnRegistration (the attestation checked with the local pool's WebAuthn verifier),
// ListWebAuthnCredentials and DeleteWebAuthnCredential; and SetUserPoolMfaConfig's WebAuthnConfiguration.
import { randomBytes } from 'node:crypto';
import { CognitoError } from 'cognito-local/lib/errors.js';
import type { Route } from 'cognito-local/lib/server/Router.js';
import { AuthError } from '../../../src/client/errors.js';
import { verifyRegistrationResponse, type RegistrationResponseJSON } from '../../../src/client/local/crypto/webauthn.js';
import { signedInUser } from '../access-token.js';
import { attribute, stringField, type EmulatorServices, type Target } from '../emulator-services.js';
import { cognitoError } from '../errors.js';
import { originAllowed, relyingParty, type WebAuthnConfiguration } from '../passkeys.js';

/** The origin the browser wrote into clientDataJSON, if it can be read. */
function clientOrigin(credential: RegistrationResponseJSON): string | undefined {
  try {
    const data = JSON.parse(Buffer.from(credential.response.clientDataJSON, 'base64url').toString('utf8')) as { origin?: unknown };
    return typeof data.origin === 'string' ? data.origin : undefined;
  } catch {
    return undefined;
  }
}

export const StartWebAuthnRegistration =
  (services: EmulatorServices): Target =>
  async (ctx, request) => {
    const { pool, client, user } = await signedInUser(services, ctx, request);
    const rp = relyingParty(pool);
    const challenge = randomBytes(32).toString('base64url');
    services.passkeys.start(pool.options.Id, user.Username, challenge, client.ClientId);
    const name = attribute(user, 'email') ?? attribute(user, 'phone_number') ?? user.Username;
    return {
      CredentialCreationOptions: {
        challenge,
        rp: { id: rp.id, name: rp.id },
        user: { id: Buffer.from(attribute(user, 'sub') ?? user.Username).toString('base64url'), name, displayName: name },
        pubKeyCredParams: [
          { type: 'public-key', alg: -7 },
          { type: 'public-key', alg: -257 },
        ],
        timeout: 60000,
        excludeCredentials: services.passkeys.list(pool.options.Id, user.Username).map((p) => ({ type: 'public-key', id: p.credentialId, transports: p.transports })),
        authenticatorSelection: { residentKey: 'required', userVerification: rp.userVerification },
      },
    };
  };

export const CompleteWebAuthnRegistration =
  (services: EmulatorServices): Target =>
  async (ctx, request) => {
    const { pool, client, user } = await signedInUser(services, ctx, request);
    const rp = relyingParty(pool);
    const ceremony = services.passkeys.take(pool.options.Id, user.Username);
    if (!ceremony) throw new CognitoError('WebAuthnChallengeNotFoundException', 'The passkey registration has expired or was not started.');
    if (ceremony.clientId !== client.ClientId) throw new CognitoError('WebAuthnClientMismatchException', 'The registration was started by another app client.');
    const credential = request.Credential as RegistrationResponseJSON | undefined;
    if (typeof credential !== 'object' || typeof credential.response !== 'object') throw cognitoError.invalidParameter('Credential is required');
    const origin = clientOrigin(credential);
    try {
      const verified = await verifyRegistrationResponse({
        response: credential,
        expectedChallenge: ceremony.challenge,
        // Any origin on the RP ID (or localhost over http) passes, as Cognito lets it; the verifier refuses the rest.
        expectedOrigins: origin !== undefined && originAllowed(origin, rp.id) ? [origin] : [],
        rpId: rp.id,
        requireUserVerification: rp.userVerification === 'required',
      });
      services.passkeys.add(pool.options.Id, user.Username, {
        credentialId: verified.credentialId,
        relyingPartyId: rp.id,
        transports: verified.transports,
        ...(verified.authenticatorAttachment === undefined ? {} : { authenticatorAttachment: verified.authenticatorAttachment }),
        createdAt: services.clock.get(),
        publicKey: verified.publicKey,
        algorithm: verified.algorithm,
        signCount: verified.signCount,
      });
    } catch (error) {
      // The verifier names its failures as Cognito does.
      if (error instanceof AuthError) throw new CognitoError(error.name, error.message);
      throw error;
    }
    return {};
  };

export const ListWebAuthnCredentials =
  (services: EmulatorServices): Target =>
  async (ctx, request) => {
    const { pool, user } = await signedInUser(services, ctx, request);
    const limit = typeof request.MaxResults === 'number' ? request.MaxResults : 20;
    const start = Number(stringField(request, 'NextToken') ?? '0');
    const passkeys = services.passkeys.list(pool.options.Id, user.Username);
    const next = start + limit < passkeys.length ? String(start + limit) : undefined;
    return {
      Credentials: passkeys.slice(start, start + limit).map((p) => ({
        CredentialId: p.credentialId,
        RelyingPartyId: p.relyingPartyId,
        AuthenticatorTransports: p.transports,
        ...(p.authenticatorAttachment === undefined ? {} : { AuthenticatorAttachment: p.authenticatorAttachment }),
        CreatedAt: p.createdAt.getTime() / 1000,
      })),
      ...(next === undefined ? {} : { NextToken: next }),
    };
  };

export const DeleteWebAuthnCredential =
  (services: EmulatorServices): Target =>
  async (ctx, request) => {
    const { pool, user } = await signedInUser(services, ctx, request);
    const id = stringField(request, 'CredentialId') ?? '';
    if (!services.passkeys.delete(pool.options.Id, user.Username, id)) throw new CognitoError('ResourceNotFoundException', 'Credential does not exist.');
    return {};
  };

/** cognito-local's SetUserPoolMfaConfig, keeping WebAuthnConfiguration too (it drops it). */
export function SetUserPoolMfaConfig(services: EmulatorServices, stock: Route): Target {
  return async (ctx, request) => {
    const output = (await stock(ctx, request)) as object;
    const config = request.WebAuthnConfiguration as WebAuthnConfiguration | undefined;
    const pool = await services.cognito.getUserPool(ctx, stringField(request, 'UserPoolId') ?? '');
    if (config) await pool.updateOptions(ctx, { ...pool.options, WebAuthnConfiguration: config } as typeof pool.options);
    const stored = (pool.options as { WebAuthnConfiguration?: WebAuthnConfiguration }).WebAuthnConfiguration;
    return stored ? { ...output, WebAuthnConfiguration: stored } : output;
  };
}
