import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { type DataFolderLock, lockDataFolder } from './data-lock';
import { parsersLaidOverOnce } from './pglite-parsers';
import { statementsPreparedOnce } from './pglite-statements';
import * as schema from './schema';
import { nextTurn, Turns } from './turns';

export type Schema = typeof schema;
/** A database handle or an open transaction: query code accepts either. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface Database {
  kind: 'pglite' | 'postgres';
  db: Db;
  /** Runs the migrations in ./drizzle that have not run yet. Safe to call from several instances. */
  migrate(): Promise<MigrationReport>;
  /** True when the database answers a trivial query. */
  ping(): Promise<boolean>;
  /**
   * A large read (a whole Matrix): on PGlite, which runs one statement at a time in this thread, such
   * reads take turns, whole and in the order asked (`Turns`); on PostgreSQL they run at once, the pool
   * serving them side by side. `wanted` is asked when the turn comes: a read nobody waits for any more
   * is skipped with `TurnAbandoned`.
   */
  readInTurn<T>(read: () => Promise<T>, wanted?: () => boolean): Promise<T>;
  close(): Promise<void>;
}

/** What a migration run did: how many migrations it applied now, and how many the database has in all. */
export interface MigrationReport {
  applied: number;
  total: number;
}

type Query = (sql: string) => Promise<{ rows: Record<string, unknown>[] }>;

/** How many migrations the database records as applied (none before the first run made the table). */
async function appliedMigrations(query: Query): Promise<number> {
  const { rows } = await query(`select to_regclass('drizzle.__drizzle_migrations') is not null as made`);
  if (!rows[0]?.made) return 0;
  const { rows: counted } = await query('select count(*)::int as n from drizzle.__drizzle_migrations');
  return Number(counted[0]?.n ?? 0);
}

/** Runs drizzle's migrator between two counts of the applied migrations. */
async function migrateCounting(query: Query, migrate: () => Promise<void>): Promise<MigrationReport> {
  const before = await appliedMigrations(query);
  await migrate();
  const total = await appliedMigrations(query);
  return { applied: total - before, total };
}

export const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));
const MIGRATION_LOCK = 7_305_542_010;

export type DatabaseTarget =
  | { kind: 'postgres'; url: string; poolSize?: number }
  | { kind: 'pglite'; dir?: string; loadDataDir?: Blob };

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  return target.kind === 'postgres' ? openPostgres(target.url, target.poolSize) : openPglite(target);
}

/**
 * Each statement (and transaction) the app sends PGlite starts on a later turn of the event loop, as
 * it would after a network round trip to PostgreSQL: between two statements the server reads the
 * requests and connections that arrived, which PGlite alone, answering synchronously through promises,
 * would not let it do until every statement queued behind the first had run. Inside a transaction the
 * statements follow one another (PGlite holds its lock for the whole transaction).
 */
function statementsOnLaterTurns(client: PGlite) {
  const { query, exec, transaction } = client;
  client.query = (async (...args: Parameters<PGlite['query']>) => {
    await nextTurn();
    return query.apply(client, args);
  }) as PGlite['query'];
  client.exec = async (...args) => {
    await nextTurn();
    return exec.apply(client, args);
  };
  client.transaction = (async (...args: Parameters<PGlite['transaction']>) => {
    await nextTurn();
    return transaction.apply(client, args);
  }) as PGlite['transaction'];
}

/** The app's drizzle handle over an embedded database: its schema, its types. */
export const pgliteHandle = (client: PGlite) => drizzlePglite(client, { schema }) as unknown as Db;

/**
 * The embedded PostgreSQL's buffer cache. PostgreSQL's default, 128 MB, is sized for a server: PGlite
 * clears all of it at every start (half a second of CPU) and holds it in the process for life. The demo
 * is 14 MB and an installation that outgrows 32 MB reads the rest from the data folder's files, which
 * the operating system caches; one that needs a server's cache is better served by PostgreSQL itself.
 */
export const PGLITE_SHARED_BUFFERS = '32MB';

async function openPglite(target: { dir?: string; loadDataDir?: Blob }): Promise<Database> {
  let lock: DataFolderLock | null = null;
  if (target.dir) {
    mkdirSync(target.dir, { recursive: true });
    // A second process on the folder refuses to start rather than lose one of the two's writes.
    lock = lockDataFolder(target.dir);
  }
  const client = await PGlite.create(target.dir, {
    ...(target.loadDataDir ? { loadDataDir: target.loadDataDir } : {}),
    startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${PGLITE_SHARED_BUFFERS}`],
  }).catch((error) => {
    lock?.release();
    throw error;
  });
  statementsPreparedOnce(client);
  parsersLaidOverOnce(client);
  statementsOnLaterTurns(client);
  const db = pgliteHandle(client);
  const turns = new Turns();
  return {
    kind: 'pglite',
    db,
    readInTurn: (read, wanted) => turns.run(read, wanted),
    migrate: () =>
      migrateCounting(
        (text) => client.query(text),
        () => migratePglite(drizzlePglite(client), { migrationsFolder }),
      ),
    ping: async () => {
      try {
        await client.query('select 1');
        return true;
      } catch {
        return false;
      }
    },
    close: async () => {
      try {
        await client.close();
      } finally {
        lock?.release();
      }
    },
  };
}

async function openPostgres(url: string, poolSize = 10): Promise<Database> {
  // A request waits at most this long for a connection, then answers 503 rather than hanging while the
  // database is unreachable.
  const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 5_000 });
  pool.on('error', () => {
    /* idle client errors surface on the next query; readyz reports them */
  });
  // A client checked out of the pool (a transaction between two statements, the migrations) has no
  // 'error' listener of the pool's: when the server drops the connection (a restart, an administrator's
  // pg_terminate_backend) the event would go unhandled and end the process. With this one the loss
  // only fails the client's next statement, and the pool discards the client when it is released.
  pool.on('connect', (client) => {
    client.on('error', () => {
      /* reported by the statement that fails next */
    });
  });
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return {
    kind: 'postgres',
    db,
    readInTurn: (read) => read(),
    async migrate() {
      // One dedicated connection holds an advisory lock so that instances starting together
      // against one database run the migrations once.
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
        return await migrateCounting(
          (text) => client.query(text),
          () => migratePg(drizzlePg(client), { migrationsFolder }),
        );
      } finally {
        await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
        client.release();
      }
    },
    ping: async () => {
      try {
        await pool.query('select 1');
        return true;
      } catch {
        return false;
      }
    },
    close: () => pool.end(),
  };
}

/** PGlite only: a tarball of the data directory, to start other instances from a migrated copy. */
export async function dumpPglite(database: Database): Promise<Blob> {
  const client = (database.db as unknown as { $client: PGlite }).$client;
  return client.dumpDataDir('none');
}
