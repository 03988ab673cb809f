import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import escalationsEs from '../../web/src/i18n/escalations.es.json';
import homeEs from '../../web/src/i18n/home.es.json';
import matrixEs from '../../web/src/i18n/matrix.es.json';
import webEs from '../../web/src/i18n/strings.es';
import type { Home } from '../../web/src/pages/home/homeApi';
import { apiGet, expectAccessible, forestalId, type Harness, newPage, signIn, startHarness } from './support';

/**
 * Each role lands on what waits for it (issue 11, item 11), and the Mesa page is in sections the
 * reader jumps to, with the Matrix one click away (item 12).
 */

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const hw = homeEs.homeWeb;
const sections = homeEs.mesaSections;
const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
/** The plural forms of a count, as i18next picks them in Spanish. */
const plural = (forms: { [k: string]: string }, key: string, count: number) =>
  (count === 1 ? forms[`${key}_one`]! : forms[`${key}_other`]!).replace('{{count}}', String(count));

describe('each role lands on what waits for it', () => {
  it('lands the high-level body on its inbox, first in the navigation with the count awaiting its decision', async () => {
    const page = await newPage(h);
    await signIn(page, 'high_level@demo.mesas.local');
    await page.waitForURL((url) => url.pathname === '/escalations');
    await expect.poll(() => h1(page).textContent()).toBe(escalationsEs.escalationsWeb.inboxTitle);

    const home = await apiGet<Home>(page, '/api/me/home');
    expect(home.landing).toBe('inbox');
    const awaiting = home.inbox!.awaitingDecision;
    expect(awaiting).toBeGreaterThan(0);
    const nav = page.getByRole('navigation', { name: webEs.nav.label });
    await expect.poll(() => nav.getByRole('link').first().textContent()).toBe(webEs.nav.escalations);
    await expect.poll(() => nav.getByTestId('nav-inbox-count').textContent()).toBe(String(awaiting));
    // Screen readers hear the count as the description of the inbox link.
    const described = await nav.getByTestId('nav-inbox').getAttribute('aria-describedby');
    expect(await page.locator(`#${described}`).textContent()).toBe(plural(webEs.nav, 'awaiting', awaiting));
    await expectAccessible(page, 'the inbox the high-level body lands on');

    // The Mesas are one link away: the home, with the escalations to decide first.
    await nav.getByRole('link', { name: webEs.nav.mesas, exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/' && url.search.includes('view=mesas'));
    const decisions = page.locator('[data-block="home-decisions"]');
    await expect
      .poll(() => decisions.getByTestId('block-count').textContent())
      .toBe(plural(hw.decisions, 'count', awaiting));
    expect(await decisions.locator('li[data-escalation-id]').count()).toBe(Math.min(5, awaiting));
    await expectAccessible(page, 'the home of the high-level body');
    await page.context().close();
  });

  it('shows the dedicated team its Mesas with the next session and what is late', async () => {
    const page = await newPage(h);
    await signIn(page, 'team@demo.mesas.local');
    await page.waitForURL((url) => url.pathname === '/');
    await expect.poll(() => h1(page).textContent()).toBe(webEs.home.title);
    const home = await apiGet<Home>(page, '/api/me/home');
    expect(home.landing).toBe('home');
    const mesaId = await forestalId(page);
    const forestal = home.mesas.find((m) => m.mesa.id === mesaId)!;
    expect(forestal.runs).toBe(true);
    expect(forestal.nextSession).not.toBeNull();

    const card = page.locator(`[data-block="home-mesas"] article[data-mesa-id="${mesaId}"]`);
    await expect.poll(() => card.getByRole('heading', { level: 3 }).textContent()).toBe(forestal.mesa.name);
    const next = card.getByTestId('next-session');
    const sessionLink = next.getByRole('link');
    expect(await sessionLink.getAttribute('href')).toBe(`/meetings/${forestal.nextSession!.id}`);
    expect(await next.textContent()).toContain(
      forestal.nextSession!.agendaReady ? hw.mesas.agendaReady : hw.mesas.agendaNotReady,
    );
    expect(await card.locator('[data-figure="late"]').textContent()).toBe(
      plural(hw.mesas, 'lateCommitments', forestal.commitments.late),
    );
    expect(await card.locator('[data-figure="escalations"]').textContent()).toBe(
      plural(hw.mesas, 'escalationsOpen', forestal.escalations.open),
    );
    expect(await card.locator('[data-figure="cadence"]').count()).toBe(1);
    // The late commitments link opens the Mesa on its Commitments section.
    expect(await card.locator('[data-figure="late"] a').getAttribute('href')).toBe(
      `/mesas/${mesaId}#commitments`,
    );
    await expectAccessible(page, 'the home of the dedicated team');
    await page.screenshot({ path: '/tmp/mesas-home-team.png', fullPage: true });
    await page.context().close();
  });

  it('shows a private representative their own commitments and the fixes awaiting their field feedback', async () => {
    const page = await newPage(h);
    await signIn(page, 'private_rep@demo.mesas.local');
    await page.waitForURL((url) => url.pathname === '/');
    const home = await apiGet<Home>(page, '/api/me/home');
    const mine = await apiGet<{ commitments: { id: string }[]; summary: { open: number; overdue: number } }>(
      page,
      '/api/me/commitments?status=open',
    );
    const block = page.locator('[data-block="home-commitments"]');
    if (mine.summary.open === 0) {
      await expect.poll(() => block.locator('[data-empty]').textContent()).toBe(hw.nothingWaits);
    } else {
      await expect
        .poll(() => block.getByTestId('block-count').textContent())
        .toBe(
          hw.commitments.summary
            .replace('{{open}}', String(mine.summary.open))
            .replace('{{late}}', String(mine.summary.overdue)),
        );
      const shown = await block
        .locator('li[data-commitment-id]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-commitment-id')));
      expect(shown).toEqual(mine.commitments.slice(0, 5).map((c) => c.id));
    }
    expect(await block.getByRole('link', { name: hw.commitments.all }).getAttribute('href')).toBe(
      '/commitments',
    );

    // The enacted problems of their Mesa wait for their report from the ground.
    const feedback = page.locator('[data-block="home-feedback"]');
    expect(home.feedback.count).toBeGreaterThan(0);
    await expect
      .poll(() => feedback.getByTestId('block-count').textContent())
      .toBe(plural(hw.feedback, 'count', home.feedback.count));
    const first = home.feedback.items[0]!;
    expect(await feedback.locator(`li[data-problem-id="${first.id}"] a`).getAttribute('href')).toBe(
      `/problems/${first.id}`,
    );
    // A representative runs no Mesa: no team figures, and no escalations to decide.
    expect(await page.locator('[data-figure]').count()).toBe(0);
    expect(await page.locator('[data-block="home-decisions"]').count()).toBe(0);
    await expectAccessible(page, 'the home of a private representative');
    await page.context().close();
  });
});

