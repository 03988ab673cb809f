import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import recordWordsPt from '../../src/i18n/locales/record-words.pt.json';
import appEs from '../../web/src/i18n/es.json';
import followsEs from '../../web/src/i18n/follows.es.json';
import lessonsEs from '../../web/src/i18n/lessons.es.json';
import matrixEn from '../../web/src/i18n/matrix.en.json';
import matrixEs from '../../web/src/i18n/matrix.es.json';
import appPt from '../../web/src/i18n/pt.json';
import { apiGet, expectAccessible, forestalId, type Harness, newPage, signIn, startHarness } from './support';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const LIVE = { timeout: 15_000, interval: 100 };
const docs = matrixEs.problemPage.documents;
const reform = matrixEs.problemPage.reform;
const l = lessonsEs.lessons;
const f = followsEs.follows;

interface MatrixProblem {
  id: string;
  title: string;
  status: string;
  category: { nameEn: string } | null;
}
interface Lessons {
  lessons: { id: string; whatWasLearned: string; mesa?: { name: string } }[];
}

const matrixOf = async (page: Page, mesaId: string) =>
  (await apiGet<{ problems: MatrixProblem[] }>(page, `/api/mesas/${mesaId}/matrix`)).problems;

// The smallest file a PDF reader accepts: its type is checked by its first bytes.
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n' +
    'trailer<</Root 1 0 R>>\n%%EOF\n',
);

