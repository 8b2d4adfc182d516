// Ported from aws-amplify/amplify-ui, examples/next/pages/ui/components/authenticator/custom-sign-up-fields/index.page.tsx.
// Changed as the README's migration section says: the imports, and the `client` prop in place of Amplify.configure.
/* eslint-disable @typescript-eslint/require-await -- the example's own code, as published */
// CheckboxField is one of Amplify UI's primitives: it stays imported from @aws-amplify/ui-react.
import { CheckboxField } from '@aws-amplify/ui-react';
import { Authenticator, useAuthenticator } from 'gatehouse';
import 'gatehouse/styles.css';
import { client } from './client';

export default function App() {
  return (
    <Authenticator
      client={client}
      // Default to Sign Up screen
      initialState="signUp"
      // Customize `Authenticator.SignUp.FormFields`
      components={{
        SignUp: {
          FormFields() {
            const { validationErrors } = useAuthenticator();

            return (
              <>
                {/* Re-use default `Authenticator.SignUp.FormFields` */}
                <Authenticator.SignUp.FormFields />

                {/* Append & require Terms and Conditions field to sign up  */}
                <CheckboxField
                  errorMessage={validationErrors.acknowledgement as string}
                  hasError={!!validationErrors.acknowledgement}
                  name="acknowledgement"
                  value="yes"
                  label="I agree with the Terms and Conditions"
                />
              </>
            );
          },
        },
      }}
      services={{
        async validateCustomSignUp(formData) {
          if (!formData.acknowledgement) {
            return {
              acknowledgement: 'You must agree to the Terms and Conditions',
            };
          }
        },
      }}
    >
      {({ signOut, user }) => (
        <main>
          <h1>Hello {user.username}</h1>
          <button onClick={signOut}>Sign out</button>
        </main>
      )}
    </Authenticator>
  );
}
