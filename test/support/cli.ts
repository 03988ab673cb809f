import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll } from 'vitest';
import { EMPTY_FILE, openCopyOf } from './database';

const run = promisify(execFile);

/** The `mesas` command of this tree, run with the current Node. */
export const bin = path.resolve('bin/mesas.mjs');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI on the embedded database (DATABASE_URL emptied unless `env` sets it); resolves with exit
 * code and output instead of throwing.
 */
export async function runMesas(
  args: string[],
  env: NodeJS.ProcessEnv = {},
  timeout = 60_000,
): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], {
      env: { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'warn', ...env },
      timeout,
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as CliResult;
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

/** A data directory of its own for the test file, made now and removed after its tests. */
export function temporaryDataDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  afterAll(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** A TCP port free on this computer a moment ago (nothing listens on it until someone takes it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Puts an installation's migrated, empty embedded database in `dataDir`, as the first command on a new
 * folder leaves it: a copy of the empty template (test/support/templates.ts, made by the tier's global
 * setup), a second instead of six of `initdb` and migrations. For the tests about what comes after;
 * test/cli/cli.test.ts still migrates a new folder itself.
 */
export async function holdMigratedDatabase(dataDir: string): Promise<void> {
  await (await openCopyOf(EMPTY_FILE, path.join(dataDir, 'pglite'))).close();
}
