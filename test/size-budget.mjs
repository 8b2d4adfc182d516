#!/usr/bin/env node
// Fails when the first load of a Gatehouse app grows past its budget: builds the bench's G (local pool) and
// H (gatehouse/amplify) apps as production apps and compares their initial JS + CSS, gzip -9, with
// test/bench/budget.json, and fails when either first load is more than one script and one stylesheet.
// Deterministic: no browser, no timing. Then builds the apps that show the account center after sign-in
// (GA, HA) and fails when their first load holds a module G's / H's does not, or any of the account center's
// code; G and H must hold none of it either, nor TanStack Query's core.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ACCOUNT_MODULES, APPS, BUDGETED } from './bench/apps.mjs';
import { buildApp, repoRoot } from './bench/build.mjs';
import { measureSizes } from './bench/sizes.mjs';

const HEADLESS = { id: 'P', entry: 'P-headless-provider.tsx', name: 'AuthenticatorProvider and useAuthenticator, no UI' };
const UI_MODULES = ['src/Authenticator/', 'src/screens/', 'src/components/', 'src/AccountSettings/', 'src/theme/'];
const budget = JSON.parse(readFileSync(join(repoRoot, 'test/bench/budget.json'), 'utf8'));
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const outRoot = mkdtempSync(join(tmpdir(), 'gatehouse-size-budget-'));
const started = Date.now();
let over = 0;
const initialOf = new Map();
const modulesOf = new Map();
/** The account center's modules in an app's first load (source maps name every module of the initial JS). */
/**
 * Code the first screen does not need: TanStack Query's core, the later steps' English and the error messages load with the first call
 * (src/hooks/query-client/, src/hooks/later-words.ts), the Amplify adapter's names for errors with its calls.
 */
const LATER = ['node_modules/@tanstack/query-core/', 'src/core/error-messages.ts', 'src/i18n/en-later.ts', 'src/client/amplify/errors.ts'];
const laterModules = (composition) => [...composition.modules].filter((module) => LATER.some((path) => module.startsWith(path)));
/** The message keys that load with the first call (src/i18n/en-later.ts): no first-load module may name one. */
const LATER_KEYS = [...readFileSync(join(repoRoot, 'src/i18n/en-later.ts'), 'utf8').matchAll(/^\s+'([^']+)':/gm)].map((match) => match[1]);
/**
 * The later keys a first-load module names, as a string ('mfa.TOTP') or a template's start (`mfa.${type}`):
 * its text would be missing until the first call.
 */
