/**
 * Web app load benchmark: how the built web app loads in headless Chromium, on a fast link and on a
 * slow one.
 *
 * A whole server (`mesas serve` on the embedded database with the demo data, the built web app) and
 * headless Chromium. Two pages: the sign-in page (`/login`, anonymous) and the Matrix of the demo Forestry
 * Mesa (`/mesas/:id/matrix`, as the team account, signed in beforehand). Each load is a fresh navigation
 * in a new browser context (so an empty HTTP cache; the cache is also cleared through the DevTools
 * protocol), unthrottled and throttled with `Network.emulateNetworkConditions` (1.6 Mbps down, 750 kbps
 * up, 150 ms latency). For each load: the JavaScript and CSS as sent (encoded body bytes) and
 * uncompressed, the number of JavaScript files, the time to `load`, the time until the page is readable
 * (login: the e-mail field visible; Matrix: the first problem row visible), and the long tasks. Each
 * figure is the median of the runs (3 unless BENCH_REPEATS says otherwise), after one unmeasured load of
 * each page.
 *
 * Prints the figures and rewrites the "Web app load" section of docs/BENCHMARKS.md.
 *
 *   npm run bench:web
 *
 * Environment (all optional):
 *   BENCH_PG_URL     an administrative PostgreSQL URL, only to describe the PostgreSQL server in the
 *                    machine table (default postgres://postgres@127.0.0.1:5432/test)
 *   BENCH_REPEATS    loads measured per page and condition (default 3)
 *   BENCH_NO_DOC=1   print only; leave docs/BENCHMARKS.md alone
 *   BENCH_VERBOSE=1  also print every request of every load as a waterfall, with its sizes
 */
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { buildWebIfNeeded } from '../src/cli/build-web';
import { launchChromium, signIn } from '../test/support/chromium';
import { root, type Server, sleep, startServer, stopServer } from './matrix/process';
import {
  answerOf,
  MATRIX_ROWS,
  median,
  mesaIdOf,
  probeReadings,
  readinessProbe,
  untilAppShown,
  untilReadable,
} from './support/browser';
import { describeMachine, type Machine, machineLines } from './support/machine';
import { positive, publishSection, runBenchmark } from './support/run';
import { cleanUp, connectAdmin, scratchDir } from './support/scratch';

const docPath = path.join(root, 'docs', 'BENCHMARKS.md');
const REPEATS = Math.round(positive(process.env.BENCH_REPEATS, 3));
const PG_ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const TEAM_EMAIL = 'team@demo.mesas.local';
const SLUG = 'forestal';
const SECTION_START = '<!-- bench:web:start -->';
const SECTION_END = '<!-- bench:web:end -->';
/** 1 kB = 1,000 bytes, as Vite reports sizes. */
const KB = 1000;
const GOALS = { loginJsKb: 150, matrixJsKb: 250, matrixReadableThrottledMs: 2500 };
/** A load ends once no request has been in flight for this long (after `load` and the page being readable). */
const QUIET_MS = 500;
const LOAD_TIMEOUT_MS = 120_000;
const VIEWPORT = { width: 1280, height: 900 };
const log = (line: string) => process.stdout.write(`${line}\n`);

interface Condition {
  label: string;
  /** Network.emulateNetworkConditions parameters; none for the unthrottled link. */
  throttle: { downloadThroughput: number; uploadThroughput: number; latency: number } | null;
}

const CONDITIONS: Condition[] = [
  { label: 'Unthrottled', throttle: null },
  {
    label: 'Throttled (1.6 Mbps / 750 kbps / 150 ms)',
    throttle: { downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8, latency: 150 },
  },
];

interface Target {
  label: string;
  path: string;
  /** The element whose first visible appearance makes the page readable. */
  selector: string;
  /** The app's own element, where the page is readable before the app has run (the Matrix's rows). */
  appSelector?: string;
}

