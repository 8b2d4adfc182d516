import { createRoot } from 'react-dom/client';
import { Authenticator } from '../../../src/index.ts';
import { createLocalAuthClient } from '../../../src/local.ts';
import '../../../src/theme/styles.css';

// G: the README's Quick start, word for word, on the embedded local pool.
const client = createLocalAuthClient({ users: [{ username: 'ada@example.com', password: 'Passw0rd!' }] });

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
