import { and, eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/commands/context';
import { addParticipation } from '../../src/commands/participations';
import { createPerson } from '../../src/commands/people';
import { mailOutbox, mesas, wheelRounds } from '../../src/db/schema';
import { addDays, todayIn } from '../../src/domain/calendar-days';
import appEs from '../../web/src/i18n/strings.es';
import webEs from '../../web/src/i18n/wheel.es.json';
import { expectAccessible, forestalId, type Harness, newPage, signIn, startHarness } from './support';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const w = webEs.wheelWeb;

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

/** The path of every personal link mailed for the open round of the Forestry Mesa. */
async function mailedLinks(): Promise<string[]> {
  const { db } = h.app.database;
  const [mesa] = await db.select().from(mesas).where(eq(mesas.slug, 'forestal'));
  const [round] = await db
    .select()
    .from(wheelRounds)
    .where(and(eq(wheelRounds.mesaId, mesa!.id), eq(wheelRounds.closesOn, closesOn)));
  expect(round, 'the round opened from the page').toBeDefined();
  const mails = await db
    .select({ text: mailOutbox.text })
    .from(mailOutbox)
    .where(eq(mailOutbox.kind, 'wheel_invitation'));
  return mails.map((m) => /\/w\/[A-Za-z0-9_-]{22}/.exec(m.text)?.[0]).filter((p): p is string => !!p);
}

/** Answers a round through a link with the API, as the other participants would from their phones. */
async function answerThroughApi(path: string, score: number) {
  const context = await h.browser.newContext({ baseURL: h.baseUrl });
  const token = path.slice('/w/'.length);
  const form = await context.request.get(`/api/wheel-links/${token}`);
  expect(form.status()).toBe(200);
  const { questions } = (await form.json()) as { questions: { id: string }[] };
  const res = await context.request.post(`/api/wheel-links/${token}`, {
    data: { answers: questions.map((q) => ({ questionId: q.id, score })) },
  });
  expect(res.status(), await res.text()).toBe(201);
  await context.close();
}

const closesOn = addDays(todayIn(new Date(), 'America/Lima'), 14);

describe('the Evaluation Wheel', () => {
  it('a participant answers from the mail link on a phone; the team sees the radar once five answered', async () => {
    // The demo Forestry Mesa has four participants with an address; a fifth joins, as a new exporter would.
    const { db } = h.app.database;
    const system = systemContext(db, 'test');
    const [forestal] = await db.select().from(mesas).where(eq(mesas.slug, 'forestal'));
    const person = await createPerson(system, {
      fullName: 'Rosa Huamán Quispe',
      email: 'rosa.huaman@exportadora.example.pe',
    });
    await addParticipation(system, forestal!.id, { personId: person.id, role: 'private_rep' });

    // The team opens a round from the Mesa's Wheel page: every participant with an address gets a link.
    const team = await newPage(h);
    await signIn(team, 'team@demo.mesas.local');
    const mesaId = await forestalId(team);
    await team.goto(`/mesas/${mesaId}/wheel`);
    await team.getByRole('heading', { name: w.open.title }).waitFor();
    const closes = team.getByRole('textbox', { name: w.open.closesOn });
    await closes.fill(closesOn);
    await closes.press('Tab');
    await team.getByRole('button', { name: w.open.submit }).click();
    await team.getByText(w.round.answered.replace('{{answered}}', '0').split('{{')[0]!).first().waitFor();
    const links = await mailedLinks();
    expect(links.length).toBeGreaterThanOrEqual(5);

    // Four participants answer from their phones (through the API)…
    for (const [i, path] of links.slice(0, 4).entries()) await answerThroughApi(path, 2 + (i % 3));

    // …and the fifth from the mail's link, on a phone, without signing in.
    const page = await phone();
    await page.goto(links[4]!);
    await page.getByRole('heading', { name: w.answer.title, level: 1 }).waitFor();
    await page.getByText(w.answer.anonymous).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(page, 'the Wheel answered from a phone');
    const statements = page.locator('.mantine-SegmentedControl-root');
    const count = await statements.count();
    expect(count).toBeGreaterThanOrEqual(24);
    // Send before every statement is scored: told how many are left, nothing sent.
    await statements.nth(0).getByText('4', { exact: true }).tap();
    await page.getByRole('button', { name: w.answer.send }).tap();
    await page
      .getByRole('alert')
      .filter({ hasText: String(count - 1) })
      .waitFor();
    for (let i = 1; i < count; i++) {
      const label = i % 7 === 0 ? w.answer.dontKnow : String((i % 5) + 1);
      await statements.nth(i).getByText(label, { exact: true }).tap();
    }
    await page.getByRole('button', { name: w.answer.send }).tap();
    await page.getByText(w.answer.sent).waitFor();
    await expectAccessible(page, 'the Wheel’s thanks');
    // The same link again says it was answered.
    await page.reload();
    await page.getByText(w.answer.already).waitFor();

    // The team sees five answered (who, never what), closes the round, and the radar appears.
    await team.reload();
    await team
      .getByText(/^5 de \d+ respondieron$/)
      .first()
      .waitFor();
    await team.getByText(w.results.hiddenOpen).waitFor();
    await team.getByRole('button', { name: w.round.close }).click();
    const results = team.getByRole('region', { name: w.results.title });
    await results.waitFor();
    await results.locator('svg.recharts-surface').first().waitFor();
    // Twelve dimensions on the radar, and the previous round (August 2017) overlaid.
    expect(await results.locator('.recharts-polar-angle-axis-tick').count()).toBe(12);
    await results.getByText(w.results.previous).first().waitFor();
    await expectAccessible(team, 'the Wheel’s results');
  });

  it('lets an administrator read the question set by dimension, from the Administration page', async () => {
    const page = await newPage(h);
    await signIn(page, 'admin@demo.mesas.local');
    await page.getByRole('navigation').getByRole('link', { name: appEs.nav.admin, exact: true }).click();
    await page.getByRole('main').getByRole('link', { name: appEs.nav.wheelQuestions }).click();
    await page.getByRole('heading', { name: appEs.wheelAdmin.title, level: 1 }).waitFor();
    // Twelve dimensions, each a section of its own with its questions in Spanish and English.
    await expect.poll(() => page.getByRole('heading', { level: 2 }).count()).toBe(12);
    await expect.poll(() => page.locator('tbody tr').count()).toBeGreaterThanOrEqual(24);
    await expectAccessible(page, 'the Evaluation Wheel’s questions');
    await page.context().close();
  });
});
