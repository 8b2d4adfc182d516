// The example's aws-exports.js (Amplify UI's auth-with-passwordless environment): users sign in with their email
// or phone number, email is required, and the pool takes email and SMS codes, passkeys and passwords as first
// factors. Passkeys live in a software authenticator (jsdom has no WebAuthn). The feature file's user is seeded.
import { PASSWORD } from '../../../support/constants';
import { createTestPool } from '../../../support/local-pool';
import { passkeyConfig, softAuthenticator } from '../../../support/passkeys';

export const pool = createTestPool({
  ...passkeyConfig(softAuthenticator()),
  loginWith: { email: true, phone: true },
  attributes: { email: { required: true } },
  users: [{ username: 'confirmed@example.com', password: PASSWORD, attributes: { phone_number: '+19995554444' } }],
});
export const client = pool.client;
