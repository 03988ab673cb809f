import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page, Request, Response } from 'playwright-core';
import { expect } from 'vitest';
import { type App, buildApp } from '../../src/server/app';
import { testConfig } from '../support/app';
import { launchChromium, testChromium } from '../support/chromium';

export { signIn } from '../support/chromium';

import { freshDatabase } from '../support/database';

export const WEB_ROOT = path.resolve('dist/web');

export interface Harness {
  app: App;
  baseUrl: string;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * A whole server (API and built web app) on a fresh demo database, and a headless Chromium; overrides
 * are configuration variables (e.g. SMTP_HOST for a test's own mail server).
 */
export async function startHarness(overrides: Record<string, string> = {}): Promise<Harness> {
  const config = testConfig(overrides);
  const database = await freshDatabase();
  const app = await buildApp({ config, database, sessionSecret: config.SESSION_SECRET!, webRoot: WEB_ROOT });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  const browser = await launchChromium(testChromium());
  return {
    app,
    baseUrl: `http://127.0.0.1:${address.port}`,
    browser,
    async close() {
      await browser.close();
      await app.close();
      await database.drop();
    },
  };
}

/** A page in its own browser context (own cookies and localStorage). */
export async function newPage(h: Harness): Promise<Page> {
  // Reduced motion: accessibility checks then see dialogs at rest, not half-faded in.
  const context = await h.browser.newContext({
    baseURL: h.baseUrl,
    viewport: { width: 1280, height: 900 },
    reducedMotion: 'reduce',
  });
  return context.newPage();
}

/** How long a test waits for what the page shows after a change, polling every 100 ms. */
export const LIVE = { timeout: 15_000, interval: 100 };

/**
 * Runs axe on the page as it is now and fails on serious or critical violations, listing them. Axe runs
 * inside the page itself (legacy mode: the app has no cross-origin frames, which is what the default
 * mode's extra page is for) and collects only violations, what this asserts: the same rules at a
 * third of the time.
 */
export async function expectAccessible(page: Page, what: string) {
  const results = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .analyze();
  const severe = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(severe.join('\n'), `accessibility of ${what}`).toBe('');
}

/** Reads the API with the page's own session cookie, so expectations come from the server. */
export async function apiGet<T>(page: Page, url: string): Promise<T> {
  const res = await page.request.get(url);
  expect(res.status(), url).toBe(200);
  return (await res.json()) as T;
}

/** The id of a demo Mesa, as the signed-in page's account sees the Mesas. */
export async function mesaId(page: Page, slug: string): Promise<string> {
  const { mesas } = await apiGet<{ mesas: { id: string; slug: string }[] }>(page, '/api/mesas');
  const found = mesas.find((x) => x.slug === slug);
  expect(found, `the demo Mesa ${slug}`).toBeDefined();
  return found!.id;
}

/** The id of the demo Forestry Mesa. */
export const forestalId = (page: Page) => mesaId(page, 'forestal');

/**
 * Resolves when the page has read `reloadPath` (GET) again after its write to `writePath` was answered:
 * the reload a write starts, as opposed to one already under way. Arm it before the write.
 */
export function reloadAfter(page: Page, writePath: string, reloadPath: string): Promise<void> {
  const pathOf = (url: string) => new URL(url).pathname;
  let written = false;
  const started = new Set<Request>();
  const onResponse = (r: Response) => {
    if (r.request().method() !== 'GET' && pathOf(r.url()) === writePath) written = true;
  };
  const onRequest = (r: Request) => {
    if (written && r.method() === 'GET' && pathOf(r.url()) === reloadPath) started.add(r);
  };
  page.on('response', onResponse);
  page.on('request', onRequest);
  return page
    .waitForResponse((r) => started.has(r.request()))
    .then(() => undefined)
    .finally(() => {
      page.off('response', onResponse);
      page.off('request', onRequest);
    });
}
