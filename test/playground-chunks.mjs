#!/usr/bin/env node
// Builds the playground as production would and checks what its first page load fetches: the QR code library
// must not be in it (it comes with the TOTP setup screen), nor aws-amplify (Amplify mode only).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = mkdtempSync(join(tmpdir(), 'gatehouse-playground-'));
try {
  const build = spawnSync('npx', ['vite', 'build', '--config', 'playground/vite.config.ts', '--manifest', '--outDir', outDir, '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(1);
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8'));
  const initial = new Set();
  const visit = (key) => {
    if (initial.has(key) || !manifest[key]) return;
    initial.add(key);
    for (const imported of manifest[key].imports ?? []) visit(imported);
  };
  visit('index.html');
  const forbidden = [...initial].filter((key) => /node_modules\/(qrcode|aws-amplify|@aws-amplify)\//.test(key) || /node_modules\/(qrcode|aws-amplify|@aws-amplify)\//.test(manifest[key].src ?? ''));
  // A chunk's modules are not listed in the manifest: look inside the initial files for the libraries' own code too.
  const initialFiles = [...initial].map((key) => join(outDir, manifest[key].file));
  const qrInside = initialFiles.filter((file) => readFileSync(file, 'utf8').includes('QR Code version'));
  const qrChunk = Object.keys(manifest).find((key) => key.includes('node_modules/qrcode/'));
  // The marker must be in the QR chunk itself, or looking for it in the initial files proves nothing.
  const markerFound = qrChunk !== undefined && readFileSync(join(outDir, manifest[qrChunk].file), 'utf8').includes('QR Code version');
  if (!markerFound) {
    console.error('The qrcode chunk no longer contains the marker this check looks for: update test/playground-chunks.mjs.');
    process.exit(1);
  }
  if (forbidden.length > 0 || qrInside.length > 0) {
    console.error(`The playground's initial load includes what it should fetch lazily: ${[...forbidden, ...qrInside].join(', ')}`);
    process.exit(1);
  }
  console.log(`playground chunks ok: ${initial.size} initial chunk(s), none with qrcode or aws-amplify; qrcode in its own lazy chunk`);
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
