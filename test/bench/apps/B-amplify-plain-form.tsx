import './shared/amplify-config.ts';
import { signIn } from 'aws-amplify/auth';
import { createRoot } from 'react-dom/client';
import { PlainSignInForm } from './shared/PlainSignInForm.tsx';

// B: aws-amplify/auth under a hand-written form, the baseline of A and H.
createRoot(document.getElementById('root') as HTMLElement).render(
  <PlainSignInForm
    onSignIn={async (email, password) => {
      await signIn({ username: email, password });
    }}
  />,
);
