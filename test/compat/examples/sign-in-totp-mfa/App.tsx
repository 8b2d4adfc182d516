// Ported from aws-amplify/amplify-ui, examples/next/pages/ui/components/authenticator/sign-in-totp-mfa/index.page.tsx.
// Changed as the README's migration section says: the imports, and the `client` prop in place of Amplify.configure.
import { Authenticator } from 'gatehouse';
import 'gatehouse/styles.css';
import { client } from './client';

export default function SignInTotpMfa() {
  const formFields = {
    setupTotp: { QR: { totpIssuer: 'My Web App' } },
  };

  return (
    <>
      <Authenticator client={client} formFields={formFields}>
        {({ signOut, user }) => (
          <>
            <span>{user.username}</span>
            <button onClick={signOut}>Sign out</button>
          </>
        )}
      </Authenticator>
    </>
  );
}
