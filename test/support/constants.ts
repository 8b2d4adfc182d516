/** The credentials and contacts the tests, stories and playground seed (one convention everywhere). */
export const PASSWORD = 'Passw0rd!';
export const NEW_PASSWORD = 'N3w-Passw0rd!';
export const TEMPORARY_PASSWORD = 'TempPassw0rd!';
/** A base32 TOTP secret that seeded users' authenticator apps already hold. */
export const TOTP_SECRET = 'JBSWY3DPEHPK3PXP';
export const EMAIL = 'ada@example.com';
export const PHONE = '+15555550100';
