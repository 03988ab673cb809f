import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Builds the web app when dist/web is missing or older than its sources, with bin/build.mjs in a
 * process of its own: the caller (a test harness, a benchmark) never loads Vite or keeps its memory.
 */
export function buildWebIfNeeded(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'bin/build.mjs'), 'web', '--if-stale'], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`building the web app failed (${signal ?? `exit code ${code}`})`)),
    );
  });
}
