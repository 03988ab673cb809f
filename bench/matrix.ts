import path from 'node:path';
import autocannon, { type Result } from 'autocannon';
import { PgDialect } from 'drizzle-orm/pg-core';
import { loadConfig } from '../src/config/config';
import { verifyAuditChain } from '../src/db/audit';
import type { Database, openDatabase } from '../src/db/client';
import { searchSql } from '../src/db/queries/search';
import { seedDemo } from '../src/demo/seed';
import type { Actor } from '../src/domain/access';
import { foldForSearch } from '../src/domain/search-text';
import { buildApp } from '../src/server/app';
import { generateDataSet, type Targets } from './matrix/generate';
import {
  createToken,
  root,
  SESSION_SECRET,
  type Server,
  sleep,
  startServer,
  stopServer,
} from './matrix/process';
import {
  type Changes,
  goals,
  type Load,
  type ReportSettings,
  renderSection,
  type StatementCount,
  type StoreResult,
} from './matrix/report';
import { positive, runBenchmark } from './support/run';
import {
  admin,
  check,
  cleanUp,
  close,
  driverOf,
  measureBothStores,
  open,
  summarize,
  tapStatements,
} from './support/scratch';

const docPath = path.join(root, 'docs', 'BENCHMARKS.md');

const LOAD_SECONDS = positive(process.env.BENCH_DURATION, 10);
const WARMUP_SECONDS = 3;
const SEARCH_WARMUP_SECONDS = 2;
const CONNECTIONS = 16;
/** autocannon gives up on a request after this long; slow answers are measured, not dropped. */
const REQUEST_TIMEOUT_SECONDS = 60;
const SEQUENTIAL_REQUESTS = 5;
/** Milliseconds between two changes of the Matrix in the run "changing once a second". */
const CHANGE_INTERVAL_MS = 1000;
const PG_ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const ADMIN_EMAIL = 'admin@demo.mesas.local';
const SCALE = Math.min(1, positive(process.env.BENCH_SCALE, 1));
const TIME_ZONE = 'America/Lima';

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

const SETTINGS: ReportSettings = {
  connections: CONNECTIONS,
  loadSeconds: LOAD_SECONDS,
  searchSeconds: LOAD_SECONDS,
  warmupSeconds: WARMUP_SECONDS,
  searchWarmupSeconds: SEARCH_WARMUP_SECONDS,
  sequentialRequests: SEQUENTIAL_REQUESTS,
  changeInterval: CHANGE_INTERVAL_MS / 1000,
  goals: { matrixP50: 20, matrixP99: 60, searchP50: 15 },
  searchTerms: SEARCH_TERMS,
  explainTerm: EXPLAIN_TERM,
  sectionStart: '<!-- bench:matrix:start -->',
  sectionEnd: '<!-- bench:matrix:end -->',
};

const log = (line: string) => process.stdout.write(`${line}\n`);
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

// ---------------------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------------------
// Measurements

function median(values: number[]): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** On PostgreSQL, the scratch database: drain() also waits until no query runs in it. */
let drainDatabase: string | null = null;

/**
 * Waits until the requests autocannon abandoned when it stopped have been worked off (the server and the
 * database finish them anyway): until GET /readyz, which queries the database, answers within 100 ms.
 */