describe("a problem's page: its documents, its reform, its lessons and who follows it", () => {
  it('the team attaches the decree, records the reform, follows the problem and writes the lesson', async () => {
    const team = await newPage(h);
    await signIn(team, 'team@demo.mesas.local');
    const mesaId = await forestalId(team);
    const problems = await matrixOf(team, mesaId);
    // A problem verified on the ground about which the Mesa has not yet written a lesson.
    let verified: MatrixProblem | undefined;
    for (const p of problems.filter((x) => x.status === 'verified')) {
      const own = await apiGet<Lessons>(team, `/api/problems/${p.id}/lessons`);
      if (own.lessons.length === 0) {
        verified = p;
        break;
      }
    }
    expect(verified, 'a verified Forestry problem without a lesson').toBeDefined();
    const problem = verified!;
    const detail = await apiGet<{ code: string; solutions: { id: string }[] }>(
      team,
      `/api/problems/${problem.id}`,
    );
    expect(detail.solutions.length).toBeGreaterThan(0);
    await team.goto(`/problems/${problem.id}`);

    // ── Documents: a PDF attached, listed, downloaded as it was sent; a program refused, nothing stored.
    const section = team.getByTestId('problem-documents');
    await expect.poll(() => section.getByText(docs.empty).count(), LIVE).toBe(1);
    await section.locator('input[type="file"]').setInputFiles({
      name: 'decreto-supremo-011-2015.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    // The title is proposed from the file's name.
    const title = section.getByRole('textbox', { name: docs.documentTitle });
    await expect.poll(() => title.inputValue(), LIVE).toBe('decreto-supremo-011-2015');
    await title.fill('Decreto Supremo 011-2015-MINAGRI');
    await section.getByRole('button', { name: docs.attach, exact: true }).click();
    const link = section.getByRole('link', { name: 'Decreto Supremo 011-2015-MINAGRI' });
    await expect.poll(() => link.count(), LIVE).toBe(1);
    const href = await link.getAttribute('href');
    const download = await team.request.get(href!);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toMatch(/^application\/pdf/);
    expect(Buffer.compare(await download.body(), PDF)).toBe(0);

    await section.locator('input[type="file"]').setInputFiles({
      name: 'instalador.exe',
      mimeType: 'application/x-msdownload',
      buffer: Buffer.from('MZ\x90\x00 not a document'),
    });
    await title.fill('Un programa');
    await section.getByRole('button', { name: docs.attach, exact: true }).click();
    await expect
      .poll(() => section.getByText(/no se aceptan archivos de tipo application\/x-msdownload/).count(), LIVE)
      .toBe(1);
    const listed = await apiGet<{ documents: { title: string }[] }>(
      team,
      `/api/problems/${problem.id}/documents`,
    );
    expect(listed.documents.map((d) => d.title)).toEqual(['Decreto Supremo 011-2015-MINAGRI']);
    await expectAccessible(team, "a problem's documents, after a refused file");

    // ── The reform: the days typed in the app's language, and the norm that enacts it.
    const solution = team.getByTestId('solution-reform').first();
    await solution.getByRole('button', { name: reform.edit, exact: true }).click();
    const form = solution.getByRole('form', { name: reform.edit });
    await form.getByRole('textbox', { name: reform.agreedOn }).fill('2 mar 2015');
    await form.getByRole('textbox', { name: reform.draftedOn }).fill('15/06/2015');
    await form.getByRole('textbox', { name: reform.normName }).fill('Reglamento para la Gestión Forestal');
    await form.getByRole('textbox', { name: reform.normNumber }).fill('D.S. 018-2015-MINAGRI');
    await form.getByRole('textbox', { name: reform.normDate }).fill('30 de setiembre de 2015');
    await form.getByRole('textbox', { name: reform.normUrl }).fill('https://busquedas.elperuano.pe/');
    await form.getByRole('button', { name: reform.save, exact: true }).click();
    await expect.poll(() => form.count(), LIVE).toBe(0);
    const saved = await apiGet<{
      solutions: {
        agreedOn: string | null;
        draftedOn: string | null;
        norm: { number: string; date: string };
      }[];
    }>(team, `/api/problems/${problem.id}`);
    expect(saved.solutions[0]).toMatchObject({
      agreedOn: '2015-03-02',
      draftedOn: '2015-06-15',
      norm: { number: 'D.S. 018-2015-MINAGRI', date: '2015-09-30' },
    });
    expect(await solution.textContent()).toContain(
      'D.S. 018-2015-MINAGRI, Reglamento para la Gestión Forestal',
    );
    expect(await solution.getByRole('link', { name: reform.gazette }).getAttribute('href')).toBe(
      'https://busquedas.elperuano.pe/',
    );

    // ── Following: the toggle, then the account page lists it.
    const named = `${detail.code} · ${problem.title}`.slice(0, 80);
    await team.getByRole('button', { name: `${f.follow}: ${named}`, exact: true }).click();
    const following = team.getByRole('button', { name: `${f.following}: ${named}`, exact: true });
    await expect.poll(() => following.getAttribute('aria-pressed'), LIVE).toBe('true');
    const mine = await apiGet<{ follows: { kind: string; id: string }[] }>(team, '/api/me/follows');
    expect(mine.follows).toContainEqual(expect.objectContaining({ kind: 'problem', id: problem.id }));
    await team.goto('/account/password');
    const list = team.getByRole('region', { name: f.title });
    await expect.poll(() => list.locator('a', { hasText: problem.title.slice(0, 40) }).count(), LIVE).toBe(1);

    // ── The lesson: offered because the problem was verified, written, then the offer is gone.
    await team.goto(`/problems/${problem.id}`);
    const lessons = team.getByTestId('problem-lessons');
    const offer = lessons.getByTestId('lesson-offer');
    await expect.poll(() => offer.count(), LIVE).toBe(1);
    expect(await offer.textContent()).toContain(l.offer.verified);
    await offer.getByRole('button', { name: l.write, exact: true }).click();
    const dialog = team.getByRole('dialog');
    await dialog
      .getByRole('textbox', { name: l.whatHappened })
      .fill('Las regiones no emitían guías de transporte certificadas y los envíos se detenían.');
    const learned = 'Certificar primero a los funcionarios regionales; el reglamento solo no basta.';
    await dialog.getByRole('textbox', { name: l.whatWasLearned }).fill(learned);
    await dialog.getByRole('button', { name: l.save, exact: true }).click();
    await expect.poll(() => dialog.count(), LIVE).toBe(0);
    await expect.poll(() => lessons.getByText(learned).count(), LIVE).toBe(1);
    expect(await offer.count()).toBe(0);
    const written = await apiGet<Lessons>(team, `/api/problems/${problem.id}/lessons`);
    expect(written.lessons.map((x) => x.whatWasLearned)).toEqual([learned]);
    await expectAccessible(team, "a problem's page with its lesson");

    // The Mesa's lessons page has it too, beside the demo's lessons from the paper.
    await team.goto(`/mesas/${mesaId}/lessons`);
    await expect.poll(() => team.getByText(learned).count(), LIVE).toBe(1);
    const ofMesa = await apiGet<Lessons>(team, `/api/mesas/${mesaId}/lessons`);
    expect(ofMesa.lessons.length).toBeGreaterThan(1);

    // In Portuguese (whose problem page falls back to English words), the calendar speaks Portuguese,
    // and the category is named by the language's record words.
    await team.goto(`/problems/${problem.id}`);
    await team.getByRole('combobox', { name: appEs.language.label }).selectOption('pt');
    expect(problem.category, 'the problem has a category').not.toBeNull();
    const categoryPt = (recordWordsPt as Record<string, string>)[problem.category!.nameEn]!;
    await expect.poll(() => team.getByText(categoryPt, { exact: true }).count(), LIVE).toBe(1);
    const reformPt = team.getByTestId('solution-reform').first();
    await reformPt.getByRole('button', { name: matrixEn.problemPage.reform.edit, exact: true }).click();
    const agreed = reformPt.getByRole('textbox', { name: matrixEn.problemPage.reform.agreedOn });
    await expect.poll(() => agreed.inputValue(), LIVE).toMatch(/^2 de mar\.? de 2015$/);
    await agreed.click();
    const level = team.locator('[class*="calendarHeaderLevel"]:visible');
    await expect.poll(() => level.textContent(), LIVE).toBe('março de 2015');
    expect(await team.locator('thead th:visible').allTextContents()).toEqual(
      expect.arrayContaining(['seg', 'ter', 'dom']),
    );
    expect(await team.getByRole('button', { name: '2 de março de 2015', exact: true }).count()).toBe(1);
    // The language is the account's: back to Spanish, which the tests below read.
    await team.keyboard.press('Escape');
    await team.getByRole('combobox', { name: appPt.language.label }).selectOption('es');
    await expect.poll(() => team.locator('html').getAttribute('lang'), LIVE).toBe('es');
  });

  it("shows another Mesa's lesson on a similar problem, as the API finds it", async () => {
    const team = await newPage(h);
    await signIn(team, 'admin@demo.mesas.local');
    const mesaId = await forestalId(team);
    let found: { problem: MatrixProblem; similar: Lessons } | undefined;
    for (const p of await matrixOf(team, mesaId)) {
      const similar = await apiGet<Lessons>(team, `/api/problems/${p.id}/similar-lessons`);
      if (similar.lessons.length > 0) {
        found = { problem: p, similar };
        break;
      }
    }
    expect(found, 'a Forestry problem with a similar lesson of another Mesa').toBeDefined();
    await team.goto(`/problems/${found!.problem.id}`);
    const section = team.getByTestId('similar-lessons');
    const first = found!.similar.lessons[0]!;
    await expect.poll(() => section.getByText(first.whatWasLearned).count(), LIVE).toBe(1);
    expect(await section.textContent()).toContain(first.mesa!.name);
  });

  it('offers the lesson when the team drops a problem in the Matrix grid, and leads to the form', async () => {
    const team = await newPage(h);
    await signIn(team, 'team@demo.mesas.local');
    const mesaId = await forestalId(team);
    const { problems } = await apiGet<{ problems: (MatrixProblem & { code: string })[] }>(
      team,
      `/api/mesas/${mesaId}/matrix`,
    );
    let target: (MatrixProblem & { code: string }) | undefined;
    for (const p of problems.filter((x) => ['identified', 'prioritized', 'in_progress'].includes(x.status))) {
      if ((await apiGet<Lessons>(team, `/api/problems/${p.id}/lessons`)).lessons.length === 0) {
        target = p;
        break;
      }
    }
    expect(target, 'an open Forestry problem without a lesson').toBeDefined();
    await team.goto(`/mesas/${mesaId}/matrix`);
    const m = matrixEs.matrix;
    const status = team.getByLabel(m.inline.status.replace('{{code}}', target!.code));
    await status.selectOption('dropped');
    const dialog = team.getByRole('dialog');
    await dialog.getByRole('textbox', { name: m.transition.reason }).fill('Lo resolvió otra institución');
    await dialog
      .getByRole('button', { name: m.transition.confirm.replace('{{to}}', m.status.dropped) })
      .click();
    const notice = team.getByTestId('grid-lesson-offer');
    await expect.poll(() => notice.count(), LIVE).toBe(1);
    expect(await team.getByText(`${target!.code} · ${l.offer.dropped}`).count()).toBe(1);
    await notice.getByRole('button', { name: l.write, exact: true }).click();
    await team.waitForURL((url) => url.pathname === `/problems/${target!.id}`);
    await expect.poll(() => team.getByTestId('lesson-offer').count(), LIVE).toBe(1);
    // An offer only: nothing was written.
    expect((await apiGet<Lessons>(team, `/api/problems/${target!.id}/lessons`)).lessons).toEqual([]);
  });
});
