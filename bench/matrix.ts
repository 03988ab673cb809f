/**
 * Matrix benchmark: a national-scale data set (60 Mesas, 12,000 problems, 25,000 solution versions,
 * 500,000 audit events), then `GET /api/mesas/:id/matrix` of a 200-problem Mesa and `GET /api/search`
 * under load, the SQL statements per Matrix request for a 20- and a 200-problem Mesa, and the plan of
 * the search query, on PostgreSQL and on PGlite. Prints the figures and rewrites the "Matrix" section
 * of docs/BENCHMARKS.md.
 *
 *   npm run bench:matrix
 *
 * Environment (all optional):
 *   BENCH_PG_URL         an administrative PostgreSQL URL used to create and drop the scratch database
 *                        (default postgres://postgres@127.0.0.1:5432/test)
 *   BENCH_DURATION       seconds of measured load for the Matrix and for each search term (default 10)
 *   BENCH_PGLITE_AUDIT   audit events generated on PGlite (default 500000)
 *   BENCH_SCALE          a fraction (0-1] of the data set, for a quick trial run (default 1)
 *   BENCH_NO_DOC=1       print only; leave docs/BENCHMARKS.md alone
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon, { type Result } from 'autocannon';
import { PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { loadConfig } from '../src/config/config';
import { verifyAuditChain } from '../src/db/audit';
import { type Database, openDatabase } from '../src/db/client';
import { searchSql } from '../src/db/queries/search';
import { seedDemo } from '../src/demo/seed';
import type { Actor } from '../src/domain/access';
import { buildApp } from '../src/server/app';
import { type DataSet, type Executor, generateDataSet, type Targets } from './matrix/generate';
import {
  createToken,
  root,
  SESSION_SECRET,
  type Server,
  servers,
  sleep,
  startServer,
  stopServer,
} from './matrix/process';
import { describeMachine, type Machine } from './support/machine';
import { replaceDocSection, runBenchmark } from './support/run';

const docPath = path.join(root, 'docs', 'BENCHMARKS.md');
const SECTION_START = '<!-- bench:matrix:start -->';
const SECTION_END = '<!-- bench:matrix:end -->';

const positive = (value: string | undefined, fallback: number) => {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : fallback;
};
const LOAD_SECONDS = positive(process.env.BENCH_DURATION, 10);
const SEARCH_SECONDS = LOAD_SECONDS;
const WARMUP_SECONDS = 3;
const CONNECTIONS = 16;
/** autocannon gives up on a request after this long; slow answers are measured, not dropped. */
const REQUEST_TIMEOUT_SECONDS = 60;
const SEQUENTIAL_REQUESTS = 5;
const PG_ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const ADMIN_EMAIL = 'admin@demo.mesas.local';
const SCALE = Math.min(1, positive(process.env.BENCH_SCALE, 1));
const TIME_ZONE = 'America/Lima';
const GOALS = { matrixP50: 20, matrixP99: 60, searchP50: 15 };

const scaled = (n: number) => Math.max(1, Math.round(n * SCALE));
const TARGETS: Targets = {
  mesas: 60,
  problems: scaled(12_000),
  largeMesa: 200,
  smallMesa: 20,
  solutionVersions: scaled(25_000),
  auditEvents: scaled(500_000),
};
const PGLITE_AUDIT = Math.min(
  TARGETS.auditEvents,
  positive(process.env.BENCH_PGLITE_AUDIT, TARGETS.auditEvents),
);

/** Search terms: frequent and rare words, Spanish and English, with and without accents. */
const SEARCH_TERMS: { q: string; what: string }[] = [
  { q: 'licencias de funcionamiento', what: 'frequent, Spanish' },
  { q: 'certificación sanitaria', what: 'frequent, Spanish, accented' },
  { q: 'exoneracion tributaria', what: 'middling, Spanish, accent left out' },
  { q: 'trazabilidad', what: 'middling, Spanish' },
  { q: 'camu camu', what: 'rare, Spanish' },
  { q: 'cold chain', what: 'English' },
  { q: 'customs clearance', what: 'rare, English' },
];
const EXPLAIN_TERM = 'certificación sanitaria';

const log = (line: string) => process.stdout.write(`${line}\n`);
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

