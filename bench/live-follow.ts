/**
 * Live-follow benchmark: how soon a participant's screen shows the agenda item the moderator takes up.
 *
 * A whole server (`mesas serve`, embedded database with the demo data, the built web app) and headless
 * Chromium. The moderator and a participant each open a session being held (twelve agenda items); the
 * moderator takes the room to another item through the API, again and again; for every jump the time
 * from just before the request is sent until the participant's page marks that item current
 * (`aria-current="step"`, seen by a MutationObserver in the page) is measured. The same for the
 * projector view. Both clocks are this machine's.
 *
 * Prints the figures and rewrites the "Live session: following the moderator" section of
 * docs/BENCHMARKS.md.
 *
 *   npm run bench:live
 *
 * Environment (all optional):
 *   BENCH_JUMPS      jumps measured (default 40)
 *   BENCH_NO_DOC=1   print only; leave docs/BENCHMARKS.md alone
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildWebIfNeeded } from '../src/cli/build-web';
import { launchChromium, signIn } from '../test/support/chromium';
import { root, type Server, startServer, stopServer } from './matrix/process';
import { describeMachine, type Machine, machineLines } from './support/machine';
import { publishSection, runBenchmark } from './support/run';
import { cleanUp, connectAdmin, scratchDir } from './support/scratch';

const docPath = path.join(root, 'docs', 'BENCHMARKS.md');
const JUMPS = Math.max(5, Number(process.env.BENCH_JUMPS) || 40);
const GOAL_MS = 1000;
const PG_ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const SECTION_START = '<!-- bench:live-follow:start -->';
const SECTION_END = '<!-- bench:live-follow:end -->';
const log = (line: string) => process.stdout.write(`${line}\n`);

interface Meeting {
  id: string;
  version: number;
  number: number | null;
  agenda: { items: { id: string | null; title: string }[] };
}

async function send<T>(page: Page, method: 'post' | 'put', url: string, data: unknown): Promise<T> {
  const me = await page.request.get('/api/auth/me');
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  const res = await page.request[method](url, { headers: { 'X-CSRF-Token': csrfToken }, data });
  if (res.status() >= 300) throw new Error(`${method} ${url}: ${res.status()} ${await res.text()}`);
  return (await res.json()) as T;
}

async function signedIn(browser: Browser, baseURL: string, email: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

/**
 * Resolves with the page's Date.now() when `check` (a JavaScript expression) first holds, tested on every
 * DOM change. A string, not a function: the TypeScript runner would add helpers the page does not have.
 */
function whenInPage(page: Page, check: string): Promise<number> {
  return page.evaluate(`new Promise((resolve) => {
    const check = () => ${check};
    if (check()) return resolve(Date.now());
    const observer = new MutationObserver(() => {
      if (check()) {
        observer.disconnect();
        resolve(Date.now());
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  })`) as Promise<number>;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

function summary(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p90: percentile(sorted, 90), max: sorted.at(-1)!, n: values.length };
}

