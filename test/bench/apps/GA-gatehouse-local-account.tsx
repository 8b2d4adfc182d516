import { Suspense, lazy } from 'react';
import { createRoot } from 'react-dom/client';
import { Authenticator } from '../../../src/index.ts';
import { createLocalAuthClient } from '../../../src/local.ts';
import '../../../src/theme/styles.css';

// GA: G, with the account center once signed in (its page loads then, as an app's route would).
const client = createLocalAuthClient({ users: [{ username: 'ada@example.com', password: 'Passw0rd!' }] });
const AccountPage = lazy(() => import('./shared/AccountPage.tsx'));

export function App() {
  return (
    <Authenticator client={client}>
      <Suspense>
        <AccountPage />
      </Suspense>
    </Authenticator>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(<App />);
