/**
 * Sessions benchmark, on PostgreSQL and on PGlite:
 *
 * 1. Agenda generation: `GET /api/meetings/:id/agenda` of a session whose agenda is not saved yet, so
 *    that every request generates the draft from the Matrix of a Mesa with 200 problems and 1,000
 *    commitments (plus closed sessions with agendas, for circling and "since the last session", and
 *    field feedback), under autocannon with 1 and with 16 connections; and the SQL statements per request.
 * 2. Live-session fan-out: 200 clients on `GET /api/meetings/:id/events` (server-sent events) of a
 *    meeting in progress; a decision is recorded through the API, one at a time, and the time from
 *    just before the write is sent until the last of the 200 clients has received its notice is measured.
 *
 * Prints the figures and rewrites the "Sessions" section of docs/BENCHMARKS.md.
 *
 *   npm run bench:sessions
 *
 * Environment (all optional):
 *   BENCH_PG_URL     an administrative PostgreSQL URL used to create and drop the scratch database
 *                    (default postgres://postgres@127.0.0.1:5432/test)
 *   BENCH_DURATION   seconds of measured load for each agenda run (default 10)
 *   BENCH_WRITES     decisions written during the fan-out measurement (default 30)
 *   BENCH_CLIENTS    event-stream clients during the fan-out measurement (default 200)
 *   BENCH_NO_DOC=1   print only; leave docs/BENCHMARKS.md alone
 */
import http from 'node:http';
import path from 'node:path';
import autocannon, { type Result } from 'autocannon';
import { loadConfig } from '../src/config/config';
import type { Database, openDatabase } from '../src/db/client';
import { seedDemo } from '../src/demo/seed';
import { buildApp } from '../src/server/app';
import {
  createToken,
  root,
  SESSION_SECRET,
  type Server,
  sleep,
  startServer,
  stopServer,
} from './matrix/process';
import { ADMIN_EMAIL, generateSessionData, TIME_ZONE } from './sessions/generate';
import { type Machine, machineLines } from './support/machine';
import { positive, runBenchmark } from './support/run';
import {
  check,
  cleanUp,
  close,
  driverOf,
  measureBothStores,
  onCleanUp,
  open,
  summarize,
  tapStatements,
} from './support/scratch';

const docPath = path.join(root, 'docs', 'BENCHMARKS.md');

const LOAD_SECONDS = positive(process.env.BENCH_DURATION, 10);
const WARMUP_SECONDS = Math.min(3, LOAD_SECONDS);
const CONNECTIONS = [1, 16];
const REQUEST_TIMEOUT_SECONDS = 60;
const CLIENTS = Math.round(positive(process.env.BENCH_CLIENTS, 200));
const WRITES = Math.round(positive(process.env.BENCH_WRITES, 30));
/** Streams opened at a time while connecting the clients. */
const OPEN_CONCURRENCY = 20;
/** Pause between two measured writes, once every client has the previous notice. */
const WRITE_PAUSE_MS = 200;
const DELIVERY_TIMEOUT_MS = 30_000;
const PG_ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const GOALS = { agendaP50: 25, fanoutP99: 250 };
const SECTION_START = '<!-- bench:sessions:start -->';
const SECTION_END = '<!-- bench:sessions:end -->';

const log = (line: string) => process.stdout.write(`${line}\n`);
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

// ---------------------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------------------
/** The event-stream requests still open, closed at clean-up. */
const sockets = new Set<http.ClientRequest>();
onCleanUp(() => {
  for (const req of sockets) req.destroy();
  sockets.clear();
});

// ---------------------------------------------------------------------------------------------------
// Agenda generation

interface AgendaLoad {
  connections: number;
  result: Result;
}

interface AgendaResult {
  bytes: number;
  items: number;
  generated: boolean;
  statements: number;
  summary: string[];
  loads: AgendaLoad[];
}

/**
 * SQL statements of one agenda request, counted in-process where every query passes (as
 * bench/matrix.ts counts them): the node-postgres client's `query`, or the PGlite instance's. The
 * request is authenticated with the bearer token, so the count includes finding the token and its
 * user. A first, uncounted request warms what a running server has warm.
 */
async function countStatements(database: Database, token: string, url: string) {
  let texts: string[] = [];
  const untap = tapStatements(database, (text) => {
    texts.push(text);
    return undefined;
  });
  const config = loadConfig({ NODE_ENV: 'test', SESSION_SECRET, LOG_LEVEL: 'silent', TIME_ZONE });
  const app = await buildApp({ config, database, sessionSecret: config.SESSION_SECRET! });
  try {
    await app.ready();
    const request = async () => {
      const res = await app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
      if (res.statusCode !== 200)
        throw new Error(`in-process agenda answered ${res.statusCode}: ${res.body}`);
      return res.body;
    };
    await request();
    texts = [];
    await request();
    return { statements: texts.length, summary: texts.map(summarize) };
  } finally {
    untap();
    await app.close();
  }
}

