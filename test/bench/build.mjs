// Builds one bench app as a production app: Vite 8 with the project's React plugin, one HTML entry, code
// splitting and minification as `vite build` does by default. Hidden source maps (no sourceMappingURL
// comment, so the served files are byte for byte what an app without maps ships) let sizes.mjs attribute
// every minified byte to its source module.
import { mkdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const appsDir = fileURLToPath(new URL('apps', import.meta.url));
/** The user pool id of apps/shared/amplify-config.ts. */
const BENCH_POOL_ID = 'us-east-1_Bench0000';

/** Puts the app's entry into the one shared page before Vite reads its scripts. */
function entryPlugin(entry) {
  return {
    name: 'bench-entry',
    transformIndexHtml: { order: 'pre', handler: (html) => html.replace('%BENCH_ENTRY%', `./${entry}`) },
  };
}

/**
 * Records, per lazy chunk, the modules in it that some `import()` asks for and the modules making those calls
 * (rolldown knows; the manifest does not). A chunk shared by several targets has no facade module, hence the
 * look at every module of every chunk.
 */
function loadersPlugin(loaders) {
  return {
    name: 'bench-loaders',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const targets = chunk.moduleIds.filter((id) => (this.getModuleInfo(id)?.dynamicImporters.length ?? 0) > 0);
        const importers = new Set(targets.flatMap((id) => this.getModuleInfo(id)?.dynamicImporters ?? []));
        if (targets.length > 0) loaders.set(chunk.fileName, { targets: targets.map(repoPath), importers: [...importers].map(repoPath) });
      }
    },
  };
}

/** A module id as a short path: from the repository root, or from node_modules for packages. */
export function repoPath(id) {
  const clean = id.replace(/\?.*$/, '');
  const packageAt = clean.lastIndexOf('/node_modules/');
  if (packageAt >= 0) return clean.slice(packageAt + '/node_modules/'.length);
  return clean.startsWith('/') ? relative(repoRoot, clean) : clean;
}

/**
 * An app that imports the shared Amplify configuration must ship its `Amplify.configure` call: a side-effect
 * import is dropped silently when a package.json says its folder has no side effects (apps/package.json says
 * it has), and an unconfigured Amplify app would be measured lighter than a real one.
 */
function assertConfigured(app, outDir, manifest) {
  if (!readFileSync(join(appsDir, app.entry), 'utf8').includes('amplify-config')) return;
  const code = Object.values(manifest)
    .filter((entry) => entry.file.endsWith('.js'))
    .map((entry) => readFileSync(join(outDir, entry.file), 'utf8'))
    .join('');
  if (!code.includes(BENCH_POOL_ID)) throw new Error(`${app.id}: its build lost the Amplify.configure() of apps/shared/amplify-config.ts`);
}

/**
 * Builds `app` (an entry of apps.mjs) into `outRoot/<id>/`, with Vite's default base `/` (each app gets a server
 * of its own), so that two apps with the same code build to the same bytes.
 * Returns the output folder, Vite's manifest and, per lazy chunk, what loads it.
 */
export async function buildApp(app, outRoot) {
  const outDir = join(outRoot, app.id);
  // Vite builds for development when NODE_ENV says so, and an earlier Vite call in this process (runnerImport)
  // may have set it.
  process.env.NODE_ENV = 'production';
  mkdirSync(outDir, { recursive: true });
  const loaders = new Map();
  await build({
    configFile: false,
    root: appsDir,
    mode: 'production',
    logLevel: 'warn',
    plugins: [react(), entryPlugin(app.entry), loadersPlugin(loaders)],
    build: {
      outDir,
      emptyOutDir: true,
      manifest: true,
      sourcemap: 'hidden',
      // Sizes are measured by sizes.mjs; Amplify UI's chunk is over Vite's warning limit by design.
      reportCompressedSize: false,
      chunkSizeWarningLimit: 10_000,
      // On a busy shared machine a slow build is the machine, not a plugin: no timing warnings.
      rolldownOptions: { checks: { bundlerTimings: false } },
    },
  });
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8'));
  assertConfigured(app, outDir, manifest);
  return { app, outDir, manifest, loaders };
}
