// The example's aws-exports.js (Amplify UI's auth-with-totp-mfa environment): users sign in with their email,
// and MFA is on, by authenticator app (TOTP) only.
import { createTestPool } from '../../../support/local-pool';

/** An authenticator app's secret (base32), for the user who has set TOTP up. */
export const TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

export const pool = createTestPool({
  loginWith: { email: true },
  mfa: { enforcement: 'ON', types: ['TOTP'] },
  users: [
    // Signs in for the first time: MFA is required, so they set up TOTP.
    { username: 'new-mfa@example.com', password: 'Passw0rd!' },
    // Has TOTP set up: signing in asks for its code.
    { username: 'totp@example.com', password: 'Passw0rd!', mfa: { enabled: ['TOTP'], preferred: 'TOTP' }, totpSecret: TOTP_SECRET },
  ],
});
export const client = pool.client;
