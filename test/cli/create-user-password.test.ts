import { access } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMesas as mesas, temporaryDataDir } from '../support/cli';

const dataDir = temporaryDataDir('mesas-cli-password-');

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
