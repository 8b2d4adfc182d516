// The apps the bench builds and loads, one entry each: an id, the file in apps/ that is its entry, what it is.
// `gatehouse: true` adds the composition tables; `sameInitialAs` checks that the app's first load is byte for
// byte the other app's (what an app adds only after sign-in must cost nothing up front).
export const APPS = [
  { id: 'A', entry: 'A-amplify-ui.tsx', name: "Amplify UI's Authenticator on aws-amplify" },
  { id: 'B', entry: 'B-amplify-plain-form.tsx', name: 'aws-amplify/auth + a plain form (baseline of A, H)' },
  { id: 'D', entry: 'D-plain-form.tsx', name: 'the plain form, no auth library (floor of G)' },
  { id: 'G', entry: 'G-gatehouse-local.tsx', name: 'Gatehouse on its local pool (Quick start)', gatehouse: true },
  { id: 'H', entry: 'H-gatehouse-amplify.tsx', name: 'Gatehouse on gatehouse/amplify', gatehouse: true },
  // Once <AccountSettings> exists, one line each (the entry renders it after sign-in):
  // { id: 'GA', entry: 'GA-gatehouse-local-account.tsx', name: 'G + account center', gatehouse: true, sameInitialAs: 'G' },
  // { id: 'HA', entry: 'HA-gatehouse-amplify-account.tsx', name: 'H + account center', gatehouse: true, sameInitialAs: 'H' },
];

/** The apps the size budget (test/size-budget.mjs) builds. */
export const BUDGETED = ['G', 'H'];
