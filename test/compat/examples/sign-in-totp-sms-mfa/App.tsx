// Ported from aws-amplify/amplify-ui, examples/next/pages/ui/components/authenticator/sign-in-totp-sms-mfa/index.page.tsx.
// Changed as the README's migration section says: the imports, and the `client` prop in place of Amplify.configure.
import { Authenticator } from 'gatehouse';
import 'gatehouse/styles.css';

import { client } from './client';

export default function SignInTotpSmsMfa() {
  return (
    <Authenticator client={client}>
      {({ signOut }) => <button onClick={signOut}>Sign out</button>}
    </Authenticator>
  );
}