// ---------------------------------------------------------------------------------------------------
// Everything the run creates, so that it can be removed even when a step fails.

const tempDirs = new Set<string>();
const databases = new Set<string>();
const openDatabases = new Set<Database>();
let admin: pg.Client | null = null;

async function cleanUp() {
  for (const server of [...servers]) await stopServer(server).catch(() => undefined);
  for (const database of [...openDatabases]) {
    await database.close().catch(() => undefined);
    openDatabases.delete(database);
  }
  for (const dir of [...tempDirs]) {
    rmSync(dir, { recursive: true, force: true });
    tempDirs.delete(dir);
  }
  if (admin) {
    for (const name of [...databases]) {
      await admin.query(`drop database if exists "${name}" with (force)`).catch(() => undefined);
      databases.delete(name);
    }
    await admin.end().catch(() => undefined);
    admin = null;
  }
}

async function open(target: Parameters<typeof openDatabase>[0]): Promise<Database> {
  const database = await openDatabase(target);
  openDatabases.add(database);
  return database;
}

async function close(database: Database) {
  await database.close();
  openDatabases.delete(database);
}

const driverOf = (database: Database) => (database.db as unknown as { $client: Executor }).$client;

// ---------------------------------------------------------------------------------------------------
// Measurements

interface Load {
  result: Result;
  bytes: number;
  items: number;
  /** Median milliseconds of sequential requests by one client before the load. */
  alone: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function check(result: Result, what: string) {
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0) {
    throw new Error(
      `${what}: ${result.non2xx} non-2xx responses, ${result.errors} errors, ${result.timeouts} timeouts ` +
        `(status codes: ${JSON.stringify(result.statusCodeStats)})`,
    );
  }
}

/**
 * Waits until the requests autocannon abandoned when it stopped have been worked off (the server and the
 * database finish them anyway): until GET /readyz, which queries the database, answers within 100 ms.
 */
async function drain(server: Server) {
  const until = performance.now() + 120_000;
  while (performance.now() < until) {
    const busy =
      admin && drainDatabase
        ? Number(
            (
              await admin.query<{ n: string }>(
                "select count(*) as n from pg_stat_activity where datname = $1 and state = 'active'",
                [drainDatabase],
              )
            ).rows[0]?.n ?? 0,
          )
        : 0;
    const started = performance.now();
    const res = await fetch(`${server.url}/readyz`);
    await res.arrayBuffer();
    if (busy === 0 && res.status === 200 && performance.now() - started < 100) return;
    await sleep(200);
  }
}

/** On PostgreSQL, the scratch database: drain() also waits until no query runs in it. */
let drainDatabase: string | null = null;

async function loadTest(
  server: Server,
  token: string,
  route: string,
  seconds: number,
  warmup: number,
  count: (body: unknown) => number,
): Promise<Load> {
  const url = `${server.url}${route}`;
  const headers = { authorization: `Bearer ${token}` };
  const probe = await fetch(url, { headers });
  const body = await probe.text();
  if (probe.status !== 200) throw new Error(`GET ${route} answered ${probe.status}: ${body.slice(0, 300)}`);
  // One client, one request at a time, before any load: the latency of a request by itself.
  const alone: number[] = [];
  for (let i = 0; i < SEQUENTIAL_REQUESTS; i++) {
    const started = performance.now();
    const res = await fetch(url, { headers });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`GET ${route} answered ${res.status}`);
    alone.push(performance.now() - started);
  }
  const options = { url, connections: CONNECTIONS, headers, timeout: REQUEST_TIMEOUT_SECONDS };
  check(await autocannon({ ...options, duration: warmup }), `${route} warm-up`);
  await drain(server);
  const result = await autocannon({ ...options, duration: seconds });
  check(result, `GET ${route}`);
  await drain(server);
  return { result, bytes: Buffer.byteLength(body), items: count(JSON.parse(body)), alone: median(alone) };
}

interface StatementCount {
  problems: number;
  statements: number;
  matrixStatements: number;
}

/**
 * SQL statements per Matrix request, counted in-process where every query passes: the node-postgres
 * client's `query` (pool queries go through it), or the PGlite instance's `query`. The request is
 * authenticated with the bearer token, so the count includes finding the token and recording its use.
 */
