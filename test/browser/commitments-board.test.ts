import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitments } from '../../src/db/schema';
import { addDays, todayIn } from '../../src/domain/calendar-days';
import { createMailJob } from '../../src/jobs/mail-job';
import boardEs from '../../web/src/i18n/board.es.json';
import { signIn as apiSignIn, type Client } from '../support/app';
import { demoPersonId, organizationId, unique } from '../support/fixtures';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp';
import { expectAccessible, type Harness, newPage, signIn, startHarness } from './support';

/**
 * The Mesa's commitments board in the browser: the view (tab, grouping, sort, filters) lives in the
 * address and survives a reload; the chase from the page reaches a real SMTP server, one mail per late
 * owner; no serious accessibility violations.
 */

const b = boardEs.board;
let smtp: TestSmtpServer;
let h: Harness;
let coordinator: Client;
let mesaId: string;
let mesaName: string;
const owners: { id: string; email: string; name: string }[] = [];

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''));

async function created(res: { statusCode: number; body: string; json(): unknown }) {
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; name: string; personId?: string };
}

beforeAll(async () => {
  smtp = await startSmtpServer();
  h = await startHarness({
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    MAIL_FROM: 'Mesas <mesas@example.org>',
  });
  coordinator = await apiSignIn(h.app, 'coordinator@demo.mesas.local');
  const t = { app: h.app, database: h.app.database } as never;
  const mesa = await created(
    await coordinator.post('/api/mesas', {
      name: unique('Mesa del tablero'),
      kind: 'sector',
      sector: 'Pruebas',
      hostOrganizationId: await organizationId(t, 'PRODUCE'),
      visibility: 'members',
      locale: 'es',
    }),
  );
  mesaId = mesa.id;
  mesaName = mesa.name;
  await created(
    await coordinator.post(`/api/mesas/${mesaId}/participations`, {
      personId: await demoPersonId(t, 'team'),
      role: 'team',
    }),
  );
  for (const name of ['Ana Tablero', 'Beto Tablero']) {
    const email = `${unique(name.split(' ')[0]!.toLowerCase())}@example.org`;
    const person = await created(await coordinator.post('/api/people', { fullName: name, email }));
    await created(
      await coordinator.post(`/api/mesas/${mesaId}/participations`, {
        personId: person.id,
        role: 'public_rep',
      }),
    );
    owners.push({ id: person.id, email, name });
  }
  const today = todayIn(new Date(), 'America/Lima');
  const [ana, beto] = owners as [(typeof owners)[0], (typeof owners)[0]];
  await h.app.database.db.insert(commitments).values([
    { mesaId, personId: ana.id, text: 'Enviar el padrón forestal', dueOn: addDays(today, -10) },
    { mesaId, personId: ana.id, text: 'Publicar la guía de trámites', dueOn: addDays(today, -14) },
    { mesaId, personId: beto.id, text: 'Informe de exportaciones', dueOn: addDays(today, -12) },
    { mesaId, personId: beto.id, text: 'Taller con productores', dueOn: addDays(today, 30) },
  ]);
});
afterAll(async () => {
  await h?.close();
  await smtp?.close();
});

