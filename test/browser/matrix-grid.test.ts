import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import appEs from '../../web/src/i18n/es.json';
import gridEs from '../../web/src/i18n/grid.es.json';
import matrixEs from '../../web/src/i18n/matrix.es.json';
import type { Matrix, ProblemDetail } from '../../web/src/pages/matrix/matrixApi';
import { apiGet, expectAccessible, forestalId, type Harness, LIVE, signIn, startHarness } from './support';

let h: Harness;
let mesaId = '';
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const m = matrixEs.matrix;
const g = gridEs.grid;
const sv = matrixEs.savedViews;

async function pageAt(width: number, height: number, email = 'team@demo.mesas.local'): Promise<Page> {
  const context = await h.browser.newContext({
    baseURL: h.baseUrl,
    viewport: { width, height },
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

const matrixOf = (page: Page) => apiGet<Matrix>(page, `/api/mesas/${mesaId}/matrix`);
const rows = (page: Page) => page.locator('tbody tr[data-problem-id]');
const rowIds = (page: Page) =>
  rows(page).evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-problem-id')));

/** Rows whose whole box is inside the window. */
const rowsInSight = (page: Page) =>
  rows(page).evaluateAll((trs) => {
    const bottom = window.innerHeight;
    return trs.filter((tr) => {
      const box = tr.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= bottom && box.height > 0;
    }).length;
  });

/** The column key of the cell that has the keyboard focus. */
const focusedColumn = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.getAttribute('data-col-key') ?? null);

describe('the Matrix grid', () => {
  it('shows twenty rows and more on a 1440×900 screen, and the view (filters, sort, columns) lives in the address', async () => {
    const page = await pageAt(1440, 900);
    mesaId = await forestalId(page);
    const { csrfToken } = await apiGet<{ csrfToken: string }>(page, '/api/auth/me');
    // Enough problems to fill a screen: the demo Matrix and 24 more.
    const stamp = Date.now().toString(36);
    for (let i = 0; i < 24; i++) {
      const res = await page.request.post(`/api/mesas/${mesaId}/problems`, {
        headers: { 'X-CSRF-Token': csrfToken },
        data: { title: `Cuello de botella ${i + 1} ${stamp}`, impact: (i % 5) + 1, ease: ((i * 3) % 5) + 1 },
      });
      expect(res.status()).toBe(201);
    }
    const matrix = await matrixOf(page);
    expect(matrix.problems.length).toBeGreaterThan(30);

    await page.goto(`/mesas/${mesaId}/matrix`);
    await rows(page).first().waitFor();
    expect(await rowsInSight(page)).toBeGreaterThanOrEqual(20);
    // Only the rows in sight (and a few more) are in the document: 2,000 scroll like 30.
    expect(await rows(page).count()).toBeLessThan(matrix.problems.length);
    await expectAccessible(page, 'the Matrix grid');
    await page.screenshot({ path: '/tmp/mesas-matrix-grid.png' });

    // Every column is there, the last one reachable by scrolling the grid sideways.
    const headers = await page
      .locator('[data-testid="matrix-grid"] thead th')
      .evaluateAll((ths) => ths.map((th) => th.getAttribute('data-col-key')));
    expect(headers).toEqual([
      'number',
      'title',
      'status',
      'focus',
      'category',
      'owner',
      'entities',
      'impact',
      'ease',
      'priority',
      'next',
      'solution',
      'indicators',
      'flags',
    ]);

    // Sort by impact, highest first: two clicks on the header.
    const impactHeader = page.locator('thead th[data-col-key="impact"] button');
    await impactHeader.click();
    await impactHeader.click();
    await page.waitForURL(
      (url) => url.searchParams.get('sort') === 'impact' && url.searchParams.get('dir') === 'desc',
    );
    expect(await page.locator('thead th[data-col-key="impact"]').getAttribute('aria-sort')).toBe(
      'descending',
    );
    const shown = await rowIds(page);
    const byId = new Map(matrix.problems.map((p) => [p.id, p]));
    const shownImpacts = shown.map((id) => byId.get(id!)!.impact);
    expect(shownImpacts).toEqual([...shownImpacts].sort((a, b) => b - a));

    // A filter and a hidden column, then the address opened by someone else shows the same view.
    await page.getByLabel(m.filter.owner, { exact: true }).selectOption('MP');
    await page.getByRole('button', { name: g.columns }).click();
    await page.getByRole('checkbox', { name: g.col.solution }).uncheck();
    await page.keyboard.press('Escape');
    await page.waitForURL(
      (url) => url.searchParams.get('hide') === 'solution' && url.searchParams.get('owner') === 'MP',
    );
    expect(await page.locator('thead th[data-col-key="solution"]').count()).toBe(0);
    const viewUrl = page.url();
    const mine = await rowIds(page);
    expect(mine.length).toBeGreaterThan(0);

    const other = await pageAt(1440, 900);
    await other.goto(viewUrl);
    await rows(other).first().waitFor();
    // Both grids start at the top; each renders the rows in sight and a few more.
    const theirs = await rowIds(other);
    const shared = Math.min(theirs.length, mine.length);
    expect(shared).toBeGreaterThanOrEqual(20);
    expect(theirs.slice(0, shared)).toEqual(mine.slice(0, shared));
    expect(await other.locator('thead th[data-col-key="solution"]').count()).toBe(0);
    expect(await other.getByLabel(m.filter.owner, { exact: true }).inputValue()).toBe('MP');
    expect(await other.locator('thead th[data-col-key="impact"]').getAttribute('aria-sort')).toBe(
      'descending',
    );
    await other.context().close();
    await page.context().close();
  });

  it('moves with the arrows, edits a cell with Enter and keeps Escape for cancelling', async () => {
    const page = await pageAt(1440, 900);
    await page.goto(`/mesas/${mesaId}/matrix`);
    await rows(page).first().waitFor();
    const matrix = await matrixOf(page);
    const firstId = (await rowIds(page))[0]!;
    const first = matrix.problems.find((p) => p.id === firstId)!;

    // The first cell of the first row, then right along the row.
    await page.locator(`tr[data-problem-id="${firstId}"] td[data-col-key="number"]`).click();
    expect(await focusedColumn(page)).toBe('number');
    await page.keyboard.press('ArrowRight');
    expect(await focusedColumn(page)).toBe('title');
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    expect(await focusedColumn(page)).toBe('impact');

    // Enter opens the editor, a digit chooses, Enter hands the focus back to the cell.
    const impact = first.impact === 5 ? 2 : 5;
    await page.keyboard.press('Enter');
    await page.keyboard.type(String(impact));
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await apiGet<ProblemDetail>(page, `/api/problems/${firstId}`)).impact)
      .toBe(impact);
    await expect.poll(() => focusedColumn(page)).toBe('impact');

    // The title: Enter edits in place, Escape cancels, Enter saves.
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    expect(await focusedColumn(page)).toBe('title');
    await page.keyboard.press('Enter');
    const editor = page.getByRole('textbox', { name: g.inline.title.replace('{{code}}', first.code) });
    await editor.waitFor();
    await page.keyboard.type(' (descartado)');
    await page.keyboard.press('Escape');
    expect(await editor.count()).toBe(0);
    expect((await apiGet<ProblemDetail>(page, `/api/problems/${firstId}`)).title).toBe(first.title);
    await page.keyboard.press('Enter');
    await editor.waitFor();
    await page.keyboard.press('End');
    await page.keyboard.type(' en Ucayali');
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await apiGet<ProblemDetail>(page, `/api/problems/${firstId}`)).title)
      .toBe(`${first.title} en Ucayali`);

    // Down the column: the next row's title.
    await page.keyboard.press('ArrowDown');
    const second = (await rowIds(page))[1]!;
    expect(
      await page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('data-problem-id')),
    ).toBe(second);
    await page.context().close();
  });

  it('warns next to the star that puts one problem too many in focus', async () => {
    const page = await pageAt(1440, 900);
    await page.goto(`/mesas/${mesaId}/matrix`);
    await rows(page).first().waitFor();
    const matrix = await matrixOf(page);
    const open = ['identified', 'prioritized', 'in_progress'];
    const inFocus = matrix.problems.filter((p) => p.inFocus && open.includes(p.status)).length;
    const candidates = matrix.problems.filter((p) => !p.inFocus && open.includes(p.status));
    const needed = matrix.focusLimit - inFocus + 1;
    expect(candidates.length).toBeGreaterThanOrEqual(needed);
    let star = page.locator('x');
    for (const p of candidates.slice(0, needed)) {
      star = page.getByRole('button', { name: m.inline.focus.replace('{{code}}', p.code) });
      await star.click();
      await expect.poll(() => star.getAttribute('aria-pressed')).toBe('true');
    }
    const warning = page.getByTestId('focus-warning');
    await warning.waitFor();
    expect(await warning.textContent()).toContain(m.focusWarning.title);
    const starBox = (await star.boundingBox())!;
    const warningBox = (await warning.boundingBox())!;
    // Beside the star: within a few pixels of it, on its row.
    expect(Math.abs(warningBox.x - (starBox.x + starBox.width))).toBeLessThan(40);
    expect(warningBox.y).toBeLessThan(starBox.y + starBox.height);
    expect(warningBox.y + warningBox.height).toBeGreaterThan(starBox.y);
    await expectAccessible(page, 'the Matrix with the focus warning');
    await page.context().close();
  });

  it('shows cards without sideways scrolling on a 390 px phone', async () => {
    const page = await pageAt(390, 844);
    await page.goto(`/mesas/${mesaId}/matrix?status=open`);
    const cards = page.locator('[data-testid="matrix-cards"] > li');
    await cards.first().waitFor();
    const matrix = await matrixOf(page);
    const open = matrix.problems.filter((p) =>
      ['identified', 'prioritized', 'in_progress'].includes(p.status),
    );
    expect(await cards.count()).toBe(open.length);
    expect(await page.locator('table[role="grid"]').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const first = cards.first();
    expect(await first.locator('a').count()).toBe(1);
    await expectAccessible(page, 'the Matrix on a phone');
    await page.screenshot({ path: '/tmp/mesas-matrix-phone.png', fullPage: false });
    await page.context().close();
  });

  it('saves the view on screen for the team, shows it again from the menu, renames and deletes it', async () => {
    const page = await pageAt(1440, 900);
    mesaId ||= await forestalId(page);
    const name = `Para la sesión del jueves ${Date.now().toString(36)}`;
    await page.goto(`/mesas/${mesaId}/matrix?status=open&sort=priority&dir=desc`);
    await rows(page).first().waitFor();
    const menu = page.getByTestId('saved-views');
    await menu.click();
    await page.getByRole('menuitem', { name: sv.save }).click();
    const naming = page.getByRole('dialog', { name: sv.saveTitle });
    await naming.getByRole('textbox', { name: sv.name }).fill(name);
    await naming.getByRole('button', { name: sv.saveSubmit }).click();
    await expect.poll(() => naming.count(), LIVE).toBe(0);
    type Views = { views: { id: string; name: string; query: Record<string, string> }[] };
    const saved = (await apiGet<Views>(page, `/api/mesas/${mesaId}/matrix-views`)).views.find(
      (v) => v.name === name,
    );
    expect(saved?.query).toEqual({ status: 'open', sort: 'priority', dir: 'desc' });
    await expect.poll(() => menu.textContent(), LIVE).toContain(sv.buttonActive.replace('{{name}}', name));

    // From the whole Matrix, the saved view puts its filters and its sort back in the address.
    await page.goto(`/mesas/${mesaId}/matrix`);
    await rows(page).first().waitFor();
    await menu.click();
    await page.getByRole('menuitem', { name }).click();
    await page.waitForURL((url) => url.searchParams.get('status') === 'open');
    const url = new URL(page.url());
    expect([url.searchParams.get('sort'), url.searchParams.get('dir')]).toEqual(['priority', 'desc']);

    // Renamed, then deleted (asked once more), from the team's list of views.
    const renamed = `${name} (revisada)`;
    await menu.click();
    await page.getByRole('menuitem', { name: sv.manage }).click();
    const managing = page.getByRole('dialog', { name: sv.manageTitle });
    await managing.getByRole('button', { name: sv.renameOne.replace('{{name}}', name) }).click();
    const renaming = page.getByRole('dialog', { name: sv.renameTitle.replace('{{name}}', name) });
    await renaming.getByRole('textbox', { name: sv.name }).fill(renamed);
    await renaming.getByRole('button', { name: appEs.common.save, exact: true }).click();
    await expect
      .poll(
        async () => (await apiGet<Views>(page, `/api/mesas/${mesaId}/matrix-views`)).views.map((v) => v.name),
        LIVE,
      )
      .toContain(renamed);
    await expectAccessible(page, 'the saved views of a Mesa');
    const again = page.getByRole('dialog', { name: sv.manageTitle });
    await again.getByRole('button', { name: sv.deleteOne.replace('{{name}}', renamed) }).click();
    await again
      .getByRole('group', { name: renamed })
      .getByRole('button', { name: sv.delete, exact: true })
      .click();
    await expect
      .poll(
        async () => (await apiGet<Views>(page, `/api/mesas/${mesaId}/matrix-views`)).views.map((v) => v.name),
        LIVE,
      )
      .not.toContain(renamed);
    await page.context().close();
  });

  it("is readable from the page's own HTML before the app runs, and gives way to the app's grid", async () => {
    const page = await pageAt(1440, 900);
    const matrix = await matrixOf(page);
    // Without JavaScript: the rows the server wrote into the page, in the Matrix order.
    const still = await h.browser.newContext({
      baseURL: h.baseUrl,
      viewport: { width: 1440, height: 900 },
      javaScriptEnabled: false,
      storageState: await page.context().storageState(),
    });
    const plain = await still.newPage();
    await plain.goto(`/mesas/${mesaId}/matrix`);
    const firstRows = plain.locator('#first-rows tr[data-first-row]');
    expect(matrix.problems.length).toBeGreaterThan(40);
    expect(await firstRows.count()).toBe(40);
    expect(await firstRows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-first-row')))).toEqual(
      matrix.problems.slice(0, 40).map((p) => p.id),
    );
    const headers = await plain.locator('#first-rows thead th').allTextContents();
    const cells = await firstRows.first().locator('td').allTextContents();
    expect(cells.slice(0, 3)).toEqual([
      matrix.problems[0]!.code,
      matrix.problems[0]!.title,
      m.status[matrix.problems[0]!.status],
    ]);
    const inSight = await firstRows.evaluateAll(
      (trs) => trs.filter((tr) => tr.getBoundingClientRect().bottom <= window.innerHeight).length,
    );
    expect(inSight).toBeGreaterThanOrEqual(20);
    await still.close();

    // With it: the app's grid takes the rows' place, and they are gone.
    await page.goto(`/mesas/${mesaId}/matrix`);
    await expect.poll(() => rows(page).count(), LIVE).toBeGreaterThan(0);
    expect(await page.locator('#first-rows').count()).toBe(0);
    // The grid names its columns as the rows before it did (N°, Problema, Estado).
    const gridHeaders = (await page.locator('thead th').allTextContents()).map((text) => text.trim());
    for (const header of headers.slice(0, 3)) {
      expect(
        gridHeaders.some((text) => text.startsWith(header)),
        `${header} in ${gridHeaders}`,
      ).toBe(true);
    }
    // The app's style sheet, which the server put after the rows, is in the head again, before the
    // Matrix's own: the order in which they apply is the app's (axe's contrast check below needs it).
    await expect.poll(() => page.locator('body link[rel="stylesheet"]').count(), LIVE).toBe(0);
    const sheets = await page
      .locator('head link[rel="stylesheet"]')
      .evaluateAll((links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname));
    expect(sheets[0]).toMatch(/^\/assets\/index-[\w-]+\.css$/);
    expect(sheets.some((href) => /^\/assets\/matrix-[\w-]+\.css$/.test(href))).toBe(true);
    await expectAccessible(page, 'the Matrix after its first rows');
    await page.context().close();
  });
});