async function measureAgenda(server: Server, token: string, route: string) {
  const url = `${server.url}${route}`;
  const headers = { authorization: `Bearer ${token}` };
  const probe = await fetch(url, { headers });
  const body = await probe.text();
  if (probe.status !== 200) throw new Error(`GET ${route} answered ${probe.status}: ${body.slice(0, 300)}`);
  const agenda = JSON.parse(body) as { generated?: boolean; items: { kind: string }[] };
  const loads: AgendaLoad[] = [];
  for (const connections of CONNECTIONS) {
    const cannon = { url, connections, headers, timeout: REQUEST_TIMEOUT_SECONDS };
    check(await autocannon({ ...cannon, duration: WARMUP_SECONDS }), `${route} warm-up`);
    await sleep(500);
    const result = await autocannon({ ...cannon, duration: LOAD_SECONDS });
    check(result, `GET ${route}`);
    if (result.requests.total === 0) {
      log(`  warning: no request completed within ${LOAD_SECONDS} s with ${connections} connections`);
    }
    loads.push({ connections, result });
    log(
      `  agenda, ${connections} connection${connections > 1 ? 's' : ''}: ${result.requests.average.toFixed(0)} req/s, ` +
        `p50 ${result.latency.p50} ms, p97.5 ${result.latency.p97_5} ms, p99 ${result.latency.p99} ms`,
    );
    await sleep(500);
  }
  const kinds = new Map<string, number>();
  for (const item of agenda.items) kinds.set(item.kind, (kinds.get(item.kind) ?? 0) + 1);
  log(
    `  agenda: ${agenda.items.length} items (${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')}), ` +
      `${(Buffer.byteLength(body) / 1024).toFixed(1)} KiB`,
  );
  return { bytes: Buffer.byteLength(body), items: agenda.items.length, generated: agenda.generated, loads };
}

// ---------------------------------------------------------------------------------------------------
// Live-session fan-out

interface FanoutResult {
  clients: number;
  writes: number;
  /** Milliseconds from just before each write was sent until the last client had its notice. */
  delivery: number[];
  /** Milliseconds of each write request itself (until its response was read). */
  write: number[];
  /** Milliseconds to open all the streams. */
  connectMs: number;
}

/** One event-stream client: counts `decision.created` notices and when each arrived. */
interface StreamClient {
  req: http.ClientRequest;
  arrivals: number[];
  decisionIds: string[];
}

const DECISION_EVENT = 'event: decision.created\n';
const DECISION_ID = '"decisionId":"';

function openStream(server: Server, token: string, meetingId: string): Promise<StreamClient> {
  return new Promise((resolve, reject) => {
    const url = new URL(`/api/meetings/${meetingId}/events`, server.url);
    const client: StreamClient = {
      req: null as unknown as http.ClientRequest,
      arrivals: [],
      decisionIds: [],
    };
    let buffer = '';
    let ready = false;
    const req = http.get(
      url,
      { headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' }, agent: false },
      (res) => {
        if (res.statusCode !== 200) {
          res.resume();
          reject(new Error(`GET ${url.pathname} answered ${res.statusCode}`));
          return;
        }
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          const at = performance.now();
          buffer += chunk;
          let end = buffer.indexOf('\n\n');
          while (end >= 0) {
            const frame = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            if (frame.startsWith(DECISION_EVENT)) {
              const from = frame.indexOf(DECISION_ID);
              client.arrivals.push(at);
              client.decisionIds.push(from >= 0 ? frame.slice(from + DECISION_ID.length, from + 50) : '');
            } else if (!ready && frame.startsWith('event: ready')) {
              ready = true;
              resolve(client);
            }
            end = buffer.indexOf('\n\n');
          }
        });
        res.on('error', () => undefined);
      },
    );
    client.req = req;
    sockets.add(req);
    req.on('error', (error) => {
      if (!ready) reject(error);
    });
    req.on('close', () => sockets.delete(req));
  });
}