function laterKeysIn(composition) {
  const found = [];
  for (const module of composition.modules) {
    if (!module.startsWith('src/') || module.startsWith('src/i18n/')) continue;
    const code = readFileSync(join(repoRoot, module), 'utf8');
    const exact = [...code.matchAll(/['"`]([a-z][A-Za-z]*(?:\.[A-Za-z_]+)+)['"`]/g)].map((match) => match[1]);
    const prefixes = [...code.matchAll(/`([a-z][A-Za-z]*(?:\.[A-Za-z_]+)*\.)\$\{/g)].map((match) => match[1]);
    const named = LATER_KEYS.filter((key) => exact.includes(key) || prefixes.some((prefix) => key.startsWith(prefix)));
    if (named.length > 0) found.push(`${module} (${named.join(', ')})`);
  }
  return found;
}
const accountModules = (composition) => [...composition.modules].filter((module) => ACCOUNT_MODULES.some((folder) => module.startsWith(folder)));
try {
  for (const id of BUDGETED) {
    const app = APPS.find((entry) => entry.id === id);
    const limit = budget.initialGzipBytes[id];
    if (!app || typeof limit !== 'number') throw new Error(`No app or no budget for ${id} in test/bench/apps.mjs / test/bench/budget.json`);
    const { initial, initialFiles, composition } = measureSizes(await buildApp(app, outRoot));
    const bytes = initial.total.gzip;
    // Each further file is one more request the page makes before the form (about 10 ms at 4x CPU in paired cold loads):
    // one script and one stylesheet, as the plain apps have one script.
    const scripts = initialFiles.filter((file) => file.endsWith('.js'));
    const sheets = initialFiles.filter((file) => file.endsWith('.css'));
    if (scripts.length !== 1 || sheets.length !== 1) {
      over += 1;
      console.log(`OVER ${id}: its first load is ${scripts.length} script(s) and ${sheets.length} stylesheet(s), not one of each: ${initialFiles.join(', ')}`);
    }
    initialOf.set(id, bytes);
    modulesOf.set(id, composition.modules);
    const leaked = accountModules(composition);
    if (leaked.length > 0) {
      over += 1;
      console.log(`OVER ${id}: its first load holds account-center code it never renders: ${leaked.join(', ')}`);
    }
    const unworded = laterKeysIn(composition);
    if (unworded.length > 0) {
      over += 1;
      console.log(`OVER ${id}: its first load names messages that come only with the first call (src/i18n/en-later.ts): ${unworded.join('; ')}`);
    }
    const early = laterModules(composition);
    if (early.length > 0) {
      over += 1;
      console.log(`OVER ${id}: its first load holds code the first screen does not need: ${early.join(', ')}`);
    }
    const ok = bytes <= limit;
    if (!ok) over += 1;
    console.log(
      `${ok ? 'ok  ' : 'OVER'} ${id} (${app.name}): initial JS + CSS ${kB(bytes)} gzip (${bytes} B; JS ${initial.js.gzip}, CSS ${initial.css.gzip}), budget ${kB(limit)} (${limit} B), ${ok ? `${limit - bytes} B to spare` : `${bytes - limit} B over`}`,
    );
  }
  for (const app of APPS.filter((entry) => entry.sameInitialAs !== undefined && modulesOf.has(entry.sameInitialAs))) {
    const { initial, composition } = measureSizes(await buildApp(app, outRoot));
    const added = initial.total.gzip - initialOf.get(app.sameInitialAs);
    const baseModules = modulesOf.get(app.sameInitialAs);
    const extra = [...composition.modules].filter((module) => !baseModules.has(module) && !module.startsWith('test/bench/apps/'));
    const leaked = accountModules(composition);
    // The same modules up front, and nothing of the account center: the page after sign-in costs no code in
    // the first load. The bytes may still differ a little, as the bundler cuts the same modules into other files.
    const ok = extra.length === 0 && leaked.length === 0;
    if (!ok) over += 1;
    console.log(
      `${ok ? 'ok  ' : 'OVER'} ${app.id} (${app.name}): initial ${kB(initial.total.gzip)} gzip (${added > 0 ? '+' : ''}${added} B against ${app.sameInitialAs}, from how the bundler splits the same modules), modules not in ${app.sameInitialAs}'s first load: ${extra.length === 0 ? 'none' : extra.join(', ')}, account-center modules up front: ${leaked.length === 0 ? 'none' : leaked.join(', ')}`,
    );
  }
  // A headless app (AuthenticatorProvider and hooks only) ships no screen, primitive or stylesheet.
  const headless = measureSizes(await buildApp(HEADLESS, outRoot));
  const ui = [...headless.composition.modules].filter((module) => UI_MODULES.some((folder) => module.startsWith(folder)));
  if (ui.length > 0) over += 1;
  console.log(
    `${ui.length === 0 ? 'ok  ' : 'OVER'} ${HEADLESS.id} (${HEADLESS.name}): initial ${kB(headless.initial.total.gzip)} gzip, UI modules up front: ${ui.length === 0 ? 'none' : ui.join(', ')}`,
  );
} finally {
  rmSync(outRoot, { recursive: true, force: true });
}
console.log(`size budget: ${over === 0 ? 'within budget' : `${over} app(s) over budget (test/bench/budget.json)`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(over === 0 ? 0 : 1);
