import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort, runMesas as mesas, temporaryDataDir } from '../support/cli';

const dataDir = temporaryDataDir('mesas-cli-');

describe('mesas CLI', () => {
  it('refuses to start on bad configuration and names the variable', async () => {
    const res = await mesas(['serve'], { DATA_DIR: dataDir, PORT: 'eighty', TIME_ZONE: 'Nowhere/Land' });
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/PORT/);
    expect(res.stderr).toMatch(/TIME_ZONE/);
  });

  it('refuses an account without a valid e-mail or a name, before touching the database', async () => {
    const empty = await mkdtemp(path.join(tmpdir(), 'mesas-cli-refused-'));
    try {
      const notAnEmail = await mesas(['create-user', '--email', 'not-an-email', '--name', 'Ana Rojas'], {
        DATA_DIR: empty,
      });
      expect(notAnEmail.code).toBe(1);
      expect(notAnEmail.stderr).toMatch(/^mesas: --email "not-an-email" is not an e-mail address/);
      const noName = await mesas(['create-user', '--email', 'ana@example.org'], { DATA_DIR: empty });
      expect(noName.code).toBe(1);
      expect(noName.stderr).toBe('mesas: --name is required\n');
      expect(existsSync(path.join(empty, 'pglite'))).toBe(false);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });

  it('names DATABASE_URL, without its password, when the database cannot be reached', async () => {
    // A port nothing listens on.
    const port = await freePort();
    const res = await mesas(['migrate'], {
      DATA_DIR: dataDir,
      DATABASE_URL: `postgres://mesas:s3cret-pass@127.0.0.1:${port}/mesas`,
    });
    expect(res.code).toBe(1);
    expect(res.stderr).toContain(`DATABASE_URL=postgres://mesas:***@127.0.0.1:${port}/mesas`);
    expect(res.stderr).toMatch(/ECONNREFUSED/);
    expect(res.stderr).not.toContain('s3cret-pass');
  });

  it('prints usage for an unknown command and exits non-zero', async () => {
    const res = await mesas(['frobnicate'], { DATA_DIR: dataDir });
    expect(res.code).toBe(2);
    expect(res.stdout).toMatch(/seed-demo/);
  });

  it('migrates, creates a user and a token, and verifies the audit log', { timeout: 180_000 }, async () => {
    const env = { DATA_DIR: dataDir };
    const migrations = readdirSync('drizzle').filter((f) => f.endsWith('.sql')).length;
    expect((await mesas(['migrate'], env)).stdout).toContain(
      `Applied ${migrations} migrations; the pglite database is up to date (${migrations} in all).`,
    );
    expect((await mesas(['migrate'], env)).stdout).toContain(
      `Already up to date: all ${migrations} migrations had been applied (pglite).`,
    );
    const created = await mesas(
      ['create-user', '--email', 'ana@example.org', '--name', 'Ana Rojas', '--role', 'coordinator'],
      env,
    );
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/Created ana@example.org \(coordinator\)/);
    expect(created.stdout).toMatch(/Password: \S{12,}/);
    const duplicate = await mesas(['create-user', '--email', 'ANA@example.org', '--name', 'Ana'], env);
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr).toContain('an account with the e-mail ANA@example.org already exists');
    const token = await mesas(['create-token', '--email', 'ana@example.org', '--name', 'integration'], env);
    expect(token.stdout.trim()).toMatch(/^mesas_pat_[\w-]{40,}$/);
    const badRole = await mesas(
      ['create-user', '--email', 'b@example.org', '--name', 'B', '--role', 'king'],
      env,
    );
    expect(badRole.code).toBe(1);
    expect(badRole.stderr).toMatch(/--role/);
    const verified = await mesas(['verify-audit'], { ...env, DEFAULT_LOCALE: 'en' });
    expect(verified.stdout).toMatch(/Audit log intact: [1-9]\d* events/);
  });
});
