// Ported from aws-amplify/amplify-ui, examples/next/pages/ui/components/authenticator/useAuthenticator/index.page.tsx.
// Changed as the README's migration section says: the imports, and the `client` prop in place of Amplify.configure.
// next/router is the test's stand-in for Next.js's router (./next-router).
import router from './next-router';

import { client } from './client';
import { Authenticator } from 'gatehouse';
import 'gatehouse/styles.css';

export default function App() {
  const navigateHome = () => router.push('useAuthenticator/home');

  return (
    <Authenticator client={client}>
      <button onClick={navigateHome}>Navigate to Home</button>
    </Authenticator>
  );
}
