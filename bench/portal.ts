/**
 * Portal benchmark, on PostgreSQL: a published Mesa's portal page (`GET /portal/mesas/:slug`, no
 * sign-in) under autocannon with 1 connection and with 32, as a press day would load it; and the
 * team's Matrix (`GET /api/mesas/:id/matrix`, a team member's bearer token) alone, then while the
 * portal takes the 32 connections — to see what a portal burst costs the people at work.
 *
 * Prints the figures and rewrites the "Portal" section of docs/BENCHMARKS.md.
 *
 *   npm run bench:portal
 *
 * Environment (all optional):
 *   BENCH_PG_URL     an administrative PostgreSQL URL used to create and drop the scratch database
 *                    (default postgres://postgres@127.0.0.1:5432/test)
 *   BENCH_DURATION   seconds of measured load for each run (default 10)
 *   BENCH_NO_DOC=1   print only; leave docs/BENCHMARKS.md alone
 */
import os from 'node:os';
import path from 'node:path';
import autocannon, { type Result } from 'autocannon';
import { seedDemo } from '../src/demo/seed';
import { createToken, root, sleep, startServer, stopServer } from './matrix/process';
import { describeMachine, type Machine, machineLines } from './support/machine';
import { positive, publishSection, runBenchmark } from './support/run';
import { check, cleanUp, close, connectAdmin, createScratchDatabase, open } from './support/scratch';

const docPath = path.join(root, 'docs', 'BENCHMARKS.md');
const LOAD_SECONDS = positive(process.env.BENCH_DURATION, 10);
const WARMUP_SECONDS = Math.min(3, LOAD_SECONDS);
const PG_ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const TEAM_EMAIL = 'team@demo.mesas.local';
const TIME_ZONE = 'America/Lima';
const SLUG = 'forestal';
const BURST_CONNECTIONS = 32;
const GOALS = { p50: 10, requestsPerSecond: 1_500 };
const SECTION_START = '<!-- bench:portal:start -->';
const SECTION_END = '<!-- bench:portal:end -->';

const log = (line: string) => process.stdout.write(`${line}\n`);

interface Run {
  label: string;
  connections: number;
  result: Result;
}

const line = (r: Run) =>
  `${r.label}, ${r.connections} connection${r.connections > 1 ? 's' : ''}: ` +
  `${r.result.requests.average.toFixed(0)} req/s, p50 ${r.result.latency.p50} ms, ` +
  `p97.5 ${r.result.latency.p97_5} ms, p99 ${r.result.latency.p99} ms`;

/** One autocannon run after a warm-up of the same shape. */
async function load(label: string, url: string, connections: number, headers: Record<string, string> = {}) {
  const cannon = { url, connections, headers, timeout: 60 };
  check(await autocannon({ ...cannon, duration: WARMUP_SECONDS }), `${label} warm-up`);
  await sleep(300);
  const result = await autocannon({ ...cannon, duration: LOAD_SECONDS });
  check(result, label);
  const run = { label, connections, result };
  log(`  ${line(run)}`);
  return run;
}

/** The Matrix with one connection while the portal takes the burst, both measured over the same seconds. */
async function together(portalUrl: string, matrixUrl: string, token: string) {
  const portal = { url: portalUrl, connections: BURST_CONNECTIONS, timeout: 60 };
  const matrix = {
    url: matrixUrl,
    connections: 1,
    headers: { authorization: `Bearer ${token}` },
    timeout: 60,
  };
  await Promise.all([
    autocannon({ ...portal, duration: WARMUP_SECONDS }),
    autocannon({ ...matrix, duration: WARMUP_SECONDS }),
  ]);
  await sleep(300);
  const [p, m] = await Promise.all([
    autocannon({ ...portal, duration: LOAD_SECONDS }),
    autocannon({ ...matrix, duration: LOAD_SECONDS }),
  ]);
  check(p, 'portal under the burst');
  check(m, 'Matrix during the burst');
  const runs = {
    portal: { label: 'Portal page (with the Matrix)', connections: BURST_CONNECTIONS, result: p },
    matrix: { label: 'Team Matrix during the burst', connections: 1, result: m },
  };
  log(`  ${line(runs.portal)}`);
  log(`  ${line(runs.matrix)}`);
  return runs;
}

interface Measured {
  pageBytes: number;
  problems: number;
  portal: Run[];
  matrixAlone: Run;
  burst: { portal: Run; matrix: Run };
}

