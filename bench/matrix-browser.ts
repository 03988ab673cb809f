/**
 * The Matrix in the browser: how soon an open Matrix shows another member's change, and how a Matrix of
 * 2,000 problems opens and scrolls.
 *
 * A whole server (`mesas serve` on the embedded database with the demo data, the built web app) and
 * headless Chromium at 1440×900, signed in as the demo team account.
 *
 * - Live: two browser contexts open the demo Forestry Matrix; the second changes a problem's title
 *   through the API (as another member's web app would) and the first records, on the same clock, when
 *   the new title appears in its grid. Repeated BENCH_EDITS times (default 20), one edit at a time.
 * - 2,000 rows: the Forestry Mesa grows to 2,000 problems through the API, its Matrix is opened (time to the first
 *   row, rows in the document) and the grid is scrolled from top to bottom by wheel steps of 600 px;
 *   every animation frame during the scroll is timed, and long tasks are counted.
 *
 * Prints the figures and rewrites the "Matrix in the browser" section of docs/BENCHMARKS.md.
 *
 *   npm run bench:matrix-browser
 *
 * Environment (all optional):
 *   BENCH_PG_URL     an administrative PostgreSQL URL, only to describe the machine
 *   BENCH_EDITS      live edits measured (default 20)
 *   BENCH_ROWS       problems in the large Matrix (default 2000)
 *   BENCH_NO_DOC=1   print only; leave docs/BENCHMARKS.md alone
 */
import os from 'node:os';
import path from 'node:path';
import type { APIRequestContext, Browser, Page } from 'playwright-core';
import { buildWebIfNeeded } from '../src/cli/build-web';
import { launchChromium, signIn } from '../test/support/chromium';
import { root, type Server, sleep, startServer, stopServer } from './matrix/process';
import { answerOf, mesaIdOf } from './support/browser';
import { describeMachine, machineLines } from './support/machine';
import { positive, publishSection, runBenchmark } from './support/run';
import { cleanUp, connectAdmin, scratchDir } from './support/scratch';

const docPath = path.join(root, 'docs', 'BENCHMARKS.md');
const PG_ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const EDITS = Math.round(positive(process.env.BENCH_EDITS, 20));
const ROWS = Math.round(positive(process.env.BENCH_ROWS, 2000));
const TEAM_EMAIL = 'team@demo.mesas.local';
const SECTION_START = '<!-- bench:matrix-browser:start -->';
const SECTION_END = '<!-- bench:matrix-browser:end -->';
const GOALS = { liveMs: 1000 };
const VIEWPORT = { width: 1440, height: 900 };
const ROW = 'tbody tr[data-problem-id]';
const log = (line: string) => process.stdout.write(`${line}\n`);

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
};
const ms = (v: number) => `${Math.round(v)} ms`;

interface Member {
  page: Page;
  request: APIRequestContext;
  csrf: string;
}

async function member(browser: Browser, baseURL: string): Promise<Member> {
  const context = await browser.newContext({ baseURL, viewport: VIEWPORT });
  const page = await context.newPage();
  await signIn(page, TEAM_EMAIL);
  const me = await page.request.get('/api/auth/me');
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  return { page, request: page.request, csrf: csrfToken };
}

/** Milliseconds from another member's change (acknowledged by the server) to its title in the grid. */
async function measureLive(viewer: Member, editor: Member, mesaId: string): Promise<number[]> {
  await viewer.page.goto(`/mesas/${mesaId}/matrix`);
  await viewer.page.locator(ROW).first().waitFor();
  const { problems } = await answerOf<{ problems: { id: string; title: string; version: number }[] }>(
    await editor.request.get(`/api/mesas/${mesaId}/matrix`),
    'the Matrix',
  );
  // A problem shown in the first screen of the grid.
  const shownId = await viewer.page.locator(ROW).first().getAttribute('data-problem-id');
  let problem = problems.find((p) => p.id === shownId)!;
  const original = problem.title;
  const delays: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    const title = `${original} · ${i + 1}`;
    // A string, not a function: the TypeScript runner would add helpers the page does not have.
    const seen = viewer.page.evaluate(`new Promise((resolve, reject) => {
      const text = ${JSON.stringify(title)};
      const found = () => document.querySelector('[data-testid="matrix-grid"]')?.textContent?.includes(text);
      const observer = new MutationObserver(() => {
        if (found()) { observer.disconnect(); resolve(Date.now()); }
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      setTimeout(() => reject(new Error('the change never showed')), 30000);
    })`) as Promise<number>;
    await sleep(50);
    const sent = Date.now();
    const res = await editor.request.patch(`/api/problems/${problem.id}`, {
      headers: { 'X-CSRF-Token': editor.csrf },
      data: { title, version: problem.version },
    });
    const after = await answerOf<{ version: number }>(res, 'PATCH the problem');
    problem = { ...problem, title, version: after.version };
    delays.push((await seen) - sent);
    log(`  live edit ${i + 1}: seen after ${ms(delays.at(-1)!)}`);
    await sleep(300);
  }
  return delays;
}

interface LargeMatrix {
  firstRowMs: number;
  rowsInDocument: number;
  scrollMs: number;
  frames: number;
  slowFrames: number;
  p95FrameMs: number;
  maxFrameMs: number;
  longTasks: number;
  reachedLast: boolean;
}

