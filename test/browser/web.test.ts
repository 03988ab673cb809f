import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { languageName } from '../../src/domain/languages';
import en from '../../src/i18n/strings.en';
import es from '../../src/i18n/strings.es';
import type { MesaDetail, MesaSummary, Organization } from '../../web/src/api';
import webOwnEs from '../../web/src/i18n/es.json';
import webRecordsEs from '../../web/src/i18n/records.es.json';
import webEn from '../../web/src/i18n/strings.en';
import webEs from '../../web/src/i18n/strings.es';
import { apiGet, expectAccessible, type Harness, newPage, signIn, startHarness } from './support';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

async function forestal(page: Page): Promise<MesaDetail> {
  const { mesas } = await apiGet<{ mesas: MesaSummary[] }>(page, '/api/mesas');
  const summary = mesas.find((m) => m.slug === 'forestal');
  expect(summary, 'the demo Forestry Mesa').toBeDefined();
  return apiGet<MesaDetail>(page, `/api/mesas/${summary!.id}`);
}

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

describe('the accessibility check', () => {
  it('fails on a page with serious violations, naming them', async () => {
    const page = await newPage(h);
    // A button without a name.
    await page.setContent('<html lang="en"><body><main><button></button></main></body></html>');
    const failure = await expectAccessible(page, 'a faulty page').then(
      () => null,
      (e: Error) => e.message,
    );
    expect(failure).toMatch(/accessibility of a faulty page/);
    expect(failure).toMatch(/button-name \(critical\)/);
    await page.context().close();
  });
});

describe('signing in and languages', () => {
  it('shows the login page in Spanish, refuses a wrong password, and switches to English after signing in', async () => {
    const page = await newPage(h);
    await page.goto('/');
    await page.waitForURL('**/login');
    await expect.poll(() => h1(page).textContent()).toBe(webEs.login.title);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    // Even the password's show/hide button speaks the page's language (the library's own is English).
    expect(await page.getByRole('button', { name: webEs.form.showPassword }).count()).toBe(1);
    await expectAccessible(page, 'the login page');

    await page.locator('input[type="email"]').fill('coordinator@demo.mesas.local');
    await page.locator('input[type="password"]').fill('not-the-password');
    await page.locator('form button[type="submit"]').click();
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toContain(es.errors.INVALID_CREDENTIALS);

    await signIn(page, 'coordinator@demo.mesas.local');
    await expect.poll(() => h1(page).textContent()).toBe(webEs.home.title);
    await expect.poll(() => page.locator('article h2').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'the home page');
    await page.screenshot({ path: '/tmp/mesas-home-es.png', fullPage: true });

    const language = page.getByRole('combobox', { name: webEs.language.label });
    expect(await language.locator('option').allTextContents()).toEqual(
      ['en', 'es', 'pt'].map((code) => languageName(code)),
    );
    await language.selectOption('en');
    await expect.poll(() => h1(page).textContent()).toBe(webEn.home.title);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('button', { name: webEn.nav.signOut }).isVisible()).toBe(true);
    // The choice is kept on the device and saved as the account's language.
    expect(await page.evaluate(() => localStorage.getItem('mesas.locale'))).toBe('en');
    await expect
      .poll(async () => (await apiGet<{ user: { locale: string } }>(page, '/api/auth/me')).user.locale)
      .toBe('en');
    await page.reload();
    await expect.poll(() => h1(page).textContent()).toBe(webEn.home.title);

    await page.getByRole('combobox', { name: webEn.language.label }).selectOption('es');
    await expect.poll(() => h1(page).textContent()).toBe(webEs.home.title);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    await page.context().close();
  });
});

