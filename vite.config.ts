import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig, type Plugin } from 'vitest/config';
import { CHROMIUM_LAUNCH_OPTIONS } from './test/tooling/chromium.ts';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};
const externalPackages = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];

/** Ships src/theme/styles.css as dist/styles.css: the theme is plain CSS, never imported by JS. */
function stylesheet(): Plugin {
  return {
    name: 'gatehouse-stylesheet',
    apply: 'build',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'styles.css',
        source: readFileSync(new URL('./src/theme/styles.css', import.meta.url), 'utf8'),
      });
    },
  };
}

/** The package's entry points, mapped to their sources for the compatibility suite. */
const GATEHOUSE_ALIASES = [
  { find: /^gatehouse$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
  { find: /^gatehouse\/styles\.css$/, replacement: fileURLToPath(new URL('./src/theme/styles.css', import.meta.url)) },
  { find: /^gatehouse\/(components|local|amplify)$/, replacement: fileURLToPath(new URL('./src/$1.ts', import.meta.url)) },
];

/** Debian's Chromium, kept off the network: no browser is ever downloaded, and nothing but localhost resolves. */

export default defineConfig({
  plugins: [react(), stylesheet()],
  build: {
    target: 'es2022',
    sourcemap: true,
    lib: {
      entry: {
        index: 'src/index.ts',
        components: 'src/components.ts',
        local: 'src/local.ts',
        amplify: 'src/amplify.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: (id) => externalPackages.some((name) => id === name || id.startsWith(`${name}/`)),
      // Every module is client code: Next.js's App Router can import the entries from server components.
      // One file per module: the app's bundler splits and tree-shakes; lazy screens stay lazy.
      output: { banner: "'use client';", preserveModules: true, preserveModulesRoot: 'src' },
    },
  },
  test: {
    // Every core: left to its default, Vitest ran one test file at a time on this 2-core machine
    // (the whole run 392 s; with both cores 220 s).
    maxWorkers: availableParallelism(),
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          environment: 'jsdom',
          // Whole flows on a 2-core machine: a lazy screen or chunk can take a while under load.
          testTimeout: 15_000,
          include: ['test/integration/**/*.test.{ts,tsx}'],
          setupFiles: ['test/integration/setup.ts'],
        },
      },
      {
        extends: true,
        // Defects found by auditing the product as an attacker and as an unlucky user would: each stays fixed.
        // jsdom for the UI; a pool test that needs Node's realm says `// @vitest-environment node`.
        test: {
          name: 'hardening',
          environment: 'jsdom',
          testTimeout: 15_000,
          include: ['test/hardening/**/*.test.{ts,tsx}'],
          setupFiles: ['test/integration/setup.ts'],
          globalSetup: ['test/hardening/tally-setup.ts'],
        },
      },
      {
        extends: true,
        // Amplify UI's published Authenticator examples, ported by changing only their imports and `client`:
        // `gatehouse` resolves to the sources, as the package's exports would to dist/.
        resolve: { alias: GATEHOUSE_ALIASES },
        test: {
          name: 'compat',
          environment: 'jsdom',
          testTimeout: 15_000,
          include: ['test/compat/**/*.test.tsx'],
          setupFiles: ['test/integration/setup.ts'],
          globalSetup: ['test/cognito/global-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'adapter',
          environment: 'node',
          // Every test signs in (SRP, several round trips) against the local Cognito server: 3-4.5 s each on this
          // 2-core machine when two suites share it, over Vitest's default of 5 s.
          testTimeout: 15_000,
          include: ['test/adapter/**/*.test.ts', 'test/cognito/**/*.test.ts'],
          globalSetup: ['test/cognito/global-setup.ts'],
        },
      },
      {
        extends: true,
        // Every story in stories/ becomes a test: it renders, runs its play function, then axe checks it.
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: {
          name: 'storybook',
          // A story with a play function and an axe check took up to 4.7 s on a loaded 2-core machine.
          testTimeout: 15_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: CHROMIUM_LAUNCH_OPTIONS }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
