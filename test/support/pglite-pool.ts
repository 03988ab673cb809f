import type { PGlite } from '@electric-sql/pglite';
import { type Database, pgliteHandle } from '../../src/db/client';

/**
 * Embedded databases a worker's test files take in turn. Opening PGlite from the template costs about
 * a second of processor time (the data directory written into memory, PostgreSQL started); putting a
 * database a file has dropped back as it was opened costs a few hundredths of that: the tables the file
 * changed get their rows back from a snapshot taken when the database was opened, and the sequences are
 * set back. A database that cannot be put back (a test closed it, or changed its schema or its session's
 * settings) is closed and forgotten, and the next file opens a new one.
 *
 * Each file gets a database handle of its own over the same PGlite: what the app keeps per handle (the
 * portal's and the open data's records, by revision) goes with the file. Kept, it would reach the next
 * file at the same revisions, since the rows put back bring the audit log's sequence round again.
 */
export type Kind = 'demo' | 'empty';

interface Table {
  /** The table, and its snapshot in the schema `pristine`. */
  name: string;
  snapshot: string;
  columns: string;
  /** The tables whose foreign keys point at it: emptied with it, they get their rows back with it. */
  referencedBy: string[];
}

interface Kept {
  database: Database;
  tables: Table[];
  /** Sets every sequence back. */
  sequences: string;
  /** Names the tables whose rows differ from their snapshot's (run with `since`). */
  changed: string;
  /** The first transaction after the rows were last put back: a row it or a later one wrote is new. */
  since: string;
  /** The schema as opened: a file that changed it (a trigger disabled, a column added) is not reused. */
  schema: string;
}

/** At most this many idle databases of each kind per worker: each holds its data in memory. */
const IDLE = 1;
const POOL = Symbol.for('mesas.test.pglite-pool');
/** Schemas the migrations and the tests make (PostgreSQL's own, pg_*, and information_schema left out). */
const OWN_SCHEMA = `n.nspname not like 'pg\\_%' and n.nspname <> 'information_schema'`;
const store = globalThis as { [POOL]?: Record<Kind, Kept[]> };
const idle = () => {
  store[POOL] ??= { demo: [], empty: [] };
  return store[POOL];
};

export async function pooledPglite(
  kind: Kind,
  open: () => Promise<Database>,
): Promise<Database & { drop(): Promise<void> }> {
  const kept = idle()[kind].pop() ?? (await keep(await open()));
  let dropped = false;
  return {
    ...kept.database,
    db: pgliteHandle(clientOf(kept.database)),
    drop: async () => {
      if (dropped) return;
      dropped = true;
      const pool = idle()[kind];
      if (pool.length < IDLE && (await putBack(kept))) pool.push(kept);
      else await kept.database.close().catch(() => undefined);
    },
  };
}

export const clientOf = (database: Database) => (database.db as unknown as { $client: PGlite }).$client;

/** Puts the rows and sequences back; false when that fails or the schema is no longer as it was. */
async function putBack(kept: Kept): Promise<boolean> {
  try {
    const { rows } = await clientOf(kept.database).query<{ name: string }>(kept.changed, [kept.since]);
    await restore(
      kept,
      rows.map((row) => row.name),
    );
    return (await schemaOf(kept.database)) === kept.schema;
  } catch {
    return false;
  }
}

/**
 * Gives the tables named, and every table whose foreign keys point at one of them, their snapshot's
 * rows again, in the order the snapshot holds them (the order a scan of the table gave), and sets the
 * sequences back. Triggers (the audit log's guard) and foreign keys stay quiet while it does.
 */
async function restore(kept: Kept, changed: string[]): Promise<void> {
  const byName = new Map(kept.tables.map((table) => [table.name, table]));
  const emptied = new Set<string>();
  const visit = (name: string) => {
    if (emptied.has(name)) return;
    emptied.add(name);
    for (const referencing of byName.get(name)?.referencedBy ?? []) visit(referencing);
  };
  for (const name of changed) visit(name);
  const tables = kept.tables.filter((table) => emptied.has(table.name));
  const client = clientOf(kept.database);
  await client.exec(
    [
      'set session_replication_role = replica;',
      ...(tables.length > 0 ? [`truncate ${tables.map((t) => t.name).join(', ')};`] : []),
      ...tables.map(
        (t) =>
          `insert into ${t.name} (${t.columns}) overriding system value select ${t.columns} from ${t.snapshot};`,
      ),
      kept.sequences,
      'set session_replication_role = default;',
    ].join('\n'),
  );
  const { rows } = await client.query<{ next: string }>(
    'select pg_snapshot_xmax(pg_current_snapshot())::text as next',
  );
  kept.since = rows[0]?.next ?? '0';
}