describe('what a page downloads', () => {
  it('gets the login page in pieces: its own code and one language, compressed and cached under hashed names', async () => {
    const page = await newPage(h);
    const scripts: { url: string; encoding?: string; cache?: string }[] = [];
    page.on('response', (res) => {
      if (res.request().resourceType() !== 'script') return;
      const headers = res.headers();
      scripts.push({
        url: res.url(),
        encoding: headers['content-encoding'],
        cache: headers['cache-control'],
      });
    });
    await page.goto('/login');
    await expect.poll(() => h1(page).textContent()).toBe(webEs.login.title);
    const names = scripts.map((s) => new URL(s.url).pathname);
    expect(
      names.some((n) => /\/assets\/LoginPage-[\w-]+\.js$/.test(n)),
      names.join(' '),
    ).toBe(true);
    expect(
      names.some((n) => /\/assets\/first\.es-[\w-]+\.js$/.test(n)),
      names.join(' '),
    ).toBe(true);
    // Not what other pages or the other language need: not even the other pages' strings.
    for (const other of [
      'MatrixPage',
      'MeetingPage',
      'MesaDashboardsPage',
      'pages.es',
      'first.en',
      'pages.en',
    ]) {
      expect(
        names.filter((n) => n.includes(other)),
        other,
      ).toEqual([]);
    }
    for (const script of scripts) {
      expect(script.encoding, script.url).toBe('br');
      expect(script.cache, script.url).toContain('immutable');
    }
    await page.context().close();
  });
});

describe('the Forestry Mesa', () => {
  it('lists its participants grouped as the paper groups them, with the lifecycle', async () => {
    const page = await newPage(h);
    await signIn(page, 'moderator@demo.mesas.local');
    const mesa = await forestal(page);
    expect(mesa.name).toBe('Mesa Ejecutiva Forestal');

    await page.getByRole('link', { name: mesa.name }).click();
    await page.waitForURL(`**/mesas/${mesa.id}`);
    await expect.poll(() => h1(page).textContent()).toBe(mesa.name);

    // Every group the API returns is a headed section holding exactly its participants.
    expect(mesa.participants.map((g) => g.group)).toEqual(
      expect.arrayContaining(['private', 'public', 'team', 'observers']),
    );
    for (const { group, participants } of mesa.participants) {
      const section = page.locator(`section[data-group="${group}"]`);
      expect(await section.getByRole('heading', { level: 3 }).textContent()).toBe(es.groups[group]);
      const rows = section.locator('tbody tr');
      expect(await rows.count()).toBe(participants.length);
      for (const p of participants) {
        const row = rows.filter({ hasText: p.person.fullName });
        expect(await row.count(), `${p.person.fullName} in ${group}`).toBe(1);
        if (p.organization) expect(await row.textContent()).toContain(p.organization.name);
      }
    }
    // The private representative designated by ADEX is flagged as a first-hand operator.
    const privateRep = mesa.participants.find((g) => g.group === 'private')!.participants[0]!;
    const privateRow = page
      .locator('section[data-group="private"] tbody tr')
      .filter({ hasText: privateRep.person.fullName });
    expect(await privateRow.textContent()).toContain(
      privateRep.isFirstHandOperator ? webEs.participants.firstHand : webEs.participants.associationStaff,
    );
    if (privateRep.designatedBy)
      expect(await privateRow.textContent()).toContain(privateRep.designatedBy.name);

    // The lifecycle: one entry per event, with its reason (the pause at the change of government).
    const timeline = page.locator('ol.timeline > li');
    expect(await timeline.count()).toBe(mesa.events.length);
    for (const event of mesa.events) {
      if (event.fromStatus === null && event.kind === 'status') continue; // the creation record, checked below
      expect(await timeline.filter({ hasText: event.reason }).count(), event.reason).toBeGreaterThan(0);
    }
    const created = mesa.events.find((e) => e.kind === 'status' && e.fromStatus === null)!;
    expect(await timeline.first().textContent()).toContain(es.mesaStatus[created.toStatus!]);
    // The pause and the move to another host institution are both in the history.
    const pause = mesa.events.find((e) => e.toStatus === 'paused')!;
    expect(await timeline.filter({ hasText: pause.reason }).textContent()).toContain(
      `${es.mesaStatus.active} → ${es.mesaStatus.paused}`,
    );
    const move = mesa.events.find((e) => e.kind === 'host')!;
    expect(await timeline.filter({ hasText: `→ ${move.toHost!.name}` }).count()).toBe(1);
    for (const warning of mesa.compositionWarnings) {
      expect(await page.getByText(es.composition[warning]).count()).toBe(1);
    }

    // The moderator may manage participants; the transition form is for the coordinating office.
    expect(mesa.can.manageParticipants).toBe(true);
    expect(await page.getByRole('button', { name: webEs.participants.add }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: webEs.mesa.changeStatus }).count()).toBe(
      mesa.can.transition ? 1 : 0,
    );

    await expectAccessible(page, 'the Mesa page');
    await page.screenshot({ path: '/tmp/mesas-forestal.png', fullPage: true });
    await page.context().close();
  });

  it('lets the coordinating office end a participation, which moves to the former participants', async () => {
    const page = await newPage(h);
    await signIn(page, 'coordinator@demo.mesas.local');
    const mesa = await forestal(page);
    const observer = mesa.participants.find((g) => g.group === 'observers')!.participants[0]!;
    await page.goto(`/mesas/${mesa.id}`);
    await expect.poll(() => h1(page).textContent()).toBe(mesa.name);

    await page
      .getByRole('button', { name: `${webEs.participants.end}: ${observer.person.fullName}` })
      .click();
    const dialog = page.getByRole('dialog');
    // The date field reads a typed ISO day; leaving it closes its calendar.
    const endedOn = dialog.getByLabel(webEs.participants.endedOn, { exact: false });
    await endedOn.fill('2024-03-31');
    await endedOn.press('Tab');
    expect(await endedOn.inputValue()).toMatch(/^31 mar\.? 2024$/);
    await expectAccessible(page, 'the end-participation dialog');
    await dialog.locator('button[type="submit"]').click();
    await expect.poll(() => page.getByText(webEs.participants.ended).count()).toBeGreaterThan(0);

    await expect.poll(() => page.locator('section[data-group="observers"]').count()).toBe(0);
    const former = page.locator('section[aria-labelledby="former-title"]');
    await expect
      .poll(() => former.locator('tbody tr').filter({ hasText: observer.person.fullName }).count())
      .toBe(1);
    const after = await apiGet<MesaDetail>(page, `/api/mesas/${mesa.id}`);
    expect(after.formerParticipants.find((p) => p.id === observer.id)?.endedOn).toBe('2024-03-31');
    await page.context().close();
  });
});

