import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import appEs from '../../web/src/i18n/es.json';
import webEs from '../../web/src/i18n/escalations.es.json';
import type { Escalation, EscalationList } from '../../web/src/pages/escalations/escalationsApi';
import type { MeetingList } from '../../web/src/pages/sessions/sessionsApi';
import { limaDaysSince } from '../support/fixtures';
import { apiGet, expectAccessible, forestalId, type Harness, newPage, signIn, startHarness } from './support';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const w = webEs.escalationsWeb;
const LIVE = { timeout: 10_000, interval: 100 };
const PROBLEM = 'Oficinas regionales: gestión débil, guías sin certificar y concesiones por sanear';
const DECISION =
  'El Viceministerio convoca a los seis gobiernos regionales y financia el saneamiento de concesiones.';

describe('escalation to the high-level body', () => {
  it('the team escalates, a high-level user decides in the inbox, the team sees it on the next agenda', async () => {
    // The dedicated team escalates a problem from its page.
    const team = await newPage(h);
    await signIn(team, 'team@demo.mesas.local');
    const mesaId = await forestalId(team);
    const matrix = await apiGet<{ problems: { id: string; title: string }[] }>(
      team,
      `/api/mesas/${mesaId}/matrix`,
    );
    const problem = matrix.problems.find((p) => p.title === PROBLEM);
    expect(problem, PROBLEM).toBeDefined();
    await team.goto(`/problems/${problem!.id}`);
    await team.getByRole('button', { name: w.escalate, exact: true }).click();
    const dialog = team.getByRole('dialog');
    await dialog.getByLabel(w.reasonLabel).selectOption('inter_agency_dispute');
    await dialog
      .getByLabel(w.briefLabel)
      .fill('Los gobiernos regionales no sanean las concesiones y la Mesa no tiene cómo obligarlos.');
    await dialog
      .getByLabel(w.optionsLabel)
      .fill('Convocar a los seis gobiernos regionales\nFinanciar el saneamiento desde el ministerio');
    await dialog.getByRole('button', { name: w.submit, exact: true }).click();
    await expect.poll(() => dialog.count(), LIVE).toBe(0);
    const card = team.getByTestId('escalation');
    await expect.poll(() => card.count(), LIVE).toBe(1);
    await expect
      .poll(() => card.getByTestId('escalation-age').textContent(), LIVE)
      .toBe('Espera desde hace 0 días');
    const mine = (await apiGet<EscalationList>(team, `/api/problems/${problem!.id}/escalations`))
      .escalations[0]!;
    expect(mine).toMatchObject({
      status: 'open',
      options: expect.arrayContaining(['Convocar a los seis gobiernos regionales']),
    });

    // The Mesa's page lists the escalations waiting, with their age.
    await team.goto(`/mesas/${mesaId}`);
    const waiting = team.getByRole('region', { name: w.mesaTitle });
    await expect.poll(() => waiting.getByRole('row').count(), LIVE).toBe(3);
    expect(await waiting.getByRole('link', { name: new RegExp(PROBLEM.slice(0, 20)) }).count()).toBe(1);

    // The high-level body's inbox: every open escalation, the oldest first, each with its age.
    const high = await newPage(h);
    await signIn(high, 'high_level@demo.mesas.local');
    await high.getByRole('link', { name: appEs.nav.escalations, exact: true }).click();
    await high.waitForURL((url) => url.pathname === '/escalations');
    const inbox = high.getByTestId('escalation-inbox');
    const open = (await apiGet<EscalationList>(high, '/api/escalations?status=open')).escalations;
    expect(open.length).toBeGreaterThanOrEqual(2);
    const cards = inbox.getByTestId('escalation');
    await expect.poll(() => cards.count(), LIVE).toBe(open.length);
    const shownOrder = await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-escalation-id')));
    expect(shownOrder).toEqual(open.map((e) => e.id));
    // The demo's escalation about small producers was made nine days (9 × 24 h) before the demo was
    // loaded, and its age counts Lima's calendar days. Ours has waited none: it comes last.
    expect(shownOrder.at(-1)).toBe(mine.id);
    const age = limaDaysSince(open[0]!.escalatedAt);
    expect([9, 10]).toContain(age);
    expect(await cards.first().getByTestId('escalation-age').textContent()).toBe(
      `Espera desde hace ${age} días`,
    );
    await expectAccessible(high, 'the escalation inbox');

    // The high-level user decides it.
    const ours = high.locator(`[data-escalation-id="${mine.id}"]`);
    await ours.getByLabel(w.decisionLabel, { exact: true }).fill(DECISION);
    await ours.getByRole('button', { name: w.decide }).click();
    await expect
      .poll(async () => (await apiGet<Escalation>(high, `/api/escalations/${mine.id}`)).status, LIVE)
      .toBe('decided');
    // Decided, it leaves the list of those waiting.
    await expect.poll(() => high.locator(`[data-escalation-id="${mine.id}"]`).count(), LIVE).toBe(0);
    await high.getByText(w.filter.decided, { exact: true }).click();
    await expect.poll(() => high.locator(`[data-escalation-id="${mine.id}"]`).count(), LIVE).toBe(1);
    await expectAccessible(high, 'the decided escalations');

    // The team sees the decision on the agenda of the Mesa's next session…
    const { meetings } = await apiGet<MeetingList>(
      team,
      `/api/mesas/${mesaId}/meetings?kind=session&state=scheduled`,
    );
    expect(meetings.length).toBeGreaterThan(0);
    await team.goto(`/meetings/${meetings.at(-1)!.id}`);
    const decisions = team.getByTestId('agenda-escalation-decision');
    await expect
      .poll(async () => (await decisions.allTextContents()).some((text) => text.includes(DECISION)), LIVE)
      .toBe(true);
    // …and in the problem's timeline.
    await team.goto(`/problems/${problem!.id}`);
    await expect.poll(() => team.getByTestId('timeline-decision').textContent(), LIVE).toBe(DECISION);
  });

  it('keeps the inbox from a private representative', async () => {
    const rep = await newPage(h);
    await signIn(rep, 'private_rep@demo.mesas.local');
    expect(await rep.getByRole('link', { name: appEs.nav.escalations, exact: true }).count()).toBe(0);
    await rep.goto('/escalations');
    await expect.poll(() => rep.getByRole('alert').count(), LIVE).toBeGreaterThan(0);
    expect(await rep.getByTestId('escalation').count()).toBe(0);
  });
});
