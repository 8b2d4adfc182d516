// The example's aws-exports.js (Amplify UI's auth-with-username-no-attributes environment): users pick a
// username, email is required and gets the codes, and passwords need 8 characters with a lowercase letter, an
// uppercase letter, a number and a symbol. The feature file's confirmed user is seeded.
import { PASSWORD } from '../../../support/constants';
import { createTestPool } from '../../../support/local-pool';

export const pool = createTestPool({
  loginWith: { username: true },
  attributes: { email: { required: true } },
  passwordPolicy: { minLength: 8, requireLowercase: true, requireUppercase: true, requireNumbers: true, requireSymbols: true },
  users: [{ username: 'confirmed', password: PASSWORD, attributes: { email: 'confirmed@example.com' } }],
});
export const client = pool.client;
