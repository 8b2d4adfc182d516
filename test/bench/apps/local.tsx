import { createRoot } from 'react-dom/client';
import { Authenticator } from '../../../src/index.ts';
import { createLocalAuthClient } from '../../../src/local.ts';
import '../../../src/theme/styles.css';

const client = createLocalAuthClient({
  storage: 'memory',
  signInStorage: 'memory',
  mfa: { enforcement: 'ON', types: ['TOTP'] },
  users: [{ username: 'bench@example.com', password: 'Passw0rd!' }],
});

// The Authenticator on the embedded pool; the bench signs in to reach TOTP setup (the QR code's chunk).
createRoot(document.getElementById('root') as HTMLElement).render(<Authenticator client={client}>{() => <p>Signed in</p>}</Authenticator>);
