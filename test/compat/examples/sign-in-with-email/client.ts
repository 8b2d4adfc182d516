// The example's aws-exports.js (Amplify UI's auth-with-email environment): the email is the username and gets
// the codes; the feature file's users are seeded in each status it names.
import { PASSWORD } from '../../../support/constants';
import { createTestPool } from '../../../support/local-pool';

export const pool = createTestPool({
  loginWith: { email: true },
  users: [
    { username: 'confirmed@example.com', password: PASSWORD },
    { username: 'unconfirmed@example.com', password: PASSWORD, status: 'UNCONFIRMED' },
    { username: 'reset@example.com', password: PASSWORD, status: 'RESET_REQUIRED' },
    // No verified contact yet: a sign-in goes through the VerifyUser screens the example customises.
    { username: 'unverified@example.com', password: PASSWORD, attributes: { email_verified: 'false' } },
  ],
});
export const client = pool.client;
