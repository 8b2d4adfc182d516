// Ported from aws-amplify/amplify-ui, examples/next/pages/ui/components/authenticator/sign-in-passwordless/index.page.tsx.
// Changed as the README's migration section says: the imports, and the `client` prop in place of Amplify.configure.
/* eslint-disable @typescript-eslint/no-unnecessary-condition -- as published: `user?.` for Amplify UI's optional user; Gatehouse's is always there */
import { Authenticator } from 'gatehouse';
import 'gatehouse/styles.css';
import { client } from './client';

/**
 * Passwordless Authentication Example
 *
 * This example demonstrates passwordless authentication with EMAIL_OTP as the preferred method.
 * The backend is configured to support multiple authentication methods:
 * - EMAIL_OTP
 * - SMS_OTP
 * - WEB_AUTHN (passkeys)
 * - PASSWORD (traditional)
 *
 * To test different preferred methods, modify the props:
 * - For SMS_OTP: Set preferredChallenge to 'SMS_OTP'
 * - For WEB_AUTHN: Set preferredChallenge to 'WEB_AUTHN'
 * - For PASSWORD: Set preferredChallenge to 'PASSWORD'
 *
 * Users can switch between available methods using "Other sign-in options" button.
 */
export default function PasswordlessExample() {
  return (
    <Authenticator
      client={client}
      passwordless={{
        hiddenAuthMethods: [],
        preferredAuthMethod: 'EMAIL_OTP',
        passkeyRegistrationPrompts: true,
      }}
    >
      {({ signOut, user }) => (
        <main>
          <h1>Hello {user?.username}</h1>
          <button onClick={signOut}>Sign out</button>
        </main>
      )}
    </Authenticator>
  );
}
