import type { PGlite } from '@electric-sql/pglite';
import type { Database } from '../../src/db/client';

/**
 * Embedded databases a worker's test files take in turn. Opening PGlite from the template costs about
 * a second of processor time (the data directory written into memory, PostgreSQL started); putting a
 * database a file has dropped back as it was opened costs a tenth of that: its rows copied back from a
 * snapshot taken when it was opened, its sequences set back. A database that cannot be put back (a test
 * closed it, or changed its schema or its session's settings) is closed and forgotten, and the next
 * file opens a new one.
 */
export type Kind = 'demo' | 'empty';

interface Kept {
  database: Database;
  restore: string;
  /** The schema as opened: a file that changed it (a trigger disabled, a column added) is not reused. */
  schema: string;
}

/** At most this many idle databases of each kind per worker: each holds its data in memory. */
const IDLE = 1;
const POOL = Symbol.for('mesas.test.pglite-pool');
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
    drop: async () => {
      if (dropped) return;
      dropped = true;
      const pool = idle()[kind];
      try {
        if (pool.length >= IDLE) throw new Error('enough idle databases');
        await clientOf(kept.database).exec(kept.restore);
        if ((await schemaOf(kept.database)) !== kept.schema) throw new Error('the schema changed');
        pool.push(kept);
      } catch {
        await kept.database.close().catch(() => undefined);
      }
    },
  };
}

const clientOf = (database: Database) => (database.db as unknown as { $client: PGlite }).$client;

/**
 * What of a database its rows do not hold: its tables and their columns, constraints, indexes, triggers
 * (and whether each is enabled), functions, and the settings its session changed.
 */
async function schemaOf(database: Database): Promise<string> {
  const { rows } = await clientOf(database).query<{ schema: string }>(
    `with objects(item) as (
       select format('class %s %s', c.oid::regclass, c.relkind) from pg_class c
         join pg_namespace n on n.oid = c.relnamespace where n.nspname not like 'pg_%' and n.nspname <> 'information_schema'
       union all
       select format('column %s %s %s %s %s', a.attrelid::regclass, a.attname, a.atttypid, a.attnotnull, a.attgenerated)
         from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
        where a.attnum > 0 and not a.attisdropped and n.nspname not like 'pg_%' and n.nspname <> 'information_schema'
       union all
       select format('constraint %s %s %s', conrelid::regclass, conname, pg_get_constraintdef(oid)) from pg_constraint
        where connamespace not in ('pg_catalog'::regnamespace, 'information_schema'::regnamespace)
       union all
       select format('trigger %s %s %s', tgrelid::regclass, tgname, tgenabled) from pg_trigger
       union all
       select format('function %s %s', p.oid::regprocedure, md5(p.prosrc)) from pg_proc p
         join pg_namespace n on n.oid = p.pronamespace where n.nspname not like 'pg_%' and n.nspname <> 'information_schema'
       union all
       select format('setting %s %s', name, setting) from pg_settings where source = 'session'
     )
     select md5(string_agg(item, E'\n' order by item)) as schema from objects`,
  );
  return rows[0]?.schema ?? '';
}

/** Snapshots every table into the schema `pristine`, and returns the script that puts them back. */
async function keep(database: Database): Promise<Kept> {
  const client = clientOf(database);
  const { rows: tables } = await client.query<{ name: string; snapshot: string; columns: string }>(
    `select format('%I.%I', n.nspname, c.relname) as name,
            format('pristine.%I', n.nspname || '.' || c.relname) as snapshot,
            (select string_agg(quote_ident(a.attname), ', ' order by a.attnum) from pg_attribute a
              where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = '') as columns
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'p') and n.nspname not in ('pg_catalog', 'information_schema', 'pristine')
        and n.nspname not like 'pg\\_%'
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
  // Rows go back in the order the snapshot holds them, which is the order a scan of the table gave.
  // Triggers (the audit log's guard) and foreign keys stay quiet while they do.
  const restore = [
    'set session_replication_role = replica;',
    `truncate ${tables.map((t) => t.name).join(', ')};`,
    ...tables.map(
      (t) =>
        `insert into ${t.name} (${t.columns}) overriding system value select ${t.columns} from ${t.snapshot};`,
    ),
    ...sequences.map((s) => s.reset),
    'set session_replication_role = default;',
  ].join('\n');
  await client.exec(restore);
  return { database, restore, schema: await schemaOf(database) };
}
