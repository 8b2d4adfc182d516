// Ported from aws-amplify/amplify-ui, examples/next/pages/ui/components/authenticator/hub-events/index.page.tsx.
// Changed as the README's migration section says: the imports, and the `client` option in place of
// Amplify.configure. The app signs out with aws-amplify/auth itself, as published.
import { signOut } from 'aws-amplify/auth';

import { withAuthenticator } from 'gatehouse';
import 'gatehouse/styles.css';

import { client } from './client';

function App() {
  return <button onClick={() => signOut()}>Sign out</button>;
}

export default withAuthenticator(App, { client });