describe('a new Mesa', () => {
  it('is created by the coordinating office, moved along its lifecycle and given a participant', async () => {
    const page = await newPage(h);
    await signIn(page, 'coordinator@demo.mesas.local');
    await page.getByRole('link', { name: webEs.home.newMesa }).click();
    await expect.poll(() => h1(page).textContent()).toBe(webEs.newMesa.title);
    await expectAccessible(page, 'the new Mesa page');

    // Sending it empty marks the required fields without calling the server.
    await page.getByRole('button', { name: webEs.newMesa.submit }).click();
    await expect.poll(() => page.getByText(webEs.form.required).count()).toBe(3);

    const name = 'Mesa Ejecutiva de Cacao';
    await page.getByLabel(webEs.mesa.name, { exact: false }).first().fill(name);
    await page.getByLabel(webEs.mesa.sector, { exact: false }).fill('Cacao');
    await page.getByRole('combobox', { name: webEs.mesa.host }).fill('PRODUCE');
    await page.getByRole('option', { name: /\(PRODUCE\)$/ }).click();
    await page.getByRole('button', { name: webEs.newMesa.submit }).click();
    await expect.poll(() => h1(page).textContent()).toBe(name);
    expect(await page.getByText(es.composition.no_private_reps).count()).toBe(1);

    await page.getByRole('button', { name: webEs.mesa.changeStatus }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByLabel(webEs.lifecycle.to, { exact: false }).selectOption('assessing');
    // The date defaults to today in the deployment's time zone.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Lima' }).format(new Date());
    // Shown in the app's language, not the browser's.
    const todayShown = new Intl.DateTimeFormat('es-PE', { dateStyle: 'medium', timeZone: 'UTC' }).format(
      new Date(`${today}T12:00:00Z`),
    );
    expect(await dialog.getByLabel(webEs.lifecycle.occurredOn, { exact: false }).inputValue()).toBe(
      todayShown,
    );
    await dialog
      .getByLabel(webEs.lifecycle.reason, { exact: false })
      .fill('Evaluación de factibilidad con los gremios.');
    await expectAccessible(page, 'the lifecycle dialog');
    await dialog.locator('button[type="submit"]').click();
    await expect
      .poll(() => page.locator('main').getByText(es.mesaStatus.assessing, { exact: true }).count())
      .toBe(1);
    const last = page.locator('ol.timeline > li').filter({ hasText: 'Evaluación de factibilidad' });
    expect(await last.textContent()).toContain('Evaluación de factibilidad con los gremios.');
    expect(await last.textContent()).toContain(`${es.mesaStatus.candidate} → ${es.mesaStatus.assessing}`);

    await page.getByRole('button', { name: webEs.participants.add }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: webEs.participants.person }).fill('Jorge Ram');
    await page.getByRole('option', { name: /^Jorge Ramírez/ }).click();
    await dialog.getByLabel(webEs.participants.role, { exact: false }).selectOption('private_rep');
    await dialog.getByLabel(webEs.participants.firstHandLabel).check();
    await expectAccessible(page, 'the participant dialog');
    await dialog.locator('button[type="submit"]').click();
    const row = page.locator('section[data-group="private"] tbody tr').filter({ hasText: 'Jorge Ramírez' });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain(webEs.participants.firstHand);
    await expect.poll(() => page.getByText(es.composition.no_private_reps).count()).toBe(0);
    await page.context().close();
  });
});

