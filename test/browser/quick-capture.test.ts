import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MesaDetail, MesaSummary } from '../../web/src/api';
import captureEn from '../../web/src/i18n/capture.en.json';
import captureEs from '../../web/src/i18n/capture.es.json';
import sessionsEs from '../../web/src/i18n/sessions.es.json';
import { matchOwners, ownerOptions } from '../../web/src/pages/sessions/quickCapture';
import type { MeetingDetail, MeetingList } from '../../web/src/pages/sessions/sessionsApi';
import { expectAccessible, type Harness, newPage, signIn, startHarness } from './support';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const cap = captureEs.capture;
const m = sessionsEs.meeting;
/** "Within a few seconds" for what another screen shows; polled, never a measured duration. */
const LIVE = { timeout: 5_000, interval: 100 };
const TIME_ZONE = 'America/Lima';

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''));

/** Calls the API with the page's own session (and its CSRF token on writes). */
async function api<T>(page: Page, method: 'GET' | 'POST' | 'PUT', url: string, data?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  if (method !== 'GET') {
    const me = await page.request.get('/api/auth/me');
    headers['X-CSRF-Token'] = ((await me.json()) as { csrfToken: string }).csrfToken;
  }
  const res = await page.request.fetch(url, { method, data, headers });
  expect(res.status(), `${method} ${url}: ${await res.text()}`).toBeLessThan(300);
  return (await res.json()) as T;
}

/** A day (YYYY-MM-DD) some days from today in Lima. */
function limaDay(daysFromToday: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(new Date());
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + daysFromToday);
  return d.toISOString().slice(0, 10);
}
const limaDayOf = (instant: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(new Date(instant));

/**
 * Drives a page with the keyboard only and counts what was used: text typed, and every other key
 * (Tab, Enter, arrows, Esc, shortcuts). Mouse presses are counted in the page itself.
 */
function keyboardOnly(page: Page) {
  const used = { keys: [] as string[] };
  return {
    used,
    press: async (key: string) => {
      used.keys.push(key);
      await page.keyboard.press(key);
    },
    type: (text: string) => page.keyboard.type(text),
    async watchMouse() {
      await page.evaluate(() => {
        const w = window as unknown as { mousePresses: number };
        w.mousePresses = 0;
        for (const type of ['mousedown', 'pointerdown', 'touchstart']) {
          document.addEventListener(type, () => w.mousePresses++, true);
        }
      });
    },
    mousePresses: () => page.evaluate(() => (window as unknown as { mousePresses: number }).mousePresses),
  };
}

const active = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return { label: el?.labels?.[0]?.textContent?.replace('*', '').trim() ?? '', value: el?.value ?? '' };
  });

