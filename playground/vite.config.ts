import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const port = Number(process.env.PORT ?? 5173);

// Served on loopback only; open it as http://localhost:<port> (passkeys refuse an IP address as relying party).
export default defineConfig({
  root: import.meta.dirname,
  // Amplify mode (`npm run playground:cognito`) pre-bundles its dependencies apart: a local-mode server running at
  // the same time (the other end-to-end suite) keeps its own, and neither re-optimizes the other's away.
  ...(process.env.VITE_GATEHOUSE_BACKEND === 'amplify' ? { cacheDir: '../node_modules/.vite/playground-amplify' } : {}),
  plugins: [react()],
  server: { host: '127.0.0.1', port, strictPort: true },
  preview: { host: '127.0.0.1', port, strictPort: true },
  // A build is for looking at, not for shipping: it stays out of the repo's top level.
  build: { outDir: '../node_modules/.cache/playground-build', emptyOutDir: true },
});
