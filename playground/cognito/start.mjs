#!/usr/bin/env node
// `npm run playground:cognito`: starts the local Cognito emulator (test/cognito) on 127.0.0.1 with a seeded pool,
// then the playground in Amplify mode against it. The playground reads the pool's amplify_outputs.json from
// VITE_GATEHOUSE_AMPLIFY_OUTPUTS (its `custom.gatehouse.userPoolEndpoint` is the emulator). Ctrl-C or SIGTERM
// (Playwright stopping its web server) stops both and removes the emulator's data.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDependencies } from '../../test/tooling/ensure-dependencies.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
ensureDependencies(root);

// The emulator is TypeScript: vite's module runner loads it as the tests do.
const { runnerImport } = await import('vite');
const load = async (file) => (await runnerImport(join(root, file), { configFile: false, logLevel: 'error' })).module;
const { startCognitoEmulator } = await load('test/cognito/emulator.ts');
const { seedPlaygroundPool } = await load('test/cognito/playground-pool.ts');

const emulator = await startCognitoEmulator({ port: Number(process.env.COGNITO_PORT ?? 0) });
const outputsDirectory = mkdtempSync(join(tmpdir(), 'gatehouse-amplify-outputs-'));
/** The playground's process once started. */
let playground;
let stopping = false;
async function stop(code) {
  if (stopping) return;
  stopping = true;
  if (playground && playground.exitCode === null && playground.signalCode === null) {
    const exited = new Promise((resolve) => playground.once('exit', resolve));
    playground.kill('SIGTERM');
    await exited;
  }
  await emulator.stop();
  rmSync(outputsDirectory, { recursive: true, force: true });
  process.exit(code);
}
// From here on, every way out stops the emulator.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void stop(0));

// The page reaches the emulator as localhost: the same loopback address, and the one name the tests' Chromium
// resolves (its --host-resolver-rules map every other host, 127.0.0.1 included, to nothing).
const browserEndpoint = emulator.url.replace('//127.0.0.1:', '//localhost:');
let outputs;
try {
  outputs = await seedPlaygroundPool(browserEndpoint);
} catch (error) {
  console.error(error);
  await stop(1);
}
const outputsFile = join(outputsDirectory, 'amplify_outputs.json');
writeFileSync(outputsFile, `${JSON.stringify(outputs, null, 2)}\n`);

const { users } = outputs.custom.gatehouse;
console.log(`Cognito emulator: ${emulator.url} (pool ${outputs.auth.user_pool_id}, data in ${emulator.directory})`);
console.log(`amplify_outputs.json: ${outputsFile}`);
console.log(`Sent codes: ${outputs.custom.gatehouse.messagesUrl}`);
console.log(
  `Users (password ${users.password}): ${users.plain}; ${users.totp} with TOTP secret ${users.totpSecret}; ${users.passwordless} signs in with an emailed code`,
);

// vite's own binary under this node, not `npx vite`: one process to stop, and signals reach it directly.
playground = spawn(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), '--config', 'playground/vite.config.ts', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, VITE_GATEHOUSE_BACKEND: 'amplify', VITE_GATEHOUSE_AMPLIFY_OUTPUTS: JSON.stringify(outputs) },
});
playground.on('exit', (code) => void stop(code ?? 0));