function renderSection(machine: Machine, m: Measured): string {
  const one = m.portal.find((r) => r.connections === 1)!.result;
  const burst = m.portal.find((r) => r.connections === BURST_CONNECTIONS)!.result;
  const row = (r: Run) => {
    const lat = r.result.latency;
    return `| ${r.label} | ${r.connections} | ${lat.p50} ms | ${lat.p97_5} ms | ${lat.p99} ms | ${r.result.requests.average.toFixed(0)} | ${r.result.non2xx} |`;
  };
  const matrixCost = m.burst.matrix.result.latency.p99 - m.matrixAlone.result.latency.p99;
  return [
    SECTION_START,
    '## Portal',
    '',
    `Run on ${machine.date} UTC at commit ${machine.commit} with \`npm run bench:portal\` (\`bench/portal.ts\`).`,
    '',
    ...machineLines(machine, 'the load generator (both autocannon instances)'),
    '### Data and requests',
    '',
    `The demo data on PostgreSQL (three published Mesas). The page is \`GET /portal/mesas/${SLUG}?lang=es\`, ` +
      `no sign-in (${(m.pageBytes / 1024).toFixed(1)} KiB of HTML); the Matrix is \`GET /api/mesas/:id/matrix\` ` +
      `of the same Mesa (${m.problems} problems) as a member of its dedicated team with a bearer token. ` +
      `autocannon against one \`mesas serve\` process, ${WARMUP_SECONDS} s of warm-up then ${LOAD_SECONDS} s ` +
      `measured. Last, the portal with ${BURST_CONNECTIONS} connections and the Matrix with 1, over the same seconds.`,
    '',
    '| Request | Connections | p50 | p97.5 | p99 | Requests/s | Non-2xx |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...m.portal.map(row),
    row(m.matrixAlone),
    row(m.burst.portal),
    row(m.burst.matrix),
    '',
    "Each request of the page reads the Mesa's revision (one indexed statement); the page itself is rendered " +
      'once per revision, day and language and then served from memory, and a proxy holding it gets a 304.',
    '',
    `The team's Matrix: p99 ${m.matrixAlone.result.latency.p99} ms alone, ` +
      `${m.burst.matrix.result.latency.p99} ms while the portal took ${m.burst.portal.result.requests.average.toFixed(0)} ` +
      `req/s (${matrixCost >= 0 ? '+' : ''}${matrixCost} ms).`,
    '',
    '### Goals',
    '',
    `- ${one.latency.p50 <= GOALS.p50 ? 'Met' : 'Not met'}: a Mesa's portal page p50 ≤ ${GOALS.p50} ms on ` +
      `PostgreSQL (${one.latency.p50} ms with 1 connection; ${burst.latency.p50} ms with ${BURST_CONNECTIONS}).`,
    `- ${burst.requests.average >= GOALS.requestsPerSecond ? 'Met' : 'Not met'}: ≥ ` +
      `${GOALS.requestsPerSecond.toLocaleString('en')} req/s at ${BURST_CONNECTIONS} connections ` +
      `(${burst.requests.average.toFixed(0)}).`,
    '',
    SECTION_END,
  ].join('\n');
}

async function main() {
  const machine = await describeMachine(await connectAdmin(PG_ADMIN_URL));
  log(`Mesas portal benchmark — ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}`);
  const url = await createScratchDatabase(`mesas_bench_portal_${process.pid}`);
  const database = await open({ kind: 'postgres', url });
  await database.migrate();
  await seedDemo(database.db, { timeZone: TIME_ZONE });
  await close(database);
  const env = { DATABASE_URL: url, TIME_ZONE };
  const token = await createToken(TEAM_EMAIL, env);
  const server = await startServer(env);
  try {
    const auth = { authorization: `Bearer ${token}` };
    const list = (await (await fetch(`${server.url}/api/mesas`, { headers: auth })).json()) as {
      mesas: { id: string; slug: string }[];
    };
    const mesa = list.mesas.find((m) => m.slug === SLUG);
    if (!mesa) throw new Error(`the team member sees no Mesa ${SLUG}`);
    const pageUrl = `${server.url}/portal/mesas/${SLUG}?lang=es`;
    const matrixUrl = `${server.url}/api/mesas/${mesa.id}/matrix`;
    const page = await fetch(pageUrl);
    const html = await page.text();
    if (page.status !== 200 || !html.includes('<html'))
      throw new Error(`the portal page answered ${page.status}`);
    const matrix = await fetch(matrixUrl, { headers: auth });
    if (matrix.status !== 200) throw new Error(`the Matrix answered ${matrix.status}`);
    const { problems } = (await matrix.json()) as { problems: unknown[] };
    const portal = [
      await load('Portal page', pageUrl, 1),
      await load('Portal page', pageUrl, BURST_CONNECTIONS),
    ];
    const matrixAlone = await load('Team Matrix alone', matrixUrl, 1, auth);
    const burst = await together(pageUrl, matrixUrl, token);
    machine.loadAfter = os.loadavg();
    const section = renderSection(machine, {
      pageBytes: Buffer.byteLength(html),
      problems: problems.length,
      portal,
      matrixAlone,
      burst,
    });
    publishSection(docPath, SECTION_START, SECTION_END, section);
  } finally {
    await stopServer(server);
  }
}

await runBenchmark(main, cleanUp);
