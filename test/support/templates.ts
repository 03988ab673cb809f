import { mkdir, rename, writeFile } from 'node:fs/promises';
import { type Database, dumpPglite, openDatabase } from '../../src/db/client';
import { seedDemo } from '../../src/demo/seed';
import './audit-key';
import {
  adminQuery,
  EMPTY_FILE,
  openCopyOf,
  postgresUrl,
  TEMPLATE_FILE,
  templateDatabaseName,
  urlWithDatabase,
} from './database';

/**
 * The databases test files start from, made once per run by the global setups of the tiers that use
 * them (global-setup.ts, empty-setup.ts), whichever of those tiers run:
 * - the empty template: a dump of an embedded database with the migrations run and nothing else. The
 *   CLI tests copy it into their data folders (they run embedded whatever database the run names), and
 *   on PGlite every empty database of a test file is loaded from it;
 * - the demo template: that database with the paper's demo history seeded (on PostgreSQL, a template
 *   database beside the one DATABASE_URL names).
 * Vitest runs every tier's global setup in one process: each template is made once, and dropped after
 * the last tier that asked for it.
 */
interface Shared {
  users: number;
  empty?: Promise<void>;
  /** Resolves with what drops the demo template once no tier needs it. */
  demo?: Promise<() => Promise<void>>;
}
const SHARED = Symbol.for('mesas.test.templates');

function shared(): Shared {
  const holder = globalThis as { [SHARED]?: Shared };
  holder[SHARED] ??= { users: 0 };
  return holder[SHARED];
}

/** A global setup: waits for its template; its teardown drops what was made after the last tier's. */
export async function shareTemplates(prepare: (state: Shared) => Promise<unknown>) {
  const state = shared();
  state.users += 1;
  await prepare(state);
  return async () => {
    state.users -= 1;
    if (state.users > 0) return;
    delete (globalThis as { [SHARED]?: Shared })[SHARED];
    const drop = await state.demo;
    await drop?.();
  };
}

/** Written aside, then renamed: another test run starting at the same moment reads a whole file. */
async function writeDump(database: Database, file: string) {
  await mkdir('.tmp', { recursive: true });
  const partial = `${file}.${process.pid}`;
  await writeFile(partial, Buffer.from(await (await dumpPglite(database)).arrayBuffer()));
  await rename(partial, file);
}

export function emptyTemplate(state: Shared): Promise<void> {
  state.empty ??= (async () => {
    const database = await openDatabase({ kind: 'pglite' });
    try {
      await database.migrate();
      await writeDump(database, EMPTY_FILE);
    } finally {
      await database.close();
    }
  })();
  return state.empty;
}

export function demoTemplate(state: Shared): Promise<unknown> {
  state.demo ??= prepareDemo(state);
  return state.demo;
}

async function prepareDemo(state: Shared): Promise<() => Promise<void>> {
  const url = postgresUrl();
  if (!url) {
    // The seed starts from the empty template: a copy costs a second, `initdb` and the migrations six.
    await emptyTemplate(state);
    const database = await openCopyOf(EMPTY_FILE);
    try {
      await seedDemo(database.db, { timeZone: 'America/Lima', present: false });
      await writeDump(database, TEMPLATE_FILE);
    } finally {
      await database.close();
    }
    return async () => undefined;
  }
  const name = templateDatabaseName();
  await adminQuery(url, `drop database if exists ${name} with (force)`);
  await adminQuery(url, `create database ${name}`);
  const database = await openDatabase({ kind: 'postgres', url: urlWithDatabase(url, name), poolSize: 2 });
  await database.migrate();
  await seedDemo(database.db, { timeZone: 'America/Lima', present: false });
  await database.close();
  return async () => {
    await adminQuery(url, `drop database if exists ${name} with (force)`);
  };
}
