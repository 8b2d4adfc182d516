// AssociateSoftwareToken and VerifySoftwareToken with a Session: TOTP set up during sign-in (the MFA_SETUP
// challenge). With an AccessToken they are stock cognito-local's.
import { CognitoError } from 'cognito-local/lib/errors.js';
import type { Route } from 'cognito-local/lib/server/Router.js';
import { Secret } from 'otpauth';
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

export const AssociateSoftwareToken =
  (services: EmulatorServices, stock: Route): Target =>
  async (ctx, request) => {
    if (stringField(request, 'AccessToken')) return stock(ctx, request) as Promise<object>;
    const session = setupSession(services, stringField(request, 'Session'));
    const secret = new Secret({ size: 20 }).base32;
    return { SecretCode: secret, Session: renew(services, session, { secret, verified: false }) };
  };

export const VerifySoftwareToken =
  (services: EmulatorServices, stock: Route): Target =>
  async (ctx, request) => {
    if (stringField(request, 'AccessToken')) return stock(ctx, request) as Promise<object>;
    const session = setupSession(services, stringField(request, 'Session'));
    const secret = session.totp?.secret;
    if (!secret) throw cognitoError.invalidParameter('Call AssociateSoftwareToken first');
    if (!totpMatches(secret, stringField(request, 'UserCode') ?? '')) throw new CognitoError('EnableSoftwareTokenMFAException', 'Code mismatch');
    const pool = await services.cognito.getUserPoolForClientId(ctx, session.clientId);
    const user = session.username === undefined ? null : await pool.getUserByUsername(ctx, session.username);
    if (!user) throw cognitoError.invalidSession();
    const methods = new Set([...(user.UserMFASettingList ?? []), 'SOFTWARE_TOKEN_MFA']);
    const device = stringField(request, 'FriendlyDeviceName');
    await pool.saveUser(ctx, {
      ...user,
      SoftwareTokenMfaConfiguration: { Secret: secret, Verified: true, ...(device ? { FriendlyDeviceName: device } : {}) },
      UserMFASettingList: [...methods],
    });
    return { Status: 'SUCCESS', Session: renew(services, session, { secret, verified: true }) };
  };
