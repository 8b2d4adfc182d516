// Ported from aws-amplify/amplify-ui, examples/next/pages/ui/components/authenticator/sign-up-with-attributes/index.page.tsx.
// Changed as the README's migration section says: the imports, and the `client` prop in place of Amplify.configure.
// TextField is one of Amplify UI's primitives: it stays imported from @aws-amplify/ui-react.
import { TextField } from '@aws-amplify/ui-react';
import { Authenticator } from 'gatehouse';
import 'gatehouse/styles.css';
import { client } from './client';

export default function AuthenticatorWithAttributes() {
  return (
    <Authenticator
      client={client}
      initialState="signUp"
      components={{
        ForceNewPassword: {
          FormFields() {
            return (
              <>
                <Authenticator.ForceNewPassword.FormFields />
                <TextField
                  label="Zone Info"
                  id="12233"
                  placeholder="Zone Info"
                  name="zoneinfo"
                  type="text"
                ></TextField>
              </>
            );
          },
        },
      }}
    >
      {({ signOut }) => <button onClick={signOut}>Sign out</button>}
    </Authenticator>
  );
}
