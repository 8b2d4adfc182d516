import { createRoot } from 'react-dom/client';
import { Authenticator } from '../../../src/index.ts';
import '../../../src/theme/styles.css';
import { stubClient } from './stub-client.ts';

// The Authenticator on a client that is not the local pool: what Gatehouse itself adds to an app.
createRoot(document.getElementById('root') as HTMLElement).render(<Authenticator client={stubClient}>{() => <p>Signed in</p>}</Authenticator>);
