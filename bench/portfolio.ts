import path from 'node:path';
import autocannon, { type Result } from 'autocannon';
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../src/config/config';
import type { Database, openDatabase } from '../src/db/client';
import { syncTallyTimeZone } from '../src/db/queries/commitment-tallies';
import { seedDemo } from '../src/demo/seed';
import { buildApp } from '../src/server/app';
import { generateDataSet, type Targets } from './matrix/generate';
import { createToken, root, SESSION_SECRET, sleep, startServer, stopServer } from './matrix/process';
import { generatePortfolioData, PORTFOLIO_TARGETS } from './portfolio/generate';
import { type Machine, machineLines } from './support/machine';
import { positive, runBenchmark } from './support/run';
import {
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
const WARMUP_SECONDS = Math.min(3, LOAD_SECONDS);
const CONNECTIONS = [1, 16];
const REQUEST_TIMEOUT_SECONDS = 60;
const PG_ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const ADMIN_EMAIL = 'admin@demo.mesas.local';
const TIME_ZONE = 'America/Lima';
/** The Matrix of bench/matrix.ts without its audit log (the dashboards do not read it). */
const TARGETS: Targets = {
  mesas: 60,
  problems: 12_000,
  largeMesa: 200,
  smallMesa: 20,
  solutionVersions: 25_000,
  auditEvents: 0,
};
const GOALS = { portfolioP50: 20, metricsP50: 30 };
/**
 * The portfolio before the commitment tallies (migration 0012), when every read grouped the 60,000
 * commitments: measured with this benchmark at commit 48054ca on 2026-12-04, PostgreSQL, 1 connection.
 */
const BEFORE = {
  commit: '48054ca',
  p50: 53,
  p97_5: 83,
  inProcess: 102.3,
  commitmentsRead: 64.8,
};
/**
 * With the tallies and before the portfolio was kept between changes, when every read built it: measured
 * with this benchmark at commit 2a7dadb on 2026-12-05 (load 0.06 before the run), PostgreSQL, 1 connection.
 */
const TALLIES_ONLY = { commit: '2a7dadb', p50: 29, p97_5: 61 };
const SECTION_START = '<!-- bench:portfolio:start -->';
const SECTION_END = '<!-- bench:portfolio:end -->';

const log = (line: string) => process.stdout.write(`${line}\n`);
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

// ---------------------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------------------
// Measurements

interface Statement {
  what: string;
  ms: number;
  text: string;
}

/**
 * The SQL statements of one request and how long each took, measured in-process where every query
 * passes (the node-postgres client's `query`, or the PGlite instance's). Authenticated with the bearer
 * token, so finding the token counts too. A first, uncounted request warms what a running server has
 * warm; the figures are those of the median of five counted requests (by total time).
 */
async function countStatements(
  database: Database,
  token: string,
  url: string,
  change?: (app: FastifyInstance) => Promise<void>,
) {
  let statements: Statement[] = [];
  const untap = tapStatements(database, (text) => {
    const started = performance.now();
    const entry = { what: summarize(text), ms: 0, text };
    statements.push(entry);
    return () => {
      entry.ms = performance.now() - started;
    };
  });
  const config = loadConfig({ NODE_ENV: 'test', SESSION_SECRET, LOG_LEVEL: 'silent', TIME_ZONE });
  const app = await buildApp({ config, database, sessionSecret: config.SESSION_SECRET! });
  try {
    await app.ready();
    const request = async () => {
      const res = await app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
      if (res.statusCode !== 200)
        throw new Error(`in-process ${url} answered ${res.statusCode}: ${res.body}`);
    };
    await request();
    const runs: { total: number; statements: Statement[] }[] = [];
    for (let i = 0; i < 5; i++) {
      if (change) await change(app);
      const counted: Statement[] = [];
      statements = counted;
      const started = performance.now();
      await request();
      runs.push({ total: performance.now() - started, statements: counted });
      statements = [];
    }
    runs.sort((a, b) => a.total - b.total);
    return runs[2]!;
  } finally {
    untap();
    await app.close();
  }
}

interface Load {
  connections: number;
  result: Result;
}

/**
 * An audited change of the given Mesa (its focus limit, back and forth), as any write is: the portfolio
 * kept under the installation's revision is then stale, and the next read builds it anew.
 */
async function change(
  send: (method: 'GET' | 'PATCH', url: string, body?: unknown) => Promise<unknown>,
  mesaId: string,
) {
  const mesa = (await send('GET', `/api/mesas/${mesaId}`)) as { version: number; focusLimit: number };
  await send('PATCH', `/api/mesas/${mesaId}`, {
    version: mesa.version,
    focusLimit: mesa.focusLimit === 4 ? 5 : 4,
  });
}

const injectSender =
  (app: FastifyInstance, token: string) => async (method: 'GET' | 'PATCH', url: string, body?: unknown) => {
    const res = await app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${token}` },
      ...(body ? { payload: body as object } : {}),
    });
    if (res.statusCode !== 200) throw new Error(`${method} ${url} answered ${res.statusCode}: ${res.body}`);
    return res.json();
  };

const fetchSender =
  (base: string, token: string) => async (method: 'GET' | 'PATCH', url: string, body?: unknown) => {
    const res = await fetch(`${base}${url}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    if (res.status !== 200) throw new Error(`${method} ${url} answered ${res.status}: ${text.slice(0, 300)}`);
    return JSON.parse(text) as unknown;
  };

const MISSES = 40;

/** The time of a read right after a change (nothing kept to serve): the median and the 97.5th percentile of MISSES. */
async function afterChange(base: string, token: string, route: string, mesaId: string) {
  const send = fetchSender(base, token);
  const times: number[] = [];
  for (let i = 0; i < MISSES + 3; i++) {
    await change(send, mesaId);
    const started = performance.now();
    await send('GET', route);
    if (i >= 3) times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))]!);
  return { p50: at(0.5), p97_5: at(0.975) };
}

