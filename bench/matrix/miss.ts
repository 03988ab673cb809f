/**
 * What one cache miss of the Matrix costs the server, beside what its SQL statements cost: the Matrix of
 * a 200-problem and of a 2,000-problem Mesa read in-process (`buildApp`, `app.inject`, the Matrix cache
 * off, so every request reads the database), on a scratch PostgreSQL database and on PGlite. Then a
 * `mesas serve` process with the cache off under 16 autocannon connections, as `npm run bench:matrix`
 * measures it, on the 200-problem Mesa.
 *
 *   npm run bench:matrix-miss
 *
 * Settings: BENCH_PG_URL (the administrative URL, as for `npm run bench:matrix`), BENCH_MISS_STORES
 * (`postgres,pglite` by default), BENCH_DURATION (seconds of the 16-connection run, default 10),
 * BENCH_NO_DOC=1 (print only), BENCH_CPU_PROFILE=<folder> (write a V8 CPU profile of the sequential
 * misses of each Mesa there). Rewrites the part of docs/BENCHMARKS.md between the `bench:matrix-miss`
 * markers.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { loadConfig } from '../../src/config/config';
import type { Database, DatabaseTarget } from '../../src/db/client';
import { DEMO_PASSWORD, seedDemo } from '../../src/demo/seed';
import { type App, buildApp } from '../../src/server/app';
import { describeMachine, type Machine, machineLines } from '../support/machine';
import { positive, publishSection, runBenchmark } from '../support/run';
import {
  check,
  cleanUp,
  close,
  connectAdmin,
  createScratchDatabase,
  driverOf,
  open,
  scratchDir,
  tapStatements,
} from '../support/scratch';
import { generateDataSet } from './generate';
import { createToken, root, SESSION_SECRET, startServer, stopServer } from './process';

const PG_ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const STORES = (process.env.BENCH_MISS_STORES ?? 'postgres,pglite').split(',').map((s) => s.trim());
const LOAD_SECONDS = positive(process.env.BENCH_DURATION, 10);
const WARMUP_SECONDS = 3;
const CONNECTIONS = 16;
const PROFILE_DIR = process.env.BENCH_CPU_PROFILE;
const SIZES = { small: 200, large: 2000 };
/** Sequential misses measured per Mesa, after as many unmeasured ones (warming the JIT and plans). */
const REQUESTS: Record<number, number> = { 200: 60, 2000: 12 };
const TIME_ZONE = 'America/Lima';
const docPath = path.join(root, 'docs', 'BENCHMARKS.md');
const START = '<!-- bench:matrix-miss:start -->';
const END = '<!-- bench:matrix-miss:end -->';

const log = (line: string) => process.stdout.write(`${line}\n`);

interface Miss {
  problems: number;
  bytes: number;
  statements: number;
  /** Median milliseconds of a whole request (in-process, no network). */
  requestMs: number;
  /** Median CPU milliseconds of this process per request (PGlite's work included, PostgreSQL's not). */
  cpuMs: number;
  /** Median milliseconds during which at least one of the request's statements was outstanding. */
  sqlMs: number;
}

interface Concurrent {
  problems: number;
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  max: number;
  non2xx: number;
}

interface StoreFigures {
  label: 'PostgreSQL' | 'PGlite';
  misses: Miss[];
  concurrent: Concurrent;
}

interface InProcess {
  label: StoreFigures['label'];
  misses: Miss[];
  /** The 200-problem Mesa, measured under load afterwards. */
  mesaId: string;
}

function quantile(values: number[], q: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}
const median = (values: number[]) => quantile(values, 0.5);

/**
 * Records, per request, the statements run and the time during which at least one of them was waiting
 * for its answer (statements run together, as the Matrix's are, count once).
 */
function statementClock(database: Database) {
  let outstanding = 0;
  let since = 0;
  let busy = 0;
  let count = 0;
  const untap = tapStatements(database, () => {
    count++;
    if (outstanding++ === 0) since = performance.now();
    return () => {
      if (--outstanding === 0) busy += performance.now() - since;
    };
  });
  return {
    reset() {
      busy = 0;
      count = 0;
    },
    read: () => ({ busy, count }),
    untap,
  };
}

async function signInAdmin(app: App): Promise<Record<string, string>> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email: 'admin@demo.mesas.local', password: DEMO_PASSWORD },
  });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'mesas_session');
  return { cookie: `mesas_session=${cookie?.value}` };
}

async function profiled<T>(name: string, run: () => Promise<T>): Promise<T> {
  if (!PROFILE_DIR) return run();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  try {
    return await run();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    mkdirSync(PROFILE_DIR, { recursive: true });
    writeFileSync(path.join(PROFILE_DIR, `${name}.cpuprofile`), JSON.stringify(profile));
    session.disconnect();
  }
}

