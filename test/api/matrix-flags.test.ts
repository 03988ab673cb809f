import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, problems, solutions, solutionVersions } from '../../src/db/schema';
import { type Client, createTestContext, type TestContext } from '../support/app';
import { mesaBySlug, snapshot, unknownId } from '../support/fixtures';

let t: TestContext;
let coordinator: Client;
let mesaId = '';

beforeAll(async () => {
  t = await createTestContext();
  coordinator = await t.as('coordinator');
  // The demo forestal Mesa, where the demo team account is the dedicated team.
  mesaId = (await mesaBySlug(t, 'forestal'))!.id;
});
afterAll(() => t?.close());

async function newProblem(body: Record<string, unknown>) {
  const res = await coordinator.post(`/api/mesas/${mesaId}/problems`, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function newSolution(problemId: string, text: string) {
  const res = await coordinator.post(`/api/problems/${problemId}/solutions`, { text, instrument: 'program' });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

const solutionRow = async (id: string) =>
  (await t.database.db.select().from(solutions).where(eq(solutions.id, id)))[0]!;
/** The solution's current edit version, as a client would have it from its last read. */
const editVersion = async (id: string) => (await solutionRow(id)).version;
const problemRow = async (id: string) =>
  (await t.database.db.select().from(problems).where(eq(problems.id, id)))[0]!;

async function lastAudit(entityId: string) {
  const [row] = await t.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityId, entityId), eq(auditEvents.action, 'update')))
    .orderBy(desc(auditEvents.seq))
    .limit(1);
  return row;
}