async function countStatements(
  database: Database,
  token: string,
  mesas: { id: string; problems: number }[],
): Promise<StatementCount[]> {
  let statements = 0;
  let texts: string[] = [];
  const target =
    database.kind === 'postgres'
      ? (pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown })
      : (driverOf(database) as unknown as { query: (...args: unknown[]) => unknown });
  const original = target.query;
  target.query = function (this: unknown, ...args: unknown[]) {
    statements++;
    const first = args[0];
    texts.push(typeof first === 'string' ? first : String((first as { text?: string })?.text ?? ''));
    return original.apply(this, args);
  };
  const config = loadConfig({
    NODE_ENV: 'test',
    SESSION_SECRET,
    LOG_LEVEL: 'silent',
    TIME_ZONE,
  });
  const app = await buildApp({ config, database, sessionSecret: config.SESSION_SECRET! });
  try {
    await app.ready();
    const out: StatementCount[] = [];
    for (const mesa of mesas) {
      const inject = () =>
        app.inject({
          method: 'GET',
          url: `/api/mesas/${mesa.id}/matrix`,
          headers: { authorization: `Bearer ${token}` },
        });
      await inject(); // warm caches (categories, prepared plans) as a running server has them
      statements = 0;
      texts = [];
      const res = await inject();
      if (res.statusCode !== 200)
        throw new Error(`in-process Matrix answered ${res.statusCode}: ${res.body}`);
      const problems = (res.json() as { problems: unknown[] }).problems.length;
      if (problems !== mesa.problems) throw new Error(`expected ${mesa.problems} problems, got ${problems}`);
      const matrixStatements = texts.filter((t) => /"problems"/.test(t) && /^\s*select/i.test(t)).length;
      out.push({ problems, statements, matrixStatements });
    }
    return out;
  } finally {
    target.query = original;
    await app.close();
  }
}

const adminActor: Actor = { userId: '', personId: null, globalRole: 'admin', mesaRoles: new Map() };

/** EXPLAIN (ANALYZE, BUFFERS) of the search SQL as the API runs it for the administrator. */
async function explainSearch(database: Database, q: string): Promise<string[]> {
  const query = new PgDialect().sqlToQuery(searchSql(adminActor, { q, lang: 'es', limit: 20 }));
  const { rows } = await driverOf(database).query(`explain (analyze, buffers) ${query.sql}`, query.params);
  return rows.map((r) => String(Object.values(r as Record<string, unknown>)[0]));
}

/** How many problems each term matches in either configuration. */
async function matchCounts(database: Database): Promise<number[]> {
  const counts: number[] = [];
  const { foldForSearch } = await import('../src/domain/search-text');
  for (const term of SEARCH_TERMS) {
    const { rows } = await driverOf(database).query(
      `select count(*) as n from problems
       where to_tsvector('spanish', search_document) @@ websearch_to_tsquery('spanish', $1)
          or to_tsvector('english', search_document) @@ websearch_to_tsquery('english', $1)`,
      [foldForSearch(term.q)],
    );
    counts.push(Number((rows[0] as { n: unknown }).n));
  }
  return counts;
}

interface RankingTiming {
  today: number;
  stored: number;
}

/**
 * What ranking costs, on PostgreSQL after the load tests: the core of the search (match, rank, first 20)
 * as it runs today, which parses each matching document again with to_tsvector, and the same over
 * tsvectors kept in stored generated columns with their own GIN indexes (added to the scratch database
 * only, after every other measurement). Median of three runs each, in milliseconds.
 */
