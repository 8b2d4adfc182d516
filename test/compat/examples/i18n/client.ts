// The example's aws-exports.js (Amplify UI's auth-with-username-no-attributes environment): users pick a
// username, and the sign-up code goes to their email.
import { createTestPool } from '../../../support/local-pool';

export const pool = createTestPool({ loginWith: { username: true } });
export const client = pool.client;
