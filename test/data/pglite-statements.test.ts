import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATEMENTS_KEPT } from '../../src/db/pglite-statements';
import { emptyDatabase, postgresUrl } from '../support/database';
import { clientOf } from '../support/pglite-pool';

/**
 * The embedded database keeps the queries it runs prepared, by name (src/db/pglite-statements.ts): a
 * query runs as PGlite's own would have run it, from its results to its errors and its place among
 * transactions, and PostgreSQL holds one prepared statement per query text, never more than the limit.
 */
type Opened = Awaited<ReturnType<typeof emptyDatabase>>;

describe.skipIf(postgresUrl())('the prepared statements of the embedded database', () => {
  let database: Opened;
  const client = () => clientOf(database);
  /** The prepared statements PostgreSQL holds for a query text. */
  const preparedFor = async (text: string) =>
    (
      await client().exec(
        `select name from pg_prepared_statements where statement = '${text.replaceAll("'", "''")}'`,
      )
    )[0]?.rows ?? [];

  beforeAll(async () => {
    database = await emptyDatabase();
    await client().exec(
      'create table kept_things (id int primary key, label text, tags text[], at timestamptz)',
    );
  });
  afterAll(async () => {
    await client().exec('drop table if exists kept_things');
    await database.drop();
  });

  it('prepares a query once and runs it again by name, with the values each run binds', async () => {
    const text = 'select $1::int + 1 as next, $2::text as label, $3::text[] as tags, $4::jsonb as doc';
    for (const n of [1, 2, 3]) {
      const { rows } = await client().query(text, [n, `run ${n}`, ['a', `b${n}`], { n }]);
      expect(rows).toEqual([{ next: n + 1, label: `run ${n}`, tags: ['a', `b${n}`], doc: { n } }]);
    }
    expect(await preparedFor(text)).toHaveLength(1);
    const asArrays = await client().query(text, [7, null, null, null], { rowMode: 'array' });
    expect(asArrays.rows).toEqual([[8, null, null, null]]);
    // A statement that is not planned goes PGlite's own way: nothing is kept for it.
    await client().query('set local statement_timeout = 0');
    expect(await preparedFor('set local statement_timeout = 0')).toEqual([]);
  });

  it('writes, counts what it changed, and tells a broken rule with the query in the error', async () => {
    const insert = 'insert into kept_things (id, label, tags, at) values ($1, $2, $3, $4)';
    const written = await client().query(insert, [1, 'uno', ['x'], new Date('2026-12-07T15:00:00Z')]);
    expect(written.affectedRows).toBe(1);
    const error = await client()
      .query(insert, [1, 'otra vez', [], null])
      .catch((e: unknown) => e as { code?: string; query?: string; params?: unknown[] });
    expect(error).toMatchObject({ code: '23505', query: insert, params: [1, 'otra vez', [], null] });
    const { rows } = await client().query('select label, at from kept_things where id = $1', [1]);
    expect(rows).toEqual([{ label: 'uno', at: new Date('2026-12-07T15:00:00Z') }]);
  });

  it('ends a transaction its error aborted, and the next statement runs', async () => {
    const insert = 'insert into kept_things (id, label) values ($1, $2)';
    const failed = await client()
      .transaction(async (tx) => {
        await tx.query(insert, [2, 'dos']);
        await tx.query(insert, [2, 'dos otra vez']);
      })
      .catch((e: unknown) => e as { code?: string });
    expect(failed).toMatchObject({ code: '23505' });
    const { rows } = await client().query('select count(*)::int as n from kept_things where id = $1', [2]);
    expect(rows).toEqual([{ n: 0 }]);
  });

  it('runs a query asked for during a transaction after the transaction, never inside it', async () => {
    let inserted!: () => void;
    const insertedNow = new Promise<void>((resolve) => {
      inserted = resolve;
    });
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const transaction = client()
      .transaction(async (tx) => {
        await tx.query('insert into kept_things (id, label) values ($1, $2)', [3, 'tres']);
        inserted();
        await released;
        await tx.rollback();
      })
      .catch(() => undefined);
    await insertedNow;
    const outside = client().query<{ n: number }>(
      'select count(*)::int as n from kept_things where id = $1',
      [3],
    );
    // Turns of the event loop enough for the query to run, were it not held back.
    for (let turn = 0; turn < 20; turn++) await new Promise((resolve) => setImmediate(resolve));
    release();
    await transaction;
    expect((await outside).rows).toEqual([{ n: 0 }]);
  });

  it('prepares anew a query whose result changed shape, and runs it', async () => {
    const text = 'select * from kept_things where id = $1';
    expect((await client().query(text, [1])).fields.map((f) => f.name)).toEqual([
      'id',
      'label',
      'tags',
      'at',
    ]);
    await client().exec('alter table kept_things add column note text');
    try {
      const { rows, fields } = await client().query(text, [1]);
      expect(fields.map((f) => f.name)).toEqual(['id', 'label', 'tags', 'at', 'note']);
      expect(rows).toMatchObject([{ id: 1, label: 'uno', note: null }]);
      expect(await preparedFor(text)).toHaveLength(1);
    } finally {
      await client().exec('alter table kept_things drop column note');
    }
  });

  it(`keeps at most ${STATEMENTS_KEPT} statements, closing the one used longest ago`, async () => {
    const text = (n: number) => `select ${n} as kept_number`;
    for (let n = 0; n <= STATEMENTS_KEPT; n++) await client().query(text(n));
    // One more, so that the statement closed with the last one prepared is gone from PostgreSQL too.
    await client().query('select 1 as one_more');
    const [counted] = await client().exec(
      `select count(*)::int as n from pg_prepared_statements where name like 'mesas\\_%'`,
    );
    expect(counted?.rows[0]?.n).toBeLessThanOrEqual(STATEMENTS_KEPT);
    expect(await preparedFor(text(0))).toEqual([]);
    expect(await preparedFor(text(STATEMENTS_KEPT))).toHaveLength(1);
  });
});