/** One load of a page. Sizes are bytes; times are milliseconds from the start of the navigation. */
interface Sample {
  jsSent: number;
  jsDecoded: number;
  jsFiles: number;
  cssSent: number;
  cssDecoded: number;
  cssFiles: number;
  allSent: number;
  requests: number;
  load: number;
  readable: number;
  /** When the app's own element showed (the readable time where the page has none of its own). */
  appShown: number;
  longTasks: number;
  longTaskMs: number;
  /** Content-Encoding of the scripts, e.g. "gzip", or "none". */
  jsEncoding: string;
}

interface Measured {
  target: Target;
  condition: Condition;
  median: Sample;
  runs: Sample[];
}

function medianSample(runs: Sample[]): Sample {
  const m = (key: Exclude<keyof Sample, 'jsEncoding'>) => median(runs.map((r) => r[key]));
  return {
    jsSent: m('jsSent'),
    jsDecoded: m('jsDecoded'),
    jsFiles: m('jsFiles'),
    cssSent: m('cssSent'),
    cssDecoded: m('cssDecoded'),
    cssFiles: m('cssFiles'),
    allSent: m('allSent'),
    requests: m('requests'),
    load: m('load'),
    readable: m('readable'),
    appShown: m('appShown'),
    longTasks: m('longTasks'),
    longTaskMs: m('longTaskMs'),
    jsEncoding: [...new Set(runs.map((r) => r.jsEncoding))].join(', '),
  };
}

interface Resource {
  type: string;
  url: string;
  mimeType: string;
  encoding: string;
  /** Bytes received when the response began: its status line and headers. */
  headerBytes: number;
  fromCache: boolean;
  decoded: number;
  /** Everything received for the request, headers included (Network.loadingFinished). */
  total: number | null;
  /** When the request was sent and when its last byte came, in seconds on the DevTools clock. */
  sentAt: number;
  doneAt: number;
}