async function measureStore(label: StoreFigures['label'], target: DatabaseTarget): Promise<InProcess> {
  log(`\n${label}: generating the data set`);
  const database = await open(target);
  await database.migrate();
  await seedDemo(database.db, { timeZone: TIME_ZONE });
  const exec = driverOf(database);
  const count = async (table: string) =>
    Number(Object.values((await exec.query(`select count(*) from ${table}`)).rows[0] as object)[0]);
  const existing = {
    mesas: await count('mesas'),
    problems: await count('problems'),
    versions: await count('solution_versions'),
    audit: await count('audit_events'),
  };
  const generated = SIZES.large + SIZES.small + 100;
  const data = await generateDataSet(
    exec,
    {
      mesas: existing.mesas + 3,
      problems: existing.problems + generated,
      largeMesa: SIZES.large,
      smallMesa: SIZES.small,
      solutionVersions: existing.versions + Math.round(generated * 3.5),
      auditEvents: existing.audit + 20_000,
    },
    () => undefined,
  );
  await exec.query('analyze');
  log(`  counts: ${JSON.stringify(data.counts)}`);

  // Not `test`: there every Matrix answer is also read as the rest of the API reads it, to check it.
  const config = loadConfig({
    NODE_ENV: 'development',
    SESSION_SECRET,
    LOG_LEVEL: 'silent',
    TIME_ZONE,
    MATRIX_CACHE_MB: '0',
  });
  const app = await buildApp({ config, database, sessionSecret: config.SESSION_SECRET! });
  const clock = statementClock(database);
  try {
    await app.ready();
    const headers = await signInAdmin(app);
    const url = (mesaId: string) => `/api/mesas/${mesaId}/matrix`;
    const get = async (mesaId: string) => {
      const res = await app.inject({ method: 'GET', url: url(mesaId), headers });
      if (res.statusCode !== 200) throw new Error(`the Matrix answered ${res.statusCode}: ${res.body}`);
      return res;
    };
    /**
     * A request whose answer is read as a stream, as a socket would take it, without gathering and
     * decoding it again (what `inject` otherwise does): the bytes it carried.
     */
    const fetchMatrix = async (mesaId: string) => {
      const res = await app.inject({ method: 'GET', url: url(mesaId), headers, payloadAsStream: true });
      let bytes = 0;
      for await (const chunk of res.stream()) bytes += (chunk as Buffer).length;
      if (res.statusCode !== 200) throw new Error(`the Matrix answered ${res.statusCode}`);
      return bytes;
    };
    const misses: Miss[] = [];
    for (const [mesaId, problems] of [
      [data.smallMesaId, SIZES.small],
      [data.largeMesaId, SIZES.large],
    ] as const) {
      const n = REQUESTS[problems]!;
      const probe = await get(mesaId);
      const shown = (JSON.parse(probe.body) as { problems: unknown[] }).problems.length;
      if (shown !== problems) throw new Error(`expected ${problems} problems, got ${shown}`);
      for (let i = 0; i < n; i++) await fetchMatrix(mesaId);
      const request: number[] = [];
      const cpu: number[] = [];
      const sql: number[] = [];
      let statements = 0;
      await profiled(`${label.toLowerCase()}-${problems}`, async () => {
        for (let i = 0; i < n; i++) {
          clock.reset();
          const started = performance.now();
          const usage = process.cpuUsage();
          await fetchMatrix(mesaId);
          const used = process.cpuUsage(usage);
          request.push(performance.now() - started);
          cpu.push((used.user + used.system) / 1000);
          const { busy, count } = clock.read();
          sql.push(busy);
          statements = count;
        }
      });
      const miss: Miss = {
        problems,
        bytes: Buffer.byteLength(probe.body),
        statements,
        requestMs: median(request),
        cpuMs: median(cpu),
        sqlMs: median(sql),
      };
      misses.push(miss);
      log(
        `  ${problems} problems (${(miss.bytes / 1024).toFixed(0)} KiB): a miss ${miss.requestMs.toFixed(1)} ms, ` +
          `its ${statements} statements ${miss.sqlMs.toFixed(1)} ms (${(miss.requestMs / miss.sqlMs).toFixed(2)}×), ` +
          `CPU ${miss.cpuMs.toFixed(1)} ms`,
      );
    }

    return { label, misses, mesaId: data.smallMesaId };
  } finally {
    clock.untap();
    await app.close();
    await close(database);
  }
}

/**
 * A `mesas serve` process with the cache off, on the same data, under 16 autocannon connections with an
 * API token of the administrator (as `npm run bench:matrix` measures its cache-off row).
 */
async function measureUnderLoad(mesaId: string, serveEnv: Record<string, string>): Promise<Concurrent> {
  const token = await createToken('admin@demo.mesas.local', serveEnv);
  const server = await startServer({ ...serveEnv, MATRIX_CACHE_MB: '0' });
  try {
    const cannon = {
      url: `${server.url}/api/mesas/${mesaId}/matrix`,
      connections: CONNECTIONS,
      headers: { authorization: `Bearer ${token}`, 'accept-encoding': 'gzip, deflate, br' },
      timeout: 60,
    };
    check(await autocannon({ ...cannon, duration: WARMUP_SECONDS }), 'warm-up');
    const result = await autocannon({ ...cannon, duration: LOAD_SECONDS });
    check(result, 'GET /api/mesas/:id/matrix');
    return {
      problems: SIZES.small,
      requests: result.requests.total,
      perSecond: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      max: result.latency.max,
      non2xx: result.non2xx,
    };
  } finally {
    await stopServer(server);
  }
}

