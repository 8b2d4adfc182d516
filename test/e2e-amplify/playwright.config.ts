// End-to-end flows of the playground's Amplify mode: the real aws-amplify in Chromium, through gatehouse/amplify,
// against the local Cognito emulator. `npx playwright test -c test/e2e-amplify/playwright.config.ts`
import { join, resolve } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from '../tooling/chromium.ts';

const root = join(import.meta.dirname, '..', '..');
// E2E_AMPLIFY_PORT lets two checkouts run the suite at once.
const port = Number(process.env.E2E_AMPLIFY_PORT ?? 5198);

export default defineConfig({
  testDir: import.meta.dirname,
  outputDir: join(root, 'test-results', 'e2e-amplify-artifacts'),
  // One emulator and one browser session at a time: the seeded users are shared.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: resolve(process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? join(root, 'test-results', 'e2e-amplify.json')) }]],
  use: {
    baseURL: `http://localhost:${String(port)}`,
    trace: 'retain-on-failure',
    launchOptions: CHROMIUM_LAUNCH_OPTIONS,
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // Seeds the emulator's pool, then serves the playground in Amplify mode. COGNITO_PORT 0: the emulator takes a
    // free port and tells the page through amplify_outputs.json, so nothing here needs to know it.
    command: 'node playground/cognito/start.mjs',
    cwd: root,
    env: { PORT: String(port), COGNITO_PORT: '0' },
    url: `http://localhost:${String(port)}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    // SIGTERM lets start.mjs stop the emulator and delete its data; Playwright's default is SIGKILL.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
  },
});
