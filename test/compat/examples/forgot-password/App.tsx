// Ported from aws-amplify/amplify-ui, examples/next/pages/ui/components/authenticator/forgot-password/index.page.tsx.
// Changed as the README's migration section says: the imports, and the `client` prop in place of Amplify.configure.
import { Authenticator } from 'gatehouse';
import 'gatehouse/styles.css';
import { client } from './client';

export default function App() {
  return (
    <Authenticator client={client} initialState="forgotPassword">
      {({ signOut, user }) => (
        <main>
          <h1>Hello {user.username}</h1>
          <button onClick={signOut}>Sign out</button>
        </main>
      )}
    </Authenticator>
  );
}
