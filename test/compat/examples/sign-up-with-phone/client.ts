// The example's aws-exports.js (Amplify UI's auth-with-phone-number environment): the phone number is the
// username, and the sign-up code goes to the email (its verification mechanism).
import { createTestPool } from '../../../support/local-pool';

export const pool = createTestPool({ loginWith: { phone: true }, signUpVerification: 'email' });
export const client = pool.client;
