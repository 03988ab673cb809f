/**
 * The Matrix against Redmine's issue list: how soon each shows its first row of the same 200 rows, in
 * headless Chromium on this machine.
 *
 * - Mesas: a whole server (`mesas serve` on the embedded database with the demo data, the built web app),
 *   the demo Forestry Mesa grown to 200 problems through the API, its Matrix (`/mesas/:id/matrix`) as the
 *   demo team account, signed in beforehand.
 * - Redmine: Debian's Redmine 5.0 on SQLite, served by Thin in the production environment, prepared by
 *   bench/redmine/setup.sh (installs the packages when missing, migrates, and fills the project
 *   `mesas-bench` with one issue per Matrix problem, same subjects, same order, through
 *   bench/redmine/seed.rb); its issue list with 200 per page (`/projects/mesas-bench/issues?per_page=200`)
 *   as `admin`, signed in beforehand.
 *
 * Each load is a fresh navigation in a new browser context (empty HTTP cache, also cleared through the
 * DevTools protocol) on the unthrottled loopback link. First row: the frame after the first visible
 * row — for Mesas one of the first rows its server writes into the page (`#first-rows tr[data-first-row]`)
 * or of the app's grid (`tr[data-problem-id]`), which is also timed on its own; for Redmine `tr.issue` —
 * seen by a MutationObserver installed before the page's own scripts, from the start of the navigation. One unmeasured load of each page, then the two
 * pages in turn, BENCH_REPEATS times (default 5); each figure is the median.
 *
 * Prints the figures and rewrites the "Matrix against Redmine" section of docs/BENCHMARKS.md. Needs
 * root (setup.sh installs Debian packages and runs Redmine as www-data); Redmine is stopped at the end.
 *
 *   npm run bench:redmine
 *
 * Environment (all optional):
 *   BENCH_PG_URL     an administrative PostgreSQL URL, only to describe the machine
 *   BENCH_REPEATS    loads measured per page (default 5)
 *   BENCH_NO_DOC=1   print only; leave docs/BENCHMARKS.md alone
 */
