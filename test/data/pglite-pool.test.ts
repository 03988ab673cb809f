import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client';
import { openDataFiles, openDataRevision } from '../../src/open-data/data';
import { emptyDatabase, postgresUrl, rowsOf } from '../support/database';
import { makeMesa } from '../support/factories';
import { clientOf } from '../support/pglite-pool';

const facts = async (database: Database) =>
  (await rowsOf<{ key: string }>(database, sql`select key from installation_facts order by key`)).map(
    (r) => r.key,
  );
const questions = async (database: Database) =>
  rowsOf<{ key: string; text_es: string }>(
    database,
    sql`select key, text_es from assessment_questions order by key`,
  );
/** The oldest transaction that wrote a row of the table still there: a table written again has a later one. */
const writtenBy = async (database: Database, table: string) =>
  (
    await rowsOf<{ xid: string }>(
      database,
      sql.raw(`select min(xmin::text::bigint)::text as xid from ${table}`),
    )
  )[0]?.xid;
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

  it('puts back the rows a file updated, deleted or added, in the tables it changed and no others', async () => {
    const first = await emptyDatabase();
    const opened = await questions(first);
    expect(opened.length).toBeGreaterThan(2);
    const untouched = await writtenBy(first, 'assessment_questions');
    await first.db.execute(sql`insert into installation_facts (key, value) values ('left_by_a_file', '"x"')`);
    await first.drop();
    const second = await emptyDatabase();
    expect(clientOf(second)).toBe(clientOf(first));
    expect(await writtenBy(second, 'assessment_questions')).toBe(untouched);
    // Questions are pointed at by answers' foreign keys: those are emptied and filled with them.
    await second.db.execute(
      sql`update assessment_questions set text_es = 'cambiado' where key = ${opened[0]!.key}`,
    );
    await second.db.execute(sql`delete from assessment_questions where key = ${opened[1]!.key}`);
    await second.drop();
    const third = await emptyDatabase();
    try {
      expect(clientOf(third)).toBe(clientOf(first));
      expect(await questions(third)).toEqual(opened);
      expect(await facts(third)).not.toContain('left_by_a_file');
    } finally {
      await third.drop();
    }
  });

  // What the app keeps per database handle (the portal's and the open data's records, by revision) must
  // go with the file: the rows put back, the revisions (the audit log's sequence) come round again.
  it('hands each file a handle of its own, so that nothing kept for one file reaches the next', async () => {
    const options = { timeZone: 'America/Lima', publicUrl: 'https://mesas.example.org' };
    const publish = (database: Database, name: string) =>
      makeMesa(database.db, { name, visibility: 'public', published: true });
    const first = await emptyDatabase();
    await publish(first, 'Mesa del primer archivo');
    const before = await openDataFiles(first.db, await openDataRevision(first.db), options);
    expect(before.csv.mesas).toContain('Mesa del primer archivo');
    await first.drop();
    const next = await emptyDatabase();
    try {
      expect(clientOf(next)).toBe(clientOf(first));
      await publish(next, 'Mesa del segundo archivo');
      const revision = await openDataRevision(next.db);
      expect(revision).toBe(before.revision);
      const after = await openDataFiles(next.db, revision, options);
      expect(after.csv.mesas).toContain('Mesa del segundo archivo');
      expect(after.csv.mesas).not.toContain('Mesa del primer archivo');
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
