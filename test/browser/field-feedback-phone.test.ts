import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/commands/context';
import { createFeedbackLink } from '../../src/commands/feedback-links';
import { createProblem, transitionProblem } from '../../src/commands/problems';
import { proposeSolution } from '../../src/commands/solutions';
import { fieldFeedback, mesas, problems, users } from '../../src/db/schema';
import webEs from '../../web/src/i18n/feedback.es.json';
import { expectAccessible, type Harness, newPage, signIn, startHarness } from './support';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const w = webEs.feedbackWeb;
const TITLE = 'Registro de plantaciones en línea: las oficinas regionales aún piden papel';

/** An enacted problem of the demo Forestry Mesa, with a link for the demo private representative. */
async function enactedWithLink() {
  const { db } = h.app.database;
  const system = { ...systemContext(db, 'test'), publicUrl: h.baseUrl };
  const [mesa] = await db.select().from(mesas).where(eq(mesas.slug, 'forestal'));
  const { id } = await createProblem(system, mesa!.id, { title: TITLE });
  await proposeSolution(system, id, { text: 'Registro en línea, sin papel, en tres días.' });
  for (const to of ['in_progress', 'enacted'] as const) await transitionProblem(system, id, { to });
  const [rep] = await db.select().from(users).where(eq(users.email, 'private_rep@demo.mesas.local'));
  const link = await createFeedbackLink(system, id, { personId: rep!.personId });
  return { problemId: id, mesaId: mesa!.id, url: link.url, personId: rep!.personId };
}

/** A phone: 390×844, touch, no cookies (nobody signed in). */
async function phone(): Promise<Page> {
  const context = await h.browser.newContext({
    baseURL: h.baseUrl,
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    reducedMotion: 'reduce',
  });
  return context.newPage();
}

describe('field feedback from a phone', () => {
  it('a private rep reports field feedback in ≤ 3 taps at 390×844', async () => {
    const { problemId, mesaId, url, personId } = await enactedWithLink();
    const page = await phone();
    await page.goto(url);
    await page.getByRole('heading', { name: w.page.title, level: 1 }).waitFor();
    await page.getByText(TITLE).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(page, 'the field-feedback link page');

    let taps = 0;
    // Tap 1: what the rep sees on the ground.
    await page.getByRole('button', { name: w.verdicts.not_applied, exact: true }).tap();
    taps++;
    const note = page.getByRole('textbox', { name: w.page.note });
    await note.waitFor();
    // The note already has the focus: typing costs no tap.
    expect(await note.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('La oficina de Pucallpa sigue pidiendo el formulario en papel.');
    // Tap 2: send.
    await page.getByRole('button', { name: w.page.send, exact: true }).tap();
    taps++;
    await page.getByRole('heading', { name: w.page.sent }).waitFor();
    expect(taps).toBeLessThanOrEqual(3);
    await expectAccessible(page, 'the confirmation of a field report');

    const { db } = h.app.database;
    const reports = await db.select().from(fieldFeedback).where(eq(fieldFeedback.problemId, problemId));
    expect(reports).toMatchObject([
      {
        personId,
        verdict: 'not_applied',
        text: 'La oficina de Pucallpa sigue pidiendo el formulario en papel.',
      },
    ]);
    const [problem] = await db.select().from(problems).where(eq(problems.id, problemId));
    expect(problem!.fieldAlertFeedbackId).toBe(reports[0]!.id);

    // The team sees the flag on the Matrix row, with a readable label.
    const team = await newPage(h);
    await signIn(team, 'team@demo.mesas.local');
    await team.goto(`/mesas/${mesaId}/matrix`);
    const row = team.locator(`tr[data-problem-id="${problemId}"]`);
    await row.locator('[data-field-alert="not_applied"]').waitFor();
    expect(await row.locator('[data-field-alert]').textContent()).toContain(
      w.matrixMark.replace('{{verdict}}', w.verdicts.not_applied),
    );

    // On the problem page the alert offers the reopen with a new solution version, in one form.
    await team.goto(`/problems/${problemId}`);
    await team.getByRole('alert').filter({ hasText: w.alert.title }).waitFor();
    await team.getByRole('button', { name: w.alert.open, exact: true }).click();
    const dialog = team.getByRole('dialog');
    await dialog.getByRole('textbox', { name: w.reopen.reason }).fill('Las oficinas regionales piden papel');
    await dialog
      .getByRole('textbox', { name: w.reopen.solution })
      .fill('Registro en línea también en las oficinas regionales.');
    await expectAccessible(team, 'the reopen form');
    await dialog.getByRole('button', { name: w.reopen.submit, exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    const [reopened] = await db.select().from(problems).where(eq(problems.id, problemId));
    expect(reopened).toMatchObject({ status: 'in_progress', fieldAlertFeedbackId: null });
    expect(await team.getByRole('alert').filter({ hasText: w.alert.title }).count()).toBe(0);
  });

  it('answers an unknown link with a clear message', async () => {
    const page = await phone();
    await page.goto('/f/AAAAAAAAAAAAAAAAAAAAAA');
    await page.getByRole('alert').filter({ hasText: w.page.notFound }).waitFor();
    await expectAccessible(page, 'an unknown field-feedback link');
  });
});