async function measure(
  serverUrl: string,
  token: string,
  route: string,
): Promise<{ bytes: number; loads: Load[] }> {
  const url = `${serverUrl}${route}`;
  const headers = { authorization: `Bearer ${token}` };
  const probe = await fetch(url, { headers });
  const body = await probe.text();
  if (probe.status !== 200) throw new Error(`GET ${route} answered ${probe.status}: ${body.slice(0, 300)}`);
  const loads: Load[] = [];
  for (const connections of CONNECTIONS) {
    const cannon = { url, connections, headers, timeout: REQUEST_TIMEOUT_SECONDS };
    check(await autocannon({ ...cannon, duration: WARMUP_SECONDS }), `${route} warm-up`);
    await sleep(500);
    const result = await autocannon({ ...cannon, duration: LOAD_SECONDS });
    check(result, `GET ${route}`);
    loads.push({ connections, result });
    log(
      `  ${route}, ${connections} connection${connections > 1 ? 's' : ''}: ${result.requests.average.toFixed(0)} req/s, ` +
        `p50 ${result.latency.p50} ms, p97.5 ${result.latency.p97_5} ms, p99 ${result.latency.p99} ms`,
    );
    await sleep(500);
  }
  return { bytes: Buffer.byteLength(body), loads };
}

// ---------------------------------------------------------------------------------------------------
// One store

interface Endpoint {
  /** Reads each right after a change, with 1 connection (the autocannon loads repeat one read). */
  afterChange?: { p50: number; p97_5: number };
  route: string;
  label: string;
  bytes: number;
  loads: Load[];
  total: number;
  statements: Statement[];
}

interface StoreResult {
  label: 'PostgreSQL' | 'PGlite';
  counts: Record<string, number>;
  setupMs: number;
  portfolio: Endpoint;
  metrics: Endpoint;
}

