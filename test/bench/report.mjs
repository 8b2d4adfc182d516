// Turns one run's sizes and loads into tables: the console's and test/bench/RESULTS.md's (the same Markdown).
import { TYPED } from './load.mjs';
import { pairedRatio } from './stats.mjs';
import { TARGETS } from './targets.mjs';

const kB = (bytes) => (bytes / 1000).toFixed(1);
const MB = (bytes) => (bytes / 1e6).toFixed(2);
const ms = (value) => value.toFixed(0);
const signed = (text) => (text.startsWith('-') ? `−${text.slice(1)}` : `+${text}`);
const range = ({ median, min, max }, format) => `${format(median)} (${format(min)}–${format(max)})`;

/** A Markdown table whose columns are padded, so that it reads in a terminal too. */
export function table(headers, rows) {
  const widths = headers.map((header, index) => Math.max(header.length, ...rows.map((row) => String(row[index]).length)));
  const line = (cells) => `| ${cells.map((cell, index) => String(cell).padEnd(widths[index])).join(' | ')} |`;
  return [line(headers), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

/** What the tables read from a run: initial gzip size, medians, spreads. */
export function runView(sizes, summary) {
  return {
    size: (id) => sizes[id].initial.total.gzip,
    median: (id, rate, measure) => summary[id][rate][measure].median,
    pairedRatio: (a, b, rate, measure) => pairedRatio(summary[a][rate][measure], summary[b][rate][measure]),
  };
}

function sideBySide(apps, sizes, summary, rates) {
  const ids = apps.map((app) => app.id);
  const row = (label, cell) => [label, ...ids.map(cell)];
  const rows = [
    row('initial JS, gzip kB', (id) => kB(sizes[id].initial.js.gzip)),
    row('initial CSS, gzip kB', (id) => kB(sizes[id].initial.css.gzip)),
    row('**initial JS + CSS, gzip kB**', (id) => `**${kB(sizes[id].initial.total.gzip)}**`),
    row('initial JS + CSS, brotli kB', (id) => kB(sizes[id].initial.total.brotli)),
    row('initial JS + CSS, minified kB', (id) => kB(sizes[id].initial.total.raw)),
    row('initial files', (id) => sizes[id].initialFiles.length),
    row('lazy: import() targets / files / gzip kB', (id) => `${sizes[id].lazy.loads.length} / ${sizes[id].lazy.files} / ${kB(sizes[id].lazy.total.total.gzip)}`),
  ];
  for (const rate of rates) rows.push(row(`**form visible, ${rate}x, ms**`, (id) => range(summary[id][rate].formMs, ms)));
  for (const rate of rates) rows.push(row(`(password field in the DOM, ${rate}x, ms)`, (id) => range(summary[id][rate].inDomMs, ms)));
  for (const rate of rates) rows.push(row(`blocking time before it, ${rate}x, ms`, (id) => range(summary[id][rate].blockingMs, ms)));
  for (const rate of rates) rows.push(row(`React commits before it, ${rate}x`, (id) => range(summary[id][rate].commitsToForm, String)));
  rows.push(row('JS heap after GC, MB (both rates)', (id) => range(summary[id].all.heapBytes, MB)));
  for (const rate of rates) rows.push(row(`typing ${TYPED.length} chars, ${rate}x: React commits`, (id) => range(summary[id][rate].typingCommits, String)));
  for (const rate of rates) rows.push(row(`typing ${TYPED.length} chars, ${rate}x: script ms`, (id) => range(summary[id][rate].typingScriptMs, ms)));
  return table(['measure (median, min–max)', ...ids], rows);
}

function comparisons(apps, sizes, summary, rates) {
  const has = (id) => apps.some((app) => app.id === id);
  const pairs = [
    ['H', 'B'],
    ['G', 'D'],
    ['H', 'A'],
    ['A', 'B'],
  ].filter(([a, b]) => has(a) && has(b));
  const median = (id, rate, measure) => summary[id][rate][measure].median;
  const ratioRows = rates.flatMap((rate) => [
    [`form visible, ${rate}x`, ...pairs.map(([a, b]) => (median(a, rate, 'formMs') / median(b, rate, 'formMs')).toFixed(2))],
    [`(median of per-run ratios, ${rate}x)`, ...pairs.map(([a, b]) => pairedRatio(summary[a][rate].formMs, summary[b][rate].formMs).toFixed(2))],
  ]);
  const diffPairs = pairs.filter(([, b]) => b !== 'A');
  const diffRows = [
    ['initial JS + CSS, gzip kB', ...diffPairs.map(([a, b]) => signed(kB(sizes[a].initial.total.gzip - sizes[b].initial.total.gzip)))],
    ['initial JS + CSS, brotli kB', ...diffPairs.map(([a, b]) => signed(kB(sizes[a].initial.total.brotli - sizes[b].initial.total.brotli)))],
    ...rates.map((rate) => [`form visible, ${rate}x, ms`, ...diffPairs.map(([a, b]) => signed(ms(median(a, rate, 'formMs') - median(b, rate, 'formMs'))))]),
    ...rates.map((rate) => [`blocking time, ${rate}x, ms`, ...diffPairs.map(([a, b]) => signed(ms(median(a, rate, 'blockingMs') - median(b, rate, 'blockingMs'))))]),
    ['JS heap after GC, MB', ...diffPairs.map(([a, b]) => signed(MB(summary[a].all.heapBytes.median - summary[b].all.heapBytes.median)))],
  ];
  return [
    table(['ratio of medians', ...pairs.map(([a, b]) => `${a}/${b}`)], ratioRows),
    table(['difference of medians', ...diffPairs.map(([a, b]) => `${a} − ${b}`)], diffRows),
  ].join('\n\n');
}

function targets(apps, sizes, summary) {
  const run = runView(sizes, summary);
  const rows = TARGETS.map((target) => {
    const { measured, met } = target.check(run);
    return [target.what, target.limit, measured, met ? 'met' : '**not met**'];
  });
  // The page shown after sign-in must add no code to the first load; the bytes may differ a little, as the
  // bundler cuts the same modules into other files (test/size-budget.mjs checks the same).
  for (const app of apps.filter((entry) => entry.sameInitialAs)) {
    const base = sizes[app.sameInitialAs].composition.modules;
    const extra = [...sizes[app.id].composition.modules].filter((module) => !base.has(module) && !module.startsWith('test/bench/apps/'));
    const added = run.size(app.id) - run.size(app.sameInitialAs);
    rows.push([`${app.name}: modules added to ${app.sameInitialAs}'s first load`, 'none', `${extra.length === 0 ? 'none' : extra.join(', ')} (${added > 0 ? '+' : ''}${added} B gzip from the file split)`, extra.length === 0 ? 'met' : '**not met**']);
  }
  return table(['target (issue 13)', 'limit', 'measured', ''], rows);
}

/** Languages: how many lazy chunks, their size, and whether any non-English dictionary is in the first load. */
function languages(apps, sizes) {
  const rows = apps
    .filter((app) => app.gatehouse)
    .map((app) => {
      const { count, total, modules } = sizes[app.id].languages;
      const inInitial = modules.filter((module) => sizes[app.id].composition.modules.has(module));
      return [app.id, count, kB(total.total.gzip), modules.map((module) => module.replace(/^src\/i18n\/|\.ts$/g, '')).join(', '), inInitial.length === 0 ? 'none' : inInitial.join(', ')];
    });
  return table(['app', 'lazy language chunks', 'gzip kB, all', 'languages', 'dictionaries in the initial load besides English'], rows);
}

function packages(apps, sizes) {
  const ids = apps.map((app) => app.id);
  const names = new Set(ids.flatMap((id) => [...sizes[id].composition.packages.keys()]));
  const largest = (name) => Math.max(...ids.map((id) => sizes[id].composition.packages.get(name)?.gzip ?? 0));
  const rows = [...names]
    .sort((a, b) => largest(b) - largest(a))
    .map((name) => [name, ...ids.map((id) => (sizes[id].composition.packages.has(name) ? kB(sizes[id].composition.packages.get(name).gzip) : ''))]);
  rows.push(['**initial JS, all**', ...ids.map((id) => `**${kB(sizes[id].initial.js.gzip)}**`)]);
  return table(['package (initial JS, gzip kB)', ...ids], rows);
}

function gatehouseDetail(apps, sizes) {
  const ids = apps.filter((app) => app.gatehouse).map((app) => app.id);
  const byPackage = (id, name) => sizes[id].composition.packages.get(name);
  const names = [...new Set(ids.flatMap((id) => [...sizes[id].composition.packages.keys()]))].sort((a, b) => (byPackage(ids[0], b)?.raw ?? 0) - (byPackage(ids[0], a)?.raw ?? 0));
  const cell = (size) => (size ? `${kB(size.raw)} / ${kB(size.gzip)} / ${kB(size.brotli)}` : '');
  const packageTable = table(
    ['package (minified / gzip / brotli kB)', ...ids],
    names.map((name) => [name, ...ids.map((id) => cell(byPackage(id, name)))]),
  );
  const folderNames = [...new Set(ids.flatMap((id) => [...sizes[id].composition.folders.keys()]))].sort();
  const folderTable = table(
    ['Gatehouse folder (minified / gzip / brotli kB)', ...ids],
    [
      ...folderNames.map((name) => [name, ...ids.map((id) => cell(sizes[id].composition.folders.get(name)))]),
      ['**gatehouse, all**', ...ids.map((id) => cell(byPackage(id, 'gatehouse')))],
    ],
  );
  return { packageTable, folderTable };
}

function lazyTables(apps, sizes) {
  return apps
    .filter((app) => sizes[app.id].lazy.loads.length > 0)
    .map((app) => {
      const rows = sizes[app.id].lazy.loads.map((load) => [load.module, load.loadedBy.join(', ') || '(not a dynamic entry)', load.files.length, kB(load.size.total.gzip)]);
      rows.push(['**all lazy files, each counted once**', '', sizes[app.id].lazy.files, `**${kB(sizes[app.id].lazy.total.total.gzip)}**`]);
      return `#### ${app.id}: ${app.name}\n\n${table(['import() of', 'loaded by', 'files it adds', 'gzip kB it adds'], rows)}`;
    })
    .join('\n\n');
}

/** Every load's time to the form, in run order, so that a reader can judge the spread. */
function perLoad(apps, loads, rates, runs) {
  const runColumns = Array.from({ length: runs }, (_, index) => `run ${index + 1}`);
  return rates
    .map((rate) => `At ${rate}x:\n\n${table(['app', ...runColumns], apps.map((app) => [app.id, ...loads[app.id][rate].map((load) => ms(load.formMs))]))}`)
    .join('\n\n');
}

const appList = (apps) => table(['app', 'what'], apps.map((app) => [app.id, app.name]));

/** The console's report: the apps, the side-by-side table, comparisons, targets, languages, Gatehouse's composition. */
export function consoleReport({ apps, sizes, summary, rates, runs }) {
  const { packageTable, folderTable } = gatehouseDetail(apps, sizes);
  return [
    appList(apps),
    `Side by side (${runs} loads per app per rate, median (min–max))`,
    sideBySide(apps, sizes, summary, rates),
    comparisons(apps, sizes, summary, rates),
    targets(apps, sizes, summary),
    languages(apps, sizes),
    packageTable,
    folderTable,
  ].join('\n\n');
}

/** test/bench/RESULTS.md. */
export function markdownReport({ apps, sizes, summary, loads, rates, runs, machine, method, elapsed }) {
  const { packageTable, folderTable } = gatehouseDetail(apps, sizes);
  return `# Bench results

Written by \`npm run bench\` (test/bench/run.mjs) on ${machine.date}; the whole run took ${elapsed}.

## Machine

${table(
  ['', ''],
  Object.entries(machine).filter(([key]) => key !== 'date'),
)}

## Apps

${appList(apps)}

## Method

${method.map((line) => `- ${line}`).join('\n')}

## Side by side

${runs} loads per app per rate; median (min–max).

${sideBySide(apps, sizes, summary, rates)}

## Ratios and differences (medians of this run)

${comparisons(apps, sizes, summary, rates)}

## Targets

${targets(apps, sizes, summary)}

## Sizes in detail

### Languages

${languages(apps, sizes)}

### Initial JS by package, every app

${packages(apps, sizes)}

### Gatehouse's initial JS by package

${packageTable}

### Gatehouse's initial JS by source folder

${folderTable}

### Lazy chunks and what loads them

${lazyTables(apps, sizes)}

## Form visible, every load (ms)

${perLoad(apps, loads, rates, runs)}
`;
}
