// The example's aws-exports.js (Amplify UI's auth-with-phone-and-sms-mfa environment): the phone number is the
// username and MFA is required, by text message. The feature file's users are seeded.
import { PASSWORD, TEMPORARY_PASSWORD } from '../../../support/constants';
import { createTestPool } from '../../../support/local-pool';

export const pool = createTestPool({
  loginWith: { phone: true },
  mfa: { enforcement: 'ON', types: ['SMS'] },
  users: [
    { username: '+19995554444', password: PASSWORD },
    { username: '+309995554444', password: TEMPORARY_PASSWORD, status: 'FORCE_CHANGE_PASSWORD' },
  ],
});
export const client = pool.client;
