import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import es from '../../src/i18n/locales/assessments.es.json';
import webEs from '../../web/src/i18n/assessments.es.json';
import appEs from '../../web/src/i18n/es.json';
import launchEs from '../../web/src/i18n/launch.es.json';
import { expectAccessible, forestalId, type Harness, newPage, signIn, startHarness } from './support';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const w = webEs.assessmentsWeb;
const s = es.assessments;
const l = launchEs.launch;

describe('feasibility on the Mesa page', () => {
  it('shows the demo assessment and composition advice, and lets the coordinating office assess and decide', async () => {
    const page = await newPage(h);
    await signIn(page, 'coordinator@demo.mesas.local');
    const id = await forestalId(page);
    await page.goto(`/mesas/${id}`);
    const section = page.locator('section[aria-labelledby="feasibility-title"]');
    await expect.poll(() => section.getByRole('heading', { level: 2 }).textContent()).toBe(w.title);
    // The demo: the reinstallation of February 2017, decided "launch", without red flags.
    await expect.poll(() => section.locator('article').count()).toBeGreaterThan(0);
    const demo = section.locator('article').first();
    expect(await demo.textContent()).toContain(w.decisionTag.replace('{{decision}}', s.decisions.launch));
    expect(await demo.textContent()).toContain(w.noRedFlags);
    expect(await demo.textContent()).toContain(
      'Reunión preliminar para reinstalar la Mesa Ejecutiva Forestal',
    );

    // Composition advice: the smallholders of CONAFOR Perú are represented.
    const advice = page.locator('section[aria-labelledby="composition-advice-title"]');
    expect(await advice.textContent()).toContain(
      w.composition.smallProducers_other.replace('{{count}}', '2'),
    );
    await expectAccessible(page, 'the Mesa page with feasibility');

    // A new assessment with a "no" on self-organization raises its red flag.
    const before = await section.locator('article').count();
    await section.getByRole('button', { name: w.new }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await expect.poll(() => dialog.getByRole('radiogroup').count()).toBeGreaterThan(10);
    const selfOrganized = dialog.getByRole('radiogroup', {
      name: '¿Está el sector privado autoorganizado (coordinado internamente)?',
    });
    await selfOrganized.getByRole('radio', { name: s.answers.no, exact: true }).check();
    await dialog.getByLabel(w.note).first().fill('Los inversionistas aún no tienen gremio');
    await expectAccessible(page, 'the new-assessment dialog');
    await page.screenshot({ path: '/tmp/mesas-assessment-dialog.png' });
    await dialog.getByRole('button', { name: w.save }).click();
    await expect.poll(() => section.locator('article').count()).toBe(before + 1);
    const created = section.locator('article').first();
    expect(await created.textContent()).toContain(s.redFlags.private_not_organized);
    expect(await created.textContent()).toContain(w.undecided);

    // Deciding to launch despite the flag warns, and records the decision.
    await created.getByRole('button', { name: w.decide }).click();
    const decide = page.getByRole('dialog');
    await expect.poll(() => decide.textContent()).toContain(w.launchDespite);
    await decide.getByLabel(w.rationale).fill('La Mesa dará incentivos para que el sector se organice');
    await decide.getByRole('button', { name: w.decide }).click();
    // Only one question is answered: the launch asks to confirm, saying how many are not.
    const { questions } = (await (await page.request.get('/api/assessment-questions')).json()) as {
      questions: unknown[];
    };
    const confirm = page.getByRole('dialog', { name: l.confirmTitle });
    await expect.poll(() => confirm.isVisible()).toBe(true);
    expect(await confirm.textContent()).toContain(
      l.confirmBody_other.replace('{{count}}', String(questions.length - 1)),
    );
    await confirm.getByRole('button', { name: l.confirm }).click();
    await expect
      .poll(() => section.locator('article').first().textContent())
      .toContain(w.decisionTag.replace('{{decision}}', s.decisions.launch));
    expect(await section.locator('article').first().textContent()).toContain(w.launchedDespite);
    await section.screenshot({ path: '/tmp/mesas-feasibility.png' });
    await advice.screenshot({ path: '/tmp/mesas-composition.png' });
  });

  it('is not shown to a private representative', async () => {
    const page = await newPage(h);
    await signIn(page, 'private_rep@demo.mesas.local');
    await page.goto(`/mesas/${await forestalId(page)}`);
    await expect.poll(() => page.locator('section[aria-labelledby="facts-title"]').count()).toBe(1);
    expect(await page.locator('section[aria-labelledby="feasibility-title"]').count()).toBe(0);
  });
});

describe('the checklist page', () => {
  it('lists the questions for an administrator, who retires one', async () => {
    const page = await newPage(h);
    await signIn(page, 'admin@demo.mesas.local');
    await page.getByRole('link', { name: appEs.nav.admin, exact: true }).click();
    await page.getByRole('main').getByRole('link', { name: appEs.nav.assessments }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(w.admin.title);
    await expect.poll(() => page.locator('tbody tr').count()).toBeGreaterThanOrEqual(20);
    await expectAccessible(page, 'the checklist page');
    const row = page.locator('tbody tr', { hasText: 'private_sector.visible_leaders' });
    await row.getByRole('button', { name: new RegExp(`^${w.admin.retire}`) }).click();
    await expect.poll(() => row.textContent()).toContain(w.admin.retired);
  });
});