const ms = (n: number) => n.toFixed(1);

function render(machine: Machine, results: StoreFigures[]): string {
  const lines: string[] = [START, '### The cost of a cache miss, in-process', ''];
  lines.push(
    'Run with `npm run bench:matrix-miss` (`bench/matrix/miss.ts`; about three minutes); it needs the same PostgreSQL server as `npm run bench:matrix` and rewrites only this part.',
    '',
    `Run on ${machine.date} UTC at commit ${machine.commit}.`,
    '',
    ...machineLines(machine),
    "Each store is migrated and loaded with the demo data, then `bench/matrix/generate.ts` adds a 200-problem and a 2,000-problem Mesa (and one more of 100). The app is built in-process with `buildApp` and `MATRIX_CACHE_MB=0`, so every request is a miss: it reads the Matrix from the database, builds the answer and serializes it. Requests are made with `app.inject` as the demo administrator (session cookie), one after the other, after as many unmeasured ones: the request time is the median of 60 requests (200 problems) or 12 (2,000). \"Statements\" is the median time during which at least one of the request's SQL statements waited for its answer (the driver's `query` until its result is parsed; statements sent together count once): the database's share of the miss, network round trips included. The rest is the server's own work: authentication, building the rows, filter suggestions, serializing.",
    '',
    '| Database | Problems | Response | Statements | Statements: ms | Miss: ms | Per problem: ms | Miss ÷ statements | CPU per miss: ms |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const r of results) {
    for (const m of r.misses) {
      lines.push(
        `| ${r.label} | ${m.problems.toLocaleString('en-US')} | ${(m.bytes / 1024).toFixed(0)} KiB | ${m.statements} | ${ms(m.sqlMs)} | ${ms(m.requestMs)} | ${(m.requestMs / m.problems).toFixed(3)} | ${(m.requestMs / m.sqlMs).toFixed(2)} | ${ms(m.cpuMs)} |`,
      );
    }
  }
  lines.push(
    '',
    `Then \`mesas serve\` with \`MATRIX_CACHE_MB=0\`, on the same data, under ${CONNECTIONS} autocannon connections for ${LOAD_SECONDS} s after a ${WARMUP_SECONDS} s warm-up, each with the administrator's API token and \`Accept-Encoding: gzip, deflate, br\`, all asking for the 200-problem Matrix: every request reads the database, as in the cache-off rows of \`npm run bench:matrix\` above. Latencies in milliseconds.`,
    '',
    '| Database | Requests/s | p50 | p99 | Max | Requests | Non-2xx |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const r of results) {
    const c = r.concurrent;
    lines.push(
      `| ${r.label} | ${c.perSecond.toFixed(0)} | ${c.p50} | ${c.p99} | ${c.max} | ${c.requests.toLocaleString('en-US')} | ${c.non2xx} |`,
    );
  }
  lines.push('', END);
  return lines.join('\n');
}

async function main() {
  const machine = await describeMachine(await connectAdmin(PG_ADMIN_URL));
  log(`Matrix miss benchmark — ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}`);
  const results: StoreFigures[] = [];
  const measure = async (
    label: StoreFigures['label'],
    target: DatabaseTarget,
    env: Record<string, string>,
  ) => {
    const { misses, mesaId } = await measureStore(label, target);
    const concurrent = await measureUnderLoad(mesaId, env);
    log(
      `  ${CONNECTIONS} connections, ${SIZES.small} problems, cache off: ${concurrent.perSecond.toFixed(0)} req/s, ` +
        `p50 ${concurrent.p50} ms, p99 ${concurrent.p99} ms, max ${concurrent.max} ms`,
    );
    results.push({ label, misses, concurrent });
  };
  if (STORES.includes('postgres')) {
    const url = await createScratchDatabase(`mesas_bench_miss_${process.pid}`);
    const dir = scratchDir('mesas-bench-miss-pg-');
    await measure('PostgreSQL', { kind: 'postgres', url }, { DATABASE_URL: url, DATA_DIR: dir });
  }
  if (STORES.includes('pglite')) {
    const dir = scratchDir('mesas-bench-miss-');
    await measure(
      'PGlite',
      { kind: 'pglite', dir: path.join(dir, 'pglite') },
      { DATA_DIR: dir, DEMO_DATA: 'never' },
    );
  }
  machine.loadAfter = os.loadavg();
  const section = render(machine, results);
  publishSection(docPath, START, END, section);
}

await runBenchmark(main, cleanUp);