describe('the Mesa page in sections', () => {
  it('jumps to a section from the sticky section bar, and opens the Matrix in one click', async () => {
    const page = await newPage(h);
    await signIn(page, 'team@demo.mesas.local');
    const mesaId = await forestalId(page);
    await page.goto(`/mesas/${mesaId}`);
    const bar = page.getByRole('navigation', { name: sections.label });
    await expect
      .poll(() => bar.getByRole('listitem').allTextContents())
      .toEqual(
        expect.arrayContaining([
          sections.matrix,
          sections.sessions,
          sections.commitments,
          sections.participants,
          sections.dashboards,
        ]),
      );
    await expectAccessible(page, 'the Mesa page');

    const participants = page.locator('#participants');
    await bar.getByRole('link', { name: sections.participants, exact: true }).click();
    await expect
      .poll(async () => {
        const box = await participants.boundingBox();
        const viewport = page.viewportSize()!;
        return !!box && box.y >= 0 && box.y < viewport.height;
      })
      .toBe(true);
    await expect
      .poll(() =>
        bar.getByRole('link', { name: sections.participants, exact: true }).getAttribute('aria-current'),
      )
      .toBe('location');
    expect(page.url()).toContain('#participants');
    // The bar stays in view as the page scrolls: the Matrix is still one click away.
    const open = bar.getByRole('link', { name: matrixEs.matrix.open, exact: true });
    expect(await open.isVisible()).toBe(true);
    await open.click();
    await page.waitForURL(`**/mesas/${mesaId}/matrix`);
    await expect.poll(() => h1(page).textContent()).toBe(matrixEs.matrix.title);

    // A link to a section opens the page there.
    await page.goto(`/mesas/${mesaId}#commitments`);
    await expect
      .poll(async () => {
        const box = await page.locator('#commitments').boundingBox();
        return !!box && box.y >= 0 && box.y < page.viewportSize()!.height;
      })
      .toBe(true);
    await page.context().close();
  });
});
