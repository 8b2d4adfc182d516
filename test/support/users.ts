import { createLocalAuthClient, type LocalAuthClient, type LocalAuthClientOptions, type SeedUser } from '../../src/local.ts';
import { PASSWORD, TEMPORARY_PASSWORD, TOTP_SECRET } from './constants.ts';

/** The people stories and tests sign in as; each seeds the ones it needs. */
export const USERS = {
  confirmed: { username: 'ada@example.com', password: PASSWORD, attributes: { phone_number: '+15555550101' } },
  unconfirmed: { username: 'grace@example.com', password: PASSWORD, status: 'UNCONFIRMED' },
  newPassword: { username: 'alan@example.com', password: TEMPORARY_PASSWORD, status: 'FORCE_CHANGE_PASSWORD' },
  unverified: { username: 'edsger@example.com', password: PASSWORD, attributes: { email_verified: 'false', phone_number: '+15555550104', phone_number_verified: 'false' } },
  sms: { username: 'barbara@example.com', password: PASSWORD, attributes: { phone_number: '+15555550100' }, mfa: { enabled: ['SMS'], preferred: 'SMS' } },
  emailMfa: { username: 'margaret@example.com', password: PASSWORD, mfa: { enabled: ['EMAIL'], preferred: 'EMAIL' } },
  twoFactors: { username: 'katherine@example.com', password: PASSWORD, attributes: { phone_number: '+15555550105' }, mfa: { enabled: ['SMS', 'TOTP'] }, totpSecret: TOTP_SECRET },
} as const satisfies Record<string, SeedUser>;

/**
 * The embedded pool in a browser (a story): fast hashing, nothing written to the browser's storage (every
 * story starts signed out, whatever another story did), and the users given seeded.
 */
export function localPool(options: LocalAuthClientOptions = {}): LocalAuthClient {
  return createLocalAuthClient({ passwordHashIterations: 1_000, storage: 'memory', signInStorage: 'memory', ...options });
}
