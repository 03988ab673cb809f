import { existsSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/demo/seed';

/** Debian's Chromium, the whole browser as people run it: the benchmarks measure what they would see. */
export const CHROMIUM = '/usr/bin/chromium';

/**
 * Debian's Chromium headless shell (package chromium-headless-shell): the same Blink and V8, built from
 * the same source, without the browser around them; what Playwright itself runs for headless tests. The
 * browser tests drive it when it is installed: the whole tier took 413 → 312 s on two cores, its
 * Chromium processes 42% less CPU on the same files (docs/BENCHMARKS.md, "The test suite").
 */
export const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

/** The Chromium the browser tests drive: the headless shell when it is installed, else the browser. */
export const testChromium = () => (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : CHROMIUM);

/** Debian's Chromium, headless (never a downloaded one): the browser, or the headless shell. */
export function launchChromium(executablePath = CHROMIUM): Promise<Browser> {
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Signs in on the sign-in page, as a person would (a demo account unless a password is given). */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/login');
  await page.locator('input[type="email"]').fill(email);
  await page.locator('input[type="password"]').fill(password);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL((url) => url.pathname !== '/login');
}