import { type ChildProcess, execFile, execFileSync, spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { buildWebIfNeeded } from '../src/cli/build-web';
import { launchChromium, signIn } from '../test/support/chromium';
import { freePort, root, type Server, sleep, startServer, stopServer, watchChild } from './matrix/process';
import { problemText, randomSource } from './matrix/vocabulary';
import {
  answerOf,
  MATRIX_ROWS,
  median,
  mesaIdOf,
  readinessProbe,
  untilAppShown,
  untilReadable,
} from './support/browser';
import { describeMachine, type Machine, machineLines } from './support/machine';
import { positive, publishSection, runBenchmark } from './support/run';
import { cleanUp, connectAdmin, onCleanUp, scratchDir } from './support/scratch';

const docPath = path.join(root, 'docs', 'BENCHMARKS.md');
const REPEATS = Math.round(positive(process.env.BENCH_REPEATS, 5));
const PG_ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const ROWS = 200;
const TEAM_EMAIL = 'team@demo.mesas.local';
const SLUG = 'forestal';
const REDMINE_DIR = '/usr/share/redmine';
const REDMINE_PROJECT = 'mesas-bench';
/** The password bench/redmine/setup.sh gives Redmine's `admin`; Redmine listens on loopback only. */
const REDMINE_PASSWORD = 'mesas-bench-redmine';
const SETUP = path.join(root, 'bench', 'redmine', 'setup.sh');
const SECTION_START = '<!-- bench:redmine:start -->';
const SECTION_END = '<!-- bench:redmine:end -->';
const LOAD_TIMEOUT_MS = 120_000;
const VIEWPORT = { width: 1280, height: 900 };
const log = (line: string) => process.stdout.write(`${line}\n`);

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

interface Target {
  label: string;
  url: string;
  /** The rows of the list; the first visible one is the first row. */
  selector: string;
  /** The app's own rows, where the first rows came in the page's HTML (the Matrix). */
  appSelector?: string;
  storageState: StorageState;
}

/** One load. Times are milliseconds from the start of the navigation; sizes are bytes. */
interface Sample {
  firstRow: number;
  /** When the app's own rows showed (the first row's time where the page has no other). */
  appRows: number;
  /** Chromium's first contentful paint (Paint Timing). */
  firstPaint: number;
  load: number;
  rowsInDocument: number;
  requests: number;
  transferred: number;
}

interface Measured {
  target: Target;
  runs: Sample[];
  median: Sample;
}

const medianSample = (runs: Sample[]): Sample => ({
  firstRow: median(runs.map((r) => r.firstRow)),
  appRows: median(runs.map((r) => r.appRows)),
  firstPaint: median(runs.map((r) => r.firstPaint)),
  load: median(runs.map((r) => r.load)),
  rowsInDocument: median(runs.map((r) => r.rowsInDocument)),
  requests: median(runs.map((r) => r.requests)),
  transferred: median(runs.map((r) => r.transferred)),
});

async function loadOnce(browser: Browser, target: Target): Promise<Sample> {
  const context = await browser.newContext({ viewport: VIEWPORT, storageState: target.storageState });
  try {
    await context.addInitScript(readinessProbe(target.selector, target.appSelector));
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.clearBrowserCache');
    await page.goto(target.url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    await untilReadable(page, target.selector, target.label, LOAD_TIMEOUT_MS);
    if (target.appSelector) await untilAppShown(page, target.label, LOAD_TIMEOUT_MS);
    const wanted = new URL(target.url).pathname;
    if (new URL(page.url()).pathname !== wanted) {
      throw new Error(`${target.label}: the page ended on ${page.url()}, not ${wanted}`);
    }
    const inPage = (await page.evaluate(`(() => {
      const navigation = performance.getEntriesByType('navigation')[0];
      const resources = performance.getEntriesByType('resource');
      return {
        firstRow: window.__bench.readyAt,
        appRows: window.__bench.appAt ?? window.__bench.readyAt,
        firstPaint: performance.getEntriesByType('paint').find((p) => p.name === 'first-contentful-paint')?.startTime ?? NaN,
        load: navigation.loadEventStart,
        rowsInDocument: document.querySelectorAll(${JSON.stringify(target.selector)}).length,
        requests: 1 + resources.length,
        transferred: [navigation, ...resources].reduce((n, e) => n + (e.transferSize || 0), 0),
      };
    })()`)) as Sample;
    return inPage;
  } finally {
    await context.close();
  }
}

/**
 * Mesas: signs in as the demo team account, grows the demo Forestry Mesa to ROWS problems (titles from
 * the benchmark vocabulary) and returns its Matrix page, the session, and the problem titles in the
 * Matrix's order.
 */
async function prepareMesas(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL, viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await signIn(page, TEAM_EMAIL);
    const { csrfToken } = await answerOf<{ csrfToken: string }>(
      await page.request.get('/api/auth/me'),
      'GET /api/auth/me',
    );
    const mesaId = await mesaIdOf(page.request, SLUG);
    const matrix = async () =>
      (
        await answerOf<{ problems: { title: string }[] }>(
          await page.request.get(`/api/mesas/${mesaId}/matrix`),
          'the Matrix',
        )
      ).problems;
    const existing = (await matrix()).length;
    const random = randomSource(14);
    for (let i = existing; i < ROWS; i += 10) {
      await Promise.all(
        Array.from({ length: Math.min(10, ROWS - i) }, (_, k) =>
          page.request
            .post(`/api/mesas/${mesaId}/problems`, {
              headers: { 'X-CSRF-Token': csrfToken },
              data: {
                title: problemText(random, false).title,
                impact: ((i + k) % 5) + 1,
                ease: ((i + k) % 3) + 1,
              },
            })
            .then((res) => answerOf(res, 'POST a problem')),
        ),
      );
    }
    const titles = (await matrix()).map((p) => p.title);
    if (titles.length !== ROWS) throw new Error(`the Matrix holds ${titles.length} problems, not ${ROWS}`);
    return {
      url: new URL(`/mesas/${mesaId}/matrix`, baseURL).toString(),
      titles,
      storageState: await context.storageState(),
    };
  } finally {
    await context.close();
  }
}

/** Runs bench/redmine/setup.sh (install when missing, migrate, fill the project) with the titles. */
function setUpRedmine(titles: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      SETUP,
      [REDMINE_PASSWORD],
      { cwd: root, timeout: 1_800_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error)
          reject(new Error(`${path.relative(root, SETUP)} failed: ${stderr.trim() || error.message}`));
        else resolve(stdout.trim());
      },
    );
    child.stdin?.end(JSON.stringify(titles));
  });
}

