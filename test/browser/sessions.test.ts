import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import esShared from '../../src/i18n/locales/es.json';
import sharedEs from '../../src/i18n/locales/sessions.es.json';
import webEs from '../../web/src/i18n/es.json';
import matrixEs from '../../web/src/i18n/matrix.es.json';
import outboxEs from '../../web/src/i18n/outbox.es.json';
import searchEs from '../../web/src/i18n/search.es.json';
import sessionsEn from '../../web/src/i18n/sessions.en.json';
import sessionsEs from '../../web/src/i18n/sessions.es.json';
import type {
  Agenda,
  CommitmentDetail,
  CommitmentList,
  MeetingDetail,
  MeetingList,
} from '../../web/src/pages/sessions/sessionsApi';
import { apiGet, expectAccessible, forestalId, type Harness, newPage, signIn, startHarness } from './support';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const mt = sessionsEs.meetings;
const m = sessionsEs.meeting;
const c = sessionsEs.commitments;
const LIVE = { timeout: 10_000, interval: 100 };

/** Fills `{{name}}` placeholders as i18next does. */
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''));

/** A wall-clock date-time (YYYY-MM-DDTHH:mm) some days from today in Lima. */
function limaDay(daysFromToday: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Lima' }).format(new Date());
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + daysFromToday);
  return d.toISOString().slice(0, 10);
}

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const meetingOf = (page: Page, id: string) => apiGet<MeetingDetail>(page, `/api/meetings/${id}`);

