import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, matrixViews } from '../../src/db/schema';
import en from '../../src/i18n/strings.en';
import es from '../../src/i18n/strings.es';
import { type Client, createTestContext, type TestContext } from '../support/app';
import { createMesa, demoPersonId, mesaBySlug, snapshot, unique, unknownId } from '../support/fixtures';

/**
 * Saved views of the Matrix through the API: the team of a Mesa saves named views (the Matrix page's
 * query string, kept in its normal form), renames, updates and deletes them; whoever reads the Matrix
 * lists them; names are unique within the Mesa whatever their case; nobody outside the Mesa sees or
 * changes them; every change is in the audit log.
 */

let t: TestContext;
let forestal: string;
let team: Client;
let observer: Client;
let coordinator: Client;

interface View {
  id: string;
  mesaId: string;
  name: string;
  query: Record<string, string>;
  version: number;
  createdBy: { id: string; fullName: string } | null;
}

async function save(name: string, query: Record<string, unknown> = { status: 'open' }, mesaId = forestal) {
  const res = await team.post(`/api/mesas/${mesaId}/matrix-views`, { name, query });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as View;
}

async function listed(as: Client = team, mesaId = forestal) {
  const res = await as.get(`/api/mesas/${mesaId}/matrix-views`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { views: View[]; can: { manage: boolean } };
}

async function audited(entityId: string) {
  return t.database.db
    .select({
      entityType: auditEvents.entityType,
      action: auditEvents.action,
      mesaId: auditEvents.mesaId,
      actorLabel: auditEvents.actorLabel,
    })
    .from(auditEvents)
    .where(eq(auditEvents.entityId, entityId))
    .orderBy(asc(auditEvents.seq));
}

beforeAll(async () => {
  t = await createTestContext();
  forestal = (await mesaBySlug(t, 'forestal'))!.id;
  team = await t.as('team');
  observer = await t.as('observer');
  coordinator = await t.as('coordinator');
});
afterAll(() => t?.close());

describe('saving a view of the Matrix', () => {
  it('keeps the query string in its normal form and says who saved it', async () => {
    const res = await team.post(`/api/mesas/${forestal}/matrix-views`, {
      name: '  Para la   sesión del jueves ',
      query: {
        status: 'open',
        sort: 'priority',
        dir: 'desc',
        hide: 'ease,number,nonsense',
        owner: 'ZZ',
        focus: '',
        groupBy: 'category',
        page: '3',
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const view = res.json() as View;
    expect(view).toMatchObject({
      mesaId: forestal,
      name: 'Para la sesión del jueves',
      query: { status: 'open', sort: 'priority', dir: 'desc', hide: 'ease', groupBy: 'category' },
      version: 1,
      createdBy: { id: await demoPersonId(t, 'team') },
    });
    expect(Object.keys(view.query).sort()).toEqual(['dir', 'groupBy', 'hide', 'sort', 'status']);
    const [stored] = await t.database.db.select().from(matrixViews).where(eq(matrixViews.id, view.id));
    expect(stored!.query).toEqual(view.query);
  });

  it('drops a direction that has no sort, and keeps an empty query as the whole Matrix', async () => {
    const plain = await save(unique('Todo'), { dir: 'desc', status: 'not-a-status' });
    expect(plain.query).toEqual({});
  });

  it('lists the views by name to whoever reads the Matrix, and tells who may change them', async () => {
    const b = await save(unique('b-tardíos con SUNAT'), { q: 'sunat', status: 'in_progress' });
    const a = await save(unique('A-enfoque'), { focus: 'yes' });
    const forTeam = await listed(team);
    const names = forTeam.views.map((v) => v.name);
    expect(names.indexOf(a.name)).toBeLessThan(names.indexOf(b.name));
    expect(forTeam.can).toEqual({ manage: true });
    const forObserver = await listed(observer);
    expect(forObserver.views.map((v) => v.id)).toEqual(forTeam.views.map((v) => v.id));
    expect(forObserver.can).toEqual({ manage: false });
    expect((await listed(coordinator)).can).toEqual({ manage: true });
  });

  it('lets the coordinating office save one in a Mesa it does not take part in', async () => {
    const res = await coordinator.post(`/api/mesas/${forestal}/matrix-views`, {
      name: unique('Oficina'),
      query: { owner: 'YP' },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().query).toEqual({ owner: 'YP' });
  });
});

describe('names', () => {
  it('refuses a name another view of the Mesa has, whatever its case, in the caller’s language', async () => {
    const name = unique('Tardíos con SUNAT');
    await save(name);
    for (const [locale, catalogue] of [
      ['en', en],
      ['es', es],
    ] as const) {
      expect((await team.patch('/api/auth/me', { locale })).statusCode).toBe(200);
      const before = await snapshot(t, matrixViews);
      const res = await team.post(`/api/mesas/${forestal}/matrix-views`, {
        name: ` ${name.toUpperCase()} `,
        query: { focus: 'yes' },
      });
      expect(res.statusCode, res.body).toBe(409);
      const { error } = res.json();
      expect(error.code).toBe('CONFLICT');
      expect(error.message).toBe(catalogue.errors.CONFLICT);
      expect(error.fields).toEqual([
        { path: 'name', key: 'fields.viewNameTaken', message: catalogue.fields.viewNameTaken },
      ]);
      expect(await snapshot(t, matrixViews)).toEqual(before);
    }
  });

  it('refuses to rename a view to the name of another one, and changes nothing', async () => {
    const first = await save(unique('Primera'));
    const second = await save(unique('Segunda'));
    const before = await snapshot(t, matrixViews);
    const res = await team.patch(`/api/matrix-views/${second.id}`, { name: first.name.toLowerCase() });
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().error.fields[0]).toMatchObject({ path: 'name', key: 'fields.viewNameTaken' });
    expect(await snapshot(t, matrixViews)).toEqual(before);
    const [stored] = await t.database.db.select().from(matrixViews).where(eq(matrixViews.id, second.id));
    expect(stored).toMatchObject({ name: second.name, version: 1 });
  });

  it('allows the same name in another Mesa, and a change of case of its own name', async () => {
    const name = unique('Compartido');
    const mine = await save(name);
    const other = (await createMesa(t)).id;
    const res = await coordinator.post(`/api/mesas/${other}/matrix-views`, { name, query: {} });
    expect(res.statusCode, res.body).toBe(201);
    const renamed = await team.patch(`/api/matrix-views/${mine.id}`, { name: name.toUpperCase() });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json().name).toBe(name.toUpperCase());
  });
});

describe('bad input', () => {
  it.each([
    ['no name', { query: {} }],
    ['an empty name', { name: '   ', query: {} }],
    ['a name too long', { name: 'x'.repeat(81), query: {} }],
    ['no query', { name: 'Sin consulta' }],
    ['a query that is not an object', { name: 'Lista', query: ['status', 'open'] }],
    ['a query value that is not text', { name: 'Número', query: { status: 3 } }],
    ['a query value too long', { name: 'Larga', query: { q: 'x'.repeat(401) } }],
  ])('refuses %s with 400 and saves nothing', async (_, body) => {
    const before = await snapshot(t, matrixViews);
    const res = await team.post(`/api/mesas/${forestal}/matrix-views`, body);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
    expect(await snapshot(t, matrixViews)).toEqual(before);
  });

  it('refuses a change with nothing to change, or a bad one, and changes nothing', async () => {
    const view = await save(unique('Intacta'));
    const before = await snapshot(t, matrixViews);
    for (const body of [{}, { version: 1 }, { name: '' }, { query: 'status=open' }, { version: 0 }]) {
      const res = await team.patch(`/api/matrix-views/${view.id}`, body);
      expect(res.statusCode, `${JSON.stringify(body)}: ${res.body}`).toBe(400);
    }
    expect(await snapshot(t, matrixViews)).toEqual(before);
  });
});

describe('changing and deleting a view', () => {
  it('renames it and replaces its view, with optimistic versions, then deletes it: each change audited', async () => {
    const view = await save(unique('Para el jueves'), { status: 'open' });
    const renamed = await team.patch(`/api/matrix-views/${view.id}`, {
      name: 'Para la sesión 12',
      version: 1,
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toMatchObject({
      name: 'Para la sesión 12',
      query: { status: 'open' },
      version: 2,
    });

    const stale = await team.patch(`/api/matrix-views/${view.id}`, { query: { focus: 'yes' }, version: 1 });
    expect(stale.statusCode, stale.body).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'STALE_WRITE', currentVersion: 2 });

    const replaced = await team.patch(`/api/matrix-views/${view.id}`, {
      query: { focus: 'yes', sort: 'number', dir: 'asc', hide: 'title' },
      version: 2,
    });
    expect(replaced.statusCode, replaced.body).toBe(200);
    expect(replaced.json()).toMatchObject({ query: { focus: 'yes', sort: 'number' }, version: 3 });
    expect(Object.keys(replaced.json().query).sort()).toEqual(['focus', 'sort']);

    const removed = await team.delete(`/api/matrix-views/${view.id}`);
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json()).toEqual({ ok: true });
    expect((await listed()).views.map((v) => v.id)).not.toContain(view.id);
    expect((await team.delete(`/api/matrix-views/${view.id}`)).statusCode).toBe(404);
    expect((await team.patch(`/api/matrix-views/${view.id}`, { name: 'Otra' })).statusCode).toBe(404);

    const events = await audited(view.id);
    expect(events.map((e) => `${e.entityType}.${e.action}`)).toEqual([
      'matrix_view.create',
      'matrix_view.update',
      'matrix_view.update',
      'matrix_view.delete',
    ]);
    expect(events.every((e) => e.mesaId === forestal && e.actorLabel === 'team@demo.mesas.local')).toBe(true);
  });
});

describe('who may see and change the views', () => {
  let elsewhere: string;
  let elsewhereView: View;
  let forestalView: View;

  beforeAll(async () => {
    // A members-only Mesa where none of the demo participants take part.
    elsewhere = (await createMesa(t, { visibility: 'members' })).id;
    const res = await coordinator.post(`/api/mesas/${elsewhere}/matrix-views`, {
      name: 'De otra Mesa',
      query: { status: 'open' },
    });
    expect(res.statusCode, res.body).toBe(201);
    elsewhereView = res.json();
    forestalView = await save(unique('Del equipo'));
  });

  it('hides the views of a Mesa from someone who does not take part in it, as if it did not exist', async () => {
    const before = await snapshot(t, matrixViews);
    for (const c of [team, observer]) {
      expect((await c.get(`/api/mesas/${elsewhere}/matrix-views`)).statusCode).toBe(404);
      expect(
        (await c.post(`/api/mesas/${elsewhere}/matrix-views`, { name: 'Intrusa', query: {} })).statusCode,
      ).toBe(404);
      expect((await c.patch(`/api/matrix-views/${elsewhereView.id}`, { name: 'Intrusa' })).statusCode).toBe(
        404,
      );
      expect((await c.delete(`/api/matrix-views/${elsewhereView.id}`)).statusCode).toBe(404);
    }
    expect(await snapshot(t, matrixViews)).toEqual(before);
  });

  it('lets a participant who may not edit the Matrix read the views, not change them', async () => {
    const before = await snapshot(t, matrixViews);
    const create = await observer.post(`/api/mesas/${forestal}/matrix-views`, { name: 'Mía', query: {} });
    expect(create.statusCode, create.body).toBe(403);
    expect(create.json().error.code).toBe('FORBIDDEN');
    expect((await observer.patch(`/api/matrix-views/${forestalView.id}`, { name: 'Mía' })).statusCode).toBe(
      403,
    );
    expect((await observer.delete(`/api/matrix-views/${forestalView.id}`)).statusCode).toBe(403);
    expect(await snapshot(t, matrixViews)).toEqual(before);
  });

  it('answers 401 to an anonymous caller, whatever the view', async () => {
    const before = await snapshot(t, matrixViews);
    const anonymous = t.anonymous;
    for (const res of [
      await anonymous.get(`/api/mesas/${forestal}/matrix-views`),
      await anonymous.post(`/api/mesas/${forestal}/matrix-views`, { name: 'Anónima', query: {} }),
      await anonymous.patch(`/api/matrix-views/${forestalView.id}`, { name: 'Anónima' }),
      await anonymous.delete(`/api/matrix-views/${forestalView.id}`),
      await anonymous.delete(`/api/matrix-views/${unknownId()}`),
    ]) {
      expect(res.statusCode, res.body).toBe(401);
      expect(res.json().error.code).toBe('UNAUTHENTICATED');
    }
    expect(await snapshot(t, matrixViews)).toEqual(before);
  });

  it('answers 404 for a view or a Mesa that does not exist', async () => {
    expect((await team.get(`/api/mesas/${unknownId()}/matrix-views`)).statusCode).toBe(404);
    expect((await team.patch(`/api/matrix-views/${unknownId()}`, { name: 'Nada' })).statusCode).toBe(404);
    expect((await team.delete(`/api/matrix-views/${unknownId()}`)).statusCode).toBe(404);
  });
});
