import { execFile } from 'node:child_process';
import { access, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const bin = path.resolve('bin/mesas.mjs');

async function mesas(args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], {
      env: { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'warn', ...env },
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'mesas-cli-password-'));
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

describe('mesas create-user --password', () => {
  it.each([
    [
      'a common password',
      'password1234',
      /--password is too easy to guess: it is like a commonly used password\./,
    ],
    [
      "the user's own name",
      'ccorimanya2026',
      /--password is too easy to guess: it contains the name or e-mail of the account\./,
    ],
  ])('refuses %s with a clear message, before touching the database', async (_what, password, message) => {
    const res = await mesas(
      ['create-user', '--email', 'wayra@example.org', '--name', 'Wayra Ccorimanya', '--password', password],
      { DATA_DIR: dataDir },
    );
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(message);
    expect(res.stdout).not.toMatch(/Created/);
    await expect(access(path.join(dataDir, 'pglite'))).rejects.toThrow();
  });
});
