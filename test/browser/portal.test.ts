import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/commands/context';
import { updateMesa } from '../../src/commands/mesas';
import { createProblem } from '../../src/commands/problems';
import { mesas } from '../../src/db/schema';
import portalEn from '../../src/i18n/locales/portal.en.json';
import portalEs from '../../src/i18n/locales/portal.es.json';
import webEs from '../../web/src/i18n/public-page.es.json';
import { expectAccessible, type Harness, newPage, signIn, startHarness } from './support';

/**
 * The transparency portal in a browser with JavaScript turned off, on a phone: every page shows its
 * content as the server sent it, and axe finds no serious or critical accessibility violation.
 */

let h: Harness;
const DEMO = ['forestal', 'acuicola', 'logistica'] as const;
const MEMBERS_TITLE = 'Problema solo para miembros, fuera del portal';
let membersProblemId = '';

beforeAll(async () => {
  h = await startHarness();
  const { db } = h.app.database;
  const system = systemContext(db, 'test');
  for (const slug of DEMO) {
    const [mesa] = await db.select().from(mesas).where(eq(mesas.slug, slug));
    if (!mesa!.published) await updateMesa(system, mesa!.id, mesa!.version, { published: true });
  }
  const [forestal] = await db.select().from(mesas).where(eq(mesas.slug, 'forestal'));
  membersProblemId = (
    await createProblem(system, forestal!.id, { title: MEMBERS_TITLE, visibility: 'members' })
  ).id;
});
afterAll(async () => {
  await h?.close();
});

/** A phone in Spanish (its Accept-Language) with no cookies; JavaScript disabled unless asked. */
async function phone(javaScriptEnabled = false): Promise<Page> {
  const context = await h.browser.newContext({
    baseURL: h.baseUrl,
    locale: 'es-PE',
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    javaScriptEnabled,
    reducedMotion: 'reduce',
  });
  return context.newPage();
}
const phoneWithoutScript = () => phone(false);

/**
 * axe runs as a script in the page, which a page with JavaScript disabled cannot: it checks the same
 * address in a phone with scripts allowed. The portal sends no script (each test checks), so both
 * phones hold the same document.
 */
async function expectAccessibleAt(url: string, what: string) {
  const page = await phone(true);
  await page.goto(url);
  expect(await page.evaluate(() => document.scripts.length), what).toBe(0);
  await expectAccessible(page, what);
  await page.context().close();
}

