import './shared/amplify-config.ts';
import { Authenticator } from '@aws-amplify/ui-react';
import '@aws-amplify/ui-react/styles.css';
import { createRoot } from 'react-dom/client';

// A: Amplify UI's Authenticator, as its docs write it.
function App() {
  return (
    <Authenticator>
      {({ user, signOut }) => (
        <main>
          <p>Hello {user?.signInDetails?.loginId}</p>
          <button onClick={() => signOut?.()}>Sign out</button>
        </main>
      )}
    </Authenticator>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(<App />);
