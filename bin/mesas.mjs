#!/usr/bin/env node
// The `mesas` command. The TypeScript sources are bundled once into dist/server/cli.mjs with esbuild
// (about half a second, again whenever a source is newer than the bundle) and run as plain JavaScript:
// no compiler stays loaded in the server, which keeps its memory and start time low. Dependencies stay
// in node_modules. dist/server/ sits two levels below the root like src/<area>/, so paths relative to
// import.meta.url (migrations, the built web app) resolve the same from sources and from the bundle.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = path.join(root, 'dist/server/cli.mjs');
// Spreadsheet imports are read in a worker thread, started from its own bundle beside the server's.
const workerBundle = path.join(root, 'dist/server/sheet-worker.mjs');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

const stale =
  !existsSync(bundle) ||
  !existsSync(workerBundle) ||
  statSync(bundle).mtimeMs <
    Math.max(newestSource(path.join(root, 'src')), statSync(path.join(root, 'package.json')).mtimeMs);
if (stale) {
  const esbuild = await import('esbuild');
  await esbuild.build({
    entryPoints: {
      cli: path.join(root, 'src/cli/main.ts'),
      'sheet-worker': path.join(root, 'src/exports/sheet-worker.ts'),
    },
    outdir: path.dirname(bundle),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  // esbuild runs as a child service process; end it so the server carries no idle helper.
  await esbuild.stop();
}
await import(pathToFileURL(bundle).href);