async function measureStore(
  label: StoreResult['label'],
  target: Parameters<typeof openDatabase>[0],
  serveEnv: Record<string, string>,
): Promise<StoreResult> {
  log(`\n${label}: generating the data set`);
  const started = performance.now();
  let database = await open(target);
  await database.migrate();
  // As the server does at start-up: the commitment tallies judge Mesas without a zone in this one.
  await syncTallyTimeZone(database.db, TIME_ZONE);
  await seedDemo(database.db, { timeZone: TIME_ZONE });
  const data = await generateDataSet(driverOf(database), TARGETS, (line) => log(line));
  // The generated Mesas (the demo's keep their own sessions and numbers).
  const { rows } = await driverOf(database).query("select id from mesas where slug like 'bench-%'");
  const counts = await generatePortfolioData(
    driverOf(database),
    rows.map((r) => (r as { id: string }).id),
  );
  const { rows: tallied } = await driverOf(database).query(
    'select count(*)::int as n from commitment_tallies',
  );
  counts.commitment_tallies = Number((tallied[0] as { n: number }).n);
  const setupMs = performance.now() - started;
  log(`  data set in ${secs(setupMs)}: ${JSON.stringify(counts)}`);
  await close(database);

  const token = await createToken(ADMIN_EMAIL, serveEnv);
  const routes = { portfolio: '/api/portfolio', metrics: `/api/mesas/${data.largeMesaId}/metrics` };
  database = await open(target);
  const counted = {
    portfolio: await countStatements(database, token, routes.portfolio, (app) =>
      change(injectSender(app, token), data.largeMesaId),
    ),
    metrics: await countStatements(database, token, routes.metrics),
  };
  await close(database);
  for (const [name, c] of Object.entries(counted)) {
    log(
      `  ${name}: ${c.statements.length} statements, ${c.total.toFixed(1)} ms in-process (` +
        `${c.statements.map((s) => `${s.what} ${s.ms.toFixed(1)} ms`).join(', ')})`,
    );
  }

  const server = await startServer({ ...serveEnv, TIME_ZONE });
  try {
    const portfolio = await measure(server.url, token, routes.portfolio);
    const portfolioAfterChange = await afterChange(server.url, token, routes.portfolio, data.largeMesaId);
    log(
      `  ${routes.portfolio} right after a change: p50 ${portfolioAfterChange.p50} ms, p97.5 ${portfolioAfterChange.p97_5} ms`,
    );
    const metrics = await measure(server.url, token, routes.metrics);
    return {
      label,
      counts,
      setupMs,
      portfolio: {
        route: 'GET /api/portfolio',
        label: 'portfolio',
        ...portfolio,
        ...counted.portfolio,
        afterChange: portfolioAfterChange,
      },
      metrics: {
        route: 'GET /api/mesas/:id/metrics',
        label: 'metrics of the 200-problem Mesa',
        ...metrics,
        ...counted.metrics,
      },
    };
  } finally {
    await stopServer(server);
  }
}

// ---------------------------------------------------------------------------------------------------
// The report

function goals(results: StoreResult[]) {
  const out: { text: string; met: boolean }[] = [];
  const postgres = results.find((r) => r.label === 'PostgreSQL');
  if (!postgres) return out;
  const single = (e: Endpoint) => e.loads.find((l) => l.connections === 1)!.result.latency.p50;
  out.push({
    text: `GET /api/portfolio p50 ≤ ${GOALS.portfolioP50} ms on PostgreSQL, read again and again (${single(postgres.portfolio)} ms with 1 connection)`,
    met: single(postgres.portfolio) <= GOALS.portfolioP50,
  });
  const fresh = postgres.portfolio.afterChange;
  if (fresh) {
    out.push({
      text: `GET /api/portfolio p50 ≤ ${GOALS.portfolioP50} ms on PostgreSQL, each read right after a change (${fresh.p50} ms)`,
      met: fresh.p50 <= GOALS.portfolioP50,
    });
  }
  out.push({
    text: `GET /api/mesas/:id/metrics p50 ≤ ${GOALS.metricsP50} ms on PostgreSQL (${single(postgres.metrics)} ms with 1 connection)`,
    met: single(postgres.metrics) <= GOALS.metricsP50,
  });
  return out;
}