describe('administration', () => {
  it('shows only the navigation a participant may use', async () => {
    const page = await newPage(h);
    await signIn(page, 'observer@demo.mesas.local');
    const nav = page.getByRole('navigation');
    await expect
      .poll(() => nav.getByRole('link').allTextContents())
      .toEqual([webEs.nav.mesas, webEs.nav.commitments, webEs.nav.search]);
    await page.context().close();
  });

  it('lets an administrator create an organization that then appears in the list', async () => {
    const page = await newPage(h);
    await signIn(page, 'admin@demo.mesas.local');
    const nav = page.getByRole('navigation');
    await expect
      .poll(() => nav.getByRole('link').allTextContents())
      .toEqual([
        webEs.nav.mesas,
        webEs.nav.commitments,
        webEs.nav.search,
        webEs.nav.portfolio,
        webEs.nav.escalations,
        webEs.nav.admin,
      ]);
    // One line of header at 1440 px, with the administrator's whole menu and the language select.
    await page.setViewportSize({ width: 1440, height: 900 });
    const header = page.locator('header');
    const link = nav.getByRole('link', { name: webEs.nav.mesas });
    await expect
      .poll(async () => (await header.boundingBox())!.height)
      .toBeLessThan(2 * (await link.boundingBox())!.height + 40);
    // Administration lists what the administrator runs, one card each.
    await nav.getByRole('link', { name: webEs.nav.admin }).click();
    await expect.poll(() => h1(page).textContent()).toBe(webEs.adminPage.title);
    const main = page.getByRole('main');
    await expect
      .poll(() => main.getByRole('link').allTextContents())
      .toEqual([
        webEs.nav.organizations,
        webEs.nav.people,
        webEs.nav.accounts,
        webEs.nav.outbox,
        webEs.nav.assessments,
        webEs.nav.wheelQuestions,
        webEs.nav.archive,
      ]);
    await expectAccessible(page, 'the administration page');
    await main.getByRole('link', { name: webEs.nav.organizations }).click();
    await expect.poll(() => h1(page).textContent()).toBe(webEs.organizations.title);
    await expect.poll(() => page.locator('tbody tr').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'the organizations page');

    const name = 'Cámara Forestal de Ucayali';
    expect(await page.locator('tbody tr').filter({ hasText: name }).count()).toBe(0);
    await page.getByRole('button', { name: webEs.organizations.new }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(webEs.organizations.name).fill(name);
    await dialog.getByLabel(webEs.organizations.acronym).fill('CFU');
    await dialog.getByLabel(webEs.organizations.kind).selectOption('business_association');
    await dialog.getByLabel(webEs.organizations.level).selectOption('regional');
    await expectAccessible(page, 'the new organization dialog');
    await dialog.locator('button[type="submit"]').click();

    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    const row = page.locator('tbody tr').filter({ hasText: name });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain(es.organizationKind.business_association);
    expect(await row.textContent()).toContain(es.organizationLevel.regional);
    const { organizations } = await apiGet<{ organizations: Organization[] }>(page, '/api/organizations');
    expect(organizations.find((o) => o.name === name)).toMatchObject({
      acronym: 'CFU',
      kind: 'business_association',
    });

    // Search narrows the list to the new organization.
    await page.getByRole('searchbox').fill('Cámara Forestal');
    await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
    expect(await page.locator('tbody tr').textContent()).toContain(name);
    await page.screenshot({ path: '/tmp/mesas-organizations.png', fullPage: true });

    await page.goto('/admin');
    await page.getByRole('main').getByRole('link', { name: webEs.nav.people }).click();
    await expect.poll(() => h1(page).textContent()).toBe(webEs.people.title);
    await expect.poll(() => page.locator('tbody tr').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'the people page');

    await page.goto('/admin');
    await page.getByRole('main').getByRole('link', { name: webEs.nav.accounts }).click();
    await expect.poll(() => h1(page).textContent()).toBe(webEs.accounts.title);
    await expect
      .poll(() => page.locator('tbody tr').filter({ hasText: 'observer@demo.mesas.local' }).count())
      .toBe(1);
    await expectAccessible(page, 'the accounts page');
    await page.screenshot({ path: '/tmp/mesas-accounts.png', fullPage: true });
    await page.context().close();
  });
});

describe('translations', () => {
  const keys = (value: unknown, prefix = ''): string[] =>
    value && typeof value === 'object'
      ? Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
      : [prefix];
  /** Each key once: plural forms differ by language (Spanish has a `_many` form English lacks). */
  const distinct = (value: unknown) =>
    [...new Set(keys(value).map((k) => k.replace(/_(zero|one|two|few|many|other)$/, '')))].sort();

  it('has the same keys in Spanish and English', () => {
    expect(distinct(webEn)).toEqual(distinct(webEs));
    expect(distinct(en)).toEqual(distinct(es));
  });

  it('does not redefine a shared section', () => {
    const shared = Object.keys(es);
    const own = [...Object.keys(webOwnEs), ...Object.keys(webRecordsEs)];
    expect(own.filter((k) => shared.includes(k))).toEqual([]);
  });
});

describe('the content security policy', () => {
  it('is sent with every page and nothing the app does breaks it', async () => {
    const page = await newPage(h);
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { reportViolation(text: string): void }).reportViolation(
          `${event.violatedDirective} blocked ${event.blockedURI}`,
        );
      });
    });

    const first = await page.goto('/login');
    const policy = first?.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(first?.headers()['x-content-type-options']).toBe('nosniff');

    await signIn(page, 'coordinator@demo.mesas.local');
    const mesa = await forestal(page);
    for (const path of [
      '/',
      `/mesas/${mesa.id}`,
      `/mesas/${mesa.id}/matrix`,
      `/mesas/${mesa.id}/dashboards`,
      '/portfolio',
      '/account/password',
    ]) {
      await page.goto(path);
      await expect.poll(() => h1(page).count(), { message: path }).toBeGreaterThan(0);
    }
    expect(violations).toEqual([]);
    await page.context().close();
  });
});
