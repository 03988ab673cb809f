import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dumpPglite, openDatabase } from '../../src/db/client';
import { seedDemo } from '../../src/demo/seed';
import './audit-key';
import { adminQuery, postgresUrl, TEMPLATE_FILE, templateDatabaseName, urlWithDatabase } from './database';

/**
 * Runs the migrations and loads the demo data once per test run, into a template every test file
 * copies (PGlite: a dump of its data directory; PostgreSQL: a template database). The template holds
 * the paper's history alone: tests count on its fixed dates; test/api/demo-present.test.ts loads the
 * demo's present (recent sessions around the day it is loaded) on a database of its own.
 */
export default async function setup() {
  // The tiers that use the template (api, cli) share one preparation and drop it after the last.
  const shared = globalThis as { [TEMPLATE]?: { users: number; ready: Promise<Teardown> } };
  shared[TEMPLATE] ??= { users: 0, ready: prepare() };
  const entry = shared[TEMPLATE];
  entry.users += 1;
  const teardown = await entry.ready;
  return async () => {
    entry.users -= 1;
    if (entry.users > 0) return;
    delete shared[TEMPLATE];
    await teardown?.();
  };
}

type Teardown = (() => Promise<void>) | undefined;
const TEMPLATE = Symbol.for('mesas.test.demo-template');

async function prepare(): Promise<Teardown> {
  const url = postgresUrl();
  if (!url) {
    const database = await openDatabase({ kind: 'pglite' });
    await database.migrate();
    await seedDemo(database.db, { timeZone: 'America/Lima', present: false });
    await mkdir('.tmp', { recursive: true });
    // Written aside, then renamed: another test run starting at the same moment reads a whole file.
    const partial = `${TEMPLATE_FILE}.${process.pid}`;
    await writeFile(partial, Buffer.from(await (await dumpPglite(database)).arrayBuffer()));
    await rename(partial, TEMPLATE_FILE);
    await database.close();
    return undefined;
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
