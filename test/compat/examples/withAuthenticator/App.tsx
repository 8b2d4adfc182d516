/* eslint-disable @typescript-eslint/require-await -- the example's own code, as published */
// Ported from aws-amplify/amplify-ui, examples/next/pages/ui/components/authenticator/withAuthenticator/index.page.tsx.
// Changed as the README's migration section says: the imports, and the `client` option in place of Amplify.configure.
import { withAuthenticator, type WithAuthenticatorProps } from 'gatehouse';
import 'gatehouse/styles.css';
import { client } from './client';

interface Props extends WithAuthenticatorProps {
  isPassedToWithAuthenticator: boolean;
}

function App({ isPassedToWithAuthenticator, signOut, user }: Props) {
  if (!isPassedToWithAuthenticator) {
    throw new Error(`isPassedToWithAuthenticator was not provided`);
  }

  return (
    <>
      <h1>Hello {user?.username}</h1>
      <button onClick={signOut}>Sign out</button>
    </>
  );
}

export default withAuthenticator(App, { client });

export async function getStaticProps() {
  return {
    props: {
      isPassedToWithAuthenticator: true,
    },
  };
}
