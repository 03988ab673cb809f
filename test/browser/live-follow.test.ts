import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MesaSummary } from '../../web/src/api';
import sessionsEs from '../../web/src/i18n/sessions.es.json';
import type { MeetingDetail } from '../../web/src/pages/sessions/sessionsApi';
import { apiGet, expectAccessible, type Harness, newPage, signIn, startHarness } from './support';

/**
 * Live mode that every screen follows: the moderator takes the room to an item out of order ("Tratar
 * ahora") and every participant's page marks it current and scrolls to it (how soon: bench/live-follow.ts); whoever
 * opens the page later lands on it; the projector view shows it and what is recorded on it, live.
 */

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const m = sessionsEs.meeting;
const p = sessionsEs.projector;
const LIVE = { timeout: 10_000, interval: 100 };
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''));

/** Writes through the API with the page's session (and its CSRF token). */
async function apiSend<T>(page: Page, method: 'post' | 'put', url: string, data: unknown): Promise<T> {
  const { csrfToken } = await apiGet<{ csrfToken: string }>(page, '/api/auth/me');
  const res = await page.request[method](url, { headers: { 'X-CSRF-Token': csrfToken }, data });
  expect(res.status(), `${url}: ${await res.text()}`).toBeLessThan(300);
  return (await res.json()) as T;
}

/** A page whose reader did not ask for less motion: the agenda glides to the current item. */
async function movingPage(): Promise<Page> {
  const context = await h.browser.newContext({
    baseURL: h.baseUrl,
    viewport: { width: 1280, height: 900 },
    reducedMotion: 'no-preference',
  });
  return context.newPage();
}

const liveItem = (page: Page, itemId: string) =>
  page.locator(`[data-testid="live-agenda"] > li[data-item-id="${itemId}"]`);
const isCurrent = async (page: Page, itemId: string) =>
  (await liveItem(page, itemId).getAttribute('aria-current')) === 'step';
/** Whether the whole item is inside the window. */
const inViewport = (page: Page, itemId: string) =>
  liveItem(page, itemId).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  });
/** Resolves once the page has not scrolled for 200 ms (a smooth scroll has ended). */
const scrollSettled = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = window.scrollY;
        const timer = setInterval(() => {
          if (window.scrollY === last) {
            clearInterval(timer);
            resolve();
          }
          last = window.scrollY;
        }, 200);
      }),
  );
const currentAndVisible = async (page: Page, itemId: string) =>
  (await isCurrent(page, itemId)) && (await inViewport(page, itemId));

