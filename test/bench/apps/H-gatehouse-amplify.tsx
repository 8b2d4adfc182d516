import './shared/amplify-config.ts';
import { createRoot } from 'react-dom/client';
import { createAmplifyAuthClient } from '../../../src/amplify.ts';
import { Authenticator } from '../../../src/index.ts';
import '../../../src/theme/styles.css';

// H: the Quick start on Amplify, with A's and B's configuration.
const client = createAmplifyAuthClient();

export function App() {
  return (
    <Authenticator client={client}>
      {({ user, signOut }) => (
        <main>
          <p>Hello {user.signInDetails?.loginId}</p>
          <button
            // The README's Quick start as written, though this project's lint would want braces here.
            // eslint-disable-next-line @typescript-eslint/no-confusing-void-expression
            onClick={() => signOut()}
          >
            Sign out
          </button>
        </main>
      )}
    </Authenticator>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(<App />);
