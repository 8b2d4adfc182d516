// Ported from aws-amplify/amplify-ui, examples/next/pages/ui/components/authenticator/sign-in-with-email-mfa/index.page.tsx.
// Changed as the README's migration section says: the imports, and the `client` prop in place of Amplify.configure.
/* eslint-disable @typescript-eslint/require-await -- as published: the services are async functions that await nothing */
import { Authenticator, type AuthenticatorProps } from 'gatehouse';
import 'gatehouse/styles.css';

import { client } from './client';

const customServices: AuthenticatorProps['services'] = {
  handleSignIn: async () => {
    return {
      isSignedIn: false,
      nextStep: {
        signInStep: 'CONFIRM_SIGN_IN_WITH_EMAIL_CODE',
        codeDeliveryDetails: {
          destination: 'a***@e***.com',
          deliveryMedium: 'EMAIL',
          attributeName: 'email',
        },
      },
    };
  },
  handleConfirmSignIn: async ({ challengeResponse }) => {
    if (challengeResponse === '123456') {
      return {
        isSignedIn: true,
        nextStep: {
          signInStep: 'DONE',
        },
      };
    }
    throw new Error('Invalid code or auth state for the user.');
  },
  getCurrentUser: async () => {
    return {
      userId: '******************',
      username: 'james',
    };
  },
};

export default function App() {
  return (
    <Authenticator client={client} services={customServices}>
      {({ signOut, user }) => (
        <main>
          <h1>Hello {user.username}</h1>
          <button onClick={signOut}>Sign out</button>
        </main>
      )}
    </Authenticator>
  );
}
