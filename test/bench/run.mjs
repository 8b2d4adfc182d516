#!/usr/bin/env node
// `npm run bench`: how much Gatehouse adds to an app (gzipped, initial and lazy), and how fast the sign-in
// form shows in Chromium at 4x CPU throttling. Prints numbers; asserts nothing.
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { ensureChromium } from '../tooling/ensure-chromium.mjs';
import { ensureDependencies } from '../tooling/ensure-dependencies.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

function build(outDir) {
  const result = spawnSync('npx', ['vite', 'build', '--config', 'test/bench/vite.config.ts'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, BENCH_OUT: outDir },
  });
  if (result.status !== 0) throw new Error('bench build failed');
}

const gzipped = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** The files a manifest entry loads before anything runs: itself, its static imports, their CSS. */
function initialFiles(manifest, key, seen = new Set()) {
  const entry = manifest[key];
  if (!entry || seen.has(entry.file)) return seen;
  seen.add(entry.file);
  for (const css of entry.css ?? []) seen.add(css);
  for (const imported of entry.imports ?? []) initialFiles(manifest, imported, seen);
  return seen;
}

/** Every chunk reachable through dynamic imports, with what each adds beyond the initial files. */
function lazyChunks(manifest, key, initial) {
  const found = new Map();
  const visit = (k, seen = new Set()) => {
    if (seen.has(k)) return;
    seen.add(k);
    for (const dynamic of manifest[k]?.dynamicImports ?? []) {
      const files = [...initialFiles(manifest, dynamic)].filter((file) => !initial.has(file));
      found.set(dynamic, files);
      visit(dynamic, seen);
    }
    for (const imported of manifest[k]?.imports ?? []) visit(imported, seen);
  };
  visit(key);
  return found;
}

function sizeOf(outDir, files) {
  let js = 0;
  let css = 0;
  for (const file of files) {
    const bytes = gzipped(join(outDir, file));
    if (file.endsWith('.css')) css += bytes;
    else js += bytes;
  }
  return { js, css, total: js + css };
}

function serve(dir) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  const server = createServer((request, response) => {
    const path = join(dir, decodeURIComponent(new URL(request.url, 'http://localhost').pathname));
    if (!path.startsWith(dir) || !existsSync(path) || !statSync(path).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve(server);
    });
  });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function timeToVisible(port, page, selector) {
  const { chromium } = await import('playwright');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost'] });
  const times = [];
  try {
    for (let run = 0; run < RUNS; run += 1) {
      const context = await browser.newContext();
      const tab = await context.newPage();
      const cdp = await context.newCDPSession(tab);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await tab.goto(`http://localhost:${port}/${page}`, { waitUntil: 'commit' });
      const handle = await tab.waitForFunction((css) => document.querySelector(css) && performance.now(), selector, { polling: 'raf' });
      times.push(await handle.jsonValue());
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return times;
}

ensureDependencies(root);
const outDir = mkdtempSync(join(tmpdir(), 'gatehouse-bench-'));
try {
  build(outDir);
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8'));
  const initial = Object.fromEntries(['baseline', 'gatehouse', 'local'].map((name) => [name, initialFiles(manifest, `${name}.html`)]));
  const sizes = Object.fromEntries(Object.entries(initial).map(([name, files]) => [name, sizeOf(outDir, files)]));
  const qrKey = Object.keys(manifest).find((key) => key.includes('node_modules/qrcode/'));
  const qrInInitial = qrKey !== undefined && [...initial.gatehouse].includes(manifest[qrKey].file);
  const lazy = lazyChunks(manifest, 'gatehouse.html', initial.gatehouse);
  const lazyTotal = sizeOf(outDir, new Set([...lazy.values()].flat()));
  const qrChunk = qrKey === undefined ? undefined : sizeOf(outDir, lazy.get(qrKey) ?? []);

  console.log('\nSize (gzip -9)');
  console.log(`  React alone (baseline app):               ${kB(sizes.baseline.total)}`);
  console.log(`  Gatehouse adds, initial (JS + CSS):       ${kB(sizes.gatehouse.total - sizes.baseline.total)}  (JS ${kB(sizes.gatehouse.js - sizes.baseline.js)}, CSS ${kB(sizes.gatehouse.css)})`);
  console.log(`  Gatehouse lazy screens, all together:     ${kB(lazyTotal.total)} in ${lazy.size} chunks, fetched as the flow reaches them`);
  console.log(`  QR code chunk (with TOTP setup only):     ${qrChunk ? kB(qrChunk.total) : 'not found'}; in the initial chunk: ${qrInInitial ? 'YES' : 'no'}`);
  console.log(`  The embedded local pool adds:             ${kB(sizes.local.total - sizes.gatehouse.total)}`);

  ensureChromium();
  const server = await serve(outDir);
  const { port } = server.address();
  try {
    console.log(`\nTime to first content, 4x CPU throttling, median of ${RUNS} cold loads`);
    for (const [page, selector, what] of [
      ['baseline.html', 'p', 'React alone, a paragraph'],
      ['gatehouse.html', 'form input[autocomplete="username"]', 'Gatehouse sign-in form'],
      ['local.html', 'form input[autocomplete="username"]', 'Gatehouse sign-in form on the local pool'],
    ]) {
      const times = await timeToVisible(port, page, selector);
      console.log(`  ${what.padEnd(42)} ${median(times).toFixed(0)} ms (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})`);
    }
  } finally {
    server.close();
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
