import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import matrixEs from '../../web/src/i18n/matrix.es.json';
import type { Matrix, ProblemDetail } from '../../web/src/pages/matrix/matrixApi';
import { apiGet, forestalId, type Harness, newPage, signIn, startHarness } from './support';

/**
 * The live Matrix: two people in two browsers have the same Matrix open; what one of them changes
 * appears on the other's screen without reloading the page (how soon is not measured here: a loaded
 * machine would make it flaky), and what the other was typing stays where it was.
 */

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const m = matrixEs.matrix;
/** Generous: the change is expected well within a second, but the check must not depend on the machine. */
const LIVE = { timeout: 5_000, interval: 50 };

/** Writes through the API with the page's session (and its CSRF token). */
async function apiPatch<T>(page: Page, url: string, data: unknown): Promise<T> {
  const { csrfToken } = await apiGet<{ csrfToken: string }>(page, '/api/auth/me');
  const res = await page.request.patch(url, { headers: { 'X-CSRF-Token': csrfToken }, data });
  expect(res.status(), `${url}: ${await res.text()}`).toBe(200);
  return (await res.json()) as T;
}

const rowOf = (page: Page, problemId: string) => page.locator(`[data-problem-id="${problemId}"]`).first();

describe('the live Matrix', () => {
  it("shows another member's change without a reload, and keeps what is being typed", async () => {
    // Context A: a representative with the Matrix open. Context B: the dedicated team, editing.
    const reader = await newPage(h);
    await signIn(reader, 'public_rep@demo.mesas.local');
    const editor = await newPage(h);
    await signIn(editor, 'team@demo.mesas.local');
    const mesaId = await forestalId(reader);
    // The first problem of the Matrix as the reader sees it: on screen without scrolling.
    const shown = await apiGet<Matrix>(reader, `/api/mesas/${mesaId}/matrix`);
    const target = shown.problems[0]!;
    expect(target, 'a problem in the Forestry Matrix').toBeDefined();

    const streamOpened = reader.waitForResponse(
      (res) => res.url().endsWith(`/api/mesas/${mesaId}/matrix/events`) && res.status() === 200,
    );
    await reader.goto(`/mesas/${mesaId}/matrix`);
    await expect.poll(() => rowOf(reader, target.id).count(), LIVE).toBe(1);
    await streamOpened;
    // Set on this page only: still there afterwards means the page was not reloaded.
    await reader.evaluate(() => {
      (window as unknown as { stillThisPage?: boolean }).stillThisPage = true;
    });
    // The reader is typing a new problem, not saved yet.
    const typing = 'Borrador a medio escribir';
    const quickTitle = reader.getByRole('textbox', { name: m.quick.problemTitle });
    await quickTitle.fill(typing);

    // B renames the problem.
    const detail = await apiGet<ProblemDetail>(editor, `/api/problems/${target.id}`);
    const title = `${target.title} (revisado ${Date.now().toString(36)})`;
    await apiPatch(editor, `/api/problems/${target.id}`, { version: detail.version, title });

    // A's Matrix shows it, with no reload and with the draft untouched.
    await expect.poll(() => rowOf(reader, target.id).textContent(), LIVE).toContain(title);
    expect(
      await reader.evaluate(() => (window as unknown as { stillThisPage?: boolean }).stillThisPage),
    ).toBe(true);
    expect(await quickTitle.inputValue()).toBe(typing);
  }, 120_000);
});
