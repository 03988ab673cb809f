/**
 * Everything a benchmark run creates — scratch PostgreSQL databases, open database handles, temporary
 * folders, servers — kept here so that all of it is removed however the run ends (see `runBenchmark`),
 * and the small helpers every benchmark shares.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Result } from 'autocannon';
import pg from 'pg';
import { type Database, type DatabaseTarget, openDatabase } from '../../src/db/client';
import type { Executor } from '../matrix/generate';
import { servers, stopServer } from '../matrix/process';
import { describeMachine, type Machine } from './machine';
import { publishSection } from './run';

const tempDirs = new Set<string>();
const databases = new Set<string>();
const openDatabases = new Set<Database>();
const cleanUps: (() => void)[] = [];
let adminClient: pg.Client | null = null;
let adminUrl = '';

/** Connects the administrative client that creates and drops the scratch databases. */
export async function connectAdmin(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  adminClient = client;
  adminUrl = url;
  return client;
}

/** The administrative client, once connected. */
export function admin(): pg.Client | null {
  return adminClient;
}

/** Creates (afresh) a scratch database and returns its URL; it is dropped at clean-up. */
export async function createScratchDatabase(name: string): Promise<string> {
  if (!adminClient) throw new Error('connectAdmin first');
  await adminClient.query(`drop database if exists "${name}" with (force)`);
  await adminClient.query(`create database "${name}"`);
  databases.add(name);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropScratchDatabase(name: string): Promise<void> {
  await adminClient?.query(`drop database if exists "${name}" with (force)`);
  databases.delete(name);
}

/** A temporary folder, removed at clean-up. */
export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  tempDirs.add(dir);
  return dir;
}

export async function open(target: DatabaseTarget): Promise<Database> {
  const database = await openDatabase(target);
  openDatabases.add(database);
  return database;
}

export async function close(database: Database): Promise<void> {
  await database.close();
  openDatabases.delete(database);
}

/** Something more to undo at clean-up (run first), e.g. closing open sockets. */
export function onCleanUp(fn: () => void): void {
  cleanUps.push(fn);
}

export async function cleanUp(): Promise<void> {
  for (const fn of cleanUps.splice(0)) fn();
  for (const server of [...servers]) await stopServer(server).catch(() => undefined);
  for (const database of [...openDatabases]) {
    await database.close().catch(() => undefined);
    openDatabases.delete(database);
  }
  for (const dir of [...tempDirs]) {
    rmSync(dir, { recursive: true, force: true });
    tempDirs.delete(dir);
  }
  if (adminClient) {
    for (const name of [...databases]) {
      await adminClient.query(`drop database if exists "${name}" with (force)`).catch(() => undefined);
      databases.delete(name);
    }
    await adminClient.end().catch(() => undefined);
    adminClient = null;
  }
}

/** The driver under a database handle: the node-postgres pool or the PGlite instance. */
export const driverOf = (database: Database) => (database.db as unknown as { $client: Executor }).$client;

/** Fails the run when a load test got anything but 2xx answers in time. */
export function check(result: Result, what: string): void {
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0) {
    throw new Error(
      `${what}: ${result.non2xx} non-2xx responses, ${result.errors} errors, ${result.timeouts} timeouts ` +
        `(status codes: ${JSON.stringify(result.statusCodeStats)})`,
    );
  }
}

/** A statement in a few words for the log: its verb and its first table outside subqueries. */
export function summarize(text: string): string {
  let outer = text;
  for (let previous = ''; previous !== outer; ) {
    previous = outer;
    outer = outer.replace(/\([^()]*\)/g, '');
  }
  const verb = /^\s*(\w+)/.exec(text)?.[1]?.toLowerCase() ?? '?';
  const table = /\b(?:from|update|into)\s+"?(\w+)"?/i.exec(outer)?.[1];
  return table ? `${verb} ${table}` : verb;
}

export type StoreLabel = 'PostgreSQL' | 'PGlite';