async function rankingExperiment(driver: Executor): Promise<{ timings: RankingTiming[]; alterMs: number }> {
  const { foldForSearch } = await import('../src/domain/search-text');
  const time = async (sql: string, q: string) => {
    const runs: number[] = [];
    for (let i = 0; i < 4; i++) {
      const started = performance.now();
      await driver.query(sql, [q]);
      if (i > 0) runs.push(performance.now() - started);
    }
    return median(runs);
  };
  const today = `select id from problems
    where to_tsvector('spanish', search_document) @@ websearch_to_tsquery('spanish', $1)
       or to_tsvector('english', search_document) @@ websearch_to_tsquery('english', $1)
    order by ts_rank(to_tsvector('spanish', search_document), websearch_to_tsquery('spanish', $1))
      + 0.5 * ts_rank(to_tsvector('english', search_document), websearch_to_tsquery('english', $1)) desc
    limit 20`;
  const stored = `select id from problems
    where bench_tsv_es @@ websearch_to_tsquery('spanish', $1) or bench_tsv_en @@ websearch_to_tsquery('english', $1)
    order by ts_rank(bench_tsv_es, websearch_to_tsquery('spanish', $1))
      + 0.5 * ts_rank(bench_tsv_en, websearch_to_tsquery('english', $1)) desc
    limit 20`;
  const before: number[] = [];
  for (const term of SEARCH_TERMS) before.push(await time(today, foldForSearch(term.q)));
  const started = performance.now();
  await driver.query(
    `alter table problems
       add column bench_tsv_es tsvector generated always as (to_tsvector('spanish', search_document)) stored,
       add column bench_tsv_en tsvector generated always as (to_tsvector('english', search_document)) stored`,
  );
  await driver.query('create index bench_tsv_es_idx on problems using gin (bench_tsv_es)');
  await driver.query('create index bench_tsv_en_idx on problems using gin (bench_tsv_en)');
  await driver.query('analyze problems');
  const alterMs = performance.now() - started;
  const timings: RankingTiming[] = [];
  for (const [i, term] of SEARCH_TERMS.entries()) {
    timings.push({ today: before[i]!, stored: await time(stored, foldForSearch(term.q)) });
  }
  return { timings, alterMs };
}

interface StoreResult {
  label: 'PostgreSQL' | 'PGlite';
  data: DataSet;
  setupMs: number;
  verify: { ok: boolean; checked: number; ms: number } | null;
  statements: StatementCount[];
  plan: string[];
  matches: number[];
  matrix: Load;
  search: Load[];
  sizeMiB: number | null;
  ranking: { timings: RankingTiming[]; alterMs: number } | null;
}

async function measureStore(
  label: StoreResult['label'],
  target: Parameters<typeof openDatabase>[0],
  serveEnv: Record<string, string>,
  targets: Targets,
): Promise<StoreResult> {
  log(`\n${label}: generating the data set`);
  const setupStarted = performance.now();
  let database = await open(target);
  await database.migrate();
  await seedDemo(database.db, { timeZone: TIME_ZONE });
  const setupMs = performance.now() - setupStarted;
  log(`  migrations and demo data: ${secs(setupMs)}`);
  const data = await generateDataSet(driverOf(database), targets, (line) => log(line));
  log(`  counts: ${JSON.stringify(data.counts)}`);

  let verify: StoreResult['verify'] = null;
  if (label === 'PostgreSQL') {
    const started = performance.now();
    const result = await verifyAuditChain(database.db);
    verify = { ok: result.ok, checked: result.checked, ms: performance.now() - started };
    log(
      `  audit chain: ${result.ok ? 'intact' : `broken at #${result.firstBrokenSeq}`}, ${result.checked} events`,
    );
    if (!result.ok) throw new Error('the generated audit chain does not verify');
  }
  let sizeMiB: number | null = null;
  if (label === 'PostgreSQL') {
    const { rows } = await driverOf(database).query('select pg_database_size(current_database()) as n');
    sizeMiB = Number((rows[0] as { n: unknown }).n) / 1024 / 1024;
  }
  await close(database);

  // A token made the way an operator makes one, then the statement count and the plan in-process.
  const token = await createToken(ADMIN_EMAIL, serveEnv);
  database = await open(target);
  const statements = await countStatements(database, token, [
    { id: data.smallMesaId, problems: targets.smallMesa },
    { id: data.largeMesaId, problems: targets.largeMesa },
  ]);
  log(
    `  SQL statements per Matrix request: ${statements.map((s) => `${s.problems} problems → ${s.statements}`).join(', ')}`,
  );
  await explainSearch(database, EXPLAIN_TERM); // warm
  const plan = await explainSearch(database, EXPLAIN_TERM);
  const matches = await matchCounts(database);
  await close(database);

  const server = await startServer(serveEnv);
  try {
    const matrix = await loadTest(
      server,
      token,
      `/api/mesas/${data.largeMesaId}/matrix`,
      LOAD_SECONDS,
      WARMUP_SECONDS,
      (b) => (b as { problems: unknown[] }).problems.length,
    );
    log(
      `  Matrix (${matrix.items} problems): ${matrix.result.requests.average.toFixed(0)} req/s, ` +
        `p50 ${matrix.result.latency.p50} ms, p99 ${matrix.result.latency.p99} ms; alone ${matrix.alone.toFixed(0)} ms`,
    );
    const search: Load[] = [];
    for (const term of SEARCH_TERMS) {
      const load = await loadTest(
        server,
        token,
        `/api/search?q=${encodeURIComponent(term.q)}`,
        SEARCH_SECONDS,
        2,
        (b) => (b as { results: unknown[] }).results.length,
      );
      search.push(load);
      log(
        `  search "${term.q}": ${load.result.requests.average.toFixed(0)} req/s, ` +
          `p50 ${load.result.latency.p50} ms, p99 ${load.result.latency.p99} ms; alone ${load.alone.toFixed(0)} ms`,
      );
    }
    await stopServer(server);
    let ranking: StoreResult['ranking'] = null;
    if (label === 'PostgreSQL') {
      database = await open(target);
      ranking = await rankingExperiment(driverOf(database));
      log(
        `  ranking today vs stored tsvectors (ms): ${ranking.timings.map((t) => `${t.today.toFixed(0)}→${t.stored.toFixed(0)}`).join(', ')}`,
      );
      await close(database);
    }
    return { label, data, setupMs, verify, statements, plan, matches, matrix, search, sizeMiB, ranking };
  } finally {
    await stopServer(server);
  }
}

