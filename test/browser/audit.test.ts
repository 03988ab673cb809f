import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MesaSummary } from '../../web/src/api';
import webEs from '../../web/src/i18n/audit.es.json';
import { apiGet, expectAccessible, type Harness, newPage, signIn, startHarness } from './support';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const w = webEs.auditTrail;

async function forestal(page: Page) {
  const { mesas } = await apiGet<{ mesas: MesaSummary[] }>(page, '/api/mesas');
  const mesa = mesas.find((x) => x.slug === 'forestal')!;
  const matrix = await apiGet<{ problems: { id: string; title: string }[] }>(
    page,
    `/api/mesas/${mesa.id}/matrix`,
  );
  return { mesaId: mesa.id, problem: matrix.problems[0]! };
}

describe('the audit trail in the web app', () => {
  it('shows the coordinating office what changed, on the Mesa page and on a problem page', async () => {
    const page = await newPage(h);
    await signIn(page, 'coordinator@demo.mesas.local');
    const { mesaId, problem } = await forestal(page);

    // A change made now is the newest line of the problem's history, with the field it changed.
    const current = await apiGet<{ version: number; impact: number }>(page, `/api/problems/${problem.id}`);
    const impact = current.impact === 5 ? 4 : 5;
    const csrf = (await apiGet<{ csrfToken: string }>(page, '/api/auth/me')).csrfToken;
    const edited = await page.request.patch(`/api/problems/${problem.id}`, {
      data: { version: current.version, impact },
      headers: { 'x-csrf-token': csrf },
    });
    expect(edited.status(), await edited.text()).toBe(200);

    await page.goto(`/problems/${problem.id}`);
    const history = page.getByRole('region', { name: w.recordTitle });
    const newest = history.getByRole('row').nth(1);
    await expect
      .poll(() => newest.textContent(), { timeout: 10_000 })
      .toContain(`${w.action.update} · ${w.entity.problem}`);
    expect(await newest.textContent()).toContain(`impact: ${current.impact} → ${impact}`);
    expect(await history.getByRole('row').last().textContent()).toContain(w.action.create);
    await expectAccessible(page, 'a problem page with its history of changes');

    await page.goto(`/mesas/${mesaId}`);
    const trail = page.getByRole('region', { name: w.title });
    await expect.poll(() => trail.getByRole('row').count(), { timeout: 10_000 }).toBeGreaterThan(20);
    const rowsBefore = await trail.getByRole('row').count();
    await trail.getByRole('button', { name: w.older }).click();
    await expect.poll(() => trail.getByRole('row').count(), { timeout: 10_000 }).toBeGreaterThan(rowsBefore);
    await expectAccessible(page, 'a Mesa page with its audit trail');
  });

  it('is not shown to the dedicated team', async () => {
    const page = await newPage(h);
    await signIn(page, 'team@demo.mesas.local');
    const { mesaId, problem } = await forestal(page);
    await page.goto(`/problems/${problem.id}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('region', { name: w.recordTitle }).count()).toBe(0);
    await page.goto(`/mesas/${mesaId}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('region', { name: w.title }).count()).toBe(0);
  });
});
