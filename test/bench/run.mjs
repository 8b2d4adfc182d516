#!/usr/bin/env node
// `npm run bench`: builds Amplify UI, the plain-form baselines and Gatehouse as production apps, measures
// their bytes, then loads each in headless Chromium at 1x and 4x CPU throttling, interleaved, and prints the
// side-by-side table. Writes test/bench/RESULTS.md. BENCH_RUNS sets the loads per app per rate (default 15).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { runnerImport, version as viteVersion } from 'vite';
import { ensureChromium } from '../tooling/ensure-chromium.mjs';
import { ensureDependencies } from '../tooling/ensure-dependencies.mjs';
import { APPS } from './apps.mjs';
import { buildApp, repoRoot } from './build.mjs';
import { measureLoad, TYPED } from './load.mjs';
import { PASSWORD_FIELD } from './probe.mjs';
import { consoleReport, markdownReport } from './report.mjs';
import { serve } from './serve.mjs';
import { measureSizes } from './sizes.mjs';
import { summarise } from './stats.mjs';

// At 7 the 4x medians moved between runs by more than the targets' margins.
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const RATES = [1, 4];
if (!Number.isInteger(RUNS) || RUNS < 1) {
  console.error(`BENCH_RUNS must be a whole number ≥ 1, not ${String(process.env.BENCH_RUNS)}`);
  process.exit(1);
}

const started = Date.now();
const elapsed = () => {
  const seconds = Math.round((Date.now() - started) / 1000);
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
};
const versionOf = (name) => JSON.parse(readFileSync(join(repoRoot, 'node_modules', name, 'package.json'), 'utf8')).version;
const load1 = () => loadavg().map((value) => value.toFixed(2)).join(' / ');

/** Run `run` loads every app at every rate; the app order turns by one each run so none always goes first. */
function runOrder(run) {
  const apps = [...APPS.slice(run % APPS.length), ...APPS.slice(0, run % APPS.length)];
  return RATES.flatMap((rate) => apps.map((app) => ({ rate, app })));
}

/** A load that left localhost, failed a request or threw in the page measured something else: stop. */
function assertClean(app, rate, load) {
  const problems = [
    ...load.offHost.map((url) => `request off localhost: ${url}`),
    ...load.failed.map((url) => `failed request: ${url}`),
    ...load.errors.map((message) => `page error: ${message}`),
  ];
  if (problems.length > 0) throw new Error(`${app.id} at ${rate}x:\n  ${problems.join('\n  ')}`);
}

