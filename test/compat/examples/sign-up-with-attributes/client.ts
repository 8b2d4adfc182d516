// The example's aws-exports.js (Amplify UI's auth-with-all-attributes environment): users pick a username, every
// standard attribute is required, and the sign-up code goes to the email. One user was created by an
// administrator with a temporary password and none of those attributes: signing in asks for a new password.
import { createTestPool } from '../../../support/local-pool';

const required = { required: true };

export const pool = createTestPool({
  loginWith: { username: true },
  signUpVerification: 'email',
  attributes: {
    address: required,
    birthdate: required,
    email: required,
    family_name: required,
    middle_name: required,
    gender: required,
    locale: required,
    given_name: required,
    name: required,
    nickname: required,
    phone_number: required,
    preferred_username: required,
    picture: required,
    profile: required,
    updated_at: required,
    website: required,
    zoneinfo: required,
  },
  users: [{ username: 'temp-user', password: 'Temp0rary!', status: 'FORCE_CHANGE_PASSWORD' }],
});
export const client = pool.client;