// ---------------------------------------------------------------------------------------------------
// The run

async function main() {
  admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  const machine = await describeMachine(admin);
  const { loadBefore } = machine;
  log(
    `Mesas Matrix benchmark — ${machine.cpu}, ${machine.cores} cores, ${machine.memory}, Node ${machine.node}`,
  );
  log(`Load average before: ${loadBefore.map((l) => l.toFixed(2)).join(' ')}`);

  const name = `mesas_bench_matrix_${process.pid}`;
  await admin.query(`drop database if exists "${name}" with (force)`);
  await admin.query(`create database "${name}"`);
  databases.add(name);
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'mesas-bench-matrix-'));
  tempDirs.add(dataDir);

  const results: StoreResult[] = [];
  drainDatabase = name;
  results.push(
    await measureStore(
      'PostgreSQL',
      { kind: 'postgres', url: url.toString() },
      { DATABASE_URL: url.toString(), DATA_DIR: path.join(dataDir, 'pg-unused') },
      TARGETS,
    ),
  );
  drainDatabase = null;
  await admin.query(`drop database if exists "${name}" with (force)`);
  databases.delete(name);

  results.push(
    await measureStore(
      'PGlite',
      { kind: 'pglite', dir: path.join(dataDir, 'pglite') },
      { DATA_DIR: dataDir, DEMO_DATA: 'never' },
      { ...TARGETS, auditEvents: PGLITE_AUDIT },
    ),
  );

  machine.loadAfter = os.loadavg();
  log(`\nLoad average after: ${machine.loadAfter.map((l) => l.toFixed(2)).join(' ')}`);
  const section = renderSection(machine, results);
  log('');
  log(section);
  if (process.env.BENCH_NO_DOC !== '1') {
    replaceDocSection(docPath, SECTION_START, SECTION_END, section);
    log(`Updated ${path.relative(process.cwd(), docPath)}`);
  }
  const failed = goals(results).filter((g) => !g.met);
  if (failed.length) log(`\nGoals not met: ${failed.map((g) => g.text).join('; ')}`);
}

// ---------------------------------------------------------------------------------------------------
// Report

interface Goal {
  text: string;
  met: boolean;
}

