/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-floating-promises -- the example's own code, as published */
// Ported from aws-amplify/amplify-ui, examples/next/pages/ui/components/authenticator/auth-status/index.page.tsx.
// Changed as the README's migration section says: the imports, and the Provider's `client` in place of
// Amplify.configure. Button, Flex, PasswordField, Text and TextField are Amplify UI's primitives: they stay
// imported from @aws-amplify/ui-react. The app signs in and out with aws-amplify/auth itself, as published.
import { signIn, signOut } from 'aws-amplify/auth';

import { Button, Flex, PasswordField, Text, TextField } from '@aws-amplify/ui-react';
import { Authenticator, useAuthenticator } from 'gatehouse';

import { client } from './client';

function App() {
  const { authStatus } = useAuthenticator();

  const isAuthenticated = authStatus === 'authenticated';

  return (
    <Flex
      as="form"
      direction="column"
      onSubmit={(e: any) => {
        e.preventDefault();

        signIn(Object.fromEntries(new FormData(e.target)) as any);
      }}
    >
      <Text>{authStatus}</Text>
      {isAuthenticated ? null : (
        <>
          <TextField label="Username" id="username" name="username" />
          <PasswordField label="Password" id="password" name="password" />
        </>
      )}
      <Button
        onClick={() => {
          if (isAuthenticated) {
            signOut();
          }
        }}
        type={isAuthenticated ? 'button' : 'submit'}
      >
        {isAuthenticated ? 'Sign Out' : 'Sign In'}
      </Button>
    </Flex>
  );
}

export default function ProviderWrappedApp() {
  return (
    <Authenticator.Provider client={client}>
      <App />
    </Authenticator.Provider>
  );
}
