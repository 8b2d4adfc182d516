// The apps the bench builds and loads, one entry each: an id, the file in apps/ that is its entry, what it is.
// `gatehouse: true` adds the composition tables; `sameInitialAs` checks that the app's first load is no larger
// than the other app's and holds none of the account center (what an app adds only after sign-in must cost
// nothing up front; the chunks around the app's own lazy page differ, so the bytes are compared, not the files).
export const APPS = [
  { id: 'A', entry: 'A-amplify-ui.tsx', name: "Amplify UI's Authenticator on aws-amplify" },
  { id: 'B', entry: 'B-amplify-plain-form.tsx', name: 'aws-amplify/auth + a plain form (baseline of A, H)' },
  { id: 'D', entry: 'D-plain-form.tsx', name: 'the plain form, no auth library (floor of G)' },
  { id: 'G', entry: 'G-gatehouse-local.tsx', name: 'Gatehouse on its local pool (Quick start)', gatehouse: true },
  { id: 'H', entry: 'H-gatehouse-amplify.tsx', name: 'Gatehouse on gatehouse/amplify', gatehouse: true },
  // The same apps with <AccountSettings> on the page shown after sign-in (loaded then, as an app's route is).
  { id: 'GA', entry: 'GA-gatehouse-local-account.tsx', name: 'G + account center', gatehouse: true, sameInitialAs: 'G' },
  { id: 'HA', entry: 'HA-gatehouse-amplify-account.tsx', name: 'H + account center', gatehouse: true, sameInitialAs: 'H' },
];

/** Source folders whose code must never be in the first load of an app that shows the account center only after sign-in. */
export const ACCOUNT_MODULES = ['src/AccountSettings/', 'src/hooks/account/', 'src/i18n/account/'];

/** The apps the size budget (test/size-budget.mjs) builds. */
export const BUDGETED = ['G', 'H'];
