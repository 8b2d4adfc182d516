/* eslint-disable @typescript-eslint/no-unnecessary-condition -- the example's own code, as published */
// Ported from aws-amplify/amplify-ui, examples/next/pages/ui/components/authenticator/sign-up-with-email/index.page.tsx.
// Changed as the README's migration section says: the imports, and the Provider's `client` in place of
// Amplify.configure. `translations` and View are Amplify UI's: they stay imported from @aws-amplify/ui-react. The
// service still calls aws-amplify/auth's signUp itself. Amplify UI compiles its examples with `strict: false`:
// the two expect-error comments are where this project's strict options disagree with Amplify's own types.
import { signUp, type SignUpInput } from 'aws-amplify/auth';
import { I18n } from 'aws-amplify/utils';

import { translations, View } from '@aws-amplify/ui-react';
import { Authenticator, useAuthenticator } from 'gatehouse';
import 'gatehouse/styles.css';

import { client } from './client';

const formFields = {
  confirmSignUp: {
    confirmation_code: {
      placeholder: 'Enter the code given',
      isRequired: true,
    },
  },
};

I18n.putVocabularies(translations);
I18n.setLanguage('en');
I18n.putVocabulariesForLanguage('en', {
  'Your code is on the way. To log in, enter the code we emailed to':
    'Enter this code:',
  'It may take a minute to arrive': 'It will take several minutes to arrive',
});

function AuthenticatorWithEmail() {
  const { authStatus } = useAuthenticator((context) => [context.authStatus]);
  const services = {
    async handleSignUp(input: SignUpInput) {
      // custom username and email
      const customUsername = input.username.toLowerCase();
      // @ts-expect-error -- strict: Amplify's userAttributes.email is optional
      const customEmail = input.options?.userAttributes?.email.toLowerCase();
      return signUp({
        ...input,
        username: customUsername,
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
    <>
      <View>{authStatus}</View>
      <Authenticator
        formFields={formFields}
        initialState="signUp"
        services={services}
      >
        {({ signOut, user }) => {
          return (
            <main>
              <h1>Hello {user.username}</h1>
              <button onClick={signOut}>Sign out</button>
            </main>
          );
        }}
      </Authenticator>
    </>
  );
}

export default function ProviderWrappedApp() {
  return (
    <Authenticator.Provider client={client}>
      <AuthenticatorWithEmail />
    </Authenticator.Provider>
  );
}
