import { createRoot } from 'react-dom/client';
import { AuthenticatorProvider, useAuthenticator } from '../../../src/index.ts';
import { createLocalAuthClient } from '../../../src/local.ts';

// P: a headless app, the README's way: the provider and the hooks under the app's own markup. Not benched;
// test/size-budget.mjs checks that it ships none of the UI.
const client = createLocalAuthClient();

function Status() {
  const { authStatus, route } = useAuthenticator((context) => [context.authStatus, context.route]);
  return (
    <p>
      {authStatus} at {route}
    </p>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <AuthenticatorProvider client={client}>
    <Status />
  </AuthenticatorProvider>,
);
