// What a built app ships: the files its page loads before anything runs (initial), what each `import()`
// adds later (lazy) and what loads it, and which packages and Gatehouse folders the initial JS is made of.
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { appsDir, repoPath, repoRoot } from './build.mjs';
import { attributeText } from './sourcemap.mjs';

const sizes = new Map();

/** Raw, gzip -9 and brotli (quality 11) bytes of one file. */
export function fileSize(path) {
  if (!sizes.has(path)) sizes.set(path, compress(readFileSync(path)));
  return sizes.get(path);
}

function compress(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }).length,
  };
}

const ZERO = { raw: 0, gzip: 0, brotli: 0 };
const add = (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });

/** A manifest entry's files that load with it: its chunk, its static imports (transitively), their CSS. */
function staticClosure(manifest, key, files = new Set(), keys = new Set()) {
  const entry = manifest[key];
  if (!entry || keys.has(key)) return files;
  keys.add(key);
  files.add(entry.file);
  for (const css of entry.css ?? []) files.add(css);
  for (const imported of entry.imports ?? []) staticClosure(manifest, imported, files, keys);
  return files;
}

function sumFiles(outDir, files) {
  let js = ZERO;
  let css = ZERO;
  for (const file of files) {
    const size = fileSize(join(outDir, file));
    if (file.endsWith('.css')) css = add(css, size);
    else js = add(js, size);
  }
  return { js, css, total: add(js, css) };
}

/** Every `import()` reachable from the page, with the files it fetches beyond those already loaded. */
function lazyLoads(built, initial) {
  const { manifest, loaders } = built;
  const loads = new Map();
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const target of manifest[key].dynamicImports ?? []) {
      if (!loads.has(target)) {
        const files = [...staticClosure(manifest, target)].filter((file) => !initial.has(file));
        const loader = loaders.get(manifest[target].file);
        loads.set(target, { module: manifest[target].src === undefined ? (loader?.targets.join(', ') ?? target) : repoPath(resolve(appsDir, manifest[target].src)), loadedBy: loader?.importers ?? [], files });
      }
      visit(target);
    }
    for (const imported of manifest[key].imports ?? []) visit(imported);
  };
  visit('index.html');
  return [...loads.values()];
}

const RUNTIME = '\0rolldown/runtime';

/** The package (or, inside this repository, the Gatehouse folder) a source file belongs to. */
export function ownerOf(source) {
  if (source === undefined) return { pkg: '(bundler glue, unmapped)' };
  if (source === RUNTIME) return { pkg: '(bundler runtime)' };
  const packageAt = source.lastIndexOf('/node_modules/');
  if (packageAt >= 0) {
    const [scope = '', name = ''] = source.slice(packageAt + '/node_modules/'.length).split('/');
    return { pkg: scope.startsWith('@') ? `${scope}/${name}` : scope };
  }
  const path = relative(repoRoot, source);
  if (path.startsWith('src/')) {
    const parts = path.split('/');
    return { pkg: 'gatehouse', folder: parts.length > 2 ? `src/${parts[1]}` : 'src/ (entry files)' };
  }
  if (path.startsWith('test/bench/apps/')) return { pkg: '(the app itself)' };
  return { pkg: source.includes('rolldown') ? '(bundler runtime)' : `(other: ${path})` };
}

/**
 * The initial JS by package and by Gatehouse folder. Minified bytes are exact: each byte goes to the source its
 * source-map segment names. Compressed bytes are estimated: within each file, every part (a package, or a
 * Gatehouse folder) is compressed alone, and the file's real gzip (brotli) size is shared out in proportion to
 * those sizes, so a part that compresses well is not charged like one that does not.
 */
function composition(outDir, jsFiles) {
  const packages = new Map();
  const folders = new Map();
  const modules = new Set();
  const credit = (map, key, size) => {
    map.set(key, add(map.get(key) ?? ZERO, size));
  };
  for (const file of jsFiles) {
    const path = join(outDir, file);
    const parts = new Map();
    attributeText(
      path,
      (source, text) => {
        if (source !== undefined && source !== RUNTIME) modules.add(relative(repoRoot, source));
        const owner = ownerOf(source);
        const key = owner.folder ?? owner.pkg;
        if (!parts.has(key)) parts.set(key, { owner, texts: [] });
        parts.get(key).texts.push(text);
      },
      RUNTIME,
    );
    const alone = [...parts.values()].map((part) => ({ owner: part.owner, size: compress(Buffer.from(part.texts.join(''))) }));
    const whole = fileSize(path);
    const sum = alone.reduce((total, part) => add(total, part.size), ZERO);
    for (const { owner, size } of alone) {
      const share = { raw: size.raw, gzip: (whole.gzip * size.gzip) / sum.gzip, brotli: (whole.brotli * size.brotli) / sum.brotli };
      credit(packages, owner.pkg, share);
      if (owner.folder) credit(folders, owner.folder, share);
    }
  }
  const sorted = (map) => new Map([...map].sort((a, b) => b[1].raw - a[1].raw));
  return { packages: sorted(packages), folders: sorted(folders), modules };
}

/** Everything the bench reports about one built app's bytes. */
export function measureSizes(built, { withComposition = true } = {}) {
  const { outDir, manifest } = built;
  const initialSet = staticClosure(manifest, 'index.html');
  const initial = sumFiles(outDir, initialSet);
  const loads = lazyLoads(built, initialSet).map((load) => ({ ...load, size: sumFiles(outDir, load.files) }));
  const lazyFiles = new Set(loads.flatMap((load) => load.files));
  const languages = loads.filter((load) => load.loadedBy.includes('src/i18n/load.ts'));
  const result = {
    initialFiles: [...initialSet],
    initial,
    lazy: { loads, files: lazyFiles.size, total: sumFiles(outDir, lazyFiles) },
    languages: { count: languages.length, total: sumFiles(outDir, new Set(languages.flatMap((load) => load.files))), modules: languages.map((load) => load.module) },
  };
  if (!withComposition) return result;
  const jsFiles = [...initialSet].filter((file) => file.endsWith('.js'));
  return { ...result, composition: composition(outDir, jsFiles) };
}