ensureDependencies(repoRoot);
ensureChromium();
const outRoot = mkdtempSync(join(tmpdir(), 'gatehouse-bench-'));
const servers = [];
let browser;
try {
  const loadAtStart = load1();
  const sizes = {};
  for (const app of APPS) {
    console.log(`build ${app.id}: ${app.name}`);
    sizes[app.id] = measureSizes(await buildApp(app, outRoot));
  }

  const { CHROMIUM_LAUNCH_OPTIONS } = (await runnerImport(join(repoRoot, 'test/tooling/chromium.ts'), { configFile: false, logLevel: 'warn' })).module;
  const { chromium } = await import('playwright');
  const urls = {};
  for (const app of APPS) {
    const server = await serve(join(outRoot, app.id));
    servers.push(server);
    urls[app.id] = `http://localhost:${server.address().port}/`;
  }
  browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS);

  console.log(`\nwarm-up: one load of each app at 1x (not counted)`);
  for (const app of APPS) assertClean(app, 1, await measureLoad(browser, urls[app.id], 1));

  const loads = Object.fromEntries(APPS.map((app) => [app.id, Object.fromEntries(RATES.map((rate) => [rate, []]))]));
  let renderer;
  for (let run = 0; run < RUNS; run += 1) {
    for (const { rate, app } of runOrder(run)) {
      const load = await measureLoad(browser, urls[app.id], rate);
      assertClean(app, rate, load);
      renderer = load.renderer;
      loads[app.id][rate].push(load);
    }
    console.log(`run ${run + 1}/${RUNS} done (${elapsed()})`);
  }

  const machine = {
    date: new Date().toISOString(),
    CPU: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
    RAM: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    OS: `${type()} ${release()}`,
    'load average (1 / 5 / 15 min), start → end': `${loadAtStart} → ${load1()} (the machine is shared)`,
    Node: process.version,
    Chromium: `${browser.version()} (/usr/bin/chromium, headless, Playwright ${versionOf('playwright')})`,
    Vite: `${viteVersion} (rolldown ${versionOf('rolldown')}, @vitejs/plugin-react ${versionOf('@vitejs/plugin-react')})`,
    React: `react ${versionOf('react')}, react-dom ${versionOf('react-dom')}; in the page: ${String(renderer)}`,
    'Amplify': `aws-amplify ${versionOf('aws-amplify')}, @aws-amplify/ui-react ${versionOf('@aws-amplify/ui-react')}`,
  };
  const method = [
    `Builds: each app is its own \`vite build\` (production mode, Vite's defaults: Oxc minifier, Lightning CSS, code splitting) of test/bench/apps/index.html with the app's entry, @vitejs/plugin-react, React ${versionOf('react')}.`,
    "Initial = the page's entry chunk, its static imports (transitively) and their CSS, read from Vite's manifest. Lazy = every `import()` reachable from it, with the files it adds beyond those already loaded; \"loaded by\" is the module that calls `import()` (rolldown's module graph).",
    'gzip -9 and brotli (quality 11) with Node zlib, file by file, summed. kB = 1000 bytes, MB = 10^6 bytes.',
    "Composition: the minified bytes of each initial JS file are split exactly by its (hidden) source map: each mapping segment's bytes go to the segment's source; bytes before a line's first segment are bundler glue. Compressed bytes are an estimate: within each file, each part (a package, or a Gatehouse folder) is compressed alone, and the file's real gzip (brotli) size is shared out in proportion to those sizes. The parts add up to the file exactly.",
    `Runtime: one headless Chromium with the launch args of test/tooling/chromium.ts (no network but localhost); each build is served at the root of its own Node http server on 127.0.0.1 (uncompressed) and opened as http://localhost:PORT/. A fresh browser context per load (cold cache), CPU throttling by CDP \`Emulation.setCPUThrottlingRate\` set before navigating.`,
    `Order: one warm-up load per app (not counted), then ${RUNS} run(s); a run loads every app at 1x, then every app at 4x; the app order turns by one each run.`,
    `Form visible: an init script checks on every animation frame from navigation start for \`${PASSWORD_FIELD}\` in the DOM with \`checkVisibility({ opacityProperty: true, visibilityProperty: true })\`, a non-empty box and not :disabled (Gatehouse's form, transparent while the session is checked, counts as not visible). The time is that frame's performance.now() (ms since navigation start). The row in parentheses is the first frame in which the field merely exists in the DOM.`,
    'Blocking time: long tasks (PerformanceObserver `longtask`, buffered) that start before that frame, sum of (duration − 50 ms).',
    "React commits: the init script installs a `__REACT_DEVTOOLS_GLOBAL_HOOK__` stub whose `onCommitFiberRoot` records each commit; every load checks that react-dom injected itself into it as a production build (bundleType 0).",
    'Heap: once the app is idle (≥ 1 s after the form, then no request and no commit for 500 ms, at most 5 s), CDP `HeapProfiler.collectGarbage`, then `Runtime.getHeapUsage` used size. Reported over both rates.',
    `Typing: focus the login field, wait 500 ms, type ${TYPED.length} characters ("${TYPED}") with Playwright's keyboard.type, wait 500 ms; React commits in between, and the delta of CDP \`Performance.getMetrics\` ScriptDuration (script time on the throttled CPU). Each load checks the field holds the typed text.`,
    'Every request is recorded: a request off the local server, a failed request or a page error stops the bench (none in this run). The Amplify apps share one dummy configuration (test/bench/apps/shared/amplify-config.ts); nothing is ever submitted.',
    'Ratios and differences are of medians of this run; the targets are judged on them. Beside each ratio, the median over runs of the ratio of the two apps\' loads in the same run at that rate (under half a minute apart, so a slower spell of the shared machine moves both alike and mostly drops out).',
  ];

  const summary = summarise(loads, RATES);
  const report = { apps: APPS, sizes, summary, rates: RATES, runs: RUNS };
  console.log(`\n${consoleReport(report)}\n`);
  const results = join(repoRoot, 'test/bench/RESULTS.md');
  writeFileSync(results, markdownReport({ ...report, loads, machine, method, elapsed: elapsed() }));
  console.log(`Wrote test/bench/RESULTS.md; the bench took ${elapsed()}.`);
} finally {
  await browser?.close();
  for (const server of servers) server.close();
  rmSync(outRoot, { recursive: true, force: true });
}
