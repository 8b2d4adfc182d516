// The example's aws-exports.js (Amplify UI's auth-with-email-and-custom-attributes environment): users sign in
// with their email, sign-up requires email and preferred_username, and the code goes to the email.
import { createTestPool } from '../../../support/local-pool';

export const pool = createTestPool({
  loginWith: { email: true },
  attributes: { email: { required: true }, preferred_username: { required: true } },
});
export const client = pool.client;