async function drain(server: Server) {
  const until = performance.now() + 120_000;
  while (performance.now() < until) {
    const busy =
      admin() && drainDatabase
        ? Number(
            (
              await admin()!.query<{ n: string }>(
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

/** One API request, over HTTP to a server or in-process with `app.inject`. */
type Call = (
  method: 'GET' | 'PATCH',
  url: string,
  body?: unknown,
) => Promise<{ status: number; body: string }>;

const httpCall =
  (server: Server, token: string): Call =>
  async (method, url, body) => {
    const res = await fetch(`${server.url}${url}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: await res.text() };
  };

type App = Awaited<ReturnType<typeof buildApp>>;

const injectCall =
  (app: App, token: string): Call =>
  async (method, url, body) => {
    const res = await app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${token}` },
      ...(body === undefined ? {} : { payload: body as Record<string, unknown> }),
    });
    return { status: res.statusCode, body: res.body };
  };

let changeNumber = 0;

/**
 * One audited change of a problem through the API, as a team member's screen makes it: GET the problem
 * for its `version`, then PATCH a new title (the original with a numbered suffix).
 */
async function changeProblem(call: Call, problemId: string) {
  const url = `/api/problems/${problemId}`;
  const read = await call('GET', url);
  if (read.status !== 200) throw new Error(`GET ${url} answered ${read.status}: ${read.body.slice(0, 200)}`);
  const { version, title } = JSON.parse(read.body) as { version: number; title: string };
  const base = title.replace(/ \(rev\. \d+\)$/, '');
  const write = await call('PATCH', url, { version, title: `${base} (rev. ${++changeNumber})` });
  if (write.status !== 200)
    throw new Error(`PATCH ${url} answered ${write.status}: ${write.body.slice(0, 200)}`);
}

interface Background {
  start(): void;
  stop(): Promise<void>;
}

/** Changes a problem every CHANGE_INTERVAL_MS from start() to stop(), counting what it did. */
function changeLoop(call: Call, problemId: string): Background & { changes(): Changes } {
  let stopped = false;
  let running: Promise<void> | null = null;
  let made = 0;
  let failed = 0;
  const failures: string[] = [];
  const times: number[] = [];
  const run = async () => {
    let next = performance.now() + CHANGE_INTERVAL_MS;
    while (true) {
      const wait = next - performance.now();
      if (wait > 0) await sleep(wait);
      if (stopped) return;
      const started = performance.now();
      try {
        await changeProblem(call, problemId);
        made++;
        times.push(performance.now() - started);
      } catch (error) {
        failed++;
        if (failures.length < 3) failures.push(error instanceof Error ? error.message : String(error));
      }
      // A change that took longer than the interval is followed by the next one at once, not by a burst.
      next = Math.max(next + CHANGE_INTERVAL_MS, performance.now());
    }
  };
  return {
    start: () => {
      running = run();
    },
    stop: async () => {
      stopped = true;
      await running;
    },
    changes: () => ({ made, failed, failures, medianMs: median(times) }),
  };
}

interface LoadOptions {
  seconds: number;
  warmup: number;
  count: (body: unknown) => number;
  /** Runs before each of the single-client requests of the "alone" figure. */
  beforeAlone?: () => Promise<void>;
  /** Started with the measured run and stopped when it ends. */
  during?: Background;
  /** Concurrent connections of the load (default CONNECTIONS). */
  connections?: number;
}

async function loadTest(server: Server, token: string, route: string, options: LoadOptions): Promise<Load> {
  const url = `${server.url}${route}`;
  // As a browser asks: compressed answers accepted (the cached Matrix is sent gzip-compressed).
  const headers = { authorization: `Bearer ${token}`, 'accept-encoding': 'gzip, deflate, br' };
  const probe = await fetch(url, { headers });
  const body = await probe.text();
  if (probe.status !== 200) throw new Error(`GET ${route} answered ${probe.status}: ${body.slice(0, 300)}`);
  // One client, one request at a time, before any load: the latency of a request by itself.
  const alone: number[] = [];
  for (let i = 0; i < SEQUENTIAL_REQUESTS; i++) {
    await options.beforeAlone?.();
    const started = performance.now();
    const res = await fetch(url, { headers });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`GET ${route} answered ${res.status}`);
    alone.push(performance.now() - started);
  }
  const connections = options.connections ?? CONNECTIONS;
  const cannon = { url, connections, headers, timeout: REQUEST_TIMEOUT_SECONDS };
  check(await autocannon({ ...cannon, duration: options.warmup }), `${route} warm-up`);
  await drain(server);
  options.during?.start();
  let result: Result;
  try {
    result = await autocannon({ ...cannon, duration: options.seconds });
  } finally {
    await options.during?.stop();
  }
  check(result, `GET ${route}`);
  await drain(server);
  return {
    result,
    bytes: Buffer.byteLength(body),
    items: options.count(JSON.parse(body)),
    alone: median(alone),
  };
}

const problemCount = (b: unknown) => (b as { problems: unknown[] }).problems.length;

/** The first problem of a Mesa: the one the benchmark changes. */
async function firstProblemId(database: Database, mesaId: string): Promise<string> {
  const { rows } = await driverOf(database).query(
    'select id from problems where mesa_id = $1 order by number limit 1',
    [mesaId],
  );
  const id = (rows[0] as { id?: string } | undefined)?.id;
  if (!id) throw new Error(`Mesa ${mesaId} has no problems`);
  return id;
}

/** The tables of the Matrix's own records: a statement that selects from one of them reads the Matrix. */
const MATRIX_TABLES =
  /"(problems|problem_entities|solutions|solution_versions|outcome_indicators|field_feedback)"/;

/**
 * SQL statements per Matrix request, counted in-process where every query passes: the node-postgres
 * client's `query` (pool queries go through it), or the PGlite instance's `query`. The requests are
 * authenticated with the bearer token, so the counts include finding the token and its user.
 * For each Mesa: a warm-up request, a change of one of its problems through the API, then the first
 * request after the change (a cache miss: the Matrix is read from the database) and the one after it
 * (a cache hit), each counted.
 */
async function countStatements(
  database: Database,
  token: string,
  mesas: { id: string; problems: number }[],
): Promise<StatementCount[]> {
  const problemIds = new Map<string, string>();
  for (const mesa of mesas) problemIds.set(mesa.id, await firstProblemId(database, mesa.id));
  let texts: string[] = [];
  const untap = tapStatements(database, (text) => {
    texts.push(text);
    return undefined;
  });
  // Not `test`: there every Matrix answer is also read as the rest of the API reads it, to check it
  // against the presented Matrix, and its statements would be counted with the answer's.
  const config = loadConfig({
    NODE_ENV: 'development',
    SESSION_SECRET,
    LOG_LEVEL: 'silent',
    TIME_ZONE,
  });
  const app = await buildApp({ config, database, sessionSecret: config.SESSION_SECRET! });
  try {
    await app.ready();
    const call = injectCall(app, token);
    const out: StatementCount[] = [];
    for (const mesa of mesas) {
      const url = `/api/mesas/${mesa.id}/matrix`;
      /** One counted request: all statements, and those that select from `problems`. */
      const counted = async () => {
        texts = [];
        const res = await call('GET', url);
        if (res.status !== 200) throw new Error(`in-process Matrix answered ${res.status}: ${res.body}`);
        const problems = problemCount(JSON.parse(res.body));
        if (problems !== mesa.problems)
          throw new Error(`expected ${mesa.problems} problems, got ${problems}`);
        const matrix = texts.filter((t) => MATRIX_TABLES.test(t) && /^\s*select/i.test(t)).length;
        return { statements: texts.length, matrix, summary: texts.map(summarize) };
      };
      await call('GET', url); // warm caches (categories, prepared plans) as a running server has them
      await changeProblem(call, problemIds.get(mesa.id)!);
      const miss = await counted();
      const hit = await counted();
      out.push({
        problems: mesa.problems,
        miss: miss.statements,
        missMatrix: miss.matrix,
        hit: hit.statements,
        hitMatrix: hit.matrix,
        missSummary: miss.summary,
        hitSummary: hit.summary,
      });
    }
    return out;
  } finally {
    untap();
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

/** How many problems each term matches in either configuration, as `matchesSearch` finds them. */
async function matchCounts(database: Database): Promise<number[]> {
  const counts: number[] = [];
  for (const term of SEARCH_TERMS) {
    const { rows } = await driverOf(database).query(
      `select count(*) as n from problems
       where search_es @@ websearch_to_tsquery('spanish', $1)
          or search_en @@ websearch_to_tsquery('english', $1)`,
      [foldForSearch(term.q)],
    );
    counts.push(Number((rows[0] as { n: unknown }).n));
  }
  return counts;
}

const describeLoad = (load: Load) =>
  `${load.result.requests.average.toFixed(0)} req/s, p50 ${load.result.latency.p50} ms, ` +
  `p99 ${load.result.latency.p99} ms; alone ${load.alone.toFixed(0)} ms`;

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
  let sizeMiB: number | null = null;
  if (label === 'PostgreSQL') {
    const started = performance.now();
    const result = await verifyAuditChain(database.db);
    verify = { ok: result.ok, checked: result.checked, ms: performance.now() - started };
    log(
      `  audit chain: ${result.ok ? 'intact' : `broken at #${result.firstBrokenSeq}`}, ${result.checked} events`,
    );
    if (!result.ok) throw new Error('the generated audit chain does not verify');
    const { rows } = await driverOf(database).query('select pg_database_size(current_database()) as n');
    sizeMiB = Number((rows[0] as { n: unknown }).n) / 1024 / 1024;
  }
  await close(database);

  // A token made the way an operator makes one, then the statement counts and the plan in-process.
  const token = await createToken(ADMIN_EMAIL, serveEnv);
  database = await open(target);
  const statements = await countStatements(database, token, [
    { id: data.smallMesaId, problems: targets.smallMesa },
    { id: data.largeMesaId, problems: targets.largeMesa },
  ]);
  for (const s of statements) {
    log(
      `  SQL statements per Matrix request, ${s.problems} problems: cache miss ${s.miss} ` +
        `(${s.missMatrix} reading the Matrix: ${s.missSummary.join(', ')}); ` +
        `cache hit ${s.hit} (${s.hitSummary.join(', ')})`,
    );
  }
  await explainSearch(database, EXPLAIN_TERM); // warm
  const plan = await explainSearch(database, EXPLAIN_TERM);
  const matches = await matchCounts(database);
  const changedProblemId = await firstProblemId(database, data.largeMesaId);
  await close(database);

  const matrixRoute = `/api/mesas/${data.largeMesaId}/matrix`;
  const matrixOptions = { seconds: LOAD_SECONDS, warmup: WARMUP_SECONDS, count: problemCount };

  // The default server: the Matrix cache on.
  let server = await startServer(serveEnv);
  const cacheOn = await loadTest(server, token, matrixRoute, matrixOptions);
  log(`  Matrix (${cacheOn.items} problems), cache on: ${describeLoad(cacheOn)}`);
  const http = httpCall(server, token);
  const loop = changeLoop(http, changedProblemId);
  const changing = await loadTest(server, token, matrixRoute, {
    ...matrixOptions,
    beforeAlone: () => changeProblem(http, changedProblemId),
    during: loop,
  });
  const changes = loop.changes();
  log(
    `  Matrix, cache on, changing once a second: ${describeLoad(changing)}; ${changes.made} changes ` +
      `(median ${changes.medianMs.toFixed(0)} ms each), ${changes.failed} failed` +
      (changes.failures.length ? ` (${changes.failures.join('; ')})` : ''),
  );
  const search: Load[] = [];
  const searchOne: Load[] = [];
  for (const term of SEARCH_TERMS) {
    for (const [connections, loads] of [
      [1, searchOne],
      [CONNECTIONS, search],
    ] as const) {
      const load = await loadTest(server, token, `/api/search?q=${encodeURIComponent(term.q)}`, {
        seconds: LOAD_SECONDS,
        warmup: SEARCH_WARMUP_SECONDS,
        count: (b) => (b as { results: unknown[] }).results.length,
        connections,
      });
      loads.push(load);
      log(
        `  search "${term.q}", ${connections} connection${connections > 1 ? 's' : ''}: ${describeLoad(load)}`,
      );
    }
  }
  await stopServer(server);

  // A second server with the cache off: every request reads the database.
  server = await startServer({ ...serveEnv, MATRIX_CACHE_MB: '0' });
  const cacheOff = await loadTest(server, token, matrixRoute, matrixOptions);
  log(`  Matrix, cache off: ${describeLoad(cacheOff)}`);
  await stopServer(server);

  return {
    label,
    data,
    setupMs,
    verify,
    statements,
    plan,
    matches,
    matrix: { cacheOn, cacheOff, changing, changes },
    search,
    searchOne,
    sizeMiB,
  };
}

// ---------------------------------------------------------------------------------------------------
// The run

async function main() {
  await measureBothStores({
    title: 'Matrix',
    slug: 'matrix',
    adminUrl: PG_ADMIN_URL,
    measure: async (label, target, env, scratchDatabase) => {
      drainDatabase = scratchDatabase;
      try {
        return await measureStore(
          label,
          target,
          env,
          label === 'PGlite' ? { ...TARGETS, auditEvents: PGLITE_AUDIT } : TARGETS,
        );
      } finally {
        drainDatabase = null;
      }
    },
    render: (machine, results) => renderSection(machine, results, SETTINGS),
    goals: (results) => goals(results, SETTINGS),
    docPath,
    sectionStart: SETTINGS.sectionStart,
    sectionEnd: SETTINGS.sectionEnd,
    log,
  });
}

await runBenchmark(main, cleanUp);
