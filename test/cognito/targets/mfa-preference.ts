// SetUserMFAPreference for SMS, TOTP and email (cognito-local knows no email MFA, and forgets the preferred method
// whenever a request does not name one). A method left out of the request keeps its setting; so does the preferred
// method, until it is disabled, marked not preferred, or another is preferred.
import { signedInUser, type AccountUser } from '../access-token.js';
import type { EmulatorServices, Target } from '../emulator-services.js';
import { cognitoError } from '../errors.js';

interface MfaSettings {
  Enabled?: unknown;
  PreferredMfa?: unknown;
}

const SETTINGS = [
  ['SMSMfaSettings', 'SMS_MFA'],
  ['SoftwareTokenMfaSettings', 'SOFTWARE_TOKEN_MFA'],
  ['EmailMfaSettings', 'EMAIL_OTP'],
] as const;

type Method = (typeof SETTINGS)[number][1];

export const SetUserMFAPreference =
  (services: EmulatorServices): Target =>
  async (ctx, request) => {
    const { pool, user } = await signedInUser(services, ctx, request);
    const methods = new Set(user.UserMFASettingList ?? []);
    let preferred = user.PreferredMfaSetting;
    const askedPreferred: Method[] = [];
    for (const [field, method] of SETTINGS) {
      const settings = request[field] as MfaSettings | null | undefined;
      if (settings === undefined || settings === null) continue;
      if (settings.Enabled === true) {
        if (method === 'SOFTWARE_TOKEN_MFA' && user.SoftwareTokenMfaConfiguration?.Verified !== true) {
          throw cognitoError.invalidParameter('User has not verified software token mfa');
        }
        methods.add(method);
      } else if (settings.Enabled === false) {
        methods.delete(method);
      }
      if (settings.PreferredMfa === true) askedPreferred.push(method);
      else if (settings.PreferredMfa === false && preferred === method) preferred = undefined;
    }
    if (askedPreferred.length > 1) throw cognitoError.invalidParameter('Only one MFA method can be preferred');
    const [chosen] = askedPreferred;
    if (chosen !== undefined) {
      if (!methods.has(chosen)) throw cognitoError.invalidParameter(`Cannot set ${chosen} as preferred: it is not enabled`);
      preferred = chosen;
    }
    const updated: AccountUser = { ...user, UserMFASettingList: [...methods] };
    // A disabled method cannot stay preferred.
    if (preferred !== undefined && methods.has(preferred)) updated.PreferredMfaSetting = preferred;
    else delete updated.PreferredMfaSetting;
    await pool.saveUser(ctx, updated);
    return {};
  };
