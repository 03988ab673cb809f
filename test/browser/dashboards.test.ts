import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MesaSummary } from '../../web/src/api';
import webEn from '../../web/src/i18n/dashboards.en.json';
import webEs from '../../web/src/i18n/dashboards.es.json';
import appEs from '../../web/src/i18n/es.json';
import type { MesaMetrics, Portfolio } from '../../web/src/pages/dashboards/dashboardsApi';
import { apiGet, expectAccessible, type Harness, newPage, signIn, startHarness } from './support';

const es = webEs.dashboardsWeb;
const en = webEn.dashboardsWeb;

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

describe('dashboards', () => {
  it('shows the portfolio with its table, charts, table views and CSV links, accessibly', async () => {
    const page = await newPage(h);
    await signIn(page, 'coordinator@demo.mesas.local');
    await page.getByRole('link', { name: appEs.nav.portfolio, exact: true }).click();
    await page.waitForURL('**/portfolio');
    await expect.poll(() => h1(page).textContent()).toBe(es.portfolio.title);

    const portfolio = await apiGet<Portfolio>(page, '/api/portfolio');
    const table = page.getByTestId('portfolio-table');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(portfolio.mesas.length);
    expect(await table.locator('tbody').textContent()).toContain(portfolio.mesas[0]!.name);

    // Every chart is drawn (an SVG inside a described image) and has its CSV.
    for (const id of ['portfolio-cadence', 'portfolio-momentum', 'portfolio-escalations']) {
      const card = page.getByTestId(`chart-${id}`);
      await expect.poll(() => card.locator('[role="img"] svg').count(), { message: id }).toBeGreaterThan(0);
      expect(await card.locator('[role="img"]').getAttribute('aria-label')).toBeTruthy();
      expect(await page.getByTestId(`csv-${id}`).getAttribute('href')).toMatch(
        /^\/api\/portfolio(\/[a-z-]+)?\.csv\?lang=es$/,
      );
    }
    await expectAccessible(page, 'the portfolio');

    // The table view of the momentum chart: one row per month.
    const momentum = page.getByTestId('chart-portfolio-momentum');
    await momentum.getByText(es.view.table, { exact: true }).click();
    await expect.poll(() => momentum.locator('[role="img"]').count()).toBe(0);
    await expect
      .poll(() => momentum.locator('table:visible tbody tr').count())
      .toBe(portfolio.momentum.length);
    await expectAccessible(page, 'the portfolio with a table view');

    // The CSV the link points to downloads.
    const csv = await page.request.get((await page.getByTestId('csv-portfolio').getAttribute('href'))!);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toContain('text/csv');
    await page.screenshot({ path: '/tmp/mesas-portfolio.png', fullPage: true });
  });

  it("shows a Mesa's dashboards from its page, each chart with its table, in English too", async () => {
    const page = await newPage(h);
    await signIn(page, 'coordinator@demo.mesas.local');
    const { mesas } = await apiGet<{ mesas: MesaSummary[] }>(page, '/api/mesas');
    const forestal = mesas.find((m) => m.slug === 'forestal') ?? mesas[0]!;
    await page.goto(`/mesas/${forestal.id}`);
    await page.getByRole('link', { name: es.open, exact: true }).click();
    await page.waitForURL(`**/mesas/${forestal.id}/dashboards`);
    await expect.poll(() => h1(page).textContent()).toContain(forestal.name);

    const metrics = await apiGet<MesaMetrics>(page, `/api/mesas/${forestal.id}/metrics`);
    for (const id of [
      'momentum',
      'continuity',
      'scorecard',
      'cadence',
      'time-to-status',
      'escalations',
      'circling',
    ]) {
      const card = page.getByTestId(`chart-${id}`);
      // The heading shows first; the charts follow once the metrics (and the charts' code) arrive.
      await expect.poll(() => card.count(), { message: id }).toBe(1);
      expect(await page.getByTestId(`csv-${id}`).getAttribute('href')).toBe(
        `/api/mesas/${forestal.id}/metrics/${id}.csv?lang=es`,
      );
    }
    // The momentum chart always has its months; its figures show in the headline.
    const momentum = page.getByTestId('chart-momentum');
    await expect.poll(() => momentum.locator('[role="img"] svg').count()).toBeGreaterThan(0);
    expect(await momentum.textContent()).toContain(String(metrics.momentum.totals.enacted));
    await expectAccessible(page, "a Mesa's dashboards");

    await momentum.getByText(es.view.table, { exact: true }).click();
    await expect
      .poll(() => momentum.locator('table:visible tbody tr').count())
      .toBe(metrics.momentum.months.length);

    // In English.
    await page.getByRole('combobox', { name: appEs.language.label }).selectOption('en');
    await expect
      .poll(() => page.getByTestId('chart-momentum').locator('h2').textContent())
      .toBe(en.momentum.title);
    expect(await page.getByTestId('csv-momentum').getAttribute('href')).toContain('lang=en');
    await expectAccessible(page, "a Mesa's dashboards in English");
    await page.screenshot({ path: '/tmp/mesas-dashboards.png', fullPage: true });
  });

  it('keeps the portfolio link from a private representative', async () => {
    const page = await newPage(h);
    await signIn(page, 'private_rep@demo.mesas.local');
    expect(await page.getByRole('link', { name: appEs.nav.portfolio, exact: true }).count()).toBe(0);
    await page.goto('/portfolio');
    await expect.poll(() => page.getByRole('alert').first().textContent()).toBeTruthy();
  });
});
