import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import es from '../../web/src/i18n/es.json';
import matrixEs from '../../web/src/i18n/matrix.es.json';
import searchEs from '../../web/src/i18n/search.es.json';
import type { Matrix } from '../../web/src/pages/matrix/matrixApi';
import type { SearchResult } from '../../web/src/pages/search/searchApi';
import { apiGet, expectAccessible, type Harness, mesaId, newPage, signIn, startHarness } from './support';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const s = searchEs.search;
const m = matrixEs.matrix;

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const rowIds = (page: Page) =>
  page
    .locator('tbody tr[data-problem-id]')
    .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-problem-id')));

describe('search', () => {
  it('finds the same bottleneck in the Forestry and the Aquaculture Mesas, each linked to its problem', async () => {
    const page = await newPage(h);
    await signIn(page, 'coordinator@demo.mesas.local');

    // From the top navigation.
    await page
      .getByRole('navigation', { name: es.nav.label })
      .getByRole('link', { name: es.nav.search })
      .click();
    await page.waitForURL('**/search');
    await expect.poll(() => h1(page).textContent()).toBe(s.title);
    expect(await page.getByText(s.purpose).count()).toBe(1);
    expect(await page.getByText(s.hint).count()).toBe(1);

    const q = 'garantía';
    const api = await apiGet<SearchResult>(page, `/api/search?q=${encodeURIComponent(q)}&lang=es&limit=50`);
    // The problems found, by Mesa (lessons found are listed apart from the Mesas' sections).
    const problemHits = api.results.flatMap((r) => (r.kind === 'problem' ? [r] : []));
    const forestal = problemHits.filter((r) => r.mesa.slug === 'forestal');
    const acuicola = problemHits.filter((r) => r.mesa.slug === 'acuicola');
    expect(forestal.length, 'forestry problems about collateral').toBeGreaterThan(0);
    expect(acuicola.length, 'aquaculture problems about collateral').toBeGreaterThan(0);

    await page.getByRole('searchbox', { name: s.label }).fill(q);
    await page.waitForURL((url) => url.searchParams.get('q') === q);
    const hits = page.locator('li.search-hit');
    await expect.poll(() => hits.count()).toBe(api.results.length);

    for (const [slug, expected] of [
      ['forestal', forestal],
      ['acuicola', acuicola],
    ] as const) {
      const section = page.locator(`section[data-mesa-slug="${slug}"]`);
      expect(await section.getByRole('heading', { level: 2 }).textContent()).toBe(expected[0]!.mesa.name);
      const links = await section
        .locator('a.search-hit-link')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links).toEqual(expected.map((r) => `/problems/${r.problem.id}`));
      // The words found are highlighted, as marks, not as markup shown as text.
      const first = section.locator(`li[data-problem-id="${expected[0]!.problem.id}"]`);
      expect((await first.locator('mark').allTextContents()).map((t) => t.toLowerCase())).toContain(q);
      expect(await first.textContent()).not.toContain('<mark>');
      expect(await first.textContent()).toContain(m.status[expected[0]!.problem.status]);
    }
    await expectAccessible(page, 'the search page with results');
    await page.screenshot({ path: '/tmp/mesas-search.png', fullPage: true });

    // A result opens its problem.
    const target = acuicola[0]!;
    await page.locator(`li[data-problem-id="${target.problem.id}"] a.search-hit-link`).click();
    await page.waitForURL(`**/problems/${target.problem.id}`);
    await expect.poll(() => h1(page).textContent()).toBe(`${target.problem.code} · ${target.problem.title}`);

    // Nothing found: said so.
    await page.goto('/search?q=zzzqqxx');
    await expect.poll(() => page.getByText(s.noResults.replace('{{q}}', 'zzzqqxx')).count()).toBe(1);
    await expectAccessible(page, 'the search page without results');
    await page.context().close();
  });

  it('searches the Forestry Matrix on the server, ignoring accents, and keeps the words in the address', async () => {
    const page = await newPage(h);
    await signIn(page, 'team@demo.mesas.local');
    const forestal = await mesaId(page, 'forestal');
    const whole = await apiGet<Matrix>(page, `/api/mesas/${forestal}/matrix`);
    const q = 'titulo';
    const found = await apiGet<Matrix>(page, `/api/mesas/${forestal}/matrix?q=${q}&lang=es`);
    expect(found.problems.length).toBeGreaterThan(0);
    expect(found.problems.length).toBeLessThan(whole.problems.length);
    // The word is typed without its accent; the titles found have it.
    expect(found.problems.some((p) => p.title.includes('título'))).toBe(true);
    expect(found.problems.some((p) => p.title.includes(q))).toBe(false);

    await page.goto(`/mesas/${forestal}/matrix`);
    await expect.poll(() => h1(page).textContent()).toBe(m.title);
    await expect.poll(() => rowIds(page)).toEqual(whole.problems.map((p) => p.id));

    await page.getByRole('searchbox', { name: m.filter.search }).fill(q);
    await expect.poll(() => rowIds(page)).toEqual(found.problems.map((p) => p.id));
    await page.waitForURL((url) => url.searchParams.get('q') === q);

    // The address keeps the search: opened again, the same rows.
    await page.reload();
    await expect.poll(() => h1(page).textContent()).toBe(m.title);
    expect(await page.getByRole('searchbox', { name: m.filter.search }).inputValue()).toBe(q);
    await expect.poll(() => rowIds(page)).toEqual(found.problems.map((p) => p.id));

    // The other filters still apply, on top of the search.
    const statuses = [...new Set(found.problems.map((p) => p.status))];
    await page.getByLabel(m.filter.status, { exact: true }).selectOption(statuses[0]!);
    await expect
      .poll(() => rowIds(page))
      .toEqual(found.problems.filter((p) => p.status === statuses[0]).map((p) => p.id));

    // Cleared, the whole Matrix again.
    await page.getByRole('button', { name: m.filter.clear }).click();
    await expect.poll(() => rowIds(page)).toEqual(whole.problems.map((p) => p.id));
    await expect.poll(() => new URL(page.url()).searchParams.has('q')).toBe(false);
    await page.context().close();
  });
});
