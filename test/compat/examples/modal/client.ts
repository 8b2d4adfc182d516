// The example's aws-exports.js (Amplify UI's auth-with-username-no-attributes environment): users sign in with
// a username; one has an account.
import { createTestPool } from '../../../support/local-pool';

export const pool = createTestPool({
  loginWith: { username: true },
  users: [{ username: 'ada', password: 'Passw0rd!', attributes: { email: 'ada@example.com' } }],
});
export const client = pool.client;