function percentile(values: number[], p: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function measureFanout(server: Server, token: string, meetingId: string): Promise<FanoutResult> {
  const connectStarted = performance.now();
  const clients: StreamClient[] = [];
  while (clients.length < CLIENTS) {
    const batch = Math.min(OPEN_CONCURRENCY, CLIENTS - clients.length);
    clients.push(
      ...(await Promise.all(Array.from({ length: batch }, () => openStream(server, token, meetingId)))),
    );
  }
  const connectMs = performance.now() - connectStarted;
  log(`  fan-out: ${clients.length} streams open in ${secs(connectMs)}`);
  const url = `${server.url}/api/meetings/${meetingId}/decisions`;
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const delivery: number[] = [];
  const write: number[] = [];
  // One write first, unmeasured, so that the first measured one finds everything warm.
  for (let k = -1; k < WRITES; k++) {
    const index = k + 1;
    const started = performance.now();
    const res = await fetch(url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ text: `Decisión de prueba ${index + 1}: se acuerda revisar el avance.` }),
    });
    const body = await res.text();
    const wrote = performance.now();
    if (res.status !== 201) throw new Error(`POST decisions answered ${res.status}: ${body.slice(0, 300)}`);
    const decisionId = (JSON.parse(body) as { id: string }).id;
    const until = performance.now() + DELIVERY_TIMEOUT_MS;
    while (clients.some((c) => c.arrivals.length <= index)) {
      if (performance.now() > until) {
        const missing = clients.filter((c) => c.arrivals.length <= index).length;
        throw new Error(`${missing} of ${clients.length} clients did not receive decision ${index + 1}`);
      }
      await sleep(1);
    }
    const wrong = clients.filter((c) => c.decisionIds[index] !== decisionId).length;
    if (wrong) throw new Error(`${wrong} clients received another decision than ${decisionId}`);
    if (k >= 0) {
      delivery.push(Math.max(...clients.map((c) => c.arrivals[index]!)) - started);
      write.push(wrote - started);
    }
    await sleep(WRITE_PAUSE_MS);
  }
  for (const client of clients) client.req.destroy();
  const stats = (v: number[]) =>
    `p50 ${percentile(v, 50).toFixed(1)} ms, p99 ${percentile(v, 99).toFixed(1)} ms, max ${Math.max(...v).toFixed(1)} ms`;
  log(`  fan-out, write to last of ${clients.length} clients: ${stats(delivery)}`);
  log(`  fan-out, the write request itself: ${stats(write)}`);
  return { clients: clients.length, writes: delivery.length, delivery, write, connectMs };
}

// ---------------------------------------------------------------------------------------------------
// One store

interface StoreResult {
  label: 'PostgreSQL' | 'PGlite';
  counts: Record<string, number>;
  setupMs: number;
  agenda: AgendaResult;
  fanout: FanoutResult;
}

async function measureStore(
  label: StoreResult['label'],
  target: Parameters<typeof openDatabase>[0],
  serveEnv: Record<string, string>,
): Promise<StoreResult> {
  log(`\n${label}: generating the data`);
  const setupStarted = performance.now();
  let database = await open(target);
  await database.migrate();
  await seedDemo(database.db, { timeZone: TIME_ZONE });
  const data = await generateSessionData(driverOf(database));
  const setupMs = performance.now() - setupStarted;
  log(`  migrations, demo data and the Mesa: ${secs(setupMs)}; ${JSON.stringify(data.counts)}`);
  await close(database);

  const token = await createToken(ADMIN_EMAIL, serveEnv);
  const route = `/api/meetings/${data.agendaMeetingId}/agenda`;
  database = await open(target);
  const counted = await countStatements(database, token, route);
  await close(database);
  log(`  SQL statements per agenda request: ${counted.statements} (${counted.summary.join(', ')})`);

  const server = await startServer({ ...serveEnv, TIME_ZONE });
  try {
    const agenda = await measureAgenda(server, token, route);
    if (agenda.generated === false) throw new Error('the agenda is saved: it would not be generated');
    await sleep(1000);
    const fanout = await measureFanout(server, token, data.liveMeetingId);
    return {
      label,
      counts: data.counts,
      setupMs,
      agenda: { ...agenda, generated: true, ...counted },
      fanout,
    };
  } finally {
    await stopServer(server);
  }
}

// ---------------------------------------------------------------------------------------------------
// The report

const ms = (n: number) => `${n.toFixed(1)} ms`;

