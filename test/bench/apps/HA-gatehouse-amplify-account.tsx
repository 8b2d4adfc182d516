import './shared/amplify-config.ts';
import { Suspense, lazy } from 'react';
import { createRoot } from 'react-dom/client';
import { createAmplifyAuthClient } from '../../../src/amplify.ts';
import { Authenticator } from '../../../src/index.ts';
import '../../../src/theme/styles.css';

// HA: H, with the account center once signed in (its page loads then, as an app's route would).
const client = createAmplifyAuthClient();
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
