// The example's aws-exports.js (Amplify UI's auth-with-username-no-attributes environment): users pick a
// username, email is required and gets the codes; the feature file's users are seeded in each status it names.
import { PASSWORD, TEMPORARY_PASSWORD } from '../../../support/constants';
import { createTestPool } from '../../../support/local-pool';

export const pool = createTestPool({
  loginWith: { username: true },
  attributes: { email: { required: true } },
  users: [
    { username: 'confirmed', password: PASSWORD, attributes: { email: 'confirmed@example.com' } },
    { username: 'unconfirmed', password: PASSWORD, status: 'UNCONFIRMED', attributes: { email: 'unconfirmed@example.com' } },
    { username: 'changing', password: TEMPORARY_PASSWORD, status: 'FORCE_CHANGE_PASSWORD', attributes: { email: 'changing@example.com' } },
  ],
});
export const client = pool.client;
