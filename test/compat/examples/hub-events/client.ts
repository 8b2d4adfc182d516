// The example's aws-exports.js (Amplify UI's auth-with-email environment): users sign in with their email; one
// has an account.
import { createTestPool } from '../../../support/local-pool';

export const pool = createTestPool({ loginWith: { email: true }, users: [{ username: 'ada@example.com', password: 'Passw0rd!' }] });
export const client = pool.client;
