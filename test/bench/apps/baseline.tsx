import { createRoot } from 'react-dom/client';

// React alone: what every app pays before adding an auth UI.
createRoot(document.getElementById('root') as HTMLElement).render(<p>Hello</p>);