function goals(results: StoreResult[]): Goal[] {
  const out: Goal[] = [];
  for (const r of results) {
    const m = r.matrix.result.latency;
    out.push({
      text: `${r.label}: Matrix of a 200-problem Mesa p50 ≤ ${GOALS.matrixP50} ms (${m.p50} ms)`,
      met: m.p50 <= GOALS.matrixP50,
    });
    out.push({
      text: `${r.label}: Matrix of a 200-problem Mesa p99 ≤ ${GOALS.matrixP99} ms (${m.p99} ms)`,
      met: m.p99 <= GOALS.matrixP99,
    });
    const [small, large] = r.statements;
    out.push({
      text: `${r.label}: same number of SQL statements for 20 and 200 problems (${small?.statements} and ${large?.statements})`,
      met: !!small && !!large && small.statements === large.statements,
    });
    const unfinished = r.search.some((s) => !s.result.requests.total);
    const worst = Math.max(...r.search.map((s) => s.result.latency.p50));
    out.push({
      text: unfinished
        ? `${r.label}: search p50 ≤ ${GOALS.searchP50} ms for every term (some terms completed no request within the measured seconds)`
        : `${r.label}: search p50 ≤ ${GOALS.searchP50} ms for every term (worst ${worst} ms)`,
      met: !unfinished && worst <= GOALS.searchP50,
    });
  }
  return out;
}

function trimPlan(plan: string[]): string[] {
  // Keep the plan's structure and timings; drop the per-node buffer lines below the top and long filters.
  return plan
    .filter((line) => !/^\s+(Output|Sort Key|Heap Blocks|Rows Removed|Filter)/.test(line))
    .map((line) => (line.length > 150 ? `${line.slice(0, 147)}...` : line));
}

