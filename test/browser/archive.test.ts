import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import webEs from '../../web/src/i18n/archive.es.json';
import { apiGet, expectAccessible, forestalId, type Harness, newPage, signIn, startHarness } from './support';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const w = webEs.archiveWeb;

describe('the continuity archive in the web app', () => {
  it('downloads a Mesa’s archive and imports it after showing the dry run', async () => {
    const page = await newPage(h);
    await signIn(page, 'coordinator@demo.mesas.local');
    const mesaId = await forestalId(page);

    await page.goto(`/mesas/${mesaId}`);
    await page.getByTestId('archive-download').click();
    const link = page.getByRole('menuitem', { name: w.withoutContacts });
    const href = await link.getAttribute('href');
    expect(href).toBe(`/api/mesas/${mesaId}/archive`);
    const download = await page.request.get(href!);
    expect(download.status()).toBe(200);
    const bytes = await download.body();

    await page.goto('/archives/import');
    await page.locator('input[type="file"]').setInputFiles({
      name: 'forestal.zip',
      mimeType: 'application/zip',
      buffer: bytes,
    });
    await page.getByRole('button', { name: w.check }).click();
    const report = page.getByRole('region', { name: w.reportTitle });
    await expect.poll(() => report.isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await report.textContent()).toContain(w.dryRunNote);
    // The Mesa is already here: the address must change before the import can run.
    expect(await report.textContent()).toContain('forestal');
    const confirm = page.getByTestId('archive-confirm');
    expect(await confirm.isDisabled()).toBe(true);
    await expectAccessible(page, 'the import page with a dry-run report');
    const { mesas: before } = await apiGet<{ mesas: unknown[] }>(page, '/api/mesas');

    await report.getByLabel(w.slug).fill('forestal-2017');
    await confirm.click();
    const done = page.getByRole('status').filter({ hasText: 'forestal-2017' });
    await expect.poll(() => done.isVisible(), { timeout: 15_000 }).toBe(true);
    const { mesas: after } = await apiGet<{ mesas: { slug: string }[] }>(page, '/api/mesas');
    expect(after.length).toBe(before.length + 1);
    expect(after.some((m) => m.slug === 'forestal-2017')).toBe(true);
    await done.getByRole('link', { name: w.open }).click();
    await page.waitForURL(/\/mesas\/[0-9a-f-]{36}$/);
  });
});
