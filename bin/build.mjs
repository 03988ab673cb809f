#!/usr/bin/env node
// Builds what the `mesas` command runs: the server, bundled by esbuild into dist/server/ (plain
// JavaScript, so no TypeScript compiler is loaded to serve), and the web app, built by Vite into
// dist/web/. It runs as a short-lived process of its own — `npm run build` (also before `npm pack`), or
// bin/mesas.mjs when a source checkout has no build yet or one older than its sources — so the serving
// process never loads a bundler and does not keep the memory a build takes.
//
//   node bin/build.mjs [server] [web] [--if-stale]
//
// Without a part, both. With --if-stale, only the parts older than their sources. The bundlers are
// development dependencies: an install made with --omit=dev serves the build it came with.
//
// This module's top level imports only Node's own modules: bin/mesas.mjs imports it to decide whether
// to build, and that must not load a bundler into the server.
import { existsSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const serverBundle = path.join(root, 'dist/server/cli.mjs');
// Spreadsheet imports are read in a worker thread, started from its own bundle beside the server's.
const workerBundle = path.join(root, 'dist/server/sheet-worker.mjs');
const webDir = path.join(root, 'dist/web');
const webIndex = path.join(webDir, 'index.html');

/** True in a clone of the repository; false in an installed package, which holds only the build. */
export const isSourceCheckout = () => existsSync(path.join(root, 'src/cli/main.ts'));

function newestChange(entry) {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const child of readdirSync(entry)) {
    // A workspace's own dependencies are not sources.
    if (child !== 'node_modules') newest = Math.max(newest, newestChange(path.join(entry, child)));
  }
  return newest;
}

const builtAt = (files) => Math.min(...files.map((f) => (existsSync(f) ? statSync(f).mtimeMs : 0)));
const at = (...names) => names.map((name) => path.join(root, name));

// What each part is made from. The web app imports from src/ too (domain rules, API schemas, i18n).
const parts = {
  server: { outputs: [serverBundle, workerBundle], sources: at('src', 'package.json') },
  web: { outputs: [webIndex], sources: at('web', 'src', 'vite.config.ts', 'package.json') },
};

/** The parts (of those asked) that are missing or older than their sources. */
export function staleParts(names = Object.keys(parts)) {
  return names.filter((name) => {
    const { outputs, sources } = parts[name];
    return builtAt(outputs) <= Math.max(...sources.map(newestChange));
  });
}

/** Whether the bundlers (development dependencies) are installed. */
export function canBuild() {
  try {
    import.meta.resolve('esbuild');
    import.meta.resolve('vite');
    return true;
  } catch {
    return false;
  }
}

/** Writes a file whole: another process starting at that moment reads the old file or the new one. */
function writeWhole(file, contents) {
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, contents);
  renameSync(partial, file);
}

async function buildServer() {
  process.stderr.write('Building the server…\n');
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: {
      cli: path.join(root, 'src/cli/main.ts'),
      'sheet-worker': path.join(root, 'src/exports/sheet-worker.ts'),
    },
    outdir: path.dirname(serverBundle),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    // What a command loads only when it runs (the server, the database) goes into chunks of its own.
    splitting: true,
    // Beside the entries, at their depth: paths relative to import.meta.url resolve the same from both.
    chunkNames: 'part-[name]-[hash]',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning',
    write: false,
  });
  await mkdir(path.dirname(serverBundle), { recursive: true });
  // Source maps first, then the parts, the entries last: nothing points at a file not written yet.
  const order = (file) =>
    file.path.endsWith('.map') ? 0 : path.basename(file.path).startsWith('part-') ? 1 : 2;
  for (const file of [...result.outputFiles].sort((a, b) => order(a) - order(b))) {
    writeWhole(file.path, file.contents);
  }
  // The parts of earlier builds (their names carry a hash of their contents) are no longer used.
  const written = new Set(result.outputFiles.map((file) => path.basename(file.path)));
  for (const name of readdirSync(path.dirname(serverBundle))) {
    if (name.startsWith('part-') && !written.has(name)) rmSync(path.join(path.dirname(serverBundle), name));
  }
  await esbuild.stop();
}

async function buildWeb() {
  process.stderr.write('Building the web app…\n');
  // Always the production bundle: a build started from the test runner inherits NODE_ENV=test, and
  // Vite then keeps React's development build (a third larger, and slower).
  process.env.NODE_ENV = 'production';
  const { build } = await import('vite');
  // Built aside and then put in place, so a server running meanwhile keeps a whole web app to serve.
  const aside = path.join(root, 'dist', `.web-${process.pid}`);
  try {
    await build({
      configFile: path.join(root, 'vite.config.ts'),
      root: path.join(root, 'web'),
      logLevel: 'warn',
      build: { outDir: aside, emptyOutDir: true },
    });
    const old = path.join(root, 'dist', `.web-old-${process.pid}`);
    try {
      renameSync(webDir, old);
    } catch (error) {
      if (error.code !== 'ENOENT') throw error;
    }
    try {
      renameSync(aside, webDir);
    } catch (error) {
      // Another build put its web app in place meanwhile: it is as new as this one.
      if (!existsSync(webIndex)) throw error;
    }
    rmSync(old, { recursive: true, force: true });
  } finally {
    rmSync(aside, { recursive: true, force: true });
  }
}

const builders = { server: buildServer, web: buildWeb };

async function main(args) {
  const asked = args.filter((a) => a in parts);
  const unknown = args.filter((a) => !(a in parts) && a !== '--if-stale');
  if (unknown.length > 0)
    throw new Error(`unknown argument ${unknown[0]}; usage: build.mjs [server] [web] [--if-stale]`);
  const names = asked.length > 0 ? asked : Object.keys(parts);
  const todo = args.includes('--if-stale') ? staleParts(names) : names;
  for (const name of todo) await builders[name]();
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((error) => {
    process.stderr.write(`build: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
