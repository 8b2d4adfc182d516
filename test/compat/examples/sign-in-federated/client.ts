// The example's aws-exports.js (Amplify UI's auth-with-federated environment): the email is the username, and
// the pool federates Facebook, Google and Login with Amazon (aws_cognito_social_providers, in that order), here
// simulated identity providers that each answer with one user.
import { createTestPool } from '../../../support/local-pool';

export const pool = createTestPool({
  loginWith: { email: true },
  attributes: { email: { required: true } },
  federation: [
    { provider: 'Facebook', attributes: { email: 'fay@example.com' } },
    { provider: 'Google', attributes: { email: 'gus@example.com' } },
    { provider: 'Amazon', attributes: { email: 'amy@example.com' } },
  ],
});
export const client = pool.client;
