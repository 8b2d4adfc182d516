// Ported from aws-amplify/amplify-ui, examples/next/pages/ui/components/authenticator/modal/index.page.tsx.
// Changed as the README's migration section says: the imports, and the `client` prop in place of Amplify.configure.
// Amplify UI compiles its examples with `strict: false`: the page's untyped, unused `signOut` prop is left as published.
import { Authenticator } from 'gatehouse';
import 'gatehouse/styles.css';
import { client } from './client';

// @ts-expect-error -- strict: the example's prop has no type
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the example's own code, as published
export default function App({ signOut }) {
  return (
    <Authenticator client={client} variation="modal">
      {({ signOut }) => <button onClick={signOut}>Sign out</button>}
    </Authenticator>
  );
}
