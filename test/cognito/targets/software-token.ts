// AssociateSoftwareToken and VerifySoftwareToken, with a Session (TOTP set up during sign-in, the MFA_SETUP
// challenge) or an AccessToken (from the signed-in account). cognito-local's access-token pair replaces a
// working secret as soon as a new one is asked for, and answers a wrong code with CodeMismatchException; Cognito
// keeps the old secret until the new one is verified, and says EnableSoftwareTokenMFAException.
import type { User, UserPoolService } from 'cognito-local/lib/services/userPoolService.js';
import type { Context } from 'cognito-local/lib/services/context.js';
import { Secret } from 'otpauth';
import { signedInUser, type AccountUser } from '../access-token.js';
import { stringField, type EmulatorServices, type Target } from '../emulator-services.js';
import { cognitoError } from '../errors.js';
import type { ChallengeSession } from '../sessions.js';
import { totpMatches } from './respond-to-auth-challenge.js';

function setupSession(services: EmulatorServices, id: string | undefined): ChallengeSession & { id: string } {
  const session = services.sessions.get(id);
  if (!session || session.challenge !== 'MFA_SETUP' || id === undefined) throw cognitoError.invalidSession();
  return { ...session, id };
}

/** Hands the old session's state on under a new id, as each Cognito step returns a new Session. */
function renew(services: EmulatorServices, session: ChallengeSession & { id: string }, totp: NonNullable<ChallengeSession['totp']>): string {
  services.sessions.close(session.id);
  return services.sessions.open({ challenge: 'MFA_SETUP', clientId: session.clientId, username: session.username, flow: session.flow, totp });
}

/** Makes `secret` the user's authenticator and turns TOTP MFA on, as a verified software token does. */
async function enableSoftwareToken(ctx: Context, pool: UserPoolService, user: User, secret: string, deviceName: string | undefined): Promise<void> {
  const updated: AccountUser = {
    ...user,
    SoftwareTokenMfaConfiguration: { Secret: secret, Verified: true, ...(deviceName ? { FriendlyDeviceName: deviceName } : {}) },
    UserMFASettingList: [...new Set([...(user.UserMFASettingList ?? []), 'SOFTWARE_TOKEN_MFA'])],
  };
  delete updated.PendingSoftwareTokenSecret;
  await pool.saveUser(ctx, updated);
}

export const AssociateSoftwareToken =
  (services: EmulatorServices): Target =>
  async (ctx, request) => {
    const secret = new Secret({ size: 20 }).base32;
    if (stringField(request, 'AccessToken')) {
      const { pool, user } = await signedInUser(services, ctx, request);
      // A verified authenticator keeps working until the new one is verified.
      const updated: AccountUser = user.SoftwareTokenMfaConfiguration?.Verified
        ? { ...user, PendingSoftwareTokenSecret: secret }
        : { ...user, SoftwareTokenMfaConfiguration: { Secret: secret, Verified: false } };
      await pool.saveUser(ctx, updated);
      return { SecretCode: secret };
    }
    const session = setupSession(services, stringField(request, 'Session'));
    return { SecretCode: secret, Session: renew(services, session, { secret, verified: false }) };
  };

export const VerifySoftwareToken =
  (services: EmulatorServices): Target =>
  async (ctx, request) => {
    const code = stringField(request, 'UserCode') ?? '';
    const deviceName = stringField(request, 'FriendlyDeviceName');
    if (stringField(request, 'AccessToken')) {
      const { pool, user } = await signedInUser(services, ctx, request);
      const config = user.SoftwareTokenMfaConfiguration;
      const secret = user.PendingSoftwareTokenSecret ?? (config?.Verified === false ? config.Secret : undefined);
      if (!secret) throw cognitoError.invalidParameter('Call AssociateSoftwareToken first');
      if (!totpMatches(secret, code)) throw cognitoError.totpMismatch();
      await enableSoftwareToken(ctx, pool, user, secret, deviceName);
      return { Status: 'SUCCESS' };
    }
    const session = setupSession(services, stringField(request, 'Session'));
    const secret = session.totp?.secret;
    if (!secret) throw cognitoError.invalidParameter('Call AssociateSoftwareToken first');
    if (!totpMatches(secret, code)) throw cognitoError.totpMismatch();
    const pool = await services.cognito.getUserPoolForClientId(ctx, session.clientId);
    const user = session.username === undefined ? null : await pool.getUserByUsername(ctx, session.username);
    if (!user) throw cognitoError.invalidSession();
    await enableSoftwareToken(ctx, pool, user, secret, deviceName);
    return { Status: 'SUCCESS', Session: renew(services, session, { secret, verified: true }) };
  };
