// The example's aws-exports.js (Amplify UI's auth-with-email environment): users sign up with their email, no
// other attribute is required, and the code goes to the email.
import { createTestPool } from '../../../support/local-pool';

export const pool = createTestPool({ loginWith: { email: true } });
export const client = pool.client;