/** One fresh load of `target` under `condition`, in a new context (cookies from `storageState`). */
async function loadOnce(
  browser: Browser,
  baseURL: string,
  target: Target,
  condition: Condition,
  storageState: Awaited<ReturnType<BrowserContext['storageState']>> | undefined,
): Promise<Sample> {
  const context = await browser.newContext({ baseURL, viewport: VIEWPORT, storageState });
  try {
    await context.addInitScript(readinessProbe(target.selector, target.appSelector));
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const resources = new Map<string, Resource>();
    const inFlight = new Set<string>();
    let lastActivity = performance.now();
    const resource = (id: string) => {
      let r = resources.get(id);
      if (!r) {
        r = {
          type: '',
          url: '',
          mimeType: '',
          encoding: '',
          headerBytes: 0,
          fromCache: false,
          decoded: 0,
          total: null,
          sentAt: 0,
          doneAt: 0,
        };
        resources.set(id, r);
      }
      return r;
    };
    cdp.on('Network.requestWillBeSent', (e) => {
      // An EventSource stays open; it is not part of loading the page.
      if (e.type !== 'EventSource' && e.type !== 'WebSocket') inFlight.add(e.requestId);
      const r = resource(e.requestId);
      r.sentAt ||= e.timestamp;
      r.url ||= e.request.url;
      lastActivity = performance.now();
    });
    cdp.on('Network.responseReceived', (e) => {
      const r = resource(e.requestId);
      const headers = Object.fromEntries(
        Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), v]),
      );
      r.type = e.type;
      r.url = e.response.url;
      r.mimeType = e.response.mimeType;
      r.encoding = headers['content-encoding'] ?? '';
      r.headerBytes = e.response.encodedDataLength;
      r.fromCache = Boolean(
        e.response.fromDiskCache || e.response.fromPrefetchCache || e.response.fromServiceWorker,
      );
    });
    cdp.on('Network.dataReceived', (e) => {
      resource(e.requestId).decoded += e.dataLength;
      lastActivity = performance.now();
    });
    cdp.on('Network.loadingFinished', (e) => {
      const r = resource(e.requestId);
      r.total = e.encodedDataLength;
      r.doneAt = e.timestamp;
      inFlight.delete(e.requestId);
      lastActivity = performance.now();
    });
    cdp.on('Network.loadingFailed', (e) => {
      inFlight.delete(e.requestId);
      lastActivity = performance.now();
    });
    await cdp.send('Network.enable');
    await cdp.send('Network.clearBrowserCache');
    if (condition.throttle) {
      await cdp.send('Network.emulateNetworkConditions', { offline: false, ...condition.throttle });
    }

    await page.goto(target.path, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    await untilReadable(page, target.selector, target.label, LOAD_TIMEOUT_MS);
    if (target.appSelector) await untilAppShown(page, target.label, LOAD_TIMEOUT_MS);
    const quietBy = performance.now() + LOAD_TIMEOUT_MS;
    while (inFlight.size > 0 || performance.now() - lastActivity < QUIET_MS) {
      if (performance.now() > quietBy) throw new Error(`${target.label}: the network never went quiet`);
      await sleep(50);
    }
    const pathname = new URL(page.url()).pathname;
    if (pathname !== new URL(target.path, baseURL).pathname) {
      throw new Error(`${target.label}: the page ended on ${pathname}, not ${target.path}`);
    }
    const inPage = await probeReadings(page);

    const finished = [...resources.values()].filter((r) => r.total !== null && r.url);
    const cached = finished.filter((r) => r.fromCache);
    if (cached.length) {
      throw new Error(`${target.label}: served from a cache: ${cached.map((r) => r.url).join(', ')}`);
    }
    const body = (r: Resource) => Math.max(0, r.total! - r.headerBytes);
    const isJs = (r: Resource) => r.type === 'Script' || /javascript/.test(r.mimeType);
    const isCss = (r: Resource) => r.type === 'Stylesheet' || r.mimeType === 'text/css';
    const js = finished.filter(isJs);
    const css = finished.filter(isCss);
    if (process.env.BENCH_VERBOSE === '1') {
      // Every request as a waterfall: sent and finished, in ms from the first request of the load.
      const zero = Math.min(...finished.map((r) => r.sentAt));
      const at = (t: number) => String(Math.round((t - zero) * 1000)).padStart(5);
      for (const r of [...finished].sort((a, b) => a.sentAt - b.sentAt)) {
        log(
          `    ${at(r.sentAt)} → ${at(r.doneAt)} ms  ${new URL(r.url).pathname}: ${body(r)} bytes sent (${r.encoding || 'identity'}), ${r.decoded} decoded`,
        );
      }
      log(
        `    readable at ${Math.round(inPage.readyAt)} ms, the app's rows at ${Math.round(inPage.appAt ?? inPage.readyAt)} ms, load at ${Math.round(inPage.load)} ms`,
      );
    }
    const sum = (list: Resource[], size: (r: Resource) => number) => list.reduce((n, r) => n + size(r), 0);
    return {
      jsSent: sum(js, body),
      jsDecoded: sum(js, (r) => r.decoded),
      jsFiles: js.length,
      cssSent: sum(css, body),
      cssDecoded: sum(css, (r) => r.decoded),
      cssFiles: css.length,
      allSent: sum(finished, (r) => r.total!),
      requests: finished.length,
      load: inPage.load,
      readable: inPage.readyAt,
      appShown: inPage.appAt ?? inPage.readyAt,
      longTasks: inPage.longTasks.length,
      longTaskMs: inPage.longTasks.reduce((n, d) => n + d, 0),
      jsEncoding: [...new Set(js.map((r) => r.encoding || 'none'))].sort().join('+') || 'none',
    };
  } finally {
    await context.close();
  }
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} kB`;
const ms = (value: number) => `${Math.round(value)} ms`;
const seconds = (value: number) => `${(value / 1000).toFixed(2)} s`;

function tableLines(results: Measured[]): string[] {
  return [
    "| Page | Link | JS as sent | JS uncompressed | JS files | CSS as sent | CSS uncompressed | `load` | Readable | The app's rows | Long tasks | All requests |",
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.map(({ target, condition, median: s }) =>
      [
        '',
        target.label,
        condition.label,
        kb(s.jsSent),
        kb(s.jsDecoded),
        s.jsFiles,
        kb(s.cssSent),
        kb(s.cssDecoded),
        seconds(s.load),
        seconds(s.readable),
        seconds(s.appShown),
        `${s.longTasks} (${ms(s.longTaskMs)})`,
        `${s.requests}, ${kb(s.allSent)}`,
        '',
      ]
        .join(' | ')
        .trim(),
    ),
  ];
}

function goals(results: Measured[]) {
  const of = (target: string) => results.filter((r) => r.target.label === target);
  const loginJs = Math.max(...of('Sign-in page').map((r) => r.median.jsSent));
  const matrixJs = Math.max(...of('Matrix').map((r) => r.median.jsSent));
  const matrixThrottled = of('Matrix').find((r) => r.condition.throttle)!.median.readable;
  return [
    {
      met: loginJs <= GOALS.loginJsKb * KB,
      text: `≤ ${GOALS.loginJsKb} kB of JavaScript as sent (compressed) for the sign-in page (${kb(loginJs)})`,
    },
    {
      met: matrixJs <= GOALS.matrixJsKb * KB,
      text: `≤ ${GOALS.matrixJsKb} kB of JavaScript as sent (compressed) for the Matrix page (${kb(matrixJs)})`,
    },
    {
      met: matrixThrottled <= GOALS.matrixReadableThrottledMs,
      text: `the Matrix readable in ≤ ${seconds(GOALS.matrixReadableThrottledMs)} on the throttled link (${seconds(matrixThrottled)})`,
    },
  ];
}

function renderSection(machine: Machine, results: Measured[], problems: number): string {
  const encodings = [...new Set(results.map((r) => r.median.jsEncoding))].join(', ');
  const compressed = encodings.split(/[,+ ]+/).some((e) => e && e !== 'none');
  return [
    SECTION_START,
    '## Web app load',
    '',
    `Run on ${machine.date} UTC at commit ${machine.commit} with \`npm run bench:web\` (\`bench/web-load.ts\`).`,
    '',
    ...machineLines(machine, 'Chromium and the measuring script'),
    `A whole server (\`mesas serve\` on the embedded database with the demo data, the built web app in \`dist/web\`) and headless Chromium (${VIEWPORT.width}×${VIEWPORT.height}). Pages: the sign-in page (\`/login\`, anonymous) and the Matrix of the demo Forestry Mesa (\`/mesas/:id/matrix\`, ${problems} problems, as \`${TEAM_EMAIL}\`, signed in beforehand). Each load is a fresh navigation in a new browser context (empty HTTP cache, also cleared with \`Network.clearBrowserCache\`; the Matrix context gets the session cookie), on the unthrottled loopback link and throttled with the DevTools protocol (\`Network.emulateNetworkConditions\`: 1.6 Mbps down, 750 kbps up, 150 ms latency added to each request). Each figure is the median of ${REPEATS} loads, after one unmeasured load of each page.`,
    '',
    '- **JS / CSS as sent**: the response bodies of the scripts (modules, module preloads, lazy chunks) and style sheets as they came over the wire (`Network.loadingFinished.encodedDataLength` less the headers), until no request had been in flight for ' +
      `${QUIET_MS} ms; **uncompressed**: the same bodies decoded. 1 kB = 1,000 bytes.`,
    '- **`load`**: the `load` event, from the start of the navigation (Navigation Timing `loadEventStart`).',
    "- **Readable**: the frame after the first time the page shows the sign-in page's e-mail field (`input[type=\"email\"]`) or the Matrix's first problem row, seen by a MutationObserver installed before the page's own scripts. The Matrix's first rows come in the page's HTML (`#first-rows tr[data-first-row]`, written by the server for the signed-in person) or, where it has none, from the app's grid (`tr[data-problem-id]`).",
    "- **The app's rows**: the same for the app's own grid (`tr[data-problem-id]`), which takes the place of the rows in the HTML: from then on the Matrix can be edited. For the sign-in page, the readable time.",
    '- **Long tasks**: tasks of 50 ms or more on the main thread during the whole load (a `longtask` PerformanceObserver), their number and total time.',
    '- **All requests**: every request of the load (document, assets, API calls) and the bytes received for them, headers included.',
    '',
    ...tableLines(results),
    '',
    compressed
      ? `The scripts came with \`Content-Encoding\`: ${encodings}.`
      : 'The server sent the scripts and style sheets uncompressed (no `Content-Encoding`): as sent is the same as uncompressed.',
    '',
    '### Goals',
    '',
    ...goals(results).map((g) => `- ${g.met ? 'Met' : 'Not met'}: ${g.text}.`),
    '',
    SECTION_END,
  ].join('\n');
}