async function main() {
  const admin = await connectAdmin(PG_ADMIN_URL);
  const machine: Machine = await describeMachine(admin);
  await admin.end();
  log(`Live-follow benchmark — ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}`);
  await buildWebIfNeeded();
  let server: Server | undefined;
  let browser: Browser | undefined;
  try {
    server = await startServer({ DATA_DIR: scratchDir('mesas-bench-live-'), DEMO_DATA: 'auto' });
    browser = await launchChromium();
    const moderator = await signedIn(browser, server.url, 'moderator@demo.mesas.local');
    const { mesas } = (await (await moderator.request.get('/api/mesas')).json()) as {
      mesas: { id: string; slug: string }[];
    };
    const forestal = mesas.find((m) => m.slug === 'forestal')!;
    const created = await send<Meeting>(moderator, 'post', `/api/mesas/${forestal.id}/meetings`, {
      kind: 'session',
      startsAt: new Date(Date.now() - 3600_000).toISOString(),
      endsAt: new Date(Date.now() + 3 * 3600_000).toISOString(),
    });
    await send(moderator, 'put', `/api/meetings/${created.id}/agenda`, {
      version: created.version,
      base: 'draft',
      edits: Array.from({ length: 12 }, (_, at) => ({ op: 'add', title: `Tema ${at + 1}`, at })),
    });
    const meeting = await send<Meeting>(moderator, 'post', `/api/meetings/${created.id}/start`, {
      confirmEarly: true,
    });
    const items = meeting.agenda.items.filter((i) => i.id).slice(0, 12);
    const participant = await signedIn(browser, server.url, 'public_rep@demo.mesas.local');
    await participant.goto(`/meetings/${meeting.id}`);
    const projector = await signedIn(browser, server.url, 'team@demo.mesas.local');
    await projector.goto(`/meetings/${meeting.id}/projector`);
    for (const page of [participant, projector]) {
      await page.locator('[data-live-status="live"]').first().waitFor({ timeout: 30_000 });
    }

    const followed: number[] = [];
    const projected: number[] = [];
    for (let jump = 0; jump < JUMPS + 3; jump++) {
      const item = items[(jump * 5 + 4) % items.length]!;
      const selector = `[data-testid="live-agenda"] > li[data-item-id="${item.id}"][aria-current="step"]`;
      const seen = whenInPage(participant, `document.querySelector(${JSON.stringify(selector)}) !== null`);
      const shown = whenInPage(
        projector,
        `document.querySelector('[data-testid="projector-item-title"]')?.textContent === ${JSON.stringify(item.title)}`,
      );
      const sentAt = Date.now();
      await send(moderator, 'put', `/api/meetings/${meeting.id}/current-item`, { itemId: item.id });
      const [at, projectedAt] = await Promise.all([seen, shown]);
      // The first three warm the pages up.
      if (jump >= 3) {
        followed.push(at - sentAt);
        projected.push(projectedAt - sentAt);
      }
    }
    const participantFigures = summary(followed);
    const projectorFigures = summary(projected);
    log(`participant: ${JSON.stringify(participantFigures)} ms`);
    log(`projector:   ${JSON.stringify(projectorFigures)} ms`);
    machine.loadAfter = (await import('node:os')).loadavg();

    const met = participantFigures.max <= GOAL_MS && projectorFigures.max <= GOAL_MS;
    const section = [
      SECTION_START,
      '## Live session: following the moderator',
      '',
      `Run on ${machine.date} UTC at commit ${machine.commit} with \`npm run bench:live\` (\`bench/live-follow.ts\`).`,
      '',
      ...machineLines(machine, 'Chromium and the measuring script'),
      `A whole server (\`mesas serve\` on the embedded database with the demo data, the built web app) and headless Chromium: the moderator, a participant on the session page and the projector view of a session being held with twelve agenda items. The moderator takes the room to another item through the API (\`PUT /api/meetings/:id/current-item\`) ${JUMPS} times, after three jumps to warm up; each figure is the time from just before the request is sent until the page marks that item current (participant: \`aria-current="step"\` on the item; projector: its title), seen by a MutationObserver in the page.`,
      '',
      '| Screen | Jumps | p50 | p90 | Slowest |',
      '| --- | ---: | ---: | ---: | ---: |',
      `| Participant (session page) | ${participantFigures.n} | ${participantFigures.p50} ms | ${participantFigures.p90} ms | ${participantFigures.max} ms |`,
      `| Projector view | ${projectorFigures.n} | ${projectorFigures.p50} ms | ${projectorFigures.p90} ms | ${projectorFigures.max} ms |`,
      '',
      '### Goal',
      '',
      `- ${met ? 'Met' : 'Not met'}: every screen shows the new current item within ${GOAL_MS} ms (slowest: participant ${participantFigures.max} ms, projector ${projectorFigures.max} ms).`,
      '',
      SECTION_END,
    ].join('\n');
    publishSection(docPath, SECTION_START, SECTION_END, section);
    if (!met) log(`Goal not met: a screen took more than ${GOAL_MS} ms`);
  } finally {
    await browser?.close();
    if (server) await stopServer(server);
  }
}

await runBenchmark(main, cleanUp);
