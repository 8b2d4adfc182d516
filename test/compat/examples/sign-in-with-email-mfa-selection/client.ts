// The example's amplify_outputs.json (Amplify UI's gen2 auth-with-email-mfa environment): the email is the
// username, and MFA by email code or authenticator app. The example's services answer every sign-in step
// themselves, so the pool is never asked to sign anyone in.
import { createTestPool } from '../../../support/local-pool';

export const pool = createTestPool({
  loginWith: { email: true },
  mfa: { enforcement: 'ON', types: ['EMAIL', 'TOTP'] },
});
export const client = pool.client;
