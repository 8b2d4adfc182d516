// Ported from aws-amplify/amplify-ui, examples/next/pages/ui/components/authenticator/override-function-calls/index.page.tsx.
// Changed as the README's migration section says: the imports, and the `client` prop in place of Amplify.configure.
/* eslint-disable @typescript-eslint/no-unnecessary-condition -- the example's own code, as published */
// The service still calls aws-amplify/auth's signUp itself, as published. Amplify UI compiles its examples with
// `strict: false`; the two @ts-expect-error comments are where this project's strict options disagree with
// Amplify's own types (the email may be undefined), not with Gatehouse's.
import { Authenticator } from 'gatehouse';
import 'gatehouse/styles.css';
import { signUp, type SignUpInput } from 'aws-amplify/auth';
import { client } from './client';

export default function App() {
  const services = {
    async handleSignUp(input: SignUpInput) {
      // custom username and email
      const { username, password, options } = input;
      const customUsername = username.toLowerCase();
      // @ts-expect-error -- strict: Amplify's userAttributes.email is optional
      const customEmail = options?.userAttributes?.email.toLowerCase();
      return signUp({
        username: customUsername,
        password,
        options: {
          ...input.options,
          // @ts-expect-error -- exactOptionalPropertyTypes: Amplify's attributes take a string, not undefined
          userAttributes: {
            ...input.options?.userAttributes,
            email: customEmail,
          },
        },
      });
    },
  };
  return (
    <Authenticator client={client} services={services} initialState="signUp">
      {({ signOut }) => <button onClick={signOut}>Sign out</button>}
    </Authenticator>
  );
}
