/* eslint-disable @typescript-eslint/no-floating-promises -- the example's own code, as published */
// Ported from aws-amplify/amplify-ui, examples/next/pages/ui/components/authenticator/useAuthenticator/home/index.page.tsx.
// Changed as the README's migration section says: the imports, and the Provider's `client` in place of
// Amplify.configure. next/router is the test's stand-in for Next.js's router (../next-router).
import { Authenticator, useAuthenticator } from 'gatehouse';
import * as React from 'react';
import { client } from '../client';
import router from '../next-router';

function App() {
  const { user, signOut } = useAuthenticator();

  const handleClick = (event: React.MouseEvent<HTMLButtonElement>) => {
    event.preventDefault();
    signOut();
    router.push('../useAuthenticator');
  };

  return (
    <>
      <div>Hello, {user?.username}!</div>
      <button onClick={handleClick}>Sign Out</button>
    </>
  );
}

export default function ProviderWrappedApp() {
  return (
    <Authenticator.Provider client={client}>
      <App />
    </Authenticator.Provider>
  );
}