function renderSection(machine: Machine, results: StoreResult[]): string {
  const lines: string[] = [];
  const pgResult = results.find((r) => r.label === 'PostgreSQL');
  lines.push(SECTION_START, '## Matrix: a national-scale data set, the Matrix and full-text search', '');
  lines.push('Run with `npm run bench:matrix` (`bench/matrix.ts`); it needs the same PostgreSQL server as');
  lines.push('`npm run bench`, takes about ten minutes, and rewrites only this section.', '');
  lines.push(`Run on ${machine.date} UTC at commit ${machine.commit}.`, '');
  lines.push('| Machine | |', '| --- | --- |');
  lines.push(`| CPU | ${machine.cpu}, ${machine.cores} cores |`);
  lines.push(`| Memory | ${machine.memory} |`);
  lines.push(`| OS | ${machine.os} |`);
  lines.push(`| Node.js | ${machine.node} |`);
  lines.push(`| PostgreSQL | ${machine.postgres} |`);
  lines.push(
    `| Load average (1, 5, 15 min) | before ${machine.loadBefore.map((l) => l.toFixed(2)).join(', ')}; ` +
      `after ${machine.loadAfter.map((l) => l.toFixed(2)).join(', ')} |`,
  );
  lines.push('');
  if (machine.loadBefore[0]! >= 0.5) {
    lines.push(
      `> The machine carried other work during this run (1-minute load average ${machine.loadBefore[0]!.toFixed(2)} ` +
        `before it began on ${machine.cores} cores), and the load generator shares the cores with the server ` +
        '(and, on PostgreSQL, with the database), so these figures are pessimistic.',
      '',
    );
  }

  lines.push('### The data set', '');
  lines.push(
    'Each store is migrated and loaded with the demo data (so the demo accounts exist), then filled by ' +
      '`bench/matrix/generate.ts` with multi-row `INSERT … SELECT FROM json_populate_recordset` batches: Mesas of ' +
      'twenty sectors and factors across the regions of Peru (one in ten in English), problems whose titles and ' +
      'descriptions are built from a vocabulary of bottlenecks, 1–3 responsible public entities each, their status ' +
      'history, 1–3 solutions each with revisions, indicators for about a third of them and field feedback for the ' +
      'enacted and verified ones. Search documents are computed with `problemSearchDocument` as the application ' +
      "does. The audit log continues the demo's hash chain: one event per generated record, then edits, each " +
      'hashed with `hashAuditRow` of `src/db/audit.ts`. Then `ANALYZE`.',
    '',
  );
  const tables = Object.keys(results[0]!.data.counts);
  lines.push(
    `| Rows | ${results.map((r) => r.label).join(' | ')} |`,
    `| --- |${results.map(() => ' ---: |').join('')}`,
  );
  for (const t of tables) {
    lines.push(
      `| \`${t}\` | ${results.map((r) => (r.data.counts[t] ?? 0).toLocaleString('en-US')).join(' | ')} |`,
    );
  }
  lines.push(
    `| Migrations + demo data | ${results.map((r) => secs(r.setupMs)).join(' | ')} |`,
    `| Generating the Matrix rows | ${results.map((r) => secs(r.data.matrixMs)).join(' | ')} |`,
    `| Generating the audit log | ${results.map((r) => secs(r.data.auditMs)).join(' | ')} |`,
  );
  lines.push('');
  const [fewest, most] = results[0]!.data.otherSizes;
  lines.push(
    `The 200-problem Mesa and the 20-problem Mesa are generated ones; the other generated Mesas hold between ` +
      `${fewest} and ${most} problems each, the three demo Mesas their demo problems.`,
  );
  if (pgResult?.verify) {
    lines.push(
      `On PostgreSQL the whole chain was verified afterwards with \`verifyAuditChain\` (what \`mesas verify-audit\` ` +
        `runs): ${pgResult.verify.ok ? 'intact' : 'BROKEN'}, ${pgResult.verify.checked.toLocaleString('en-US')} events ` +
        `in ${secs(pgResult.verify.ms)}. The database took ${pgResult.sizeMiB?.toFixed(0)} MiB on disk.`,
    );
  }
  const pglite = results.find((r) => r.label === 'PGlite');
  if (pglite && pgResult && pglite.data.counts.audit_events! < pgResult.data.counts.audit_events!) {
    lines.push(
      `On PGlite the audit log was scaled down to ${pglite.data.counts.audit_events!.toLocaleString('en-US')} events ` +
        '(`BENCH_PGLITE_AUDIT`) to keep the run short; the audit log is not read by the Matrix or by search.',
    );
  }
  lines.push('');

  lines.push(
    `### \`GET /api/mesas/:id/matrix\`, 200 problems, ${CONNECTIONS} connections, ${LOAD_SECONDS} s`,
    '',
  );
  lines.push(
    `\`mesas serve\` (\`NODE_ENV=production\`) on the generated store; autocannon with ${CONNECTIONS} connections, ` +
      `each with a personal API token of the demo administrator (who sees every problem), after a ${WARMUP_SECONDS} s ` +
      "warm-up. Latencies in milliseconds. Each request also records the token's last use (one `UPDATE`). " +
      "Before the measured run the server is left to finish the warm-up's abandoned requests (until no query runs " +
      'in the database and `/readyz` answers within 100 ms), and again after it, before the next measurement. ' +
      `"Alone" is the median of ${SEQUENTIAL_REQUESTS} requests made one after the other by a single client ` +
      'before any load: the time of one request without queueing behind others.',
    '',
  );
  lines.push(
    '| Database | Problems (response size) | Requests/s | p50 | p97.5 | p99 | Max | Requests | Non-2xx | Alone (1 client) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const r of results) {
    const { result, items, bytes } = r.matrix;
    const l = result.latency;
    lines.push(
      `| ${r.label} | ${items} (${(bytes / 1024).toFixed(0)} KiB) | ${result.requests.average.toFixed(0)} | ${l.p50} | ` +
        `${l.p97_5} | ${l.p99} | ${l.max} | ${result.requests.total} | ${result.non2xx} | ${r.matrix.alone.toFixed(0)} |`,
    );
  }
  lines.push('');

  lines.push('### SQL statements per Matrix request', '');
  lines.push(
    "Counted in-process: the app built with `buildApp` over the same store, every call of the driver's `query` " +
      "counted (node-postgres `Client.prototype.query`, which pool queries go through; the PGlite instance's " +
      '`query`), one `GET /api/mesas/:id/matrix` by `app.inject` with the bearer token after one uncounted request. ' +
      'The total includes authentication (finding the token, recording its use), the Mesa and the categories; ' +
      '"reading the Matrix" counts the statements that select from `problems`.',
    '',
  );
  lines.push(
    '| Database | Problems | Statements per request | Of them reading the Matrix |',
    '| --- | ---: | ---: | ---: |',
  );
  for (const r of results) {
    for (const s of r.statements)
      lines.push(`| ${r.label} | ${s.problems} | ${s.statements} | ${s.matrixStatements} |`);
  }
  lines.push('');

  lines.push(`### \`GET /api/search\`, ${CONNECTIONS} connections, ${SEARCH_SECONDS} s per term`, '');
  lines.push(
    `Full-text search over all ${results[0]!.data.counts.problems!.toLocaleString('en-US')} problems as the demo ` +
      `administrator (every Mesa and problem visible), default limit of 20 results, ${CONNECTIONS} connections after a ` +
      '2 s warm-up per term; "alone" as above. "Matches" is how many problems the term ' +
      'matches in either language. "none done" means no request finished within the measured seconds.',
    '',
  );
  lines.push(
    `| Term | Kind | Matches | ${results.map((r) => `${r.label} req/s | p50 | p99 | alone`).join(' | ')} |`,
    `| --- | --- | ---: |${results.map(() => ' ---: | ---: | ---: | ---: |').join('')}`,
  );
  SEARCH_TERMS.forEach((term, i) => {
    const cells = results.map((r) => {
      const l = r.search[i]!.result;
      const alone = r.search[i]!.alone.toFixed(0);
      if (!l.requests.total) return `none done | – | – | ${alone}`;
      return `${l.requests.average.toFixed(0)} | ${l.latency.p50} | ${l.latency.p99} | ${alone}`;
    });
    lines.push(
      `| \`${term.q}\` | ${term.what} | ${(results[0]!.matches[i] ?? 0).toLocaleString('en-US')} | ${cells.join(' | ')} |`,
    );
  });
  lines.push('');
  for (const r of results) {
    lines.push(
      `\`EXPLAIN (ANALYZE, BUFFERS)\` of the search SQL (\`searchSql\` of \`src/db/queries/search.ts\`) for ` +
        `\`${EXPLAIN_TERM}\` on ${r.label} (trimmed: output, sort-key and filter lines left out):`,
      '',
      '```text',
      ...trimPlan(r.plan),
      '```',
      '',
    );
  }

  if (pgResult?.ranking) {
    const { timings, alterMs } = pgResult.ranking;
    lines.push('#### Where search time goes (PostgreSQL)', '');
    lines.push(
      'After the load tests, the core of the search query alone (match in both configurations, rank, first 20; ' +
        'no headline, no solution texts) timed as it runs today, then over two tsvector columns kept as stored ' +
        `generated columns with their own GIN indexes, added to the scratch database only (adding and indexing them ` +
        `took ${secs(alterMs)}). Median of three runs, in milliseconds, one client.`,
      '',
    );
    lines.push('| Term | Matches | Ranking today | Over stored tsvectors |', '| --- | ---: | ---: | ---: |');
    SEARCH_TERMS.forEach((term, i) => {
      const t = timings[i]!;
      lines.push(
        `| \`${term.q}\` | ${(pgResult.matches[i] ?? 0).toLocaleString('en-US')} | ${t.today.toFixed(1)} | ${t.stored.toFixed(1)} |`,
      );
    });
    lines.push('');
  }

  lines.push('### Reading the figures', '');
  lines.push(
    `- With ${CONNECTIONS} clients sharing ${machine.cores} cores with the server${pgResult ? ' and PostgreSQL' : ''}, ` +
      'the load-test latencies are mostly waiting in line: the server runs its JavaScript on one thread, so a ' +
      'request waits for those ahead of it and p50 ≈ connections ÷ requests/s. The "alone" column is the time of ' +
      'one request by itself.',
    '- The Matrix reads a whole Mesa with the same statements whatever its size (table above); its cost per ' +
      'request grows with the size of the answer (building, validating and encoding a few hundred KiB of JSON), ' +
      'not with the number of queries.',
    '- Search finds its matches through the GIN indexes (`Bitmap Index Scan on problems_search_es_idx` / ' +
      '`problems_search_en_idx` in the plan), but ranks every match with `ts_rank(to_tsvector(…, search_document), …)` ' +
      'in both configurations, which parses the document again for each matching problem. Its time therefore grows ' +
      'with the number of matches: rare words answer quickly, words found in thousands of problems do not, and when ' +
      'the planner expects that many matches it may scan the table instead of using the indexes. Keeping the two ' +
      'tsvectors in stored generated columns, indexing and ranking those, removes the repeated parsing.',
    '',
  );

  lines.push('### Goals', '');
  for (const g of goals(results)) lines.push(`- ${g.text}: **${g.met ? 'met' : 'not met'}**.`);
  lines.push('', SECTION_END);
  return lines.join('\n');
}

await runBenchmark(main, cleanUp);
