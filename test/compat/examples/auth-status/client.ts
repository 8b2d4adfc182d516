// The example's aws-exports.js (Amplify UI's auth-with-username-no-attributes environment): users sign in with
// a username; one has an account. `reloadPage` is a reload: a new client on the same storage.
import { createTestPool } from '../../../support/local-pool';

export const pool = createTestPool({
  loginWith: { username: true },
  users: [{ username: 'ada', password: 'Passw0rd!', attributes: { email: 'ada@example.com' } }],
});

/** A live binding: the page rendered after `reloadPage()` gets the new client. */
export let client = pool.client;

export function reloadPage(): void {
  client = pool.reload().client;
}