describe('sessions', () => {
  it('plans a session, edits its draft agenda, runs it live with a participant following, and closes it with minutes', async () => {
    const team = await newPage(h);
    await signIn(team, 'team@demo.mesas.local');
    const mesaId = await forestalId(team);
    const before = await apiGet<MeetingList>(team, `/api/mesas/${mesaId}/meetings`);
    expect(before.can.manage).toBe(true);

    // The Mesa page has the sessions section and the team's "New meeting" form.
    await team.goto(`/mesas/${mesaId}`);
    const section = team.locator('[data-testid="mesa-meetings"]');
    await expect.poll(() => section.getByRole('heading', { level: 2 }).first().textContent()).toBe(mt.title);
    await section.getByRole('button', { name: mt.new }).click();
    const dialog = team.getByRole('dialog');
    expect(await dialog.getByLabel(mt.field.kind).inputValue()).toBe('session');
    const day = limaDay(3);
    await dialog.getByLabel(mt.field.startsAt).fill(`${day}T15:00`);
    // An end before the start: the API refuses it and says so beside the field; nothing is created.
    await dialog.getByLabel(mt.field.endsAt).fill(`${day}T14:00`);
    await dialog.getByLabel(mt.field.place).fill('Sala de reuniones del MIDAGRI, Lima');
    await dialog.locator('button[type="submit"]').click();
    const endsAt = dialog.getByLabel(mt.field.endsAt);
    await expect.poll(() => endsAt.getAttribute('aria-invalid'), LIVE).toBe('true');
    expect(await dialog.getByLabel(mt.field.startsAt).getAttribute('aria-invalid')).not.toBe('true');
    expect((await apiGet<MeetingList>(team, `/api/mesas/${mesaId}/meetings`)).meetings).toHaveLength(
      before.meetings.length,
    );
    await expectAccessible(team, 'the new meeting dialog');
    await endsAt.fill(`${day}T17:00`);
    // Leaving the field closes its calendar, which would cover the button.
    await endsAt.press('Tab');
    await dialog.locator('button[type="submit"]').click();

    // Created: the meeting page opens.
    await team.waitForURL('**/meetings/*', { timeout: 15_000 });
    const meetingId = new URL(team.url()).pathname.split('/').pop()!;
    const created = await meetingOf(team, meetingId);
    expect(created).toMatchObject({
      kind: 'session',
      state: 'scheduled',
      timeZone: 'America/Lima',
      place: 'Sala de reuniones del MIDAGRI, Lima',
    });
    expect(created.startsAt).toBe(new Date(`${day}T20:00:00Z`).toISOString());
    // Numbered when it is held: planned, it is just a session.
    expect(created.number).toBeNull();
    await expect.poll(() => h1(team).textContent()).toBe(sharedEs.meetingKind.session);

    // The draft agenda generated from the Matrix is shown, item by item, in the server's order.
    expect(created.agenda.generated).toBe(true);
    expect(created.agenda.items.length).toBeGreaterThan(1);
    const editor = team.locator('[data-testid="agenda-editor"] > li');
    await expect.poll(() => editor.count()).toBe(created.agenda.items.length);
    expect(await editor.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-key')))).toEqual(
      created.agenda.items.map((i) => i.key),
    );
    await expectAccessible(team, 'the meeting page with its draft agenda');

    // Reorder from the keyboard: the first item goes down twice, the focus stays on its button.
    const [first, second, third] = created.agenda.items;
    const down = team.getByRole('button', { name: fill(m.agenda.moveDown, { title: first!.title }) });
    await down.focus();
    await team.keyboard.press('Enter');
    await expect.poll(() => editor.nth(1).getAttribute('data-key')).toBe(first!.key);
    await expect
      .poll(() => team.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe(fill(m.agenda.moveDown, { title: first!.title }));
    await team.keyboard.press('Enter');
    await expect.poll(() => editor.nth(2).getAttribute('data-key')).toBe(first!.key);
    // Remove the (new) second item, add one by hand, then save.
    await team.getByRole('button', { name: fill(m.agenda.removeItem, { title: third!.title }) }).click();
    const custom = 'Informe del equipo dedicado sobre los compromisos';
    await team.getByRole('textbox', { name: m.agenda.itemTitle, exact: true }).fill(custom);
    await team.getByRole('button', { name: m.agenda.add }).click();
    await team.getByRole('button', { name: m.agenda.save }).click();
    await expect.poll(async () => (await meetingOf(team, meetingId)).agenda.generated, LIVE).toBe(false);
    const saved = await apiGet<Agenda>(team, `/api/meetings/${meetingId}/agenda`);
    expect(saved.items.map((i) => i.key).slice(0, 2)).toEqual([second!.key, first!.key]);
    expect(saved.items.some((i) => i.key === third!.key)).toBe(false);
    expect(saved.items.at(-1)).toMatchObject({ title: custom, kind: 'custom' });

    // Start the live session: planned three days from now, so the start is confirmed first.
    await team.getByRole('button', { name: m.actions.start }).click();
    const early = team.getByRole('dialog', { name: m.actions.startEarlyTitle });
    await early.getByRole('button', { name: m.actions.startEarlyConfirm }).click();
    await expect.poll(async () => (await meetingOf(team, meetingId)).state, LIVE).toBe('in_progress');
    const held = await meetingOf(team, meetingId);
    expect(held.number).not.toBeNull();
    await expect.poll(() => h1(team).textContent()).toBe(fill(mt.sessionNumber, { number: held.number! }));
    const liveItems = team.locator('[data-testid="live-agenda"] > li');
    await expect.poll(() => liveItems.count(), LIVE).toBe(saved.items.length);
    expect(await liveItems.first().getAttribute('aria-current')).toBe('step');

    // A participant opens the same page and follows it live.
    const rep = await newPage(h);
    await signIn(rep, 'public_rep@demo.mesas.local');
    const repMe = await apiGet<{ user: { personId: string; fullName: string } }>(rep, '/api/auth/me');
    await rep.goto(`/meetings/${meetingId}`);
    await expect.poll(() => h1(rep).textContent()).toBe(fill(mt.sessionNumber, { number: held.number! }));
    await expect
      .poll(() => rep.locator('[data-live-status]').getAttribute('data-live-status'), LIVE)
      .toBe('live');
    await rep.evaluate(() => {
      (window as unknown as { stillTheSamePage: boolean }).stillTheSamePage = true;
    });
    // Read-only for the participant: no team controls.
    expect(await rep.getByRole('button', { name: m.actions.close }).count()).toBe(0);
    expect(await rep.getByRole('textbox', { name: m.decisions.text, exact: true }).count()).toBe(0);

    // Attendance, per person.
    const live = await meetingOf(team, meetingId);
    const others = live.participants.filter((p) => p.person.id !== repMe.user.personId);
    const excused = others[0]!.person;
    await team.getByLabel(fill(m.attendance.of, { name: repMe.user.fullName })).selectOption('present');
    await team.getByLabel(fill(m.attendance.of, { name: excused.fullName })).selectOption('excused');
    await expect
      .poll(async () => {
        const people = (await meetingOf(team, meetingId)).participants;
        return [repMe.user.personId, excused.id].map(
          (id) => people.find((p) => p.person.id === id)?.attendance,
        );
      }, LIVE)
      .toEqual(['present', 'excused']);
    await expect
      .poll(() => rep.locator(`tr[data-person-id="${excused.id}"]`).getAttribute('data-attendance'), LIVE)
      .toBe('excused');

    // Walk the agenda: the first item is discussed, the next one becomes current on both pages.
    const firstItem = liveItems.first();
    await firstItem.getByRole('textbox').fill('Se revisó el avance del trámite en línea.');
    await firstItem.getByRole('button', { name: m.live.saveNotes }).click();
    await firstItem
      .getByRole('button', { name: fill(m.live.markDiscussedItem, { title: saved.items[0]!.title }) })
      .click();
    await expect.poll(() => liveItems.nth(1).getAttribute('aria-current'), LIVE).toBe('step');
    const repItems = rep.locator('[data-testid="live-agenda"] > li');
    await expect.poll(() => repItems.first().getAttribute('data-discussed'), LIVE).toBe('true');
    await expect.poll(() => repItems.nth(1).getAttribute('aria-current'), LIVE).toBe('step');
    expect(await repItems.first().textContent()).toContain('Se revisó el avance del trámite en línea.');

    // A decision appears on the participant's page within seconds, without reloading.
    const decision = 'Acordado: SERFOR publicará el procedimiento simplificado de registro de plantaciones';
    await team.getByRole('textbox', { name: m.decisions.text, exact: true }).fill(decision);
    await team.getByRole('button', { name: m.decisions.add }).click();
    await expect.poll(() => rep.locator('[data-testid="decisions"]').textContent(), LIVE).toContain(decision);
    expect((await meetingOf(team, meetingId)).decisions.map((d) => d.text)).toEqual([decision]);

    // A commitment, owned by the participant, with its due date.
    const promise = 'Enviar a SERFOR la lista de plantaciones pendientes de registro';
    const dueOn = limaDay(10);
    const form = team.locator('[data-testid="commitment-form"]');
    await form.getByLabel(m.commitments.person).click();
    await form.getByLabel(m.commitments.person).fill(repMe.user.fullName);
    await team
      .getByRole('option', { name: new RegExp(repMe.user.fullName) })
      .first()
      .click();
    await form.getByRole('textbox', { name: m.commitments.text, exact: true }).fill(promise);
    await form.getByLabel(m.commitments.dueOn).fill(dueOn);
    await form.getByLabel(m.commitments.dueOn).press('Tab');
    await form.getByRole('button', { name: m.commitments.add }).click();
    await expect
      .poll(async () => (await meetingOf(team, meetingId)).commitments.map((x) => x.text), LIVE)
      .toEqual([promise]);
    const commitment = (await meetingOf(team, meetingId)).commitments[0]!;
    expect(commitment).toMatchObject({ dueOn, status: 'open', person: { id: repMe.user.personId } });
    await expect
      .poll(() => rep.locator('[data-testid="meeting-commitments"]').textContent(), LIVE)
      .toContain(promise);
    // A new problem raised in the session goes to the Matrix and is linked to the meeting.
    const raised = 'Los transportistas de madera no conocen la nueva guía electrónica';
    await team.getByRole('textbox', { name: m.newProblem.problemTitle, exact: true }).fill(raised);
    await team.getByRole('button', { name: m.newProblem.add }).click();
    await expect
      .poll(async () => (await meetingOf(team, meetingId)).problems.map((p) => p.title), LIVE)
      .toContain(raised);
    await expect
      .poll(() => rep.locator('section[aria-labelledby="meeting-problems-title"]').textContent(), LIVE)
      .toContain(raised);
    await expectAccessible(team, 'the meeting page in live session mode');
    await expectAccessible(rep, 'the meeting page followed by a participant');
    await team.screenshot({ path: '/tmp/mesas-meeting-live.png', fullPage: true });

    // Close the session, after confirming: the minutes appear on both pages.
    await team.getByRole('button', { name: m.actions.close }).click();
    await team.getByRole('dialog').getByRole('button', { name: m.actions.closeConfirm }).click();
    await expect.poll(async () => (await meetingOf(team, meetingId)).state, LIVE).toBe('closed');
    const minutes = team.locator('[data-testid="minutes-document"]');
    await expect.poll(() => minutes.textContent(), LIVE).toContain(decision);
    expect(await minutes.textContent()).toContain(promise);
    expect(await minutes.textContent()).toContain(repMe.user.fullName);
    expect(await team.getByText(fill(m.minutes.latestVersion, { number: 1 })).count()).toBe(1);
    const pdf = team.getByRole('link', { name: m.minutes.downloadPdf });
    expect(await pdf.getAttribute('href')).toBe(`/api/meetings/${meetingId}/minutes.pdf?version=1`);
    const pdfResponse = await team.request.get(`/api/meetings/${meetingId}/minutes.pdf?version=1`);
    expect(pdfResponse.headers()['content-type']).toContain('application/pdf');
    const markdown = await team.request.get(
      (await team.getByRole('link', { name: m.minutes.downloadMarkdown }).getAttribute('href'))!,
    );
    expect(await markdown.text()).toContain(decision);
    await expect
      .poll(() => rep.locator('[data-testid="minutes-document"]').textContent(), LIVE)
      .toContain(decision);
    expect(await rep.locator('[data-meeting-state]').getAttribute('data-meeting-state')).toBe('closed');
    expect(await rep.getByText(sharedEs.meetingState.closed, { exact: true }).count()).toBeGreaterThan(0);
    expect(
      await rep.evaluate(() => (window as unknown as { stillTheSamePage?: boolean }).stillTheSamePage),
    ).toBe(true);
    await expectAccessible(team, 'the closed meeting page with its minutes');
    await team.screenshot({ path: '/tmp/mesas-meeting-closed.png', fullPage: true });

    // The participant's own commitments: the new one, due soon; progress is reported to its log.
    await rep.getByRole('navigation').getByRole('link', { name: webEs.nav.commitments }).click();
    await rep.waitForURL('**/commitments');
    await expect.poll(() => h1(rep).textContent()).toBe(c.mineTitle);
    const card = rep.locator(`[data-commitment-id="${commitment.id}"]`);
    await expect.poll(() => card.count(), LIVE).toBe(1);
    expect(await card.getAttribute('data-due-state')).toBe('later');
    const mine = await apiGet<CommitmentList>(rep, '/api/me/commitments');
    const openIds = mine.commitments.filter((x) => x.status === 'open').map((x) => x.id);
    expect(
      await rep
        .locator('[data-testid="commitment-list"] > li')
        .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-commitment-id'))),
    ).toEqual(openIds);
    await expectAccessible(rep, 'the my commitments page');
    await card.getByRole('button', { name: new RegExp(`^${c.report}`) }).click();
    const progress = rep.getByRole('dialog');
    const report = 'Lista enviada por correo; falta la firma del gerente regional';
    await progress.getByRole('textbox', { name: c.progress.text }).fill(report);
    await progress.getByRole('button', { name: c.progress.submit }).click();
    await expect
      .poll(() => progress.locator('[data-testid="progress-log"]').textContent(), LIVE)
      .toContain(report);
    const reported = await apiGet<CommitmentDetail>(rep, `/api/commitments/${commitment.id}`);
    expect(reported.reports.map((r) => [r.text, r.person?.id])).toEqual([[report, repMe.user.personId]]);
    expect(reported.can.update).toBe(false);
    expect(await card.getByRole('button', { name: new RegExp(`^${c.markDone}`) }).count()).toBe(0);
    await expectAccessible(rep, 'the progress dialog');
    await rep.screenshot({ path: '/tmp/mesas-my-commitments.png', fullPage: true });
    await rep.context().close();

    // The entity's commitments across Mesas, reached from the meeting page; the team marks it done.
    expect(reported.organization).not.toBeNull();
    await team.goto(`/organizations/${reported.organization!.id}/commitments`);
    await expect.poll(() => h1(team).textContent()).toContain(reported.organization!.name);
    const teamCard = team.locator(`[data-commitment-id="${commitment.id}"]`);
    await expect.poll(() => teamCard.count(), LIVE).toBe(1);
    await teamCard.getByRole('button', { name: new RegExp(`^${c.markDone}`) }).click();
    await expect
      .poll(
        async () => (await apiGet<CommitmentDetail>(team, `/api/commitments/${commitment.id}`)).status,
        LIVE,
      )
      .toBe('done');
    await expectAccessible(team, "an organization's commitments");

    // The Mesa page lists the session as held.
    await team.goto(`/mesas/${mesaId}`);
    await expect
      .poll(() => team.locator(`tr[data-meeting-id="${meetingId}"]`).getAttribute('data-state'), LIVE)
      .toBe('closed');
    await team.context().close();
  });

  it('gives a personal calendar address to copy, and a new one on request', async () => {
    const page = await newPage(h);
    await signIn(page, 'moderator@demo.mesas.local');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/commitments');
    const feed = page.locator('section[aria-labelledby="calendar-feed-title"]');
    await expect
      .poll(() => feed.getByTestId('calendar-feed-status').textContent())
      .toBe(sessionsEs.calendarFeed.none);
    await feed.getByRole('button', { name: sessionsEs.calendarFeed.create }).click();
    const address = feed.getByRole('textbox', { name: sessionsEs.calendarFeed.address });
    await expect.poll(() => address.inputValue(), LIVE).toMatch(/\/api\/calendar\/mesas_cal_[\w-]+\.ics$/);
    const url = await address.inputValue();
    const ics = await page.request.get(new URL(url).pathname);
    expect(ics.status()).toBe(200);
    expect(await ics.text()).toContain('BEGIN:VCALENDAR');
    await feed.getByRole('button', { name: sessionsEs.calendarFeed.copy }).click();
    await expect.poll(() => feed.getByRole('status').textContent()).toBe(sessionsEs.calendarFeed.copied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    await expectAccessible(page, 'the calendar subscription');

    // A new address: the old one stops working.
    await feed.getByRole('button', { name: sessionsEs.calendarFeed.rotate }).click();
    await expect.poll(() => address.inputValue(), LIVE).not.toBe(url);
    expect((await page.request.get(new URL(url).pathname)).status()).toBe(404);
    expect((await page.request.get(new URL(await address.inputValue()).pathname)).status()).toBe(200);
    await page.context().close();
  });

  it('has every string of its pages in Spanish and English, in sections of its own', () => {
    const keys = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        v && typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
      );
    expect(keys(sessionsEn).sort()).toEqual(keys(sessionsEs).sort());
    // The namespaces are merged section by section: a section defined twice would hide the other one.
    const others = [esShared, sharedEs, webEs, matrixEs, searchEs, outboxEs].flatMap((o) => Object.keys(o));
    expect(Object.keys(sessionsEs).filter((k) => others.includes(k))).toEqual([]);
  });
});
