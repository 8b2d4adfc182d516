// The example's aws-exports.js is the one of the useAuthenticator example (Amplify UI's
// auth-with-username-no-attributes environment, one user with an account): the same pool, and the same
// `reloadPage`, a reload (a new client on the same storage).
export { client, pool, reloadPage } from '../useAuthenticator/client';
