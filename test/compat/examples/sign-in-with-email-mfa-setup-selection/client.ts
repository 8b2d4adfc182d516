// The example's amplify_outputs.json is the one of sign-in-with-email-mfa-selection (Amplify UI's gen2
// auth-with-email-mfa environment): the same pool.
export { client, pool } from '../sign-in-with-email-mfa-selection/client';
