#!/usr/bin/env node
// Fails when the first load of a Gatehouse app grows past its budget: builds the bench's G (local pool) and
// H (gatehouse/amplify) apps as production apps and compares their initial JS + CSS, gzip -9, with
// test/bench/budget.json. Deterministic: no browser, no timing.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APPS, BUDGETED } from './bench/apps.mjs';
import { buildApp, repoRoot } from './bench/build.mjs';
import { measureSizes } from './bench/sizes.mjs';

const budget = JSON.parse(readFileSync(join(repoRoot, 'test/bench/budget.json'), 'utf8'));
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const outRoot = mkdtempSync(join(tmpdir(), 'gatehouse-size-budget-'));
const started = Date.now();
let over = 0;
try {
  for (const id of BUDGETED) {
    const app = APPS.find((entry) => entry.id === id);
    const limit = budget.initialGzipBytes[id];
    if (!app || typeof limit !== 'number') throw new Error(`No app or no budget for ${id} in test/bench/apps.mjs / test/bench/budget.json`);
    const { initial } = measureSizes(await buildApp(app, outRoot), { withComposition: false });
    const bytes = initial.total.gzip;
    const ok = bytes <= limit;
    if (!ok) over += 1;
    console.log(
      `${ok ? 'ok  ' : 'OVER'} ${id} (${app.name}): initial JS + CSS ${kB(bytes)} gzip (${bytes} B; JS ${initial.js.gzip}, CSS ${initial.css.gzip}), budget ${kB(limit)} (${limit} B), ${ok ? `${limit - bytes} B to spare` : `${bytes - limit} B over`}`,
    );
  }
} finally {
  rmSync(outRoot, { recursive: true, force: true });
}
console.log(`size budget: ${over === 0 ? 'within budget' : `${over} app(s) over budget (test/bench/budget.json)`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(over === 0 ? 0 : 1);
