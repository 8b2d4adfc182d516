// The example's aws-exports.js (Amplify UI's auth-with-totp-mfa environment): the email is the username and MFA
// is required, by authenticator app only. The feature file's users are seeded, none with an app set up yet.
import { PASSWORD, TEMPORARY_PASSWORD } from '../../../support/constants';
import { createTestPool } from '../../../support/local-pool';

export const pool = createTestPool({
  loginWith: { email: true },
  mfa: { enforcement: 'ON', types: ['TOTP'] },
  users: [
    { username: 'confirmed@example.com', password: PASSWORD },
    { username: 'changing@example.com', password: TEMPORARY_PASSWORD, status: 'FORCE_CHANGE_PASSWORD' },
  ],
});
export const client = pool.client;
