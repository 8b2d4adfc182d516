import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from '../tooling/chromium.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
// E2E_PORT lets two checkouts run the suite at once without reusing each other's playground.
const port = Number(process.env.E2E_PORT ?? 5199);

// Debian's Chromium (never a downloaded one). The resolver rule keeps it off the network: only
// localhost resolves, so nothing leaves the machine.

export default defineConfig({
  testDir: '.',
  outputDir: `${root}test-results/e2e`,
  // Tests, not just files, spread over the workers: each has its own context and pool, so order never matters.
  fullyParallel: true,
  // Two workers: every test has its own browser context and its own users, and the 2-core machine
  // runs the suite in 5.3 min instead of 7.4.
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  timeout: 30_000,
  // Generous for a loaded 2-core machine: a lazy screen can take a few seconds to arrive from the dev server.
  expect: { timeout: 10_000 },
  // A relative outputFile would land next to this config; test/run.mjs sets the variable anyway.
  reporter: [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? `${root}test-results/e2e.json` }]],
  use: {
    // `localhost`, not 127.0.0.1: WebAuthn refuses an IP address as relying party id.
    baseURL: `http://localhost:${String(port)}`,
    launchOptions: CHROMIUM_LAUNCH_OPTIONS,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: 'node playground/start.mjs',
    url: `http://localhost:${String(port)}`,
    env: { PORT: String(port) },
    reuseExistingServer: !process.env.CI,
    cwd: root,
  },
});
