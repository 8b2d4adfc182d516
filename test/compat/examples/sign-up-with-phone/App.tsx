// Ported from aws-amplify/amplify-ui, examples/next/pages/ui/components/authenticator/sign-up-with-phone/index.page.tsx.
// Changed as the README's migration section says: the imports, and the `client` prop in place of Amplify.configure.
import { Authenticator } from 'gatehouse';
import 'gatehouse/styles.css';
import { client } from './client';

export default function AuthenticatorWithPhone() {
  return (
    <Authenticator client={client} initialState="signUp">
      {({ signOut }) => (
        <>
          <h1>Hello</h1>
          <button onClick={signOut}>Sign out</button>
        </>
      )}
    </Authenticator>
  );
}
