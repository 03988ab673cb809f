import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sheetEs from '../../src/i18n/strings.es';
import type { Organization } from '../../web/src/api';
import matrixEs from '../../web/src/i18n/matrix.es.json';
import webEs from '../../web/src/i18n/strings.es';
import type { Matrix, ProblemDetail } from '../../web/src/pages/matrix/matrixApi';
import { apiGet, expectAccessible, forestalId, type Harness, newPage, signIn, startHarness } from './support';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const pe = matrixEs.problemEdit;
const ex = matrixEs.matrixExport;
const im = matrixEs.matrixImport;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const matrixOf = (page: Page, mesaId: string) => apiGet<Matrix>(page, `/api/mesas/${mesaId}/matrix`);
const problemOf = (page: Page, id: string) => apiGet<ProblemDetail>(page, `/api/problems/${id}`);

/** A small XLSX workbook: a header row, then one row per problem. */
async function workbook(headers: string[], rows: (string | number)[][]): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Matriz');
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function openWizard(page: Page, mesaId: string) {
  await page.goto(`/mesas/${mesaId}/matrix`);
  await expect.poll(() => h1(page).textContent()).toBe(matrixEs.matrix.title);
  await page.getByRole('button', { name: im.open }).click();
  const dialog = page.getByRole('dialog', { name: im.title });
  await expect.poll(() => dialog.count()).toBe(1);
  return dialog;
}

async function chooseFile(page: Page, name: string, buffer: Buffer) {
  const dialog = page.getByRole('dialog', { name: im.title });
  await dialog.getByLabel(im.file).setInputFiles({ name, mimeType: XLSX_TYPE, buffer });
  await expect.poll(() => dialog.getByRole('heading', { name: im.step.mapping }).count()).toBe(1);
  return dialog;
}

