#!/usr/bin/env node
// The `mesas` command. It runs the server bundle, dist/server/cli.mjs: the TypeScript sources bundled by
// esbuild into plain JavaScript (dependencies stay in node_modules). In a source checkout, a missing or
// stale build is made first by bin/build.mjs in a short-lived child process — the server bundle for
// every command, the web app too for `start` — so this process never loads esbuild, Vite or a
// TypeScript loader, and keeps none of the memory a build takes. An installed package (npm pack, then
// npm install --omit=dev) holds the build and no sources: it runs what it holds. dist/server/ sits two
// levels below the root like src/<area>/, so paths relative to import.meta.url (migrations, the built
// web app) resolve the same from sources and from the bundle.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { canBuild, isSourceCheckout, root, serverBundle, staleParts } from './build.mjs';

const fail = (message) => {
  process.stderr.write(`mesas: ${message}\n`);
  process.exit(1);
};

if (isSourceCheckout()) {
  const stale = staleParts(process.argv[2] === 'start' ? ['server', 'web'] : ['server']);
  if (stale.length > 0 && canBuild()) {
    const build = spawnSync(process.execPath, [path.join(root, 'bin/build.mjs'), ...stale], {
      // Its messages go to stderr: what a command prints on stdout stays the command's own.
      stdio: ['ignore', 2, 'inherit'],
    });
    if (build.status !== 0) fail(`the build failed (${build.error?.message ?? `exit code ${build.status}`})`);
  } else if (stale.length > 0 && existsSync(serverBundle)) {
    process.stderr.write(
      `mesas: the sources are newer than the build (${stale.join(', ')}), and the bundlers (development ` +
        'dependencies) are not installed to rebuild it; running the build as it is.\n',
    );
  }
}
if (!existsSync(serverBundle)) {
  fail(
    'dist/server/cli.mjs is missing: build it with `npm run build`, which needs the development dependencies (npm ci).',
  );
}
await import(pathToFileURL(serverBundle).href);
