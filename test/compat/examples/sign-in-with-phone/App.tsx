// Ported from aws-amplify/amplify-ui, examples/next/pages/ui/components/authenticator/sign-in-with-phone/index.page.tsx.
// Changed as the README's migration section says: the imports, and the `client` option in place of Amplify.configure.
// Amplify UI's `translations` stay imported from @aws-amplify/ui-react (Gatehouse has its own dictionaries).
/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment -- App's props are `any` as published (below) */
import { I18n } from 'aws-amplify/utils';
import { translations } from '@aws-amplify/ui-react';
import { withAuthenticator } from 'gatehouse';
import 'gatehouse/styles.css';
import { client } from './client';

I18n.putVocabularies(translations);
I18n.setLanguage('en');
I18n.putVocabulariesForLanguage('en', {
  'Password does not conform to policy: Password not long enough':
    'Your password is too short! Try a longer password!',
});

const formFields = {
  signIn: {
    username: {
      dialCode: '+82',
    },
  },
  signUp: {
    phone_number: {
      dialCode: '+227',
      dialCodeList: ['+1', '+82', '+227', '+100'],
    },
  },
};

// As published: Amplify UI's examples compile with `strict: false`, where these props are `any`.
// @ts-expect-error -- implicit any, as published
function App({ user, signOut }) {
  return (
    <>
      <h2>Welcome, {user.username}</h2>
      <button onClick={signOut}>Sign out</button>
    </>
  );
}

export default withAuthenticator(App, {
  client,
  formFields: formFields,
});
