import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client';
import { emptyDatabase, postgresUrl, rowsOf } from '../support/database';
import { clientOf } from '../support/pglite-pool';

const facts = async (database: Database) =>
  (await rowsOf<{ key: string }>(database, sql`select key from installation_facts order by key`)).map(
    (r) => r.key,
  );
const guardEnabled = async (database: Database) =>
  (
    await rowsOf<{ on: boolean }>(
      database,
      sql`select bool_and(tgenabled <> 'D') as on from pg_trigger where tgrelid = 'audit_events'::regclass and not tgisinternal`,
    )
  )[0]?.on;

// On PostgreSQL each file gets a database of its own from the template database: nothing is reused.
describe.skipIf(postgresUrl())('the embedded databases the files of a worker take in turn', () => {
  it('hands the next file the rows as they were when the database was opened', async () => {
    const first = await emptyDatabase();
    const opened = await facts(first);
    await first.db.execute(sql`insert into installation_facts (key, value) values ('left_by_a_file', '"x"')`);
    await first.drop();
    const next = await emptyDatabase();
    try {
      expect(clientOf(next)).toBe(clientOf(first));
      expect(await facts(next)).toEqual(opened);
    } finally {
      await next.drop();
    }
  });

  it('does not hand on a database whose schema a file changed', async () => {
    const first = await emptyDatabase();
    expect(await guardEnabled(first)).toBe(true);
    await first.db.execute(sql`alter table audit_events disable trigger user`);
    await first.drop();
    const next = await emptyDatabase();
    try {
      expect(clientOf(next)).not.toBe(clientOf(first));
      expect(await guardEnabled(next)).toBe(true);
    } finally {
      await next.drop();
    }
  });
});
