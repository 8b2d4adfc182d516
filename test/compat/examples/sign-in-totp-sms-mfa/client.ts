// The example's aws-exports.js (Amplify UI's auth-with-totp-and-sms-mfa environment): the email is the username,
// and MFA is required, by text message or authenticator app. Seeded: a user with both set up and no preference,
// one with a phone number and neither set up, and one with neither and no phone number.
import { PASSWORD, TOTP_SECRET } from '../../../support/constants';
import { createTestPool } from '../../../support/local-pool';

export const pool = createTestPool({
  loginWith: { email: true },
  mfa: { enforcement: 'ON', types: ['SMS', 'TOTP'] },
  users: [
    { username: 'both@example.com', password: PASSWORD, attributes: { phone_number: '+19995554444' }, mfa: { enabled: ['SMS', 'TOTP'] }, totpSecret: TOTP_SECRET },
    { username: 'phone@example.com', password: PASSWORD, attributes: { phone_number: '+19995550000' } },
    { username: 'new@example.com', password: PASSWORD },
  ],
});
export const client = pool.client;
