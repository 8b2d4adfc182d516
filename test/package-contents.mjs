#!/usr/bin/env node
// Checks the built package: every export resolves to a file and starts with 'use client', and an entry ships no
// code it does not need
// (the main entry none of the local pool, so that an app on Amplify carries none of it; neither the main entry nor
// the local pool any of the Amplify adapter, so that an app on the local pool needs no aws-amplify).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const problems = [];

for (const [entry, target] of Object.entries(pkg.exports)) {
  const files = typeof target === 'string' ? [target] : Object.values(target);
  for (const file of files) if (!existsSync(join(root, file))) problems.push(`export ${entry}: ${file} is missing`);
}

/** The files an ES module loads statically, itself included. */
function staticGraph(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  for (const match of source.matchAll(/(?:^|[;\s])(?:import|export)\s*(?:[^'"]*?\sfrom\s*)?['"](\.[^'"]+)['"]/g)) {
    staticGraph(normalize(join(dirname(file), match[1])), seen);
  }
  return seen;
}

const localOnly = ['PBKDF2', 'UserPoolService', 'otpauth://'];
const mainGraph = staticGraph(join(root, 'dist/index.js'));
for (const file of mainGraph) {
  const source = readFileSync(file, 'utf8');
  for (const marker of localOnly) if (source.includes(marker)) problems.push(`${file} (loaded by the main entry) contains local-pool code: ${marker}`);
}

/** The files an ES module can ever load, lazily imported chunks included. */
function reachableGraph(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  const specifiers = [
    ...source.matchAll(/(?:^|[;\s])(?:import|export)\s*(?:[^'"]*?\sfrom\s*)?['"](\.[^'"]+)['"]/g),
    ...source.matchAll(/\bimport\(\s*['"](\.[^'"]+)['"]\s*\)/g),
  ];
  for (const match of specifiers) reachableGraph(normalize(join(dirname(file), match[1])), seen);
  return seen;
}

const adapterOnly = ['aws-amplify', 'fromAmplifyError'];
const adapterFree = { 'dist/index.js': reachableGraph(join(root, 'dist/index.js')), 'dist/local.js': reachableGraph(join(root, 'dist/local.js')) };
for (const [entry, graph] of Object.entries(adapterFree)) {
  for (const file of graph) {
    const source = readFileSync(file, 'utf8');
    for (const marker of adapterOnly) if (source.includes(marker)) problems.push(`${file} (reachable from ${entry}) contains Amplify adapter code: ${marker}`);
  }
}
const adapterGraph = staticGraph(join(root, 'dist/amplify.js'));
if (![...adapterGraph].some((file) => readFileSync(file, 'utf8').includes("from 'aws-amplify") || readFileSync(file, 'utf8').includes('from "aws-amplify'))) {
  problems.push('dist/amplify.js does not import aws-amplify: the adapter check above would pass vacuously');
}

// Next.js's App Router imports client components only from files that say so, as their first statement.
const jsExports = Object.values(pkg.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target))).filter((file) => file.endsWith('.js'));
for (const file of jsExports) {
  if (!/^['"]use client['"];/.test(readFileSync(join(root, file), 'utf8'))) problems.push(`${file} does not start with the 'use client' directive`);
}

// A server component reaches a client module only through its named exports (React refuses `Authenticator.Provider`
// there: no dotting into a client reference), so the headless provider is a named export of the main entry.
const named = spawnSync(process.execPath, ['--input-type=module', '-e', `const m = await import(${JSON.stringify(pkg.name)}); if (typeof m.AuthenticatorProvider !== 'function' || m.Authenticator.Provider !== m.AuthenticatorProvider) process.exit(1);`], { cwd: root, encoding: 'utf8' });
if (named.status !== 0) problems.push(`the main entry must export AuthenticatorProvider by name, the same component as Authenticator.Provider: ${named.stderr}`);

// Every JS entry has an `import` and a `default` condition: Node's require(esm) (20.19+) and CommonJS tooling load it too.
for (const [entry, target] of Object.entries(pkg.exports)) {
  if (typeof target === 'string') continue;
  if (target.default !== target.import) problems.push(`export ${entry}: no "default" condition pointing at its ES module`);
  const specifier = entry === '.' ? pkg.name : `${pkg.name}/${entry.slice(2)}`;
  const required = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(specifier)})`], { cwd: root, encoding: 'utf8' });
  if (required.status !== 0) problems.push(`require('${specifier}') failed: ${required.stderr.split('\n').find((line) => line.includes('Error')) ?? required.stderr}`);
}

// What `npm pack` puts in the tarball: the licence, no declaration maps, and source maps that carry their sources.
const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' });
const packed = pack.status === 0 ? JSON.parse(pack.stdout)[0].files.map((file) => file.path) : [];
if (pack.status !== 0) problems.push(`npm pack --dry-run failed: ${pack.stderr}`);
if (!packed.includes('LICENSE')) problems.push('the tarball has no LICENSE');
for (const file of packed.filter((path) => path.endsWith('.d.ts.map'))) problems.push(`the tarball ships ${file}, a map to sources it does not ship`);
for (const file of packed.filter((path) => path.endsWith('.js.map'))) {
  const map = JSON.parse(readFileSync(join(root, file), 'utf8'));
  if (!Array.isArray(map.sourcesContent) || map.sourcesContent.length !== map.sources.length || map.sourcesContent.some((content) => typeof content !== 'string')) {
    problems.push(`${file} points at sources it does not embed`);
  }
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(
  `package contents ok: ${Object.keys(pkg.exports).length} exports (each loads with require() too), ${packed.length} files packed, main entry loads ${mainGraph.size} file(s) with no local-pool code; ` +
    `${adapterFree['dist/index.js'].size} + ${adapterFree['dist/local.js'].size} file(s) reachable from the main and local entries with no Amplify adapter code`,
);
