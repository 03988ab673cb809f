import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client';
import { holdMigratedDatabase, runMesas, temporaryDataDir } from '../support/cli';

const dataDir = temporaryDataDir('mesas-audit-');
beforeAll(() => holdMigratedDatabase(dataDir));

/** Runs the CLI on this file's data directory, in English unless `env` says otherwise. */
const mesas = (args: string[], env: Record<string, string> = {}) =>
  // Generous: on a busy machine a first start (bundling, a new embedded database) is slow.
  runMesas(args, { DATA_DIR: dataDir, DEFAULT_LOCALE: 'en', ...env }, 240_000);

describe('mesas audit checkpoint and verify-audit --checkpoint', () => {
  it('exports a signed checkpoint that catches a log wiped with its head', { timeout: 900_000 }, async () => {
    const created = await mesas(['create-user', '--email', 'ana@example.org', '--name', 'Ana Rojas']);
    expect(created.code, created.stderr).toBe(0);
    // The key was generated once for this installation and kept beside its data, readable by its owner only.
    expect((await stat(path.join(dataDir, 'audit-key'))).mode & 0o077).toBe(0);

    const file = path.join(dataDir, 'checkpoint.json');
    const exported = await mesas(['audit', 'checkpoint', '--out', file]);
    expect(exported.code, exported.stderr).toBe(0);
    const checkpoint = JSON.parse(await readFile(file, 'utf8'));
    expect(checkpoint).toEqual({
      seq: expect.any(Number),
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      time: expect.any(String),
      mac: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(exported.stdout).toContain(`Checkpoint of event #${checkpoint.seq} written to ${file}`);

    const held = await mesas(['verify-audit', '--checkpoint', file]);
    expect(held.code, held.stderr).toBe(0);
    expect(held.stdout).toMatch(/Audit log intact: [1-9]\d* events checked/);
    expect(held.stdout).toContain(`still holds event #${checkpoint.seq}`);

    // Another key than the one that sealed the log: nothing verifies.
    const otherKey = await mesas(['verify-audit'], { AUDIT_KEY: 'another-audit-key-another-audit-key-000' });
    expect(otherKey.code).toBe(1);
    expect(otherKey.stderr).toMatch(/does not match its hash/);

    // An edited checkpoint is refused.
    const edited = path.join(dataDir, 'edited.json');
    await writeFile(edited, JSON.stringify({ ...checkpoint, time: new Date(0).toISOString() }));
    const forged = await mesas(['verify-audit', '--checkpoint', edited]);
    expect(forged.code).toBe(1);
    expect(forged.stderr).toMatch(/not signed with this installation's audit key/);

    // Events and head wiped together, as the owner of the database could.
    const database = await openDatabase({ kind: 'pglite', dir: path.join(dataDir, 'pglite') });
    await database.db.execute(sql`alter table audit_events disable trigger user`);
    await database.db.execute(sql`delete from audit_events`);
    await database.db.execute(sql`delete from audit_head`);
    await database.db.execute(sql`alter table audit_events enable trigger user`);
    await database.close();

    expect((await mesas(['verify-audit'])).stdout).toMatch(/Audit log intact: 0 events checked/);
    const wiped = await mesas(['verify-audit', '--checkpoint', file]);
    expect(wiped.code).toBe(1);
    expect(wiped.stderr).toContain(
      `Audit log broken at event #${checkpoint.seq}: the event the checkpoint names is gone`,
    );
    const spanish = await mesas(['verify-audit', '--checkpoint', file], { DEFAULT_LOCALE: 'es' });
    expect(spanish.stderr).toContain(`Registro de auditoría alterado en el evento n.º ${checkpoint.seq}`);
  });

  it('refuses a file that is not a checkpoint, and an unknown subcommand', { timeout: 600_000 }, async () => {
    const junk = path.join(dataDir, 'junk.json');
    await writeFile(junk, '{"seq": "one"}');
    const bad = await mesas(['verify-audit', '--checkpoint', junk]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`${junk} is not an audit checkpoint`);
    const missing = await mesas(['verify-audit', '--checkpoint', path.join(dataDir, 'nowhere.json')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/is not an audit checkpoint/);
    const usage = await mesas(['audit', 'export']);
    expect(usage.code).toBe(1);
    expect(usage.stderr).toMatch(/Usage: mesas audit checkpoint \[--out FILE\]/);
  });
});
