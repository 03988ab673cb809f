import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { SQL } from 'drizzle-orm';
import pg from 'pg';
import { type Database, openDatabase } from '../../src/db/client';
import { pooledPglite } from './pglite-pool';

/** The rows of a raw statement, whichever driver runs it. */
export async function rowsOf<T>(database: Database, query: SQL): Promise<T[]> {
  return ((await database.db.execute(query)) as unknown as { rows: T[] }).rows;
}

/** Where the migrated, demo-seeded template lives, as prepared by global-setup.ts. */
export const TEMPLATE_FILE = '.tmp/pglite-template.tar';
/** Where the migrated, empty template lives, as prepared by empty-setup.ts (and global-setup.ts). */
export const EMPTY_FILE = '.tmp/pglite-empty.tar';
/** The template database beside the one DATABASE_URL names (unique per CI run, since that one is). */
export const templateDatabaseName = () =>
  `${new URL(postgresUrl() ?? 'postgres://x/mesas').pathname.slice(1)}_template`;

/** The PostgreSQL server to test against, or undefined to test on embedded PGlite. */
export function postgresUrl(): string | undefined {
  return process.env.DATABASE_URL || undefined;
}

export function urlWithDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function adminQuery(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A fresh database for one test file, already migrated and holding the demo data: a copy of the
 * PGlite template, or a new PostgreSQL database created from the template database.
 */
export async function freshDatabase(): Promise<Database & { drop(): Promise<void> }> {
  const url = postgresUrl();
  if (!url) {
    return pooledPglite('demo', () => openCopyOf(TEMPLATE_FILE));
  }
  const name = `mesas_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(url, `create database ${name} template ${templateDatabaseName()}`);
  const database = await openDatabase({ kind: 'postgres', url: urlWithDatabase(url, name), poolSize: 5 });
  return {
    ...database,
    drop: async () => {
      await database.close();
      await adminQuery(url, `drop database if exists ${name} with (force)`);
    },
  };
}

// Read once per worker: the files of a tier share their worker's modules, and the templates do not
// change during a run.
const templates = new Map<string, Promise<Uint8Array>>();
function bytesOf(file: string): Promise<Uint8Array> {
  const bytes = templates.get(file) ?? readFile(file);
  templates.set(file, bytes);
  return bytes;
}

/**
 * The template's bytes as the Blob PGlite loads a data directory from. PGlite reads it with
 * `arrayBuffer()`, which Node 20 answers by streaming a Blob's 47 MB through small chunks: about a
 * second a test file. This Blob hands over a copy of the bytes it holds instead.
 */
class HeldBytes extends Blob {
  constructor(private readonly held: Uint8Array) {
    super([]);
  }
  override arrayBuffer(): Promise<ArrayBuffer> {
    return Promise.resolve(this.held.slice().buffer as ArrayBuffer);
  }
}

/** An embedded database loaded from a template file: in memory, or into the data folder `dir`. */
export async function openCopyOf(file: string, dir?: string): Promise<Database> {
  return openDatabase({ kind: 'pglite', dir, loadDataDir: new HeldBytes(await bytesOf(file)) });
}

/**
 * An empty, migrated database of its own, with nothing but what the migrations put there: another
 * installation (PGlite, or a new database on the PostgreSQL server).
 */
export async function emptyDatabase(): Promise<Database & { drop(): Promise<void> }> {
  const url = postgresUrl();
  if (!url) {
    return pooledPglite('empty', () => openCopyOf(EMPTY_FILE));
  }
  const name = `mesas_empty_${randomBytes(6).toString('hex')}`;
  await adminQuery(url, `create database ${name}`);
  const database = await openDatabase({ kind: 'postgres', url: urlWithDatabase(url, name), poolSize: 3 });
  await database.migrate();
  return {
    ...database,
    drop: async () => {
      await database.close();
      await adminQuery(url, `drop database if exists ${name} with (force)`);
    },
  };
}
