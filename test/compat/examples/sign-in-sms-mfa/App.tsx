// Ported from aws-amplify/amplify-ui, examples/next/pages/ui/components/authenticator/sign-in-sms-mfa/index.page.tsx.
// Changed as the README's migration section says: the imports, and the `client` prop in place of Amplify.configure.
import { I18n } from 'aws-amplify/utils';
import { Authenticator } from 'gatehouse';
import 'gatehouse/styles.css';

import { translations } from '@aws-amplify/ui';
import { client } from './client';

I18n.putVocabularies(translations);
I18n.setLanguage('en');

I18n.putVocabulariesForLanguage('en', {
  'CodeMismatchException: Invalid code or auth state for the user.':
    'invalid code',
});

export default function AuthenticatorWithSmsMfa() {
  return (
    <Authenticator client={client}>
      {({ signOut, user }) => (
        <>
          Hello {user.username}
          <button onClick={signOut}>Sign out</button>
        </>
      )}
    </Authenticator>
  );
}