/**
 * What of a database its rows do not hold: its tables and their columns, constraints, indexes, triggers
 * (and whether each is enabled), functions, and the settings its session changed.
 */
async function schemaOf(database: Database): Promise<string> {
  const { rows } = await clientOf(database).query<{ schema: string }>(
    `with objects(item) as (
       select format('class %s %s', c.oid::regclass, c.relkind) from pg_class c
         join pg_namespace n on n.oid = c.relnamespace where ${OWN_SCHEMA}
       union all
       select format('column %s %s %s %s %s', a.attrelid::regclass, a.attname, a.atttypid, a.attnotnull, a.attgenerated)
         from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
        where a.attnum > 0 and not a.attisdropped and ${OWN_SCHEMA}
       union all
       select format('constraint %s %s %s', k.conrelid::regclass, k.conname, pg_get_constraintdef(k.oid))
         from pg_constraint k join pg_namespace n on n.oid = k.connamespace where ${OWN_SCHEMA}
       union all
       select format('trigger %s %s %s', tgrelid::regclass, tgname, tgenabled) from pg_trigger
       union all
       select format('function %s %s', p.oid::regprocedure, md5(p.prosrc)) from pg_proc p
         join pg_namespace n on n.oid = p.pronamespace where ${OWN_SCHEMA}
       union all
       select format('setting %s %s', name, setting) from pg_settings where source = 'session'
     )
     select md5(string_agg(item, E'\n' order by item)) as schema from objects`,
  );
  return rows[0]?.schema ?? '';
}

/** Snapshots every table into the schema `pristine`, and notes what putting them back takes. */
async function keep(database: Database): Promise<Kept> {
  const client = clientOf(database);
  const { rows: tables } = await client.query<Table>(
    `select format('%I.%I', n.nspname, c.relname) as name,
            format('pristine.%I', n.nspname || '.' || c.relname) as snapshot,
            (select string_agg(quote_ident(a.attname), ', ' order by a.attnum) from pg_attribute a
              where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = '') as columns,
            array(select distinct format('%I.%I', rn.nspname, r.relname) from pg_constraint k
                    join pg_class r on r.oid = k.conrelid join pg_namespace rn on rn.oid = r.relnamespace
                   where k.contype = 'f' and k.confrelid = c.oid and k.conrelid <> c.oid) as "referencedBy"
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'p') and ${OWN_SCHEMA} and n.nspname <> 'pristine'
      order by 1`,
  );
  const { rows: sequences } = await client.query<{ reset: string }>(
    `select format('select setval(%L, %s, %s);', format('%I.%I', schemaname, sequencename),
                   coalesce(last_value, start_value), (last_value is not null)::text) as reset
       from pg_sequences where schemaname <> 'pristine'`,
  );
  await client.exec(
    `create schema pristine;\n${tables.map((t) => `create table ${t.snapshot} as select * from ${t.name};`).join('\n')}`,
  );
  const kept: Kept = {
    database,
    tables,
    sequences: sequences.map((s) => s.reset).join('\n'),
    // A table changed if it holds another number of rows than its snapshot, or a row written since (an
    // insert, an update: each writes a new version of the row, with the writing transaction as its xmin).
    changed: tables
      .map(
        (t) =>
          `select ${quoted(t.name)} as name
            where (select count(*) from ${t.name}) <> (select count(*) from ${t.snapshot})
               or exists (select 1 from ${t.name} where xmin::text::bigint >= $1::bigint)`,
      )
      .join(' union all '),
    since: '0',
    schema: '',
  };
  // Once now, so that the schema is noted as putting back leaves it (the settings it touches included).
  await restore(
    kept,
    tables.map((t) => t.name),
  );
  kept.schema = await schemaOf(database);
  return kept;
}

const quoted = (text: string) => `'${text.replaceAll("'", "''")}'`;