export interface BothStoresRun<R> {
  /** Shown in the first line, e.g. "Matrix". */
  title: string;
  /** Names the scratch database and folder, e.g. "matrix". */
  slug: string;
  adminUrl: string;
  /** Measures one store: its database target and the environment of the servers it starts. */
  measure: (
    label: StoreLabel,
    target: DatabaseTarget,
    env: Record<string, string>,
    scratchDatabase: string | null,
  ) => Promise<R>;
  render: (machine: Machine, results: R[]) => string;
  goals: (results: R[]) => { text: string; met: boolean }[];
  docPath: string;
  sectionStart: string;
  sectionEnd: string;
  log: (line: string) => void;
}

/**
 * The run every benchmark makes: describe the machine, measure on a scratch PostgreSQL database and
 * then on PGlite (in a scratch folder), print the section and write it into the results document
 * (unless BENCH_NO_DOC=1), and name the goals not met.
 */
export async function measureBothStores<R>(run: BothStoresRun<R>): Promise<void> {
  const { log } = run;
  const machine = await describeMachine(await connectAdmin(run.adminUrl));
  log(
    `Mesas ${run.title} benchmark — ${machine.cpu}, ${machine.cores} cores, ${machine.memory}, Node ${machine.node}`,
  );
  log(`Load average before: ${machine.loadBefore.map((l) => l.toFixed(2)).join(' ')}`);

  const name = `mesas_bench_${run.slug}_${process.pid}`;
  const url = await createScratchDatabase(name);
  const dataDir = scratchDir(`mesas-bench-${run.slug}-`);
  const results: R[] = [];
  results.push(
    await run.measure(
      'PostgreSQL',
      { kind: 'postgres', url },
      { DATABASE_URL: url, DATA_DIR: path.join(dataDir, 'pg-unused') },
      name,
    ),
  );
  await dropScratchDatabase(name);
  results.push(
    await run.measure(
      'PGlite',
      { kind: 'pglite', dir: path.join(dataDir, 'pglite') },
      { DATA_DIR: dataDir, DEMO_DATA: 'never' },
      null,
    ),
  );

  machine.loadAfter = os.loadavg();
  log(`\nLoad average after: ${machine.loadAfter.map((l) => l.toFixed(2)).join(' ')}`);
  const section = run.render(machine, results);
  publishSection(run.docPath, run.sectionStart, run.sectionEnd, section);
  const failed = run.goals(results).filter((g) => !g.met);
  if (failed.length) log(`\nGoals not met: ${failed.map((g) => g.text).join('; ')}`);
}

type Queryable = { query: (...args: unknown[]) => unknown };

/**
 * Calls `onStatement` with the text of every SQL statement the database runs, until the returned
 * function is called: it wraps the node-postgres client's `query` (pool queries pass through it) or
 * the PGlite instance's. `onStatement` may return a function, called once the statement is answered.
 */
export function tapStatements(
  database: Database,
  onStatement: (text: string) => (() => void) | undefined,
): () => void {
  const target =
    database.kind === 'postgres'
      ? (pg.Client.prototype as unknown as Queryable)
      : (driverOf(database) as unknown as Queryable);
  const original = target.query;
  target.query = function (this: unknown, ...args: unknown[]) {
    const first = args[0];
    const text = typeof first === 'string' ? first : String((first as { text?: string })?.text ?? '');
    const answered = onStatement(text);
    if (!answered) return original.apply(this, args);
    // A pool passes a callback; a client in a transaction (and PGlite) returns a promise.
    const callback = args.at(-1);
    if (typeof callback === 'function') {
      args[args.length - 1] = (...results: unknown[]) => {
        answered();
        return (callback as (...a: unknown[]) => unknown)(...results);
      };
    }
    const result = original.apply(this, args);
    if (result && typeof (result as Promise<unknown>).then === 'function') {
      void (result as Promise<unknown>).then(answered, () => undefined);
    }
    return result;
  };
  return () => {
    target.query = original;
  };
}
