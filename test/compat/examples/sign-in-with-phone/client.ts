// The example's aws-exports.js (Amplify UI's auth-with-phone-number environment): the phone number is the
// username; the feature file's users are seeded in each status it names.
import { PASSWORD } from '../../../support/constants';
import { createTestPool } from '../../../support/local-pool';

export const pool = createTestPool({
  loginWith: { phone: true },
  users: [
    { username: '+19995554444', password: PASSWORD },
    { username: '+209995550001', password: PASSWORD, status: 'UNCONFIRMED' },
  ],
});
export const client = pool.client;