async function teamSession(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL, viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await signIn(page, TEAM_EMAIL);
    const mesaId = await mesaIdOf(page.request, SLUG);
    const { problems } = await answerOf<{ problems: unknown[] }>(
      await page.request.get(`/api/mesas/${mesaId}/matrix`),
      'the Matrix',
    );
    return { mesaId, problems: problems.length, storageState: await context.storageState() };
  } finally {
    await context.close();
  }
}

async function main() {
  const admin = await connectAdmin(PG_ADMIN_URL);
  const machine = await describeMachine(admin);
  await admin.end();
  log(`Web app load benchmark — ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}`);
  await buildWebIfNeeded();
  let server: Server | undefined;
  let browser: Browser | undefined;
  try {
    server = await startServer({ DATA_DIR: scratchDir('mesas-bench-web-'), DEMO_DATA: 'auto' });
    browser = await launchChromium();
    const session = await teamSession(browser, server.url);
    const targets: { target: Target; storageState: typeof session.storageState | undefined }[] = [
      {
        target: {
          label: 'Sign-in page',
          path: '/login',
          selector: 'input[type="email"]',
        },
        storageState: undefined,
      },
      {
        target: {
          label: 'Matrix',
          path: `/mesas/${session.mesaId}/matrix`,
          selector: MATRIX_ROWS.readable,
          appSelector: MATRIX_ROWS.app,
        },
        storageState: session.storageState,
      },
    ];
    for (const { target, storageState } of targets) {
      await loadOnce(browser, server.url, target, CONDITIONS[0]!, storageState);
    }
    const results: Measured[] = [];
    for (const { target, storageState } of targets) {
      for (const condition of CONDITIONS) {
        const runs: Sample[] = [];
        for (let run = 0; run < REPEATS; run++) {
          const sample = await loadOnce(browser, server.url, target, condition, storageState);
          runs.push(sample);
          log(
            `  ${target.label}, ${condition.label}, run ${run + 1}: JS ${kb(sample.jsSent)} sent ` +
              `(${kb(sample.jsDecoded)} uncompressed, ${sample.jsFiles} files), CSS ${kb(sample.cssSent)}, ` +
              `load ${ms(sample.load)}, readable ${ms(sample.readable)}, ` +
              `long tasks ${sample.longTasks} (${ms(sample.longTaskMs)})`,
          );
        }
        results.push({ target, condition, runs, median: medianSample(runs) });
      }
    }
    machine.loadAfter = os.loadavg();

    log('');
    for (const line of tableLines(results)) log(line);
    const section = renderSection(machine, results, session.problems);
    publishSection(docPath, SECTION_START, SECTION_END, section);
    const failed = goals(results).filter((g) => !g.met);
    if (failed.length) log(`\nGoals not met: ${failed.map((g) => g.text).join('; ')}`);
  } finally {
    await browser?.close();
    if (server) await stopServer(server);
  }
}

await runBenchmark(main, cleanUp);
