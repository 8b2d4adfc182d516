// Ported from aws-amplify/amplify-ui, examples/next/pages/ui/components/authenticator/sign-in-with-username/index.page.tsx.
// Changed as the README's migration section says: the imports, and the `client` prop in place of Amplify.configure.
import React from 'react';
import { Authenticator } from 'gatehouse';
import 'gatehouse/styles.css';
import { client } from './client';

export default function App() {
  return (
    <Authenticator client={client}>
      {({ signOut, user }) => (
        <main>
          <h1>Hello {user.username}</h1>
          <button onClick={signOut}>Sign out</button>
        </main>
      )}
    </Authenticator>
  );
}