async function largeMatrix(editor: Member, baseURL: string, browser: Browser): Promise<LargeMatrix> {
  // The demo Forestry Matrix, grown to ROWS problems.
  const mesa = { id: await mesaIdOf(editor.request, 'forestal') };
  const started = Date.now();
  const { problems: existing } = await answerOf<{ problems: unknown[] }>(
    await editor.request.get(`/api/mesas/${mesa.id}/matrix`),
    'the Matrix',
  );
  for (let i = existing.length; i < ROWS; i += 10) {
    await Promise.all(
      Array.from({ length: Math.min(10, ROWS - i) }, (_, k) =>
        editor.request
          .post(`/api/mesas/${mesa.id}/problems`, {
            headers: { 'X-CSRF-Token': editor.csrf },
            data: {
              title: `Cuello de botella ${i + k + 1}`,
              impact: ((i + k) % 5) + 1,
              ease: ((i + k) % 3) + 1,
            },
          })
          .then((res) => answerOf(res, 'POST a problem')),
      ),
    );
  }
  log(`  ${ROWS} problems written in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  const context = await browser.newContext({
    baseURL,
    viewport: VIEWPORT,
    storageState: await editor.page.context().storageState(),
  });
  const page = await context.newPage();
  await page.addInitScript(`(() => {
    window.__long = 0;
    try { new PerformanceObserver((l) => { window.__long += l.getEntries().length; }).observe({ type: 'longtask', buffered: true }); } catch {}
  })()`);
  const t0 = Date.now();
  await page.goto(`/mesas/${mesa.id}/matrix`);
  await page.locator(ROW).first().waitFor({ timeout: 120_000 });
  const firstRowMs = Date.now() - t0;
  await sleep(1000);
  const rowsInDocument = await page.locator(ROW).count();
  await page.evaluate('window.__long = 0');
  const grid = page.locator('[data-testid="matrix-grid"]');
  const box = (await grid.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.evaluate(`(() => {
    window.__frames = [];
    let last = performance.now();
    const tick = (now) => { window.__frames.push(now - last); last = now; if (!window.__stop) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  const scrollStart = Date.now();
  const height = await grid.evaluate((el) => el.scrollHeight);
  for (let y = 0; y < height; y += 600) {
    await page.mouse.wheel(0, 600);
    await sleep(16);
  }
  await sleep(500);
  const scrollMs = Date.now() - scrollStart;
  const frames = (await page.evaluate('window.__stop = true, window.__frames')) as number[];
  const longTasks = (await page.evaluate('window.__long')) as number;
  const lastNumber = await page.locator(ROW).last().getAttribute('aria-rowindex');
  await context.close();
  return {
    firstRowMs,
    rowsInDocument,
    scrollMs,
    frames: frames.length,
    slowFrames: frames.filter((f) => f > 50).length,
    p95FrameMs: quantile(frames, 0.95),
    maxFrameMs: Math.max(...frames),
    longTasks,
    reachedLast: Number(lastNumber) - 1 >= ROWS,
  };
}

async function main() {
  const admin = await connectAdmin(PG_ADMIN_URL);
  const machine = await describeMachine(admin);
  await admin.end();
  log(`Matrix in the browser — ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}`);
  await buildWebIfNeeded();
  let server: Server | undefined;
  let browser: Browser | undefined;
  try {
    server = await startServer({ DATA_DIR: scratchDir('mesas-bench-matrix-browser-'), DEMO_DATA: 'auto' });
    browser = await launchChromium();
    const viewer = await member(browser, server.url);
    const editor = await member(browser, server.url);
    const forestal = await mesaIdOf(editor.request, 'forestal');
    const delays = await measureLive(viewer, editor, forestal);
    const large = await largeMatrix(editor, server.url, browser);
    machine.loadAfter = os.loadavg();
    const live = { p50: quantile(delays, 0.5), p95: quantile(delays, 0.95), max: Math.max(...delays) };
    const lines = [
      SECTION_START,
      '## Matrix in the browser',
      '',
      'Measured by `npm run bench:matrix-browser` (bench/matrix-browser.ts): a whole server on the embedded',
      'database with the demo data, headless Chromium at 1440×900, signed in as the demo team account.',
      '',
      ...machineLines(machine),
      '',
      `### Another member’s change, seen in an open Matrix (${delays.length} edits)`,
      '',
      '| p50 | p95 | max |',
      '| ---: | ---: | ---: |',
      `| ${ms(live.p50)} | ${ms(live.p95)} | ${ms(live.max)} |`,
      '',
      'From the moment the editor sends the change (PATCH) to the moment the new title is in the',
      'viewer’s grid, on one clock.',
      '',
      `### A Matrix of ${ROWS} problems`,
      '',
      '| First row | Rows in the document | Scroll to the end | Frames | Frames > 50 ms | p95 frame | Longest frame | Long tasks | Last row reached |',
      '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
      `| ${ms(large.firstRowMs)} | ${large.rowsInDocument} | ${ms(large.scrollMs)} | ${large.frames} | ${large.slowFrames} | ${ms(large.p95FrameMs)} | ${ms(large.maxFrameMs)} | ${large.longTasks} | ${large.reachedLast ? 'yes' : 'no'} |`,
      '',
      `Scrolled by mouse-wheel steps of 600 px; every animation frame timed during the scroll. While the`,
      'grid scrolls, a row that comes into sight shows its number and title; its other cells are filled in',
      'once the scrolling stops or the row stays in sight (web/src/pages/matrix/wholeRows.ts).',
      '',
      '### Goals',
      '',
      `- ${live.p95 <= GOALS.liveMs ? 'Met' : 'Not met'}: another member’s change in an open Matrix within 1 s (p95 ${ms(live.p95)}).`,
      `- ${large.slowFrames === 0 ? 'Met' : 'Not met'}: ${ROWS} rows scroll without a frame over 50 ms (${large.slowFrames} of ${large.frames}).`,
      '',
      SECTION_END,
    ];
    const section = lines.join('\n');
    publishSection(docPath, SECTION_START, SECTION_END, section);
  } finally {
    await browser?.close();
    if (server) await stopServer(server);
  }
}

await runBenchmark(main, cleanUp);
