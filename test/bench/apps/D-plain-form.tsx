import { createRoot } from 'react-dom/client';
import { PlainSignInForm } from './shared/PlainSignInForm.tsx';

// D: the same form with no auth library, the floor of G.
createRoot(document.getElementById('root') as HTMLElement).render(<PlainSignInForm onSignIn={() => Promise.resolve()} />);
