import type { APIRequestContext, APIResponse, Page } from 'playwright-core';

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Installed before any of the page's own scripts (`context.addInitScript`): records the long tasks, and
 * the page's clock at the frame after the first time `selector` matches a visible element (checked on
 * every DOM change) — and, when given, the same for `appSelector` (e.g. the app's own rows, where the
 * first readable rows came in the page's HTML). A string, not a function: the TypeScript runner would
 * add helpers the page does not have.
 */
export const readinessProbe = (selector: string, appSelector?: string) => `(() => {
  const state = { readyAt: null, appAt: null, longTasks: [] };
  state.ready = new Promise((resolve) => { state.resolve = resolve; });
  window.__bench = state;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) state.longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const visible = (el) => (el.checkVisibility ? el.checkVisibility() : el.getClientRects().length > 0);
  const shown = (sel) => { const el = document.querySelector(sel); return !!el && visible(el); };
  const app = ${JSON.stringify(appSelector ?? null)};
  let seen = false;
  let appSeen = app === null;
  const observer = new MutationObserver(() => check());
  const check = () => {
    if (!seen && shown(${JSON.stringify(selector)})) {
      seen = true;
      requestAnimationFrame(() => {
        state.readyAt = performance.now();
        state.resolve();
      });
    }
    if (!appSeen && shown(app)) {
      appSeen = true;
      requestAnimationFrame(() => { state.appAt = performance.now(); });
    }
    if (seen && appSeen) observer.disconnect();
  };
  observer.observe(document, { subtree: true, childList: true, attributes: true });
})()`;

/**
 * Waits until the probe has seen its element, or fails after `timeoutMs` naming the page and how many
 * elements matched. A promise the probe resolves: page.waitForFunction would evaluate a string, which
 * the app's Content-Security-Policy forbids.
 */
export async function untilReadable(page: Page, selector: string, what: string, timeoutMs: number) {
  try {
    await page.evaluate(`Promise.race([
      window.__bench.ready,
      new Promise((_, reject) => setTimeout(() => reject(new Error('not readable in time')), ${timeoutMs})),
    ])`);
  } catch (error) {
    const found = await page.locator(selector).count();
    throw new Error(`${what}: not readable in time on ${page.url()} (${found} of ${selector})`, {
      cause: error,
    });
  }
}

/** What the probe saw: when the page became readable and its long tasks; when `load` came. */
export async function probeReadings(
  page: Page,
): Promise<{ readyAt: number; appAt: number | null; load: number; longTasks: number[] }> {
  return (await page.evaluate(`({
    readyAt: window.__bench.readyAt,
    appAt: window.__bench.appAt,
    load: performance.getEntriesByType('navigation')[0].loadEventStart,
    longTasks: window.__bench.longTasks,
  })`)) as { readyAt: number; appAt: number | null; load: number; longTasks: number[] };
}

/** Waits until the probe has seen the app's element too (`appSelector`), or fails after `timeoutMs`. */
export async function untilAppShown(page: Page, what: string, timeoutMs: number) {
  const by = Date.now() + timeoutMs;
  while ((await page.evaluate('window.__bench.appAt')) === null) {
    if (Date.now() > by) throw new Error(`${what}: the app's own rows never showed on ${page.url()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * The Matrix's rows: the first rows the server writes into the page's HTML (src/server/first-rows.ts),
 * or the app's grid, whichever shows first; and the app's grid alone.
 */
export const MATRIX_ROWS = {
  readable: '#first-rows tr[data-first-row], tr[data-problem-id]',
  app: 'tr[data-problem-id]',
};

/** An API answer's JSON, or an error naming the call (`what`) and the answer when it is not a success. */
export async function answerOf<T>(res: APIResponse, what: string): Promise<T> {
  if (res.status() >= 300) throw new Error(`${what} answered ${res.status()}: ${await res.text()}`);
  return (await res.json()) as T;
}

/** The id of the Mesa of this slug, as the signed-in account sees the Mesas. */
export async function mesaIdOf(request: APIRequestContext, slug: string): Promise<string> {
  const { mesas } = await answerOf<{ mesas: { id: string; slug: string }[] }>(
    await request.get('/api/mesas'),
    'GET /api/mesas',
  );
  const found = mesas.find((m) => m.slug === slug);
  if (!found) throw new Error(`no Mesa ${slug} for this account`);
  return found.id;
}
