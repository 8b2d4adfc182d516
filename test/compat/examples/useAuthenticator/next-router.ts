// A stand-in for Next.js's `next/router` default export, for the pages of the useAuthenticator example: `push`
// resolves a path against the current one, as a link does, and the test renders the page at that path.
type Listener = () => void;

const listeners = new Set<Listener>();
let path = '/ui/components/authenticator/useAuthenticator';

const router = {
  get pathname(): string {
    return path;
  },
  push: (to: string): Promise<boolean> => {
    path = new URL(to, `http://localhost${path}`).pathname;
    for (const listener of listeners) listener();
    return Promise.resolve(true);
  },
  subscribe: (listener: Listener): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export default router;