describe('live mode that every screen follows', () => {
  it('moves every screen to the item the moderator takes up, lands late comers on it, and projects it live', async () => {
    const moderator = await newPage(h);
    await signIn(moderator, 'moderator@demo.mesas.local');
    const { mesas } = await apiGet<{ mesas: MesaSummary[] }>(moderator, '/api/mesas');
    const forestal = mesas.find((x) => x.slug === 'forestal')!;

    // A session being held, its agenda starting with twelve items of its own.
    const created = await apiSend<MeetingDetail>(moderator, 'post', `/api/mesas/${forestal.id}/meetings`, {
      kind: 'session',
      startsAt: new Date(Date.now() - 3600_000).toISOString(),
      endsAt: new Date(Date.now() + 3 * 3600_000).toISOString(),
    });
    const titles = Array.from({ length: 12 }, (_, i) => `Tema en vivo ${i + 1}`);
    await apiSend(moderator, 'put', `/api/meetings/${created.id}/agenda`, {
      version: created.version,
      base: 'draft',
      edits: titles.map((title, at) => ({ op: 'add', title, at })),
    });
    let meeting = await apiSend<MeetingDetail>(moderator, 'post', `/api/meetings/${created.id}/start`, {
      confirmEarly: true,
    });
    const items = meeting.agenda.items;
    const total = items.length;
    const fifth = items[4]!;
    const twelfth = items[11]!;
    expect([fifth.title, twelfth.title]).toEqual([titles[4], titles[11]]);
    // The room is on item 12 when the participants open the page.
    meeting = await apiSend(moderator, 'put', `/api/meetings/${meeting.id}/current-item`, {
      itemId: twelfth.id,
    });
    expect(meeting.currentItemId).toBe(twelfth.id);

    const url = `/meetings/${meeting.id}`;
    await moderator.goto(url);
    const participant = await movingPage();
    await signIn(participant, 'public_rep@demo.mesas.local');
    await participant.goto(url);
    for (const page of [moderator, participant]) {
      await expect
        .poll(() => page.locator('[data-live-status]').getAttribute('data-live-status'), LIVE)
        .toBe('live');
    }
    // Opening the page lands on the current item: item 12 is current and in view, item 5 is not.
    await expect.poll(() => currentAndVisible(participant, twelfth.id!), LIVE).toBe(true);
    await scrollSettled(participant);
    expect(await inViewport(participant, fifth.id!)).toBe(false);

    // The projector, opened before the jump, follows too.
    // In a window of its own, as on the room's computer (a background tab would not animate).
    const projector = await newPage(h);
    await signIn(projector, 'team@demo.mesas.local');
    await projector.goto(`${url}/projector`);
    const projectedTitle = projector.getByTestId('projector-item-title');
    await expect.poll(() => projectedTitle.textContent(), LIVE).toBe(twelfth.title);
    await expect
      .poll(() => projector.getByTestId('projector').getAttribute('data-live-status'), LIVE)
      .toBe('live');

    // "Tratar ahora" on item 5: the participant's page marks it current and shows it (how soon:
    // bench/live-follow.ts).
    await moderator.getByRole('button', { name: fill(m.live.takeUpItem, { title: fifth.title }) }).click();
    await expect.poll(() => currentAndVisible(participant, fifth.id!), LIVE).toBe(true);
    await expect.poll(() => projectedTitle.textContent(), LIVE).toBe(fifth.title);
    expect(await isCurrent(participant, twelfth.id!)).toBe(false);
    expect(await participant.locator('[data-testid="live-agenda"] > li[aria-current]').count()).toBe(1);
    // The moderator's page too, with the keyboard left on the item taken up.
    await expect.poll(() => isCurrent(moderator, fifth.id!), LIVE).toBe(true);
    await expect
      .poll(() => moderator.evaluate(() => document.activeElement?.getAttribute('data-item-id')), LIVE)
      .toBe(fifth.id);
    expect((await apiGet<MeetingDetail>(participant, `/api/meetings/${meeting.id}`)).currentItemId).toBe(
      fifth.id,
    );

    // Someone who opens the page afterwards lands on item 5.
    const late = await newPage(h);
    await signIn(late, 'private_rep@demo.mesas.local');
    await late.goto(url);
    await expect.poll(() => currentAndVisible(late, fifth.id!), LIVE).toBe(true);

    // The projector: Mesa, session, "5 / N", and a decision typed by the moderator appears as saved.
    expect(await projector.locator('.projector-position').textContent()).toBe(
      fill(p.position, { position: 5, total }),
    );
    expect(await projector.locator('.projector-mesa').textContent()).toBe(forestal.name);
    expect(await projector.getByRole('heading', { level: 1 }).textContent()).toBe(
      fill(sessionsEs.meetings.sessionNumber, { number: meeting.number! }),
    );
    expect(await projector.getByTestId('projector-decisions').count()).toBe(0);
    const decision = 'Se acuerda publicar el cronograma del trámite en línea';
    const text = moderator.getByRole('textbox', { name: m.decisions.text, exact: true });
    await text.fill(decision);
    await text.press('Enter');
    const projected = projector.getByTestId('projector-decisions').locator('li');
    await expect.poll(() => projected.allTextContents(), LIVE).toEqual([decision]);
    const saved = (await apiGet<MeetingDetail>(moderator, `/api/meetings/${meeting.id}`)).decisions;
    expect(saved.find((d) => d.text === decision)?.agendaItemId).toBe(fifth.id);
    await expectAccessible(projector, 'the projector view');

    // Marking item 5 discussed moves every screen on to item 6.
    await moderator
      .getByRole('button', { name: fill(m.live.markDiscussedItem, { title: fifth.title }) })
      .click();
    await expect.poll(() => currentAndVisible(participant, items[5]!.id!), LIVE).toBe(true);
    await expect.poll(() => projectedTitle.textContent(), LIVE).toBe(items[5]!.title);
    await expectAccessible(participant, 'the live agenda of a participant');

    // A participant scrolled away whose connection drops: when the stream is back, the page lands on
    // the item the room is on again.
    const sixth = items[5]!;
    const status = () => participant.locator('[data-live-status]').getAttribute('data-live-status');
    await participant.evaluate(() => window.scrollTo(0, 0));
    await scrollSettled(participant);
    expect(await inViewport(participant, sixth.id!)).toBe(false);
    h.app.server.closeAllConnections();
    await expect.poll(status, LIVE).toBe('offline');
    await expect.poll(status, { timeout: 20_000, interval: 100 }).toBe('live');
    await expect.poll(() => currentAndVisible(participant, sixth.id!), LIVE).toBe(true);
  }, 240_000);

  it('offers the projector view from the meeting page, in a new tab', async () => {
    const page = await newPage(h);
    await signIn(page, 'team@demo.mesas.local');
    const { mesas } = await apiGet<{ mesas: MesaSummary[] }>(page, '/api/mesas');
    const forestal = mesas.find((x) => x.slug === 'forestal')!;
    const created = await apiSend<MeetingDetail>(page, 'post', `/api/mesas/${forestal.id}/meetings`, {
      kind: 'session',
      startsAt: new Date(Date.now() + 86_400_000).toISOString(),
      endsAt: new Date(Date.now() + 90_000_000).toISOString(),
    });
    await page.goto(`/meetings/${created.id}`);
    const link = page.getByTestId('projector-link');
    await expect.poll(() => link.getAttribute('href'), LIVE).toBe(`/meetings/${created.id}/projector`);
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.textContent()).toContain(m.live.projector);
    const [tab] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
    await tab!.waitForLoadState();
    // Not started yet: the projector says so, and will follow once it starts.
    await expect.poll(() => tab!.locator('.projector-idle').textContent(), LIVE).toBe(p.notStarted);
    await apiSend(page, 'post', `/api/meetings/${created.id}/start`, { confirmEarly: true });
    await expect.poll(() => tab!.getByTestId('projector-item-title').count(), LIVE).toBe(1);
    await expectAccessible(tab!, 'the projector view before any item');
  });
});