function renderSection(machine: Machine, results: StoreResult[]): string {
  const lines: string[] = [
    SECTION_START,
    '## Sessions: agenda generation and live-session fan-out',
    '',
    `Run on ${machine.date} UTC at commit ${machine.commit} with \`npm run bench:sessions\` (\`bench/sessions.ts\`).`,
    '',
    ...machineLines(machine, 'the load generator and the 200 stream clients'),
  ];
  const first = results[0]!;
  lines.push(
    '### Data',
    '',
    `Migrations and the demo data, then one generated Mesa: ${first.counts.problems} problems (varied statuses, ` +
      `${first.counts.inFocus} in focus, 1–2 responsible entities each), ${first.counts.commitments} commitments on them ` +
      `(${first.counts.open} open, of which ${first.counts.overdue} overdue, ${first.counts.done} done, ` +
      `${first.counts.cancelled} cancelled; due dates from 60 days ago to 60 days ahead), ` +
      `${first.counts.closedSessions} closed sessions two weeks apart with ${first.counts.closedAgendaItems} agenda items ` +
      '(20 problems on every one of them without progress since, so that they are circling), ' +
      `${first.counts.feedback} field-feedback records over the last 90 days, a session in progress and the next ` +
      'session, two weeks ahead, with no saved agenda. The rows are inserted directly with multi-row inserts, ' +
      'without an audit event per row (the audit log plays no part in what is measured here).',
    '',
    '### Agenda generation',
    '',
    `\`GET /api/meetings/:id/agenda\` of the next session, as the demo administrator with a bearer token. No agenda is ` +
      'saved for it, so every request reads the Matrix and the closed sessions and generates the draft in the domain ' +
      `core. autocannon, ${WARMUP_SECONDS} s of warm-up then ${LOAD_SECONDS} s measured, with 1 connection (the ` +
      'latency of a request alone) and with 16. The SQL statements are those of one request, counted in-process, ' +
      'including authenticating the token.',
    '',
    '| Store | Connections | p50 | p97.5 | p99 | Requests/s | Response | Items | SQL statements |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const r of results) {
    for (const load of r.agenda.loads) {
      const l = load.result.latency;
      lines.push(
        `| ${r.label} | ${load.connections} | ${l.p50} ms | ${l.p97_5} ms | ${l.p99} ms | ` +
          `${load.result.requests.average.toFixed(0)} | ${(r.agenda.bytes / 1024).toFixed(1)} KiB | ` +
          `${r.agenda.items} | ${r.agenda.statements} |`,
      );
    }
  }
  lines.push(
    '',
    ...results.map((r) => `- ${r.label}, the statements of one request: ${r.agenda.summary.join(', ')}.`),
    '',
    '### Live-session fan-out',
    '',
    `${first.fanout.clients} clients hold \`GET /api/meetings/:id/events\` (server-sent events) of the session in ` +
      'progress open on one server (`NODE_ENV=production`), each its own HTTP connection authenticated with the ' +
      `bearer token. Then, ${first.fanout.writes} times, one after the other, a decision is recorded with ` +
      '`POST /api/meetings/:id/decisions`; the delivery time runs from just before the write is sent until the last ' +
      'of the clients has received its `decision.created` notice (every client is checked to have the decision ' +
      'the write created). The notice goes out on commit through NOTIFY: on PostgreSQL to the server’s LISTEN ' +
      'connection, on PGlite within the process. The clients run in the benchmark process on the same machine.',
    '',
    '| Store | Clients | Writes | Delivery p50 | Delivery p99 | Delivery max | Write p50 | Write p99 | Write max |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const r of results) {
    const f = r.fanout;
    lines.push(
      `| ${r.label} | ${f.clients} | ${f.writes} | ${ms(percentile(f.delivery, 50))} | ${ms(percentile(f.delivery, 99))} | ` +
        `${ms(Math.max(...f.delivery))} | ${ms(percentile(f.write, 50))} | ${ms(percentile(f.write, 99))} | ` +
        `${ms(Math.max(...f.write))} |`,
    );
  }
  lines.push('', '### Goals', '');
  for (const g of goals(results)) lines.push(`- ${g.met ? 'Met' : 'Not met'}: ${g.text}.`);
  lines.push('', SECTION_END);
  return lines.join('\n');
}

function goals(results: StoreResult[]) {
  const out: { text: string; met: boolean }[] = [];
  const postgres = results.find((r) => r.label === 'PostgreSQL');
  const single = postgres?.agenda.loads.find((l) => l.connections === 1);
  if (single) {
    out.push({
      text: `agenda generation p50 ≤ ${GOALS.agendaP50} ms on PostgreSQL (${single.result.latency.p50} ms with 1 connection)`,
      met: single.result.latency.p50 <= GOALS.agendaP50,
    });
  }
  for (const r of results) {
    const p99 = percentile(r.fanout.delivery, 99);
    out.push({
      text: `fan-out to ${r.fanout.clients} clients p99 ≤ ${GOALS.fanoutP99} ms on ${r.label} (${ms(p99)})`,
      met: p99 <= GOALS.fanoutP99,
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// The run

async function main() {
  await measureBothStores({
    title: 'sessions',
    slug: 'sessions',
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