describe('quick capture in a meeting', () => {
  it('records commitments and decisions typed in one line, seen on another screen without reload; attendance in one action', async () => {
    const team = await newPage(h);
    team.setDefaultTimeout(15_000);
    await signIn(team, 'team@demo.mesas.local');
    const { mesas } = await api<{ mesas: MesaSummary[] }>(team, 'GET', '/api/mesas');
    const mesaId = mesas.find((x) => x.slug === 'forestal')!.id;
    const mesa = await api<MesaDetail>(team, 'GET', `/api/mesas/${mesaId}`);

    // A session held now (planned for tomorrow, started early), and the next one planned in 15 days.
    const session = (day: string) => ({
      kind: 'session',
      startsAt: `${day}T15:00:00-05:00`,
      endsAt: `${day}T17:00:00-05:00`,
    });
    const meeting = await api<MeetingDetail>(
      team,
      'POST',
      `/api/mesas/${mesaId}/meetings`,
      session(limaDay(1)),
    );
    await api(team, 'POST', `/api/mesas/${mesaId}/meetings`, session(limaDay(15)));
    await api(team, 'POST', `/api/meetings/${meeting.id}/start`, { confirmEarly: true });
    const held = await api<MeetingDetail>(team, 'GET', `/api/meetings/${meeting.id}`);
    expect(held.state).toBe('in_progress');
    // The expected default: the day in Lima of the first session planned after this one.
    const { meetings } = await api<MeetingList>(team, 'GET', `/api/mesas/${mesaId}/meetings`);
    const nextSession = meetings
      .filter((x) => x.kind === 'session' && x.id !== meeting.id && x.state === 'scheduled')
      .filter((x) => x.startsAt > held.startsAt && limaDayOf(x.startsAt) >= limaDay(0))
      .map((x) => limaDayOf(x.startsAt))
      .sort()[0];
    // The demo Mesa may have planned one sooner than ours.
    expect(nextSession! <= limaDay(15)).toBe(true);
    const currentItem = held.agenda.items.find((i) => i.id && !i.discussedAt)!;

    // A participant follows the meeting on another screen.
    const rep = await newPage(h);
    rep.setDefaultTimeout(15_000);
    await signIn(rep, 'public_rep@demo.mesas.local');
    const repMe = await api<{ user: { personId: string; fullName: string } }>(rep, 'GET', '/api/auth/me');
    await rep.goto(`/meetings/${meeting.id}`);
    await expect
      .poll(() => rep.locator('[data-live-status]').getAttribute('data-live-status'), LIVE)
      .toBe('live');
    // Read-only for the participant: no capture lines.
    expect(await rep.locator('[data-testid="quick-commitment"]').count()).toBe(0);
    expect(await rep.locator('[data-testid="quick-decision"]').count()).toBe(0);

    await team.goto(`/meetings/${meeting.id}`);
    const line = team.locator('[data-testid="quick-commitment"]');
    const due = line.getByRole('textbox', { name: cap.commitment.dueOn });
    await expect.poll(() => due.inputValue(), LIVE).toBe(nextSession);
    const kb = keyboardOnly(team);
    await kb.watchMouse();

    // ── A commitment in one typed line, no mouse: the shortcut, "mar…" + Enter, what, Enter. ──
    const options = ownerOptions(mesa);
    const repOption = options.find((o) => o.kind === 'person' && o.personId === repMe.user.personId)!;
    expect(repOption.organizationId).not.toBeNull();
    // The shortest start of the name that makes the participant the first match.
    const typed = [...Array(repOption.primary.length).keys()]
      .map((n) => repOption.primary.slice(0, n + 1).toLowerCase())
      .find((prefix) => prefix.length >= 3 && matchOwners(options, prefix)[0]?.value === repOption.value)!;
    await kb.press('Alt+Shift+C');
    expect((await active(team)).label).toBe(cap.commitment.owner);
    await kb.type(typed);
    await expect
      .poll(() => line.locator('[role="option"][data-first]').textContent(), LIVE)
      .toContain(repOption.label);
    await kb.press('Enter');
    await expect.poll(() => active(team), LIVE).toEqual({ label: cap.commitment.text, value: '' });
    expect(await line.getByRole('textbox', { name: cap.commitment.owner }).inputValue()).toBe(
      repOption.label,
    );
    const promise = 'Enviar a SERFOR la lista de plantaciones pendientes de registro';
    await kb.type(promise);
    await kb.press('Enter');
    await expect
      .poll(
        async () => (await api<MeetingDetail>(team, 'GET', `/api/meetings/${meeting.id}`)).commitments.length,
        LIVE,
      )
      .toBe(1);
    const first = (await api<MeetingDetail>(team, 'GET', `/api/meetings/${meeting.id}`)).commitments[0]!;
    expect(first).toMatchObject({
      text: promise,
      dueOn: nextSession,
      status: 'open',
      person: { id: repMe.user.personId },
      organization: { id: repOption.organizationId },
      problemId: currentItem.problem?.id ?? null,
    });
    // The line clears and the focus is back on Owner for the next one.
    await expect.poll(() => active(team), LIVE).toEqual({ label: cap.commitment.owner, value: '' });
    expect(await due.inputValue()).toBe(nextSession);
    expect(kb.used.keys).toEqual(['Alt+Shift+C', 'Enter', 'Enter']);
    expect(await kb.mousePresses()).toBe(0);
    // The new row is on the participant's screen, without reloading.
    await expect
      .poll(() => rep.locator(`[data-commitment-id="${first.id}"]`).textContent(), LIVE)
      .toContain(promise);

    // ── An entity as owner (ArrowDown + Enter picks the first match), a due date typed dd/mm. ──
    kb.used.keys.length = 0;
    const entity = options.find((o) => o.kind === 'entity' && o.primary.startsWith('SERFOR'))!;
    expect(entity, 'SERFOR takes part in the Forestry Mesa').toBeDefined();
    await kb.type('serfor');
    await expect
      .poll(() => line.locator('[role="option"][data-first]').textContent(), LIVE)
      .toContain(entity.label);
    await kb.press('ArrowDown');
    await kb.press('Enter');
    await expect.poll(() => active(team), LIVE).toEqual({ label: cap.commitment.text, value: '' });
    const second = 'Publicar el procedimiento simplificado de registro de plantaciones';
    await kb.type(second);
    await kb.press('Tab');
    expect((await active(team)).label).toBe(cap.commitment.dueOn);
    const dueDay = limaDay(20);
    // Typing replaces the default (the field selects its text on focus).
    await kb.type(`${dueDay.slice(8, 10)}/${dueDay.slice(5, 7)}`);
    // The meeting's refresh after this save is held back, as on a slow link or a loaded server:
    // the line must be free for the next commitment meanwhile.
    let release = () => {};
    const refreshHeld = new Promise<void>((resolve) => {
      release = resolve;
    });
    const meetingPath = (url: URL) => url.pathname === `/api/meetings/${meeting.id}`;
    await team.route(meetingPath, async (route) => {
      if (route.request().method() === 'GET') await refreshHeld;
      await route.continue();
    });
    await kb.press('Enter');
    await expect
      .poll(
        async () => (await api<MeetingDetail>(team, 'GET', `/api/meetings/${meeting.id}`)).commitments.length,
        LIVE,
      )
      .toBe(2);
    const entityOne = (await api<MeetingDetail>(team, 'GET', `/api/meetings/${meeting.id}`)).commitments.find(
      (c) => c.text === second,
    )!;
    expect(entityOne).toMatchObject({
      dueOn: dueDay,
      organization: { id: entity.organizationId },
      person: { id: entity.personId },
    });
    expect(kb.used.keys).toEqual(['ArrowDown', 'Enter', 'Tab', 'Enter']);
    await expect.poll(() => active(team), LIVE).toEqual({ label: cap.commitment.owner, value: '' });

    // ── Nothing lost on a refusal: Enter with no "what" says so inline and saves nothing. ──
    kb.used.keys.length = 0;
    await kb.type(typed);
    await kb.press('Enter');
    await expect.poll(() => active(team), LIVE).toEqual({ label: cap.commitment.text, value: '' });
    await kb.press('Enter');
    const what = line.getByRole('textbox', { name: cap.commitment.text });
    await expect.poll(() => what.getAttribute('aria-invalid'), LIVE).toBe('true');
    expect((await active(team)).label).toBe(cap.commitment.text);
    release();
    await team.unrouteAll({ behavior: 'wait' });
    expect(await line.getByRole('textbox', { name: cap.commitment.owner }).inputValue()).toBe(
      repOption.label,
    );
    // A date that is not one: refused beside the field.
    await kb.type('Coordinar la visita de campo');
    await kb.press('Tab');
    await kb.type('31/04');
    await kb.press('Enter');
    await expect.poll(() => due.getAttribute('aria-invalid'), LIVE).toBe('true');
    expect(await line.textContent()).toContain(cap.commitment.dueInvalid);
    expect((await api<MeetingDetail>(team, 'GET', `/api/meetings/${meeting.id}`)).commitments).toHaveLength(
      2,
    );
    // Esc clears the whole line; the focus goes back to Owner.
    await kb.press('Escape');
    await expect.poll(() => active(team), LIVE).toEqual({ label: cap.commitment.owner, value: '' });
    expect(await what.inputValue()).toBe('');
    expect(await due.inputValue()).toBe(nextSession);
    expect(await kb.mousePresses()).toBe(0);

    // ── A decision in one line: the shortcut, the text, Enter; under the item being discussed. ──
    kb.used.keys.length = 0;
    await kb.press('Alt+Shift+D');
    expect((await active(team)).label).toBe(m.decisions.text);
    const decision = 'Acordado: SERFOR publicará el procedimiento simplificado';
    await kb.type(decision);
    await kb.press('Enter');
    await expect
      .poll(
        async () => (await api<MeetingDetail>(team, 'GET', `/api/meetings/${meeting.id}`)).decisions.length,
        LIVE,
      )
      .toBe(1);
    const saved = (await api<MeetingDetail>(team, 'GET', `/api/meetings/${meeting.id}`)).decisions[0]!;
    expect(saved).toMatchObject({ text: decision, agendaItemId: currentItem.id });
    await expect.poll(() => active(team), LIVE).toEqual({ label: m.decisions.text, value: '' });
    expect(kb.used.keys).toEqual(['Alt+Shift+D', 'Enter']);
    expect(await kb.mousePresses()).toBe(0);
    await expect.poll(() => rep.locator('[data-testid="decisions"]').textContent(), LIVE).toContain(decision);

    // ── Attendance: everyone expected present in one action (one PUT), then one exception. ──
    const puts: string[] = [];
    team.on('request', (r) => {
      if (r.method() === 'PUT' && r.url().endsWith('/attendance')) puts.push(r.url());
    });
    const invited = held.participants.filter((p) => p.invited);
    expect(invited.length).toBeGreaterThan(2);
    await team
      .getByRole('button', { name: fill(cap.attendance.allPresentCount_other, { count: invited.length }) })
      .click();
    await expect
      .poll(async () => {
        const people = (await api<MeetingDetail>(team, 'GET', `/api/meetings/${meeting.id}`)).participants;
        return people.filter((p) => p.invited && p.attendance === 'present').length;
      }, LIVE)
      .toBe(invited.length);
    expect(puts).toHaveLength(1);
    const counts = team.getByTestId('attendance-counts');
    await expect
      .poll(() => counts.textContent(), LIVE)
      .toBe(fill(cap.attendance.counts, { present: invited.length, absent: 0, excused: 0, notRecorded: 0 }));
    const away = invited.find((p) => p.person.id !== repMe.user.personId)!.person;
    const markAbsent = team.getByRole('button', {
      name: fill(cap.attendance.markAbsent, { name: away.fullName }),
    });
    await markAbsent.click();
    await expect
      .poll(async () => {
        const people = (await api<MeetingDetail>(team, 'GET', `/api/meetings/${meeting.id}`)).participants;
        return people.find((p) => p.person.id === away.id)?.attendance;
      }, LIVE)
      .toBe('absent');
    expect(puts).toHaveLength(2);
    await expect.poll(() => markAbsent.getAttribute('aria-pressed'), LIVE).toBe('true');
    await expect
      .poll(() => counts.textContent(), LIVE)
      .toBe(
        fill(cap.attendance.counts, { present: invited.length - 1, absent: 1, excused: 0, notRecorded: 0 }),
      );
    await expect
      .poll(() => rep.locator(`tr[data-person-id="${away.id}"]`).getAttribute('data-attendance'), LIVE)
      .toBe('absent');

    await expectAccessible(team, 'the meeting page with its capture lines');
    await expectAccessible(rep, 'the meeting page followed by a participant');
    await team.screenshot({ path: '/tmp/mesas-quick-capture.png', fullPage: true });
    await rep.context().close();
    await team.context().close();
  }, 300_000);

  it('has every capture string in Spanish and English', () => {
    const keys = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        v && typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
      );
    expect(keys(captureEn).sort()).toEqual(keys(captureEs).sort());
    expect(Object.keys(captureEs)).toEqual(['capture']);
  });
});