function renderSection(machine: Machine, results: StoreResult[]): string {
  const lines: string[] = [
    SECTION_START,
    '## Portfolio and dashboards',
    '',
    `Run on ${machine.date} UTC at commit ${machine.commit} with \`npm run bench:portfolio\` (\`bench/portfolio.ts\`).`,
    '',
    ...machineLines(machine),
  ];
  const c = results[0]!.counts;
  lines.push(
    '### Data',
    '',
    `The national-scale Matrix of \`bench/matrix/generate.ts\` (demo data, then ${c.mesas} Mesas in all, ` +
      `${c.problems} problems, 25,000 solution versions; no audit log), plus \`bench/portfolio/generate.ts\`: ` +
      `for every Mesa a dedicated team of two or three (25 team members shared among the Mesas) and 20 ` +
      `representatives, ${c.meetings} meetings (closed sessions back from today at the Mesa's cadence, two ` +
      `scheduled ahead, some inter-sessional meetings), ${c.meeting_participants} attendance rows, ` +
      `${c.agenda_items} agenda items, ${c.commitments} commitments (due from two years ago to two months ahead: ` +
      'done on time or late, open, overdue, cancelled; a tenth visible to the team only; ' +
      `${c.commitment_tallies} rows of commitment tallies), recent status changes ` +
      `into enacted and verified (${c.problem_status_events} status events in all) and ${c.escalations} escalations ` +
      '(two thirds waiting).',
    '',
    '### Requests',
    '',
    `As the demo administrator with a bearer token (so every Mesa and every record counts). autocannon, ` +
      `${WARMUP_SECONDS} s of warm-up then ${LOAD_SECONDS} s measured, with 1 connection (the latency of a ` +
      'request alone) and with 16: the portfolio read again and again, as it is kept between changes. Then ' +
      `${MISSES} reads of the portfolio each right after a change of a Mesa (1 connection): the portfolio built ` +
      'anew. The SQL statements are those of one request, counted in-process, including authenticating the ' +
      'token, each right after a change for the portfolio; "in-process" is the median of five requests ' +
      'through `app.inject`.',
    '',
    '| Store | Request | Connections | p50 | p97.5 | p99 | Requests/s | Response | SQL statements | In-process |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const r of results) {
    for (const e of [r.portfolio, r.metrics]) {
      for (const load of e.loads) {
        const l = load.result.latency;
        lines.push(
          `| ${r.label} | ${e.route} | ${load.connections} | ${l.p50} ms | ${l.p97_5} ms | ${l.p99} ms | ` +
            `${load.result.requests.average.toFixed(0)} | ${(e.bytes / 1024).toFixed(1)} KiB | ` +
            `${e.statements.length} | ${e.total.toFixed(1)} ms |`,
        );
      }
    }
  }
  lines.push(
    '',
    'The statements of one request (in-process) and the time from sending each to its answer. After ' +
      'authentication, the independent reads are sent together (`readAll`), so their times overlap: the ' +
      'slowest of them is what the request waits for.',
    '',
  );
  for (const r of results) {
    for (const e of [r.portfolio, r.metrics]) {
      lines.push(
        `- ${r.label}, ${e.route}: ${e.statements.map((s) => `${s.what} ${s.ms.toFixed(1)} ms`).join(', ')}.`,
      );
      if (e.afterChange) {
        lines.push(
          `- ${r.label}, ${e.route} right after a change (over HTTP, ${MISSES} reads): p50 ${e.afterChange.p50} ms, p97.5 ${e.afterChange.p97_5} ms.`,
        );
      }
    }
  }
  const postgres = results.find((r) => r.label === 'PostgreSQL');
  const fresh = postgres?.portfolio.afterChange;
  const repeated = postgres?.portfolio.loads.find((l) => l.connections === 1)?.result.latency;
  lines.push(
    '',
    '### Before and after',
    '',
    `Before, every read of the portfolio grouped all the commitments by Mesa and entity (at commit ${BEFORE.commit}, ` +
      `PostgreSQL, 1 connection: p50 ${BEFORE.p50} ms, p97.5 ${BEFORE.p97_5} ms, ${BEFORE.inProcess} ms in-process, of ` +
      `which the commitments statement ${BEFORE.commitmentsRead} ms). Now triggers keep \`commitment_tallies\` current ` +
      '(migration 0012: counts by Mesa, entity, visibility and outcome, the open ones by due day) and the portfolio ' +
      "sums those rows, deciding overdue or pending by each Mesa's today: measured the same way, every read " +
      `building it, p50 ${TALLIES_ONLY.p50} ms and p97.5 ${TALLIES_ONLY.p97_5} ms (at commit ${TALLIES_ONLY.commit}, an idle machine)` +
      (fresh
        ? `; a read right after a change, which still shares the machine with the write's own work, p50 ${fresh.p50} ms, p97.5 ${fresh.p97_5} ms.`
        : '.'),
    '',
    'And the answer is kept, per set of rights, under the revision of the whole installation (the newest ' +
      'audit event: every write records one in its transaction) and the minute: reading it again, as a ' +
      'coordinating office does all day, costs finding the token and that revision' +
      (repeated ? ` (p50 ${repeated.p50} ms, p97.5 ${repeated.p97_5} ms)` : '') +
      '; any change is seen on the next read, and figures that turn with the clock within a minute.',
  );
  lines.push('', '### Goals', '');
  for (const g of goals(results)) lines.push(`- ${g.met ? 'Met' : 'Not met'}: ${g.text}.`);
  lines.push('', SECTION_END);
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------------
// The run

async function main() {
  log(`Targets: ${JSON.stringify(PORTFOLIO_TARGETS)}`);
  await measureBothStores({
    title: 'portfolio',
    slug: 'portfolio',
    adminUrl: PG_ADMIN_URL,
    measure: (label, target, env) => measureStore(label, target, env),
    render: renderSection,
    goals,
    docPath,
    sectionStart: SECTION_START,
    sectionEnd: SECTION_END,
    log,
  });
}

await runBenchmark(main, cleanUp);
