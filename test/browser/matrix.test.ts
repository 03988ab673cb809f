import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import matrixEs from '../../web/src/i18n/matrix.es.json';
import type { Matrix, ProblemDetail } from '../../web/src/pages/matrix/matrixApi';
import {
  apiGet,
  expectAccessible,
  forestalId,
  type Harness,
  newPage,
  reloadAfter,
  signIn,
  startHarness,
} from './support';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const m = matrixEs.matrix;
const pp = matrixEs.problemPage;

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const matrixOf = (page: Page, mesaId: string) => apiGet<Matrix>(page, `/api/mesas/${mesaId}/matrix`);
const activeLabel = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el instanceof HTMLInputElement ? (el.labels?.[0]?.textContent ?? '') : (el?.tagName ?? '');
  });

describe('the Matrix', () => {
  it('takes problems typed in a row from the keyboard, filters them, and keeps every solution version', async () => {
    const page = await newPage(h);
    await signIn(page, 'team@demo.mesas.local');
    const mesaId = await forestalId(page);
    const before = await matrixOf(page, mesaId);
    expect(before.can.createProblem).toBe(true);

    // The Mesa page links to its Matrix.
    await page.goto(`/mesas/${mesaId}`);
    await page.getByRole('link', { name: m.open }).click();
    await page.waitForURL(`**/mesas/${mesaId}/matrix`);
    await expect.poll(() => h1(page).textContent()).toBe(m.title);
    await expect.poll(() => page.locator('tbody tr[data-problem-id]').count()).toBe(before.problems.length);
    await expectAccessible(page, 'the Matrix page');
    await page.screenshot({ path: '/tmp/mesas-matrix.png', fullPage: true });

    // Quick entry, keyboard only: type, Enter, type, Enter… the cursor comes back each time.
    const stamp = Date.now().toString(36);
    const titles = [
      `Permiso de transporte de madera tarda 40 días ${stamp}`,
      `Falta de viveros certificados en Ucayali ${stamp}`,
      `Piden un subsidio para la compra de plantones ${stamp}`,
    ];
    await page.getByRole('textbox', { name: m.quick.problemTitle }).focus();
    await page.keyboard.type(titles[0]!);
    await page.keyboard.press('Enter');
    await expect.poll(() => activeLabel(page)).toContain(m.quick.problemTitle);
    await page.keyboard.type(titles[1]!);
    await page.keyboard.press('Enter');
    await expect.poll(() => activeLabel(page)).toContain(m.quick.problemTitle);
    // The third one with its scores: Tab past the category to impact and ease, type the digits.
    await page.keyboard.type(titles[2]!);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('5');
    await page.keyboard.press('Tab');
    await page.keyboard.type('4');
    await page.keyboard.press('Enter');
    await expect.poll(() => activeLabel(page)).toContain(m.quick.problemTitle);

    // All three are in the Matrix the server returns, and on screen.
    await expect
      .poll(
        async () => (await matrixOf(page, mesaId)).problems.filter((p) => titles.includes(p.title)).length,
      )
      .toBe(3);
    const after = await matrixOf(page, mesaId);
    const added = titles.map((title) => after.problems.find((p) => p.title === title)!);
    expect(added.map((p) => p.status)).toEqual(['identified', 'identified', 'identified']);
    expect(added.map((p) => p.number)).toEqual([...added.map((p) => p.number)].sort((a, b) => a - b));
    expect([added[2]!.impact, added[2]!.ease]).toEqual([5, 4]);
    expect([added[0]!.impact, added[0]!.ease]).toEqual([3, 3]);
    expect(added[2]!.suggestedFlags).toContain('subsidy');
    for (const p of added) {
      await expect.poll(() => page.locator(`tr[data-problem-id="${p.id}"]`).count()).toBe(1);
    }

    // Filter by status: exactly the rows the API has in that status.
    const statusFilter = page.getByLabel(m.filter.status, { exact: true });
    for (const status of ['identified', 'enacted'] as const) {
      await statusFilter.selectOption(status);
      const expected = after.problems.filter((p) => p.status === status);
      expect(expected.length, `demo problems ${status}`).toBeGreaterThan(0);
      const rows = page.locator('tbody tr[data-problem-id]');
      await expect.poll(() => rows.count()).toBe(expected.length);
      expect(
        new Set(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-status')))),
      ).toEqual(new Set([status]));
      expect(
        (await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-problem-id')))).sort(),
      ).toEqual(expected.map((p) => p.id).sort());
    }
    await statusFilter.selectOption('identified');
    await page.getByRole('searchbox', { name: m.filter.search }).fill(stamp);
    await expect.poll(() => page.locator('tbody tr[data-problem-id]').count()).toBe(3);

    // The problem page: propose a solution, revise it, and see both versions in the timeline.
    const target = added[2]!;
    await page
      .locator(`tr[data-problem-id="${target.id}"]`)
      .getByRole('link', { name: target.title })
      .click();
    await page.waitForURL(`**/problems/${target.id}`);
    await expect.poll(() => h1(page).textContent()).toBe(`${target.code} · ${target.title}`);
    // The text asks for a subsidy: the flag is suggested with the litmus question.
    expect(await page.locator(`[data-suggested-flag="subsidy"]`).count()).toBe(1);
    expect(await page.getByText(pp.flags.litmus).count()).toBeGreaterThan(0);

    const first = 'Simplificar el registro de viveros con un trámite en línea';
    const second = 'Simplificar el registro de viveros con un trámite en línea de 3 días y sin visita previa';
    const reason = 'La implementación mostró que la visita previa retrasaba todo';
    await page.getByRole('textbox', { name: pp.solutions.text }).fill(first);
    await page.getByRole('button', { name: pp.solutions.propose }).click();
    const card = page.locator('article[data-solution-id]');
    await expect.poll(() => card.count()).toBe(1);
    await card.getByRole('button', { name: pp.solutions.revise }).click();
    await card.getByRole('textbox', { name: pp.solutions.newText }).fill(second);
    await card.getByRole('textbox', { name: pp.solutions.reason }).fill(reason);
    await card.getByRole('button', { name: pp.solutions.saveVersion }).click();

    const versions = card.locator('[data-testid="solution-timeline"] > li');
    await expect.poll(() => versions.count()).toBe(2);
    const v2 = card.locator('li[data-version="2"]');
    const v1 = card.locator('li[data-version="1"]');
    expect(await v2.textContent()).toContain(reason);
    expect(await v2.textContent()).toContain('Diego Salas');
    expect(await v2.locator('ins').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('3 días')]),
    );
    expect(await v1.textContent()).toContain(first);

    const detail = await apiGet<ProblemDetail>(page, `/api/problems/${target.id}`);
    expect(detail.solutions).toHaveLength(1);
    expect(detail.solutions[0]!.versions.map((v) => [v.number, v.text, v.reason])).toEqual([
      [1, first, null],
      [2, second, reason],
    ]);
    await expectAccessible(page, 'the problem page');
    await page.screenshot({ path: '/tmp/mesas-problem.png', fullPage: true });

    // Back in the Matrix, the row shows the latest version of the solution.
    await page.getByRole('link', { name: pp.backToMatrix.replace('{{name}}', detail.mesa.name) }).click();
    await page.waitForURL(`**/mesas/${mesaId}/matrix`);
    await expect
      .poll(() => page.locator(`tr[data-problem-id="${target.id}"]`).textContent())
      .toContain(second);
    await page.context().close();
  });
  it('edits inline, asks why for a side exit, and offers a reload when someone else changed the row', async () => {
    const page = await newPage(h);
    await signIn(page, 'team@demo.mesas.local');
    // Without the live stream (a dropped link), this page keeps the row as it read it.
    await page.route('**/matrix/events', (route) => route.abort());
    const mesaId = await forestalId(page);
    const { csrfToken } = await apiGet<{ csrfToken: string }>(page, '/api/auth/me');
    await page.goto(`/mesas/${mesaId}/matrix`);
    await expect.poll(() => h1(page).textContent()).toBe(m.title);
    const matrix = await matrixOf(page, mesaId);
    const open = matrix.problems.filter((p) => p.status === 'identified' || p.status === 'prioritized');
    expect(open.length).toBeGreaterThan(1);
    const [first, second] = [open[0]!, open[1]!];

    // Impact, inline.
    const impact = first.impact === 1 ? 2 : 1;
    await page.getByLabel(m.inline.impact.replace('{{code}}', first.code)).selectOption(String(impact));
    await expect
      .poll(async () => (await apiGet<ProblemDetail>(page, `/api/problems/${first.id}`)).impact)
      .toBe(impact);

    // Parking must be explained: the reason is asked for, then kept.
    // The reload this move starts must be over before the other person's change below, or it reads it.
    const reloaded = reloadAfter(
      page,
      `/api/problems/${second.id}/transitions`,
      `/api/mesas/${mesaId}/matrix`,
    );
    await page.getByLabel(m.inline.status.replace('{{code}}', second.code)).selectOption('parked');
    const dialog = page.getByRole('dialog');
    await dialog
      .getByRole('textbox', { name: m.transition.reason })
      .fill('Es declarativo: no cambia la operación');
    await dialog
      .getByRole('button', { name: m.transition.confirm.replace('{{to}}', m.status.parked) })
      .click();
    await expect
      .poll(async () => (await apiGet<ProblemDetail>(page, `/api/problems/${second.id}`)).status)
      .toBe('parked');
    const parked = await apiGet<ProblemDetail>(page, `/api/problems/${second.id}`);
    expect(parked.statusReason).toBe('Es declarativo: no cambia la operación');
    await reloaded;

    // Someone else changes the first problem meanwhile: the next edit here is refused, not lost silently.
    const current = await apiGet<ProblemDetail>(page, `/api/problems/${first.id}`);
    const res = await page.request.patch(`/api/problems/${first.id}`, {
      headers: { 'X-CSRF-Token': csrfToken },
      data: { ease: current.ease === 5 ? 4 : 5, version: current.version },
    });
    expect(res.status()).toBe(200);
    await page.getByRole('button', { name: m.inline.focus.replace('{{code}}', first.code) }).click();
    const alert = page.getByRole('alert').filter({ hasText: m.conflict.title });
    await expect.poll(() => alert.count()).toBe(1);
    expect((await apiGet<ProblemDetail>(page, `/api/problems/${first.id}`)).inFocus).toBe(first.inFocus);
    await alert.getByRole('button', { name: m.conflict.keepCurrent }).click();
    await expect.poll(() => alert.count()).toBe(0);
    const after = await apiGet<ProblemDetail>(page, `/api/problems/${first.id}`);
    await expect
      .poll(() => page.getByLabel(m.inline.ease.replace('{{code}}', first.code)).inputValue())
      .toBe(String(after.ease));
    await page.context().close();
  });

  it('confirms, removes and dismisses suggested flags on a problem and its solution, kept by the server', async () => {
    const page = await newPage(h);
    await signIn(page, 'team@demo.mesas.local');
    const mesaId = await forestalId(page);
    const { csrfToken } = await apiGet<{ csrfToken: string }>(page, '/api/auth/me');
    const post = async (url: string, data: unknown) => {
      const res = await page.request.post(url, { headers: { 'X-CSRF-Token': csrfToken }, data });
      expect(res.status(), url).toBe(201);
      return res.json();
    };
    const problem = await post(`/api/mesas/${mesaId}/problems`, {
      title: `Subsidio para viveros forestales ${Date.now().toString(36)}`,
    });
    const solution = await post(`/api/problems/${problem.id}/solutions`, {
      text: 'Declarar de interés nacional los viveros y otorgarles un subsidio',
    });
    expect(solution.suggestedFlags).toEqual(['subsidy', 'declaratory']);
    const detail = () => apiGet<ProblemDetail>(page, `/api/problems/${problem.id}`);
    const flag = (key: 'confirm' | 'dismiss' | 'remove', f: 'subsidy' | 'declaratory') => ({
      name: pp.flags[key].replace('{{flag}}', m.flag[f]),
    });

    await page.goto(`/problems/${problem.id}`);
    const panel = page.locator('section[aria-labelledby="flags-title"]');
    const card = page.locator(`article[data-solution-id="${solution.id}"]`);
    await expect.poll(() => panel.locator('[data-suggested-flag="subsidy"]').count()).toBe(1);

    // The problem's suggestion, dismissed: stored by the server, gone after a reload.
    await panel.getByRole('button', flag('dismiss', 'subsidy')).click();
    await expect.poll(async () => (await detail()).dismissedFlags).toEqual(['subsidy']);
    await page.reload();
    await expect.poll(() => card.locator('[data-suggested-flag="subsidy"]').count()).toBe(1);
    expect(await panel.locator('[data-suggested-flag]').count()).toBe(0);

    // The solution's: one confirmed, then removed again; the other dismissed.
    await card.getByRole('button', flag('confirm', 'subsidy')).click();
    await expect.poll(async () => (await detail()).solutions[0]!.filterFlags).toEqual(['subsidy']);
    await expect.poll(() => card.locator('[data-confirmed-flag="subsidy"]').count()).toBe(1);
    await card.getByRole('button', flag('remove', 'subsidy')).click();
    await expect.poll(async () => (await detail()).solutions[0]!.filterFlags).toEqual([]);
    await card.getByRole('button', flag('dismiss', 'declaratory')).click();
    await expect
      .poll(async () => (await detail()).solutions[0]!)
      .toMatchObject({ filterFlags: [], dismissedFlags: ['declaratory'], suggestedFlags: ['subsidy'] });
    await expect.poll(() => card.locator('[data-suggested-flag="declaratory"]').count()).toBe(0);
    expect(await card.locator('[data-suggested-flag="subsidy"]').count()).toBe(1);
    await page.context().close();
  });
});