describe('editing problems and the spreadsheet round trip', () => {
  it('edits the title and responsible entities of a problem through the form', async () => {
    const page = await newPage(h);
    await signIn(page, 'team@demo.mesas.local');
    const mesaId = await forestalId(page);
    const matrix = await matrixOf(page, mesaId);
    expect(matrix.can.updateProblem).toBe(true);
    const target = matrix.problems.find((p) => p.entities.length > 0)!;
    expect(target, 'a Forestry problem with responsible entities').toBeDefined();
    const { organizations } = await apiGet<{ organizations: Organization[] }>(page, '/api/organizations');
    const added = organizations.find(
      (o) => o.kind === 'public_entity' && !target.entities.some((e) => e.id === o.id),
    )!;
    expect(added, 'a public entity not yet responsible').toBeDefined();

    await page.goto(`/problems/${target.id}`);
    await expect.poll(() => h1(page).textContent()).toBe(`${target.code} · ${target.title}`);
    await page.getByRole('button', { name: pe.open }).click();
    const dialog = page.getByRole('dialog', { name: pe.title.replace('{{code}}', target.code) });
    await expect.poll(() => dialog.count()).toBe(1);
    await expectAccessible(page, 'the problem edit form');

    const title = `${target.title} (revisado ${Date.now().toString(36)})`;
    await dialog.getByRole('textbox', { name: pe.field.title }).fill(title);
    // The last responsible entity is taken away with Backspace, a new one is chosen by typing.
    const entities = dialog.getByLabel(pe.field.entityIds, { exact: true });
    await entities.click();
    await page.keyboard.press('Backspace');
    await entities.fill(added.acronym ?? added.name);
    const label = added.acronym ? `${added.name} (${added.acronym})` : added.name;
    await page.getByRole('option', { name: label, exact: true }).click();
    await page.keyboard.press('Escape');
    expect(await dialog.count(), 'Escape closes the list of entities, not the dialog').toBe(1);
    await dialog.getByRole('button', { name: pe.save }).click();

    const expected = [...target.entities.slice(0, -1).map((e) => e.id), added.id].sort();
    await expect.poll(async () => (await problemOf(page, target.id)).title).toBe(title);
    const saved = await problemOf(page, target.id);
    expect(saved.entities.map((e) => e.id).sort()).toEqual(expected);
    expect(saved.version).toBe(target.version + 1);
    // The untouched fields are as they were.
    expect([saved.impact, saved.ease, saved.visibility, saved.ownerType]).toEqual([
      target.impact,
      target.ease,
      target.visibility,
      target.ownerType,
    ]);
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => h1(page).textContent()).toBe(`${target.code} · ${title}`);
    await page.context().close();
  });

  it('shows what someone else saved meanwhile and keeps both changes after a reload', async () => {
    const page = await newPage(h);
    await signIn(page, 'team@demo.mesas.local');
    const mesaId = await forestalId(page);
    const { csrfToken } = await apiGet<{ csrfToken: string }>(page, '/api/auth/me');
    const target = (await matrixOf(page, mesaId)).problems.at(-1)!;
    await page.goto(`/problems/${target.id}`);
    await page.getByRole('button', { name: pe.open }).click();
    const dialog = page.getByRole('dialog', { name: pe.title.replace('{{code}}', target.code) });
    const title = `Título cambiado aquí ${Date.now().toString(36)}`;
    await dialog.getByRole('textbox', { name: pe.field.title }).fill(title);

    // Someone else saves the problem meanwhile.
    const ease = target.ease === 5 ? 4 : 5;
    const res = await page.request.patch(`/api/problems/${target.id}`, {
      headers: { 'X-CSRF-Token': csrfToken },
      data: { ease, version: target.version },
    });
    expect(res.status()).toBe(200);

    await dialog.getByRole('button', { name: pe.save }).click();
    const alert = dialog.getByRole('alert').filter({ hasText: pe.conflict.title });
    await expect.poll(() => alert.count()).toBe(1);
    expect(await alert.textContent()).toContain(`${pe.field.ease}: ${ease}`);
    // Nothing of this form was written.
    expect((await problemOf(page, target.id)).title).toBe(target.title);

    await alert.getByRole('button', { name: pe.conflict.reload }).click();
    await expect.poll(() => alert.count()).toBe(0);
    expect(await dialog.getByRole('textbox', { name: pe.field.title }).inputValue()).toBe(title);
    expect(await dialog.getByLabel(pe.field.ease).inputValue()).toBe(String(ease));
    await dialog.getByRole('button', { name: pe.save }).click();
    await expect.poll(async () => (await problemOf(page, target.id)).title).toBe(title);
    expect((await problemOf(page, target.id)).ease).toBe(ease);
    await page.context().close();
  });

  it('downloads the Matrix as XLSX and links the CSV, in the UI language', async () => {
    const page = await newPage(h);
    await signIn(page, 'team@demo.mesas.local');
    const mesaId = await forestalId(page);
    await page.goto(`/mesas/${mesaId}/matrix`);
    await expect.poll(() => h1(page).textContent()).toBe(matrixEs.matrix.title);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: ex.xlsx }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const file = await readFile((await download.path())!);
    expect(file.length).toBeGreaterThan(1000);
    expect(file.subarray(0, 2).toString('latin1')).toBe('PK');

    const csv = await page.getByRole('link', { name: ex.csv }).getAttribute('href');
    expect(csv).toBe(`/api/mesas/${mesaId}/matrix.csv?lang=es`);
    const res = await page.request.get(csv!);
    expect(res.status()).toBe(200);
    expect((await res.text()).split('\n')[0]).toContain(sheetEs.matrixSheet.columns.title);
    await page.context().close();
  });

  it('imports an XLSX Matrix after a mapping step, and writes nothing when a row is wrong', async () => {
    const page = await newPage(h);
    await signIn(page, 'team@demo.mesas.local');
    const mesaId = await forestalId(page);
    const before = await matrixOf(page, mesaId);
    expect(before.can.import).toBe(true);
    const stamp = Date.now().toString(36);
    // "Puntaje A" is not a header Mesas knows: it is mapped to the impact by hand.
    const headers = ['Problema', 'Descripción', 'Puntaje A', 'Facilidad'];
    const good = await workbook(headers, [
      [`Guías de remisión en papel ${stamp}`, 'Cada traslado exige una guía impresa', 4, 5],
      [`Inspecciones repetidas en el puerto ${stamp}`, '', 2, 3],
    ]);

    const dialog = await openWizard(page, mesaId);
    await chooseFile(page, 'matriz.xlsx', good);
    const columnC = dialog.getByLabel(
      im.mapColumn.replace('{{letter}}', 'C').replace('{{header}}', 'Puntaje A'),
    );
    expect(await columnC.inputValue()).toBe('');
    expect(
      await dialog
        .getByLabel(im.mapColumn.replace('{{letter}}', 'A').replace('{{header}}', 'Problema'))
        .inputValue(),
    ).toBe('title');
    await columnC.selectOption('impact');
    // The preview is read again through the new mapping: the impact column appears with its values.
    const preview = dialog.getByTestId('import-preview');
    await expect
      .poll(() => preview.locator('thead').textContent())
      .toContain(sheetEs.matrixSheet.columns.impact);
    await expect.poll(() => preview.locator('tbody tr[data-row="2"]').textContent()).toContain('4');
    expect(await preview.locator('tbody tr').count()).toBe(2);
    await expectAccessible(page, 'the import wizard');

    await dialog.getByRole('button', { name: im.confirm_other.replace('{{count}}', '2') }).click();
    await expect.poll(() => dialog.getByTestId('import-result').count()).toBe(1);
    expect(await dialog.getByTestId('import-result').textContent()).toContain(
      im.createdProblems_other.replace('{{count}}', '2'),
    );
    const after = await matrixOf(page, mesaId);
    const created = after.problems.filter((p) => p.title.endsWith(stamp));
    expect(created.map((p) => [p.title, p.impact, p.ease]).sort()).toEqual(
      [
        [`Guías de remisión en papel ${stamp}`, 4, 5],
        [`Inspecciones repetidas en el puerto ${stamp}`, 2, 3],
      ].sort(),
    );
    // The Matrix behind the dialog was refreshed.
    await dialog.getByRole('button', { name: webEs.common.close, exact: true }).last().click();
    await expect.poll(() => dialog.count()).toBe(0);
    for (const p of created) {
      await expect.poll(() => page.locator(`tr[data-problem-id="${p.id}"]`).count()).toBe(1);
    }

    // A file with one bad row: the row's error is shown, the import is refused and nothing is written.
    const bad = `mala-${stamp}`;
    const wrong = await workbook(
      ['Problema', 'Impacto', 'Facilidad'],
      [
        [`Primera fila correcta ${bad}`, 3, 3],
        [`Segunda fila con facilidad 9 ${bad}`, 2, 9],
      ],
    );
    await page.getByRole('button', { name: im.open }).click();
    await chooseFile(page, 'matriz-mala.xlsx', wrong);
    const previewErrors = dialog.getByTestId('import-row-errors');
    await expect.poll(() => previewErrors.locator('tbody tr').count()).toBe(1);
    expect(await previewErrors.locator('tbody tr').first().textContent()).toContain('«9»');

    await dialog.getByRole('button', { name: im.confirm_other.replace('{{count}}', '2') }).click();
    const failure = dialog.getByTestId('import-failure');
    await expect.poll(() => failure.count()).toBe(1);
    expect(await failure.textContent()).toContain(im.nothingImported);
    const refused = failure.locator('tbody tr');
    expect(await refused.count()).toBe(1);
    const cells = await refused.first().locator('td').allTextContents();
    expect(cells[0]).toBe('3');
    expect(cells[1]).toBe('C');
    expect(cells[3]).toContain('«9»');
    const final = await matrixOf(page, mesaId);
    expect(final.problems.filter((p) => p.title.includes(bad))).toEqual([]);
    expect(final.problems.length).toBe(after.problems.length);
    await page.context().close();
  });
});