interface Redmine {
  child: ChildProcess;
  url: string;
  output: string[];
  stop: () => Promise<void>;
}

/**
 * Starts Thin on Debian's Redmine (production environment, default instance, as www-data, loopback
 * only) in a process group of its own, and waits until the sign-in page answers.
 */
async function startRedmine(): Promise<Redmine> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    'setpriv',
    [
      '--reuid=www-data',
      '--regid=www-data',
      '--init-groups',
      'env',
      'HOME=/var/cache/redmine/default/tmp',
      'RAILS_ENV=production',
      'REDMINE_INSTANCE=default',
      'bundle',
      'exec',
      'thin',
      'start',
      '--environment',
      'production',
      '--address',
      '127.0.0.1',
      '--port',
      String(port),
    ],
    { cwd: REDMINE_DIR, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const pid = child.pid;
  if (pid === undefined) throw new Error('could not spawn Redmine');
  const { output, exited: exitedPromise, hasExited } = watchChild(child);
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-pid, name);
    } catch {
      /* already gone */
    }
  };
  onCleanUp(() => {
    if (!hasExited()) signal('SIGTERM');
  });
  const stop = async () => {
    if (hasExited()) return;
    signal('SIGTERM');
    const done = await Promise.race([exitedPromise.then(() => true), sleep(15_000).then(() => false)]);
    if (!done) {
      signal('SIGKILL');
      await exitedPromise;
    }
  };
  const redmine: Redmine = { child, url, output, stop };
  const started = performance.now();
  while (true) {
    if (hasExited()) throw new Error(`Redmine exited before it was ready:\n${output.join('').trim()}`);
    if (performance.now() - started > LOAD_TIMEOUT_MS) {
      await stop();
      throw new Error(`Redmine was not ready in time:\n${output.join('').trim()}`);
    }
    try {
      const res = await fetch(`${url}/login`, { signal: AbortSignal.timeout(5_000) });
      await res.arrayBuffer();
      if (res.status === 200) return redmine;
    } catch {
      /* not listening yet */
    }
    await sleep(200);
  }
}