/** The page fits the phone's width: nothing to scroll sideways but the tables made to. */
async function expectFitsPhone(page: Page, what: string) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${what} is wider than the phone`).toBeLessThanOrEqual(390);
}

/** Headings start at one h1 and never skip a level. */
async function expectHeadingOrder(page: Page, what: string) {
  const levels = await page
    .locator('h1, h2, h3, h4, h5, h6')
    .evaluateAll((hs) => hs.map((x) => Number(x.tagName[1])));
  expect(
    levels.filter((l) => l === 1),
    what,
  ).toHaveLength(1);
  expect(levels[0], what).toBe(1);
  const skips = levels.filter((l, i) => i > 0 && l > levels[i - 1]! + 1);
  expect(skips, `${what}: headings ${levels.join(' ')}`).toEqual([]);
}

describe('the portal with JavaScript disabled, at 390×844', () => {
  it('shows the portfolio of published Mesas', async () => {
    const page = await phoneWithoutScript();
    const res = await page.goto('/portal');
    expect(res?.status()).toBe(200);
    expect(await page.evaluate(() => document.scripts.length)).toBe(0);
    await expect.poll(() => page.title()).toBe('Mesas Ejecutivas');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(portalEs.siteName);
    for (const name of ['Mesa Ejecutiva Forestal', 'Mesa Ejecutiva Acuícola']) {
      expect(await page.getByRole('link', { name, exact: true }).isVisible(), name).toBe(true);
    }
    expect(await page.getByText('Plazo para registrar una plantación forestal').first().isVisible()).toBe(
      true,
    );
    await expectFitsPhone(page, 'the portfolio');
    await expectHeadingOrder(page, 'the portfolio');
    await expectAccessibleAt(page.url(), 'the portal portfolio');
  });

  it("shows a Mesa's public record in Spanish and, through the switch, in English", async () => {
    const page = await phoneWithoutScript();
    await page.goto('/portal');
    await page.getByRole('link', { name: 'Mesa Ejecutiva Forestal', exact: true }).tap();
    await page.waitForURL('**/portal/mesas/forestal?lang=es');
    expect(await page.getByRole('heading', { level: 1, name: 'Mesa Ejecutiva Forestal' }).isVisible()).toBe(
      true,
    );
    for (const section of [
      'participants',
      'achievements',
      'matrix',
      'sessions',
      'minutes',
      'commitments',
    ] as const) {
      const heading = page.getByRole('heading', { level: 2, name: portalEs.mesa[section], exact: true });
      expect(await heading.count(), section).toBe(1);
    }
    expect(await page.getByRole('table', { name: portalEs.mesa.achievementsCaption }).isVisible()).toBe(true);
    expect(await page.getByText(MEMBERS_TITLE).count()).toBe(0);
    await expectFitsPhone(page, 'the Mesa page');
    await expectHeadingOrder(page, 'the Mesa page');
    await expectAccessibleAt(page.url(), 'a Mesa on the portal');

    await page.getByRole('link', { name: 'English' }).tap();
    await page.waitForURL('**/portal/mesas/forestal?lang=en');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(
      await page
        .getByRole('heading', { level: 2, name: portalEn.mesa.participants, exact: true })
        .isVisible(),
    ).toBe(true);
    await expectAccessibleAt(page.url(), 'a Mesa on the portal, in English');
  });

  it('shows a public problem with its history, reached from its Mesa', async () => {
    const page = await phoneWithoutScript();
    await page.goto('/portal/mesas/forestal');
    const first = page.locator('#matrix ~ ul.cards h3 a').first();
    const title = (await first.textContent())!;
    await first.tap();
    await page.waitForURL(/\/portal\/mesas\/forestal\/problems\/P-\d+\?lang=es$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
    expect(
      await page.getByRole('heading', { level: 2, name: portalEs.problem.timeline, exact: true }).isVisible(),
    ).toBe(true);
    expect(await page.locator('main ol li time').count()).toBeGreaterThan(0);
    await expectFitsPhone(page, 'the problem page');
    await expectHeadingOrder(page, 'the problem page');
    await expectAccessibleAt(page.url(), 'a problem on the portal');
  });

  it('answers an unknown page with a readable 404 page', async () => {
    const page = await phoneWithoutScript();
    const res = await page.goto('/portal/mesas/no-existe');
    expect(res?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1, name: portalEs.notFound.title }).isVisible()).toBe(
      true,
    );
    await expectAccessibleAt('/portal/mesas/no-existe', 'the portal 404 page');
    // Any other address under /portal/ too, though the web app answers the rest of the unknown ones.
    const other = await page.goto('/portal/nada/de/nada');
    expect(other?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1, name: portalEs.notFound.title }).isVisible()).toBe(
      true,
    );
    await page.getByRole('link', { name: portalEs.notFound.back }).tap();
    await page.waitForURL('**/portal?lang=es');
  });
});

describe('from the signed-in web app', () => {
  it("links a published Mesa and a public problem to their public pages, and not a members' problem", async () => {
    const page = await newPage(h);
    await signIn(page, 'coordinator@demo.mesas.local');
    const { db } = h.app.database;
    const [forestal] = await db.select().from(mesas).where(eq(mesas.slug, 'forestal'));
    await page.goto(`/mesas/${forestal!.id}`);
    const link = page.getByRole('link', { name: webEs.publicPage.mesa });
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe('/portal/mesas/forestal?lang=es');

    const problems = await page.request.get(`/api/mesas/${forestal!.id}/matrix`);
    expect(problems.status()).toBe(200);
    const matrix = (await problems.json()) as {
      problems: { id: string; code: string; visibility: string }[];
    };
    const publicProblem = matrix.problems.find((p) => p.visibility === 'public')!;
    await page.goto(`/problems/${publicProblem.id}`);
    const problemLink = page.getByRole('link', { name: webEs.publicPage.problem });
    await problemLink.waitFor();
    expect(await problemLink.getAttribute('href')).toBe(
      `/portal/mesas/forestal/problems/${publicProblem.code}?lang=es`,
    );
    await problemLink.click();
    await page.waitForURL(`**/portal/mesas/forestal/problems/${publicProblem.code}?lang=es`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(publicProblem.code);

    await page.goto(`/problems/${membersProblemId}`);
    await page.getByRole('heading', { level: 1, name: new RegExp(MEMBERS_TITLE) }).waitFor();
    expect(await page.getByRole('link', { name: webEs.publicPage.problem }).count()).toBe(0);
  });
});
