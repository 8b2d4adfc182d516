// The example's aws-exports.js (Amplify UI's auth-with-email-lambda-signup-trigger environment): the email is the
// username, and a pre sign-up Lambda confirms every new user and verifies the email it gives (autoConfirmUser,
// autoVerifyEmail), which the local pool models as signUpVerification: 'verified'.
import { createTestPool } from '../../../support/local-pool';

export const pool = createTestPool({ loginWith: { email: true }, signUpVerification: 'verified' });
export const client = pool.client;
