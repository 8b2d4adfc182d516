/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment -- the example's own code, as published */
// Ported from aws-amplify/amplify-ui, examples/next/pages/ui/components/authenticator/i18n/index.page.tsx.
// Changed as the README's migration section says: the imports, and the `client` option in place of
// Amplify.configure. Amplify's I18n stays the example's own (aws-amplify/utils), with Amplify UI's translations.
// Amplify UI compiles its examples with `strict: false`: the component's untyped props are left as published.
import { I18n } from 'aws-amplify/utils';
import { translations } from '@aws-amplify/ui';

import { withAuthenticator } from 'gatehouse';
import 'gatehouse/styles.css';

import { client } from './client';

I18n.putVocabularies(translations);
I18n.setLanguage('ja');
I18n.putVocabulariesForLanguage('ja', {
  'Sign In': 'Sign In Custom',
  'User does not exist.': 'Error with your user',
});

// @ts-expect-error -- strict: the example's props have no type
function App({ signOut, user }) {
  return (
    <>
      <h1>Hello {user.username}</h1>
      <button onClick={signOut}>Sign out</button>
    </>
  );
}

export default withAuthenticator(App, { client, initialState: 'signUp' });
