import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditEvents,
  fieldFeedback,
  outcomeIndicators,
  problemEntities,
  problemStatusEvents,
  problems,
  solutions,
  solutionVersions,
} from '../../src/db/schema';
import { foldForSearch } from '../../src/domain/search-text';
import { type Client, createTestContext, type TestContext } from '../support/app';
import { createMesa, ensureMesa, inLanguage, mesaBySlug, organizationId } from '../support/fixtures';

let t: TestContext;
let coordinator: Client;
let team: Client;
let privateRep: Client;
let publicRep: Client;
const ids = { forestal: '', acuicola: '', logistica: '', serfor: '', osinfor: '' };

beforeAll(async () => {
  t = await createTestContext();
  coordinator = await t.as('coordinator');
  team = await t.as('team');
  privateRep = await t.as('private_rep');
  publicRep = await t.as('public_rep');
  ids.forestal = (await mesaBySlug(t, 'forestal'))!.id;
  ids.acuicola = await ensureMesa(t, 'acuicola', 'members');
  ids.logistica = await ensureMesa(t, 'logistica', 'public');
  ids.serfor = await organizationId(t, 'SERFOR');
  ids.osinfor = await organizationId(t, 'OSINFOR');
});
afterAll(() => t?.close());

async function newProblem(c: Client, mesaId: string, body: Record<string, unknown>) {
  const res = await c.post(`/api/mesas/${mesaId}/problems`, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function matrixOf(c: Client, mesaId: string) {
  const res = await c.get(`/api/mesas/${mesaId}/matrix`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

const problemRow = async (id: string) =>
  (await t.database.db.select().from(problems).where(eq(problems.id, id)))[0]!;

describe('problems', () => {
  it('creates a problem with its references, numbered within the Mesa, and audits it', async () => {
    const mesa = await createMesa(t);
    const first = await newProblem(coordinator, mesa.id, {
      title: 'Registro de plantaciones',
      description: 'El registro de una plantación forestal tarda de 6 a 12 meses',
      categoryKey: 'red_tape',
      ownerType: 'MP',
      entityIds: [ids.serfor, ids.osinfor],
      impact: 5,
      ease: 4,
      tags: ['plantaciones'],
      visibility: 'public',
    });
    const second = await newProblem(coordinator, mesa.id, { title: 'Segundo' });
    expect([first.code, second.code]).toEqual(['P-1', 'P-2']);
    expect(first).toMatchObject({
      status: 'identified',
      allowedTransitions: ['prioritized', 'in_progress', 'parked', 'dropped'],
      category: { key: 'red_tape' },
      impact: 5,
      ease: 4,
      priority: 20,
      quadrant: 'quick_win',
      visibility: 'public',
      solutions: [],
      openCommitmentCount: 0,
      version: 1,
    });
    expect(first.entities.map((e: { acronym: string }) => e.acronym).sort()).toEqual(['OSINFOR', 'SERFOR']);
    expect(first.history).toMatchObject([{ fromStatus: null, toStatus: 'identified' }]);
    expect(second).toMatchObject({
      impact: 3,
      ease: 3,
      ownerType: 'MP',
      visibility: 'members',
      category: null,
    });
    const audit = await t.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, first.id));
    expect(audit.map((a) => [a.action, a.actorLabel, a.mesaId])).toEqual([
      ['create', 'coordinator@demo.mesas.local', mesa.id],
    ]);
    expect((await problemRow(first.id)).searchDocument).toContain('registro de una plantacion forestal');
  });

  it('numbers problems created at the same time without gaps or duplicates', async () => {
    const mesa = await createMesa(t);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        coordinator.post(`/api/mesas/${mesa.id}/problems`, { title: `P ${i}` }),
      ),
    );
    expect(results.map((r) => r.statusCode)).toEqual(Array(8).fill(201));
    expect(results.map((r) => r.json().number).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('edits with optimistic locking: a stale write answers 409 and overwrites nothing', async () => {
    const p = await newProblem(team, ids.forestal, { title: 'Bloqueo optimista' });
    const first = await team.patch(`/api/problems/${p.id}`, {
      version: 1,
      impact: 5,
      entityIds: [ids.serfor],
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ version: 2, impact: 5, entities: [{ id: ids.serfor }] });
    const stale = await coordinator.patch(`/api/problems/${p.id}`, { version: 1, impact: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'STALE_WRITE', currentVersion: 2 });
    expect(await problemRow(p.id)).toMatchObject({ impact: 5, version: 2 });

    // Two edits sent together from the same version: exactly one wins.
    const both = await Promise.all([
      team.patch(`/api/problems/${p.id}`, { version: 2, title: 'Versión del equipo' }),
      coordinator.patch(`/api/problems/${p.id}`, { version: 2, title: 'Versión de la coordinación' }),
    ]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const winner = both.find((r) => r.statusCode === 200)!.json();
    expect(await problemRow(p.id)).toMatchObject({ title: winner.title, version: 3 });
    const stored = await problemRow(p.id);
    expect(stored.searchDocument).toContain(foldForSearch(winner.title));
  });
});

describe('status transitions', () => {
  it('moves along legal transitions, refuses illegal ones with the allowed states, and keeps the history', async () => {
    const p = await newProblem(team, ids.forestal, { title: 'Transiciones' });
    const move = (body: Record<string, unknown>) => team.post(`/api/problems/${p.id}/transitions`, body);

    const illegal = await move({ to: 'verified' });
    expect(illegal.statusCode).toBe(409);
    expect(illegal.json().error).toMatchObject({
      code: 'ILLEGAL_TRANSITION',
      allowed: ['prioritized', 'in_progress', 'parked', 'dropped'],
    });

    for (const to of ['parked', 'dropped'] as const) {
      const unexplained = await move({ to });
      expect(unexplained.statusCode).toBe(400);
      expect(unexplained.json().error.fields).toEqual([expect.objectContaining({ path: 'reason' })]);
    }
    expect((await problemRow(p.id)).status).toBe('identified');

    for (const to of ['prioritized', 'in_progress', 'enacted']) {
      const res = await move({ to });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().status).toBe(to);
    }
    const reopenWithout = await move({ to: 'in_progress' });
    expect(reopenWithout.statusCode).toBe(400);
    expect(reopenWithout.json().error.fields[0].path).toBe('reason');
    const reopened = await move({ to: 'in_progress', reason: 'No se aplica en campo' });
    expect(reopened.statusCode).toBe(200);
    const parked = await move({ to: 'parked', reason: 'Baja prioridad' });
    expect(parked.json()).toMatchObject({ status: 'parked', statusReason: 'Baja prioridad' });
    const stale = await move({ to: 'identified', reason: 'Vuelve', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('STALE_WRITE');

    const detail = (await team.get(`/api/problems/${p.id}`)).json();
    expect(
      detail.history.map((h: { fromStatus: string; toStatus: string; reason: string }) => [
        h.fromStatus,
        h.toStatus,
        h.reason,
      ]),
    ).toEqual([
      [null, 'identified', null],
      ['identified', 'prioritized', null],
      ['prioritized', 'in_progress', null],
      ['in_progress', 'enacted', null],
      ['enacted', 'in_progress', 'No se aplica en campo'],
      ['in_progress', 'parked', 'Baja prioridad'],
    ]);
    expect(detail.history.at(-1).recordedBy.fullName).toBeTruthy();
    const events = await t.database.db
      .select()
      .from(problemStatusEvents)
      .where(eq(problemStatusEvents.problemId, p.id));
    expect(events).toHaveLength(6);
  });
});

describe('solutions and their versions', () => {
  it('keeps every version in order with its reason, author and date, and shows the current one in the Matrix', async () => {
    const p = await newProblem(team, ids.forestal, { title: 'Inspecciones tempranas de OSINFOR' });
    const proposed = await privateRep.post(`/api/problems/${p.id}/solutions`, {
      text: 'OSINFOR inspecciona antes del primer aprovechamiento',
      instrument: 'procedure',
      proposedByOrganizationId: ids.osinfor,
    });
    expect(proposed.statusCode, proposed.body).toBe(201);
    const solutionId = proposed.json().id;
    expect(proposed.json()).toMatchObject({ currentVersion: 1, versions: [{ number: 1, reason: null }] });

    const revise = (c: Client, text: string, reason: string) =>
      c.post(`/api/solutions/${solutionId}/versions`, { text, reason });
    expect((await revise(privateRep, 'x', 'y')).statusCode).toBe(403);
    const v2 = await revise(team, 'OSINFOR acepta inspecciones tempranas', 'OSINFOR se negó durante meses');
    expect(v2.statusCode, v2.body).toBe(201);
    const v3 = await revise(coordinator, 'Inspecciones tempranas en un plazo de 30 días', 'Se fijó un plazo');
    expect(v3.json().currentVersion).toBe(3);

    const detail = (await team.get(`/api/problems/${p.id}`)).json();
    const [solution] = detail.solutions;
    expect(
      solution.versions.map(
        (v: { number: number; text: string; reason: string; revisedBy: { fullName: string } }) => [
          v.number,
          v.text,
          v.reason,
        ],
      ),
    ).toEqual([
      [1, 'OSINFOR inspecciona antes del primer aprovechamiento', null],
      [2, 'OSINFOR acepta inspecciones tempranas', 'OSINFOR se negó durante meses'],
      [3, 'Inspecciones tempranas en un plazo de 30 días', 'Se fijó un plazo'],
    ]);
    const authors = solution.versions.map((v: { revisedBy: { id: string } }) => v.revisedBy.id);
    const me = async (c: Client) => (await c.get('/api/auth/me')).json().user.personId;
    expect(authors).toEqual([await me(privateRep), await me(team), await me(coordinator)]);
    expect(solution).toMatchObject({
      text: 'Inspecciones tempranas en un plazo de 30 días',
      instrument: 'procedure',
    });
    expect(solution.proposedByOrganization.acronym).toBe('OSINFOR');

    const stored = await t.database.db
      .select()
      .from(solutionVersions)
      .where(eq(solutionVersions.solutionId, solutionId))
      .orderBy(asc(solutionVersions.number));
    expect(stored.map((v) => v.number)).toEqual([1, 2, 3]);

    const row = (await matrixOf(team, ids.forestal)).problems.find((r: { id: string }) => r.id === p.id);
    expect(row).toMatchObject({
      solutionCount: 1,
      latestSolution: { id: solutionId, version: 3, text: 'Inspecciones tempranas en un plazo de 30 días' },
    });
    const doc = (await problemRow(p.id)).searchDocument;
    expect(doc).toContain('inspecciones tempranas en un plazo de 30 dias');
    expect(doc).not.toContain('primer aprovechamiento');
  });
});

describe('visibility', () => {
  it('answers 404 for a problem of a Mesa the caller does not take part in, and 401 without credentials', async () => {
    const p = await newProblem(coordinator, ids.acuicola, { title: 'Concesión acuícola' });
    const solution = (
      await coordinator.post(`/api/problems/${p.id}/solutions`, { text: 'Ventanilla única' })
    ).json();
    const indicator = (
      await coordinator.post(`/api/problems/${p.id}/indicators`, {
        name: 'Plazo de concesión',
        unit: 'días',
        direction: 'lower_is_better',
      })
    ).json();
    const before = await t.database.db.select().from(solutions).where(eq(solutions.problemId, p.id));
    for (const [method, url, body] of [
      ['GET', `/api/problems/${p.id}`, undefined],
      ['PATCH', `/api/problems/${p.id}`, { version: 1, title: 'x' }],
      ['POST', `/api/problems/${p.id}/transitions`, { to: 'prioritized' }],
      ['POST', `/api/problems/${p.id}/solutions`, { text: 'x' }],
      ['POST', `/api/solutions/${solution.id}/versions`, { text: 'x', reason: 'y' }],
      ['POST', `/api/problems/${p.id}/indicators`, { name: 'x', unit: 'x', direction: 'lower_is_better' }],
      ['PATCH', `/api/indicators/${indicator.id}`, { currentValue: 1 }],
      ['POST', `/api/problems/${p.id}/feedback`, { verdict: 'works', text: 'x' }],
      ['GET', `/api/mesas/${ids.acuicola}/matrix`, undefined],
    ] as const) {
      const res = await privateRep.request(method, url, body);
      expect(res.statusCode, `${method} ${url}`).toBe(404);
      expect((await t.anonymous.request(method, url, body)).statusCode, `${method} ${url}`).toBe(401);
    }
    expect(await t.database.db.select().from(solutions).where(eq(solutions.problemId, p.id))).toEqual(before);
  });

  it("keeps a team problem out of the representatives' Matrix", async () => {
    const p = await newProblem(team, ids.forestal, {
      title: 'Asunto interno del equipo',
      visibility: 'team',
    });
    const listed = async (c: Client) =>
      (await matrixOf(c, ids.forestal)).problems.some((r: { id: string }) => r.id === p.id);
    expect(await listed(team)).toBe(true);
    expect(await listed(coordinator)).toBe(true);
    expect(await listed(privateRep)).toBe(false);
    expect(await listed(publicRep)).toBe(false);
    expect((await privateRep.get(`/api/problems/${p.id}`)).statusCode).toBe(404);
    // Nobody files a record they could not see.
    const res = await privateRep.post(`/api/mesas/${ids.forestal}/problems`, {
      title: 'x',
      visibility: 'team',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].path).toBe('visibility');
  });

  it('shows a signed-in outsider only the public problems of a public Mesa', async () => {
    const members = await newProblem(coordinator, ids.logistica, {
      title: 'Dato reservado',
      visibility: 'members',
    });
    const open = await newProblem(coordinator, ids.logistica, {
      title: 'Espera en el terminal',
      visibility: 'public',
    });
    const matrix = await matrixOf(team, ids.logistica);
    const seen = matrix.problems.map((r: { id: string }) => r.id);
    expect(seen).toContain(open.id);
    expect(seen).not.toContain(members.id);
    expect(matrix.problems.every((r: { visibility: string }) => r.visibility === 'public')).toBe(true);
    expect((await team.get(`/api/problems/${members.id}`)).statusCode).toBe(404);
    expect((await team.get(`/api/problems/${open.id}`)).statusCode).toBe(200);
    expect((await matrixOf(coordinator, ids.logistica)).problems.map((r: { id: string }) => r.id)).toContain(
      members.id,
    );
  });
});

describe('bad input', () => {
  const tables = [
    problems,
    problemEntities,
    problemStatusEvents,
    solutions,
    solutionVersions,
    outcomeIndicators,
    fieldFeedback,
    auditEvents,
  ];
  const counts = () =>
    Promise.all(tables.map(async (table) => (await t.database.db.select().from(table)).length));

  it('answers 400 naming the field and writes nothing', async () => {
    const p = await newProblem(team, ids.forestal, { title: 'Para entradas inválidas' });
    const solution = (await team.post(`/api/problems/${p.id}/solutions`, { text: 'Algo' })).json();
    const indicator = (
      await team.post(`/api/problems/${p.id}/indicators`, {
        name: 'Plazo',
        unit: 'días',
        direction: 'lower_is_better',
      })
    ).json();
    const other = await newProblem(team, ids.forestal, { title: 'Otro' });
    const otherSolution = (await team.post(`/api/problems/${other.id}/solutions`, { text: 'Otra' })).json();
    const problemsUrl = `/api/mesas/${ids.forestal}/problems`;
    const cases: [string, string, unknown, string][] = [
      ['POST', problemsUrl, {}, 'title'],
      ['POST', problemsUrl, { title: '   ' }, 'title'],
      ['POST', problemsUrl, { title: 'x'.repeat(301) }, 'title'],
      ['POST', problemsUrl, { title: 'x', impact: 6 }, 'impact'],
      ['POST', problemsUrl, { title: 'x', ease: 0 }, 'ease'],
      ['POST', problemsUrl, { title: 'x', impact: 2.5 }, 'impact'],
      ['POST', problemsUrl, { title: 'x', ownerType: 'OP' }, 'ownerType'],
      ['POST', problemsUrl, { title: 'x', visibility: 'secret' }, 'visibility'],
      ['POST', problemsUrl, { title: 'x', filterFlags: ['tariff'] }, 'filterFlags.0'],
      ['POST', problemsUrl, { title: 'x', categoryKey: 'no_such_category' }, 'categoryKey'],
      ['POST', problemsUrl, { title: 'x', entityIds: [ids.serfor, crypto.randomUUID()] }, 'entityIds.1'],
      ['POST', problemsUrl, { title: 'x', entityIds: ['SERFOR'] }, 'entityIds.0'],
      ['POST', problemsUrl, { title: 'x', raisedByPersonId: crypto.randomUUID() }, 'raisedByPersonId'],
      [
        'POST',
        problemsUrl,
        { title: 'x', raisedByOrganizationId: crypto.randomUUID() },
        'raisedByOrganizationId',
      ],
      ['PATCH', `/api/problems/${p.id}`, { impact: 4 }, 'version'],
      ['PATCH', `/api/problems/${p.id}`, { version: 1, title: '' }, 'title'],
      ['PATCH', `/api/problems/${p.id}`, { version: 1, categoryKey: 'nope' }, 'categoryKey'],
      ['POST', `/api/problems/${p.id}/transitions`, { to: 'flying' }, 'to'],
      ['POST', `/api/problems/${p.id}/solutions`, { text: '' }, 'text'],
      ['POST', `/api/problems/${p.id}/solutions`, { text: 'x', instrument: 'magic' }, 'instrument'],
      [
        'POST',
        `/api/problems/${p.id}/solutions`,
        { text: 'x', proposedByOrganizationId: crypto.randomUUID() },
        'proposedByOrganizationId',
      ],
      ['POST', `/api/solutions/${solution.id}/versions`, { text: 'Nuevo' }, 'reason'],
      ['POST', `/api/solutions/${solution.id}/versions`, { text: 'Nuevo', reason: '  ' }, 'reason'],
      ['POST', `/api/solutions/${solution.id}/versions`, { reason: 'Porque' }, 'text'],
      ['POST', `/api/problems/${p.id}/indicators`, { name: 'x', unit: 'x', direction: 'up' }, 'direction'],
      [
        'POST',
        `/api/problems/${p.id}/indicators`,
        { name: 'x', unit: 'x', direction: 'lower_is_better', baselineOn: '2024-02-30' },
        'baselineOn',
      ],
      [
        'POST',
        `/api/problems/${p.id}/indicators`,
        { name: 'x', unit: 'x', direction: 'lower_is_better', solutionId: otherSolution.id },
        'solutionId',
      ],
      ['PATCH', `/api/indicators/${indicator.id}`, { currentValue: 'tres' }, 'currentValue'],
      ['POST', `/api/problems/${p.id}/feedback`, { verdict: 'maybe', text: 'x' }, 'verdict'],
      ['POST', `/api/problems/${p.id}/feedback`, { verdict: 'works', text: '' }, 'text'],
      [
        'POST',
        `/api/problems/${p.id}/feedback`,
        { verdict: 'works', text: 'x', personId: crypto.randomUUID() },
        'personId',
      ],
    ];
    const before = await counts();
    const problemBefore = await problemRow(p.id);
    for (const [method, url, body, field] of cases) {
      const res = await team.request(method as 'POST' | 'PATCH', url, body);
      const where = `${method} ${url} ${JSON.stringify(body)} → ${res.body}`;
      expect(res.statusCode, where).toBe(400);
      expect(res.json().error.code, where).toBe('VALIDATION_FAILED');
      expect(
        res.json().error.fields.map((f: { path: string }) => f.path),
        where,
      ).toContain(field);
    }
    expect(await counts()).toEqual(before);
    expect(await problemRow(p.id)).toEqual(problemBefore);
  });

  it("lists the valid keys when a category key is unknown, in the caller's language", async () => {
    const keys = (await team.get('/api/categories').then((r) => r.json())).categories.map(
      (c: { key: string }) => c.key,
    );
    expect(keys).toContain('red_tape');
    for (const [language, words] of [
      ['en', 'use one of'],
      ['es', 'use una de'],
    ] as const) {
      const res = await team.request(
        'POST',
        `/api/mesas/${ids.forestal}/problems`,
        { title: 'x', categoryKey: 'no_such_category' },
        await inLanguage(t, team, language),
      );
      expect(res.statusCode, res.body).toBe(400);
      const error = res.json().error;
      expect(error.allowed).toEqual(keys);
      const field = error.fields.find((f: { path: string }) => f.path === 'categoryKey');
      expect(field.message).toContain(words);
      for (const key of keys) expect(field.message).toContain(key);
    }
  });

  it('answers 404 for unknown records', async () => {
    const unknown = crypto.randomUUID();
    for (const [method, url, body] of [
      ['GET', `/api/problems/${unknown}`, undefined],
      ['POST', `/api/mesas/${unknown}/problems`, { title: 'x' }],
      ['GET', `/api/mesas/${unknown}/matrix`, undefined],
      ['POST', `/api/solutions/${unknown}/versions`, { text: 'x', reason: 'y' }],
      ['PATCH', `/api/indicators/${unknown}`, { currentValue: 1 }],
    ] as const) {
      expect((await coordinator.request(method, url, body)).statusCode, url).toBe(404);
    }
    const admin = await t.as('admin');
    expect((await admin.patch(`/api/categories/${unknown}`, { nameEs: 'x' })).statusCode).toBe(404);
  });
});

describe('indicators and field feedback', () => {
  it('shows indicators before → after and offers reopening on negative feedback about an enacted fix', async () => {
    const p = await newProblem(team, ids.forestal, { title: 'Autorización sanitaria' });
    const created = await team.post(`/api/problems/${p.id}/indicators`, {
      name: 'Plazo de autorización',
      unit: 'días',
      direction: 'lower_is_better',
      baselineValue: 45,
      baselineOn: '2015-06-01',
      targetValue: 15,
      source: 'Sanipes',
    });
    expect(created.statusCode, created.body).toBe(201);
    const updated = await team.patch(`/api/indicators/${created.json().id}`, {
      currentValue: 12,
      currentOn: '2016-09-01',
    });
    expect(updated.json()).toMatchObject({
      baselineValue: 45,
      currentValue: 12,
      targetValue: 15,
      currentOn: '2016-09-01',
    });

    const feedback = (verdict: string) =>
      privateRep.post(`/api/problems/${p.id}/feedback`, { verdict, text: `Informe: ${verdict}` });
    const early = await feedback('not_applied');
    expect(early.statusCode, early.body).toBe(201);
    expect(early.json().offerReopen).toBe(false);

    for (const to of ['in_progress', 'enacted']) await team.post(`/api/problems/${p.id}/transitions`, { to });
    expect((await feedback('works')).json().offerReopen).toBe(false);
    const partly = await feedback('partly');
    expect(partly.json()).toMatchObject({ offerReopen: true, feedback: { verdict: 'partly' } });
    expect(partly.json().feedback.person.fullName).toBeTruthy();
    await team.post(`/api/problems/${p.id}/transitions`, { to: 'verified' });
    expect((await feedback('not_applied')).json().offerReopen).toBe(true);

    const row = (await matrixOf(team, ids.forestal)).problems.find((r: { id: string }) => r.id === p.id);
    expect(row.indicators).toMatchObject([
      { name: 'Plazo de autorización', baselineValue: 45, currentValue: 12 },
    ]);
    expect(row.latestFeedback).toMatchObject({ verdict: 'not_applied' });
  });
});

describe('prioritization and filters', () => {
  it('warns when more problems are in focus than the limit, and the limit is set per Mesa', async () => {
    const mesa = await createMesa(t);
    for (let i = 1; i <= 5; i++)
      await newProblem(coordinator, mesa.id, { title: `Foco ${i}`, inFocus: true });
    const matrix = await matrixOf(coordinator, mesa.id);
    expect(matrix).toMatchObject({ focusLimit: 4, focusWarning: { count: 5, limit: 4 } });
    const patched = await coordinator.patch(`/api/mesas/${mesa.id}`, {
      version: mesa.version,
      focusLimit: 5,
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json().focusLimit).toBe(5);
    expect(await matrixOf(coordinator, mesa.id)).toMatchObject({ focusLimit: 5, focusWarning: null });
    const tooMany = await coordinator.patch(`/api/mesas/${mesa.id}`, {
      version: mesa.version + 1,
      focusLimit: 21,
    });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.fields[0].path).toBe('focusLimit');
  });

  it('proposes quick wins and sorts the Matrix by focus, status and priority', async () => {
    const mesa = await createMesa(t);
    const make = (title: string, fields: Record<string, unknown>) =>
      newProblem(coordinator, mesa.id, { title, ...fields });
    const focused = await make('En foco', { inFocus: true, impact: 2, ease: 2 });
    const quick = await make('Rápido e importante', { impact: 5, ease: 5 });
    const alsoQuick = await make('También rápido', { impact: 4, ease: 4 });
    const major = await make('Importante pero lento', { impact: 5, ease: 1 });
    const working = await make('En curso', { impact: 1, ease: 1 });
    await coordinator.post(`/api/problems/${working.id}/transitions`, { to: 'in_progress' });
    const matrix = await matrixOf(coordinator, mesa.id);
    expect(matrix.quickWins).toEqual([quick.id, alsoQuick.id]);
    expect(matrix.problems.map((p: { id: string }) => p.id)).toEqual([
      focused.id,
      working.id,
      quick.id,
      alsoQuick.id,
      major.id,
    ]);
    expect(matrix.problems.find((p: { id: string }) => p.id === major.id).quadrant).toBe('major');
  });

  it('suggests the subsidy flag until the team confirms it', async () => {
    const p = await newProblem(privateRep, ids.forestal, {
      title: 'Subsidio para la compra de plantones',
      description: 'Pedimos un subsidio del Estado',
    });
    expect(p).toMatchObject({ filterFlags: [], suggestedFlags: ['subsidy'] });
    const confirmed = await team.patch(`/api/problems/${p.id}`, {
      version: p.version,
      filterFlags: ['subsidy'],
    });
    expect(confirmed.json()).toMatchObject({ filterFlags: ['subsidy'], suggestedFlags: [] });
    const solution = await team.post(`/api/problems/${p.id}/solutions`, {
      text: 'Exoneración tributaria a los viveros',
    });
    expect(solution.json()).toMatchObject({ suggestedFlags: ['tax_exemption'], filterFlags: [] });
  });
});

describe('categories', () => {
  it('lets an admin add, rename and archive categories; archived ones are not offered for new problems', async () => {
    const admin = await t.as('admin');
    const listed = (await team.get('/api/categories')).json().categories;
    expect(listed.map((c: { key: string }) => c.key)).toContain('red_tape');
    expect(listed).toHaveLength(13);
    const created = await admin.post('/api/categories', {
      key: 'energia',
      nameEs: 'Energía',
      nameEn: 'Energy',
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().position).toBe(14);
    expect(
      (await admin.post('/api/categories', { key: 'energia', nameEs: 'x', nameEn: 'y' })).statusCode,
    ).toBe(409);
    const id = created.json().id;
    const p = await newProblem(team, ids.forestal, { title: 'Tarifa eléctrica', categoryKey: 'energia' });
    const archived = await admin.patch(`/api/categories/${id}`, { archived: true, nameEn: 'Power' });
    expect(archived.json()).toMatchObject({ archived: true, nameEn: 'Power' });
    expect(
      (await team.get('/api/categories')).json().categories.map((c: { key: string }) => c.key),
    ).not.toContain('energia');
    expect(
      (await team.get('/api/categories?includeArchived=true'))
        .json()
        .categories.map((c: { key: string }) => c.key),
    ).toContain('energia');
    expect((await team.get(`/api/problems/${p.id}`)).json().category).toMatchObject({ key: 'energia' });
    const refused = await team.post(`/api/mesas/${ids.forestal}/problems`, {
      title: 'x',
      categoryKey: 'energia',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields[0].path).toBe('categoryKey');
    await admin.patch(`/api/categories/${id}`, { archived: false });
    expect((await team.get('/api/categories')).json().categories).toHaveLength(14);
  });
});
