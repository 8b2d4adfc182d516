#!/usr/bin/env node
// The one test command (`npm test`): installs what is missing, then runs every suite and ends with
// one line totalling them all: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './tooling/ensure-chromium.mjs';
import { ensureDependencies } from './tooling/ensure-dependencies.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const reports = mkdtempSync(join(tmpdir(), 'gatehouse-test-'));
const env = { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1', FORCE_COLOR: process.env.CI ? '0' : '1' };

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env, ...options });
  return result.status === 0;
}

const totals = { passed: 0, failed: 0 };
const summary = [];

function record(name, passed, failed, failures = []) {
  totals.passed += passed;
  totals.failed += failed;
  summary.push(`${failed === 0 ? 'ok  ' : 'FAIL'} ${name}: ${passed} passed, ${failed} failed`);
  // Named in the summary because a CI log is often seen only by its tail.
  for (const failure of failures) summary.push(`       failed: ${failure}`);
}

/** A suite that is one check: it passes or fails as a whole. */
function check(name, command, args) {
  console.log(`\n== ${name}`);
  const ok = run(command, args);
  record(name, ok ? 1 : 0, ok ? 0 : 1);
}

function vitest() {
  console.log('\n== vitest');
  const output = join(reports, 'vitest.json');
  const ok = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${output}`], { env: { ...env, CI: 'true' } });
  if (!existsSync(output)) {
    record('vitest', 0, 1);
    return;
  }
  const report = JSON.parse(readFileSync(output, 'utf8'));
  const failed = report.numFailedTests + (ok || report.numFailedTests > 0 ? 0 : 1);
  const failures = report.testResults.flatMap((file) =>
    file.assertionResults.filter((test) => test.status === 'failed').map((test) => `${file.name.replace(root, '')} > ${test.fullName}`),
  );
  record('vitest', report.numPassedTests, failed, failures);
}

/** Titles of the tests Playwright reports as unexpected (failed on every try). */
function unexpectedTests(suites = [], path = []) {
  return suites.flatMap((suite) => {
    const here = suite.title ? [...path, suite.title] : path;
    const own = (suite.specs ?? []).flatMap((spec) =>
      spec.tests.filter((test) => test.status === 'unexpected').map(() => [...here, spec.title].join(' > ')),
    );
    return [...own, ...unexpectedTests(suite.suites, here)];
  });
}

function playwright(name, config) {
  console.log(`\n== ${name}`);
  const output = join(reports, `${name.replace(/\W+/g, '-')}.json`);
  const ok = run('npx', ['playwright', 'test', '-c', config], { env: { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: output } });
  if (!existsSync(output)) {
    record(name, 0, 1);
    return;
  }
  const report = JSON.parse(readFileSync(output, 'utf8'));
  const { stats } = report;
  const failed = stats.unexpected + (ok || stats.unexpected > 0 ? 0 : 1);
  record(name, stats.expected + stats.flaky, failed, unexpectedTests(report.suites));
}

ensureDependencies(root);
// Browser suites (Storybook stories, end-to-end) drive Debian's chromium.
ensureChromium();
check('type-check (tsc --noEmit)', 'npx', ['tsc', '--noEmit']);
check('lint (eslint)', 'npx', ['eslint', '--max-warnings', '0', '.']);
vitest();
playwright('e2e (playground on the local pool)', 'test/e2e/playwright.config.ts');
playwright('e2e (playground on Amplify and the local Cognito)', 'test/e2e-amplify/playwright.config.ts');
check('library build (vite build + declarations)', 'npm', ['run', 'build', '--silent']);
check('size budget (test/size-budget.mjs)', 'node', ['test/size-budget.mjs']);
check('package check (publint)', 'npx', ['publint', '--strict']);
// The types as each resolution mode sees them; ESM-only by design (CommonJS gets it through require(esm)).
check('package types (arethetypeswrong)', 'npx', ['attw', '--pack', '.', '--profile', 'esm-only', '--exclude-entrypoints', './styles.css', '--format', 'table-flipped']);
check('package contents (test/package-contents.mjs)', 'node', ['test/package-contents.mjs']);
check('playground initial chunks (test/playground-chunks.mjs)', 'node', ['test/playground-chunks.mjs']);

rmSync(reports, { recursive: true, force: true });
console.log(`\n${summary.join('\n')}\n`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 ? 0 : 1);