describe("a Mesa's commitments board", () => {
  it('keeps tab, grouping and sort in the address: a reload shows the same view', async () => {
    const page = await newPage(h);
    await signIn(page, 'team@demo.mesas.local');
    await page.goto(`/mesas/${mesaId}`);
    await page.getByRole('link', { name: b.link }).click();
    await page.waitForURL(`**/mesas/${mesaId}/commitments`);
    await expect.poll(() => page.getByTestId('board-row').count()).toBe(4);

    await page.getByText(fill(b.stateWithCount, { label: b.states.late, count: 3 })).click();
    await expect.poll(() => page.getByTestId('board-row').count()).toBe(3);
    await page.getByLabel(b.filters.group).selectOption('owner');
    await expect.poll(() => page.getByTestId('board-group').count()).toBe(2);
    await page.getByRole('button', { name: fill(b.sortBy, { column: b.columns.owner }) }).click();
    await page.getByRole('button', { name: fill(b.sortBy, { column: b.columns.owner }) }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('dir')).toBe('desc');
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toEqual({
      state: 'late',
      group: 'owner',
      sort: 'owner',
      dir: 'desc',
    });
    // The address changes as the navigation starts; the rows follow when it has rendered.
    await expect
      .poll(async () => (await page.getByTestId('board-row').allInnerTexts())[0])
      .toContain('Beto Tablero');
    const rowsBefore = await page.getByTestId('board-row').allInnerTexts();
    expect(await page.locator('[data-testid="board-row"][data-late="true"]').count()).toBe(3);

    await page.reload();
    await expect.poll(() => page.getByTestId('board-row').allInnerTexts()).toEqual(rowsBefore);
    expect(await page.getByTestId('board-group').count()).toBe(2);
    expect(await page.getByLabel(b.filters.group).inputValue()).toBe('owner');
    const ownerHeader = page.locator('th[aria-sort="descending"]');
    expect(await ownerHeader.textContent()).toContain(b.columns.owner);

    // A shared link with an owner filter shows only theirs.
    await page.goto(`/mesas/${mesaId}/commitments?state=late&owner=${owners[0]!.id}`);
    await expect.poll(() => page.getByTestId('board-row').allInnerTexts()).toHaveLength(2);
    expect(await page.getByRole('combobox', { name: b.filters.owner, exact: true }).inputValue()).toBe(
      owners[0]!.id,
    );
    await expectAccessible(page, 'the commitments board');

    await page.getByRole('button', { name: b.copy.button }).click();
    const text = await page.getByTestId('copy-list-text').inputValue();
    expect(text).toContain(`*Ana Tablero*`);
    expect(text).toContain('Publicar la guía de trámites');
    expect(text).not.toContain('Beto Tablero');
    await page.context().close();
  });

  it('sends one reminder per late owner from the page, delivered to a real SMTP server', async () => {
    const page = await newPage(h);
    await signIn(page, 'team@demo.mesas.local');
    await page.goto(`/mesas/${mesaId}/commitments?state=late`);
    await page.getByRole('button', { name: b.chase.button }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.getByTestId('chase-sent').textContent()).toContain('Ana Tablero');
    expect(await dialog.getByTestId('chase-sent').textContent()).toContain('Beto Tablero');
    await expectAccessible(page, 'the chase confirmation');
    await dialog.getByRole('button', { name: fill(b.chase.confirm_other, { count: 2 }) }).click();
    await dialog.getByTestId('chase-result').waitFor({ timeout: 5000 });

    const job = createMailJob({ db: h.app.database.db, config: h.app.config });
    try {
      await job.runOnce();
    } finally {
      await job.stop();
    }
    const chaseMails = (email: string) => smtp.to(email).filter((m) => m.subject.startsWith(`${mesaName}:`));
    await expect.poll(() => owners.map((o) => chaseMails(o.email).length), { timeout: 5000 }).toEqual([1, 1]);
    expect(chaseMails(owners[0]!.email)[0]!.subject).toBe(`${mesaName}: tiene 2 compromisos vencidos`);
    expect(chaseMails(owners[0]!.email)[0]!.text).toContain('Enviar el padrón forestal');
    expect(chaseMails(owners[1]!.email)[0]!.text).toContain('Informe de exportaciones');
    expect(chaseMails(owners[1]!.email)[0]!.text).not.toContain('Taller con productores');

    // A second chase the same day sends nothing: the dialog says who was already reminded.
    await dialog.getByRole('button', { name: 'Cerrar' }).first().click();
    await page.getByRole('button', { name: b.chase.button }).click();
    await expect
      .poll(() => page.getByRole('dialog').getByTestId('chase-already').textContent())
      .toContain('Ana Tablero');
    expect(await page.getByRole('dialog').getByTestId('chase-sent').count()).toBe(0);
    await page.context().close();
  });
});
