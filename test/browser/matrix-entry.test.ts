import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import webEs from '../../web/src/i18n/es.json';
import matrixEs from '../../web/src/i18n/matrix.es.json';
import type { Matrix, ProblemDetail } from '../../web/src/pages/matrix/matrixApi';
import { apiGet, expectAccessible, forestalId, type Harness, newPage, signIn, startHarness } from './support';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const m = matrixEs.matrix;

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const matrixOf = (page: Page, mesaId: string) => apiGet<Matrix>(page, `/api/mesas/${mesaId}/matrix`);
/** The label of the focused field, or the tag name when it is not a labelled field. */
const activeLabel = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el instanceof HTMLInputElement ? (el.labels?.[0]?.textContent ?? '') : (el?.tagName ?? '');
  });

/** Counts, in the page, every key pressed; `resetKeys` starts again from zero. */
const countKeys = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { keysPressed: number };
    w.keysPressed = 0;
    document.addEventListener('keydown', () => w.keysPressed++, true);
  });
const resetKeys = (page: Page) =>
  page.evaluate(() => {
    (window as unknown as { keysPressed: number }).keysPressed = 0;
  });
const keysPressed = (page: Page) =>
  page.evaluate(() => (window as unknown as { keysPressed: number }).keysPressed);

/** Pastes text into the focused field as a spreadsheet would, without the clipboard permission. */
const paste = (page: Page, text: string) =>
  page.evaluate((value) => {
    const data = new DataTransfer();
    data.setData('text/plain', value);
    document.activeElement?.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);

async function openMatrix(page: Page, mesaId: string) {
  await page.goto(`/mesas/${mesaId}/matrix`);
  await expect.poll(() => h1(page).textContent()).toBe(m.title);
}

describe('typing in the Matrix like in a spreadsheet', () => {
  it('has the title focused when the Matrix opens, and adds a problem with the title and Enter', async () => {
    const page = await newPage(h);
    await signIn(page, 'team@demo.mesas.local');
    const mesaId = await forestalId(page);
    expect((await matrixOf(page, mesaId)).can.createProblem).toBe(true);
    await openMatrix(page, mesaId);
    await expect.poll(() => activeLabel(page)).toContain(m.quick.problemTitle);
    await expectAccessible(page, 'the Matrix with its entry row');

    // The entry row is one compact line.
    const box = await page.getByTestId('quick-entry').boundingBox();
    expect(box!.height, 'height of the entry row').toBeLessThanOrEqual(44);

    await countKeys(page);
    const stamp = Date.now().toString(36);
    const titles = [
      `Guía de transporte forestal en papel ${stamp}`,
      `Sin ventanilla única forestal ${stamp}`,
    ];
    for (const title of titles) {
      await page.keyboard.type(title);
      await resetKeys(page);
      await page.keyboard.press('Enter');
      await expect
        .poll(async () => (await matrixOf(page, mesaId)).problems.some((p) => p.title === title))
        .toBe(true);
      // The title plus one key: at most two are allowed.
      expect(await keysPressed(page), `keys after the title of “${title}”`).toBe(1);
      await expect.poll(() => activeLabel(page)).toContain(m.quick.problemTitle);
    }

    const added = (await matrixOf(page, mesaId)).problems.filter((p) => titles.includes(p.title));
    expect(added.map((p) => [p.ownerType, p.impact, p.ease, p.status])).toEqual([
      ['MP', 3, 3, 'identified'],
      ['MP', 3, 3, 'identified'],
    ]);
    await page.getByRole('searchbox', { name: m.filter.search }).fill(stamp);
    await expect.poll(() => page.locator('tbody tr[data-problem-id]').count()).toBe(2);
    await page.context().close();
  });

  it('shows five pasted spreadsheet rows before creating them, then creates the five', async () => {
    const page = await newPage(h);
    await signIn(page, 'team@demo.mesas.local');
    const mesaId = await forestalId(page);
    const before = await matrixOf(page, mesaId);
    const category = before.categories.find((c) => !c.archived)!;
    expect(category, 'a barrier category').toBeDefined();
    await openMatrix(page, mesaId);
    await expect.poll(() => activeLabel(page)).toContain(m.quick.problemTitle);

    const stamp = Date.now().toString(36);
    const rows = [
      [`Registro de plantaciones tarda 8 meses ${stamp}`, category.nameEs, 'MP', '5', '4'],
      [`Certificado fitosanitario solo en Lima ${stamp}`, category.key, 'YP', '4', '2'],
      [`Falta de viveros certificados ${stamp}`, '', 'YP', '', ''],
      [`Inspecciones repetidas en el puerto ${stamp}`, 'Categoría inexistente', 'MP', '7', '3'],
      [`Crédito forestal sin garantías "aceptables" ${stamp}`, '', '', '2', '5'],
    ];
    const text = [['Título', 'Categoría', 'MP/YP', 'Impacto', 'Facilidad'], ...rows]
      .map((cells) => cells.join('\t'))
      .join('\r\n');
    await paste(page, text);

    const dialog = page.getByRole('dialog', { name: m.paste.title });
    await expect.poll(() => dialog.count()).toBe(1);
    const previewRows = dialog.locator('tbody tr');
    await expect.poll(() => previewRows.count()).toBe(5);
    expect(await dialog.textContent()).toContain(m.paste.headerSkipped);
    // The unknown category and the impact of 7 are said on their row.
    const warned = dialog.locator('tbody tr[data-warning]');
    expect(await warned.count()).toBe(1);
    expect(await warned.textContent()).toContain('Categoría inexistente');
    // Nothing is created before the confirmation.
    expect((await matrixOf(page, mesaId)).problems.length).toBe(before.problems.length);
    await expectAccessible(page, 'the preview of pasted rows');
    await dialog
      .getByRole('button', { name: m.paste.create_other.replace('{{count}}', '5'), exact: true })
      .click();
    await expect.poll(() => dialog.count()).toBe(0);

    await expect
      .poll(async () => (await matrixOf(page, mesaId)).problems.filter((p) => p.title.endsWith(stamp)).length)
      .toBe(5);
    const created = (await matrixOf(page, mesaId)).problems.filter((p) => p.title.endsWith(stamp));
    created.sort((a, b) => a.number - b.number);
    // Created in the pasted order, each as its row says.
    expect(created.map((p) => [p.title, p.category?.key ?? null, p.ownerType, p.impact, p.ease])).toEqual([
      [rows[0]![0], category.key, 'MP', 5, 4],
      [rows[1]![0], category.key, 'YP', 4, 2],
      [rows[2]![0], null, 'YP', 3, 3],
      [rows[3]![0], null, 'MP', 3, 3],
      [rows[4]![0], null, 'MP', 2, 5],
    ]);
    // The title field keeps nothing of the paste.
    expect(await page.getByRole('textbox', { name: m.quick.problemTitle }).inputValue()).toBe('');
    await page.getByRole('searchbox', { name: m.filter.search }).fill(stamp);
    await expect.poll(() => page.locator('tbody tr[data-problem-id]').count()).toBe(5);
    await page.context().close();
  });

  it('creates nothing when the preview is cancelled', async () => {
    const page = await newPage(h);
    await signIn(page, 'team@demo.mesas.local');
    const mesaId = await forestalId(page);
    const before = await matrixOf(page, mesaId);
    await openMatrix(page, mesaId);
    await expect.poll(() => activeLabel(page)).toContain(m.quick.problemTitle);
    const stamp = Date.now().toString(36);
    await paste(page, `Uno ${stamp}\nDos ${stamp}`);
    const dialog = page.getByRole('dialog', { name: m.paste.title });
    await expect.poll(() => dialog.locator('tbody tr').count()).toBe(2);
    await dialog.getByRole('button', { name: webEs.common.cancel, exact: true }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect((await matrixOf(page, mesaId)).problems.length).toBe(before.problems.length);
    await page.context().close();
  });

  it('shows both values when someone else changed the row, and applies mine on top of theirs', async () => {
    const page = await newPage(h);
    await signIn(page, 'team@demo.mesas.local');
    // Without the live stream (a dropped link), this page keeps the row as it read it.
    await page.route('**/matrix/events', (route) => route.abort());
    const mesaId = await forestalId(page);
    const { csrfToken } = await apiGet<{ csrfToken: string }>(page, '/api/auth/me');
    const problemOf = (id: string) => apiGet<ProblemDetail>(page, `/api/problems/${id}`);
    const target = (await matrixOf(page, mesaId)).problems.find((p) => p.status === 'identified')!;
    expect(target, 'an identified problem').toBeDefined();
    await openMatrix(page, mesaId);

    // Someone else changes the ease meanwhile; here the impact is changed on the row as it was read.
    const theirEase = target.ease === 5 ? 4 : 5;
    const res = await page.request.patch(`/api/problems/${target.id}`, {
      headers: { 'X-CSRF-Token': csrfToken },
      data: { ease: theirEase, version: target.version },
    });
    expect(res.status()).toBe(200);
    const myImpact = target.impact === 1 ? 2 : 1;
    await page.getByLabel(m.inline.impact.replace('{{code}}', target.code)).selectOption(String(myImpact));

    const alert = page.getByRole('alert').filter({ hasText: m.conflict.title });
    await expect.poll(() => alert.getByTestId('conflict-compare').count()).toBe(1);
    const row = alert.locator('tr[data-field="impact"]');
    expect(await row.locator('th').textContent()).toBe(m.col.impact);
    expect(await row.locator('td[data-value="mine"]').textContent()).toBe(String(myImpact));
    expect(await row.locator('td[data-value="current"]').textContent()).toContain(String(target.impact));
    expect(await alert.textContent()).toContain(m.conflict.current);
    await expectAccessible(page, 'the conflict with both values');
    // Nothing was written yet.
    expect((await problemOf(target.id)).impact).toBe(target.impact);

    await alert.getByRole('button', { name: m.conflict.applyMine }).click();
    await expect.poll(() => alert.count()).toBe(0);
    const saved = await problemOf(target.id);
    expect([saved.impact, saved.ease]).toEqual([myImpact, theirEase]);
    await page.context().close();
  });
});
