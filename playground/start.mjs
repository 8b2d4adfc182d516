#!/usr/bin/env node
// `npm run playground`: installs what is missing, then serves the playground at http://localhost:$PORT (5173).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDependencies } from '../test/tooling/ensure-dependencies.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
ensureDependencies(root);
console.log(`Gatehouse playground: http://localhost:${process.env.PORT ?? 5173}`);
// vite itself, not through npx: a SIGTERM (Playwright stopping its web server) then reaches it.
const vite = spawn(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), '--config', 'playground/vite.config.ts', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    vite.kill(signal);
  });
}
vite.on('exit', (code) => {
  process.exit(code ?? 0);
});
