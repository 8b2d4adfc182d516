// Ported from aws-amplify/amplify-ui, examples/next/pages/ui/components/authenticator/sign-up-with-email-lambda/index.page.tsx.
// Changed as the README's migration section says: the imports, and the `client` option in place of Amplify.configure.
// Amplify UI's `Text` primitive stays imported from @aws-amplify/ui-react, as the README says.
/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment -- App's props are `any` as published (below) */
import { Text } from '@aws-amplify/ui-react';
import { withAuthenticator } from 'gatehouse';
import 'gatehouse/styles.css';
import { client } from './client';

// As published: Amplify UI's examples compile with `strict: false`, where these props are `any`.
// @ts-expect-error -- implicit any, as published
function App({ signOut, user }) {
  return (
    <>
      <Text>{user.username}</Text>
      <button onClick={signOut}>Sign out</button>
    </>
  );
}

export default withAuthenticator(App, {
  client,
  loginMechanisms: ['email'],
  initialState: 'signUp',
});