/** Signs in to Redmine as `admin` and returns the session. */
async function signInRedmine(browser: Browser, baseURL: string): Promise<StorageState> {
  const context = await browser.newContext({ baseURL, viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.goto('/login');
    await page.locator('#username').fill('admin');
    await page.locator('#password').fill(REDMINE_PASSWORD);
    await page.locator('#login-submit').click();
    await page.waitForURL((url) => url.pathname !== '/login');
    const me = await page.request.get('/my/account', { maxRedirects: 0 });
    if (me.status() !== 200)
      throw new Error(`Redmine did not sign admin in (/my/account answered ${me.status()})`);
    return await context.storageState();
  } finally {
    await context.close();
  }
}

/** The versions of what serves Redmine, from the Debian packages. */
function redmineVersions() {
  const run = (file: string, args: string[]) => {
    try {
      return execFileSync(file, args, { encoding: 'utf8' }).trim();
    } catch {
      return 'unknown';
    }
  };
  // Without the epoch ("2:").
  const version = (pkg: string) => run('dpkg-query', ['-W', `-f=\${Version}`, pkg]).replace(/^\d+:/, '');
  return {
    redmine: version('redmine'),
    rails: version('ruby-rails'),
    thin: version('thin'),
    ruby: run('ruby', ['-e', 'print RUBY_VERSION']),
    sqlite: version('libsqlite3-0'),
  };
}

const seconds = (value: number) => `${(value / 1000).toFixed(2)} s`;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

function tableLines(results: Measured[]): string[] {
  return [
    "| Page | First row | First contentful paint | The app's rows | `load` | First row, each run | Rows in the document | Requests | Transferred |",
    '| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |',
    ...results.map(
      ({ target, runs, median: s }) =>
        `| ${target.label} | ${seconds(s.firstRow)} | ${seconds(s.firstPaint)} | ${seconds(s.appRows)} | ${seconds(s.load)} | ${runs.map((r) => seconds(r.firstRow)).join(', ')} | ${s.rowsInDocument} | ${s.requests} | ${kb(s.transferred)} |`,
    ),
  ];
}

function goal(mesas: Measured, redmine: Measured) {
  const met = mesas.median.firstRow <= redmine.median.firstRow / 2;
  return `${met ? 'Met' : 'Not met'}: the Matrix's first row in ≤ half Redmine's time (${seconds(mesas.median.firstRow)} against ${seconds(redmine.median.firstRow)}; the app's own grid, editable, at ${seconds(mesas.median.appRows)}).`;
}

function renderSection(
  machine: Machine,
  versions: ReturnType<typeof redmineVersions>,
  mesas: Measured,
  redmine: Measured,
): string {
  return [
    SECTION_START,
    '## Matrix against Redmine',
    '',
    `Run on ${machine.date} UTC at commit ${machine.commit} with \`npm run bench:redmine\` (\`bench/redmine.ts\`, which prepares Redmine with \`bench/redmine/setup.sh\`).`,
    '',
    ...machineLines(machine, 'Chromium, Redmine and the measuring script'),
    `The same ${ROWS} rows on both sides, in headless Chromium (${VIEWPORT.width}×${VIEWPORT.height}) on this machine, both servers on the loopback link, unthrottled:`,
    '',
    `- **Mesas**: a whole server (\`mesas serve\` on the embedded database with the demo data, the built web app in \`dist/web\`); the demo Forestry Mesa grown to ${ROWS} problems through the API (the demo problems and generated ones), its Matrix (\`/mesas/:id/matrix\`) as \`${TEAM_EMAIL}\`, signed in beforehand. First row: the first visible row, either of the first rows the server writes into the page's HTML for the signed-in person (\`#first-rows tr[data-first-row]\`) or of the app's grid (\`tr[data-problem-id]\`), which takes their place; the app's rows: the first visible \`tr[data-problem-id]\`, from when the Matrix can be edited.`,
    `- **Redmine**: Debian's package \`redmine\` ${versions.redmine} (Rails ${versions.rails}, Ruby ${versions.ruby}), the production environment, on SQLite (\`redmine-sqlite\`, libsqlite3 ${versions.sqlite}, the database dbconfig-common made for the default instance), served by Thin ${versions.thin} (\`bundle exec thin start -e production\` in \`/usr/share/redmine\` as \`www-data\`: one Ruby process, no Apache or nginx in front, so Rails serves the style sheets and scripts itself). The project \`${REDMINE_PROJECT}\` holds one issue per Matrix problem, with the same subjects in the same order; its issue list with ${ROWS} per page (\`/projects/${REDMINE_PROJECT}/issues?per_page=${ROWS}\`, \`per_page_options\` includes ${ROWS}) as \`admin\`, signed in beforehand. First row: the first visible \`tr.issue\`.`,
    '',
    `Each load is a fresh navigation in a new browser context (empty HTTP cache, also cleared with \`Network.clearBrowserCache\`; the context gets the session cookie). One unmeasured load of each page, then the two pages in turn, ${REPEATS} times; each figure is the median.`,
    '',
    "- **First row**: the frame after the first visible row, seen by a MutationObserver installed before the page's own scripts, from the start of the navigation (`performance.timeOrigin`).",
    "- **First contentful paint**: Chromium's own record of when it first painted text (Paint Timing `first-contentful-paint`), from the start of the navigation. It can come later than the first row: the first row is timed at the frame callback after the row is in the document, and a long task then (the app's code running, style and layout) delays the paint itself.",
    '- **`load`**: the `load` event, from the start of the navigation (Navigation Timing `loadEventStart`).',
    '- **Rows in the document**: rows matching the row selector once the first row showed and `load` had fired (the Matrix renders the rows in sight, Redmine all of them).',
    '- **Requests / Transferred**: the document and the resources fetched by then (Resource Timing), and their `transferSize` added up.',
    '',
    ...tableLines([mesas, redmine]),
    '',
    '### Goal',
    '',
    `- ${goal(mesas, redmine)}`,
    '',
    SECTION_END,
  ].join('\n');
}

async function main() {
  const admin = await connectAdmin(PG_ADMIN_URL);
  const machine = await describeMachine(admin);
  await admin.end();
  log(`Matrix against Redmine — ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}`);
  log(`Load average before: ${machine.loadBefore.map((l) => l.toFixed(2)).join(' ')}`);
  await buildWebIfNeeded();
  let server: Server | undefined;
  let redmineServer: Redmine | undefined;
  let browser: Browser | undefined;
  try {
    server = await startServer({ DATA_DIR: scratchDir('mesas-bench-redmine-'), DEMO_DATA: 'auto' });
    browser = await launchChromium();
    const mesasSide = await prepareMesas(browser, server.url);
    log(`  Mesas: the Matrix holds ${mesasSide.titles.length} problems`);
    const setupStarted = performance.now();
    const seeded = await setUpRedmine(mesasSide.titles);
    log(`  Redmine set up in ${seconds(performance.now() - setupStarted)}: ${seeded}`);
    redmineServer = await startRedmine();
    log(`  Redmine listening on ${redmineServer.url}`);
    const versions = redmineVersions();
    const targets: Target[] = [
      {
        label: `Mesas Matrix (${ROWS} problems)`,
        url: mesasSide.url,
        selector: MATRIX_ROWS.readable,
        appSelector: MATRIX_ROWS.app,
        storageState: mesasSide.storageState,
      },
      {
        label: `Redmine ${versions.redmine.replace(/-.*/, '')} issue list (${ROWS} issues)`,
        url: `${redmineServer.url}/projects/${REDMINE_PROJECT}/issues?per_page=${ROWS}`,
        selector: 'tr.issue',
        storageState: await signInRedmine(browser, redmineServer.url),
      },
    ];
    for (const target of targets) {
      const warm = await loadOnce(browser, target);
      log(`  ${target.label}, warm-up: first row ${seconds(warm.firstRow)}, load ${seconds(warm.load)}`);
    }
    const runs: Sample[][] = targets.map(() => []);
    for (let run = 0; run < REPEATS; run++) {
      for (const [i, target] of targets.entries()) {
        const sample = await loadOnce(browser, target);
        runs[i]!.push(sample);
        log(
          `  ${target.label}, run ${run + 1}: first row ${seconds(sample.firstRow)}, first paint ${seconds(sample.firstPaint)}, load ${seconds(sample.load)}, ` +
            `${sample.rowsInDocument} rows in the document, ${sample.requests} requests, ${kb(sample.transferred)}`,
        );
      }
    }
    machine.loadAfter = os.loadavg();
    const [mesas, redmine] = targets.map(
      (target, i): Measured => ({ target, runs: runs[i]!, median: medianSample(runs[i]!) }),
    ) as [Measured, Measured];
    if (redmine.median.rowsInDocument !== ROWS) {
      throw new Error(`Redmine's list showed ${redmine.median.rowsInDocument} issues, not ${ROWS}`);
    }

    log('');
    for (const line of tableLines([mesas, redmine])) log(line);
    log(`\n${goal(mesas, redmine)}`);
    const section = renderSection(machine, versions, mesas, redmine);
    publishSection(docPath, SECTION_START, SECTION_END, section);
  } finally {
    await browser?.close();
    await redmineServer?.stop();
    if (server) await stopServer(server);
  }
}

await runBenchmark(main, cleanUp);