describe('PATCH /api/solutions/:id', () => {
  it('confirms a suggested flag, removes it again, and audits each change in its transaction', async () => {
    const p = await newProblem({ title: 'Reforestación de tierras degradadas' });
    const s = await newSolution(p.id, 'Otorgar un subsidio a cada hectárea reforestada');
    expect(s).toMatchObject({ filterFlags: [], dismissedFlags: [], suggestedFlags: ['subsidy'] });

    const confirmed = await coordinator.patch(`/api/solutions/${s.id}`, {
      version: await editVersion(s.id),
      filterFlags: ['subsidy'],
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toMatchObject({
      id: s.id,
      filterFlags: ['subsidy'],
      dismissedFlags: [],
      suggestedFlags: [],
      currentVersion: 1,
      text: 'Otorgar un subsidio a cada hectárea reforestada',
    });
    expect(await solutionRow(s.id)).toMatchObject({ filterFlags: ['subsidy'], dismissedFlags: [] });
    const audit = await lastAudit(s.id);
    expect(audit).toMatchObject({
      entityType: 'solution',
      mesaId,
      requestId: confirmed.headers['x-request-id'],
      before: { filterFlags: [], dismissedFlags: [], instrument: 'program' },
      after: { filterFlags: ['subsidy'], dismissedFlags: [], instrument: 'program' },
    });

    // The problem page shows the confirmed flag on the solution.
    const page = (await coordinator.get(`/api/problems/${p.id}`)).json();
    expect(page.solutions[0]).toMatchObject({ filterFlags: ['subsidy'], suggestedFlags: [] });
    expect(page.latestSolution.filterFlags).toEqual(['subsidy']);

    const removed = await coordinator.patch(`/api/solutions/${s.id}`, {
      version: await editVersion(s.id),
      filterFlags: [],
    });
    expect(removed.statusCode, removed.body).toBe(200);
    // Removing a confirmation brings the text's suggestion back: it was never dismissed.
    expect(removed.json()).toMatchObject({ filterFlags: [], suggestedFlags: ['subsidy'] });
    expect((await lastAudit(s.id))?.after).toMatchObject({ filterFlags: [] });
  });

  it('keeps a dismissed suggestion dismissed, on the server, until the team confirms the flag', async () => {
    const p = await newProblem({ title: 'Costo de la certificación forestal' });
    const s = await newSolution(
      p.id,
      'Declarar de interés nacional la certificación y otorgar un subsidio a las auditorías',
    );
    expect(s.suggestedFlags).toEqual(['subsidy', 'declaratory']);

    const team = await t.as('team');
    const dismissed = await coordinator.patch(`/api/solutions/${s.id}`, {
      version: await editVersion(s.id),
      dismissedFlags: ['declaratory'],
    });
    expect(dismissed.statusCode, dismissed.body).toBe(200);
    expect(dismissed.json()).toMatchObject({
      filterFlags: [],
      dismissedFlags: ['declaratory'],
      suggestedFlags: ['subsidy'],
    });
    expect(await solutionRow(s.id)).toMatchObject({ dismissedFlags: ['declaratory'] });
    expect((await lastAudit(s.id))?.after).toMatchObject({ dismissedFlags: ['declaratory'] });

    // Another member of the team, another session: still dismissed.
    const seen = (await team.get(`/api/problems/${p.id}`)).json();
    expect(seen.solutions[0]).toMatchObject({ dismissedFlags: ['declaratory'], suggestedFlags: ['subsidy'] });

    // A revision keeps the decision.
    const revised = await team.post(`/api/solutions/${s.id}/versions`, {
      text: 'Declarar de interés nacional la certificación y otorgar un subsidio a las auditorías grupales',
      reason: 'Las auditorías grupales cuestan menos',
    });
    expect(revised.statusCode, revised.body).toBe(201);
    expect(revised.json()).toMatchObject({ dismissedFlags: ['declaratory'], suggestedFlags: ['subsidy'] });

    // Confirming a dismissed flag takes it off the dismissed list.
    const confirmed = await team.patch(`/api/solutions/${s.id}`, {
      version: await editVersion(s.id),
      filterFlags: ['declaratory'],
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toMatchObject({
      filterFlags: ['declaratory'],
      dismissedFlags: [],
      suggestedFlags: ['subsidy'],
    });
    // And dismissing a confirmed flag takes it off the confirmed list.
    const both = await team.patch(`/api/solutions/${s.id}`, {
      version: await editVersion(s.id),
      dismissedFlags: ['declaratory', 'subsidy'],
    });
    expect(both.json()).toMatchObject({
      filterFlags: [],
      dismissedFlags: ['declaratory', 'subsidy'],
      suggestedFlags: [],
    });
  });

  it('refuses a change made from a stale version and overwrites nothing', async () => {
    const p = await newProblem({ title: 'Guías de remisión forestal' });
    const s = await newSolution(p.id, 'Declarar de interés nacional la guía electrónica');
    const team = await t.as('team');
    const first = await coordinator.patch(`/api/solutions/${s.id}`, {
      version: s.version,
      filterFlags: ['declaratory'],
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().version).toBe(s.version + 1);
    const stale = await team.patch(`/api/solutions/${s.id}`, {
      version: s.version,
      dismissedFlags: ['declaratory'],
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('STALE_WRITE');
    expect(await solutionRow(s.id)).toMatchObject({ filterFlags: ['declaratory'], dismissedFlags: [] });
    // A revision written from a stale version is refused too; from the current one it is kept.
    const staleRevision = await team.post(`/api/solutions/${s.id}/versions`, {
      text: 'Guía electrónica emitida por SERFOR',
      reason: 'Lo declarativo no cambia la operación',
      version: s.version,
    });
    expect(staleRevision.statusCode).toBe(409);
    const revision = await team.post(`/api/solutions/${s.id}/versions`, {
      text: 'Guía electrónica emitida por SERFOR',
      reason: 'Lo declarativo no cambia la operación',
      version: first.json().version,
    });
    expect(revision.statusCode, revision.body).toBe(201);
    expect(revision.json()).toMatchObject({ currentVersion: 2, version: s.version + 2 });
  });

  it('changes the instrument without touching the text or its versions', async () => {
    const p = await newProblem({ title: 'Capacitación de operarios' });
    const s = await newSolution(p.id, 'Programa de formación dual con CITEFOR');
    const res = await coordinator.patch(`/api/solutions/${s.id}`, {
      version: await editVersion(s.id),
      instrument: 'law',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ instrument: 'law', currentVersion: 1, versions: [{ number: 1 }] });
    expect(await solutionRow(s.id)).toMatchObject({ instrument: 'law', currentVersion: 1 });
    expect((await lastAudit(s.id))?.after).toMatchObject({ instrument: 'law' });
  });

  it('refuses bad input and callers who may not edit, writing nothing', async () => {
    const p = await newProblem({ title: 'Subsidio al transporte de madera' });
    const s = await newSolution(p.id, 'Subsidiar el flete fluvial');
    const before = await snapshot(t, solutions, solutionVersions);
    const row = await solutionRow(s.id);

    for (const [body, path] of [
      [{}, 'body'],
      [{ filterFlags: ['nope'] }, 'filterFlags.0'],
      [{ instrument: 'decree' }, 'instrument'],
      [{ filterFlags: ['subsidy'], dismissedFlags: ['declaratory', 'subsidy'] }, 'dismissedFlags.1'],
    ] as const) {
      const res = await coordinator.patch(`/api/solutions/${s.id}`, { ...body, version: row.version });
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
      expect(res.json().error.fields.map((f: { path: string }) => f.path)).toContain(path);
    }
    const privateRep = await (await t.as('private_rep')).patch(`/api/solutions/${s.id}`, {
      version: await editVersion(s.id),
      filterFlags: ['subsidy'],
    });
    expect(privateRep.statusCode).toBe(403);
    expect(
      (await coordinator.patch(`/api/solutions/${unknownId()}`, { version: 1, instrument: 'law' }))
        .statusCode,
    ).toBe(404);
    expect(
      (
        await t.anonymous.patch(`/api/solutions/${s.id}`, {
          version: await editVersion(s.id),
          instrument: 'law',
        })
      ).statusCode,
    ).toBe(401);

    expect(await snapshot(t, solutions, solutionVersions)).toEqual(before);
    expect(await solutionRow(s.id)).toEqual(row);
  });
});

describe('dismissing a problem’s suggested flag', () => {
  it('is stored with the problem, under optimistic locking, and no longer suggested', async () => {
    const p = await newProblem({
      title: 'Pedido de subsidio y de exoneración tributaria para la madera',
      description: 'El gremio pide subsidios.',
    });
    expect(p.suggestedFlags).toEqual(['subsidy', 'tax_exemption']);
    expect(p.dismissedFlags).toEqual([]);

    const res = await coordinator.patch(`/api/problems/${p.id}`, {
      version: p.version,
      dismissedFlags: ['tax_exemption'],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      version: p.version + 1,
      filterFlags: [],
      dismissedFlags: ['tax_exemption'],
      suggestedFlags: ['subsidy'],
    });
    expect(await problemRow(p.id)).toMatchObject({ dismissedFlags: ['tax_exemption'] });
    const audit = await lastAudit(p.id);
    expect(audit).toMatchObject({ entityType: 'problem', requestId: res.headers['x-request-id'] });
    expect((audit!.before as { dismissedFlags: string[] }).dismissedFlags).toEqual([]);
    expect((audit!.after as { dismissedFlags: string[] }).dismissedFlags).toEqual(['tax_exemption']);

    // Read again by someone else: still dismissed.
    const seen = (await (await t.as('team')).get(`/api/problems/${p.id}`)).json();
    expect(seen).toMatchObject({ dismissedFlags: ['tax_exemption'], suggestedFlags: ['subsidy'] });

    // A stale write changes nothing.
    const stale = await coordinator.patch(`/api/problems/${p.id}`, {
      version: p.version,
      dismissedFlags: [],
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('STALE_WRITE');
    expect(await problemRow(p.id)).toMatchObject({
      dismissedFlags: ['tax_exemption'],
      version: p.version + 1,
    });

    // Confirming the dismissed flag takes it off the dismissed list.
    const confirmed = await coordinator.patch(`/api/problems/${p.id}`, {
      version: p.version + 1,
      filterFlags: ['tax_exemption', 'subsidy'],
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toMatchObject({
      filterFlags: ['tax_exemption', 'subsidy'],
      dismissedFlags: [],
      suggestedFlags: [],
    });
  });

  it('refuses a flag both confirmed and dismissed, and an unknown flag', async () => {
    const p = await newProblem({ title: 'Declarar de interés nacional la acuicultura' });
    for (const body of [
      { version: p.version, filterFlags: ['declaratory'], dismissedFlags: ['declaratory'] },
      { version: p.version, dismissedFlags: ['maybe'] },
    ]) {
      const res = await coordinator.patch(`/api/problems/${p.id}`, body);
      expect(res.statusCode, res.body).toBe(400);
    }
    expect(await problemRow(p.id)).toMatchObject({ version: p.version, filterFlags: [], dismissedFlags: [] });
  });
});
