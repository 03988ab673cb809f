import { asc, eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, escalationEvents, escalations } from '../../src/db/schema';
import type { DemoAccountRole } from '../../src/demo/types';
import { addDays, todayIn } from '../../src/domain/calendar-days';
import { type Client, createTestContext, type TestContext } from '../support/app';
import {
  createMesa,
  demoPersonId,
  inDays,
  limaDaysSince,
  snapshot,
  unique,
  unknownId,
} from '../support/fixtures';

/**
 * Escalation to the high-level body through the API: a problem is escalated with a brief and options,
 * the high-level body decides it (the decision goes on the Mesa's next session agenda and in the
 * problem's timeline) or returns it with questions the team answers; the cross-Mesa inbox is for the
 * high-level body and the coordinating office only; escalations have their own visibility.
 */

let t: TestContext;
let mesaId: string;
let today: string;
let team: Client;
let highLevel: Client;
const person: Partial<Record<DemoAccountRole, string>> = {};

const personOf = (role: DemoAccountRole) => demoPersonId(t, role);

async function newProblem(fields: Record<string, unknown> = {}) {
  const res = await team.post(`/api/mesas/${mesaId}/problems`, { title: unique('Problema'), ...fields });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; number: number };
}

async function escalate(problemId: string, body: Record<string, unknown> = {}, as: Client = team) {
  return as.post(`/api/problems/${problemId}/escalations`, {
    reason: 'budget',
    brief: 'La Mesa no puede asignar el presupuesto del catastro forestal.',
    options: ['Financiar San Martín y Huánuco este año', 'Esperar al presupuesto del próximo año'],
    ...body,
  });
}

async function auditActions(entityId: string) {
  const rows = await t.database.db
    .select({ action: auditEvents.action, entityType: auditEvents.entityType })
    .from(auditEvents)
    .where(eq(auditEvents.entityId, entityId))
    .orderBy(asc(auditEvents.seq));
  return rows.map((r) => `${r.entityType}.${r.action}`);
}

beforeAll(async () => {
  t = await createTestContext();
  today = todayIn(new Date(), 'America/Lima');
  for (const role of ['team', 'moderator', 'public_rep', 'private_rep', 'observer', 'high_level'] as const) {
    person[role] = await personOf(role);
  }
  // A Mesa of its own, where the demo accounts take part with the same roles as in forestal.
  mesaId = (await createMesa(t, { locale: 'es', visibility: 'members' })).id;
  const coordinator = await t.as('coordinator');
  for (const role of ['team', 'moderator', 'public_rep', 'private_rep', 'observer'] as const) {
    const res = await coordinator.post(`/api/mesas/${mesaId}/participations`, {
      personId: person[role],
      role,
    });
    expect(res.statusCode, res.body).toBe(201);
  }
  team = await t.as('team');
  highLevel = await t.as('high_level');
});
afterAll(() => t?.close());

describe('escalate, decide, and the decision on the next session agenda', () => {
  let problemId: string;
  let escalationId: string;
  let sessionId: string;

  it('escalates a problem with a reason, a brief and options; its age is shown from day 0', async () => {
    problemId = (await newProblem({ title: 'No hay catastro de tierras forestales' })).id;
    const res = await escalate(problemId, { options: ['  Financiar San Martín y Huánuco  ', 'Esperar'] });
    expect(res.statusCode, res.body).toBe(201);
    const e = res.json();
    escalationId = e.id;
    expect(e).toMatchObject({
      mesa: { id: mesaId },
      problem: {
        id: problemId,
        code: expect.stringMatching(/^P-\d+$/),
        title: 'No hay catastro de tierras forestales',
      },
      reason: 'budget',
      options: ['Financiar San Martín y Huánuco', 'Esperar'],
      status: 'open',
      visibility: 'members',
      ageDays: 0,
      escalatedBy: { id: person.team },
      decision: null,
      allowedTransitions: ['decided', 'returned', 'withdrawn'],
      can: { decide: false, respond: true },
    });
    expect(e.events.map((x: { kind: string }) => x.kind)).toEqual(['escalated']);
    expect(await auditActions(escalationId)).toEqual(['escalation.create']);
  });

  it('allows one escalation waiting per problem at a time', async () => {
    const before = await snapshot(t, escalations, escalationEvents);
    const again = await escalate(problemId);
    expect(again.statusCode, again.body).toBe(409);
    expect(again.json().error.code).toBe('CONFLICT');
    expect(await snapshot(t, escalations, escalationEvents)).toEqual(before);
  });

  it('shows it in the high-level inbox with its Mesa, problem and age', async () => {
    const res = await highLevel.get('/api/escalations');
    expect(res.statusCode, res.body).toBe(200);
    const mine = res.json().escalations.find((x: { id: string }) => x.id === escalationId);
    expect(mine).toMatchObject({
      status: 'open',
      mesa: { id: mesaId },
      problem: { id: problemId },
      ageDays: 0,
      can: { decide: true },
    });
  });

  it('is decided by the high-level body: text, day and who', async () => {
    // The team may not decide.
    const refused = await team.post(`/api/escalations/${escalationId}/decision`, { decision: 'Sí' });
    expect(refused.statusCode).toBe(403);

    const res = await highLevel.post(`/api/escalations/${escalationId}/decision`, {
      decision: 'El MEF financia el catastro de San Martín y Huánuco este año.',
      decidedOn: today,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'decided',
      decision: 'El MEF financia el catastro de San Martín y Huánuco este año.',
      decidedOn: today,
      decidedBy: { id: person.high_level },
      ageDays: 0,
      allowedTransitions: [],
    });
    expect(res.json().closedAt).not.toBeNull();
    expect(res.json().events.map((x: { kind: string }) => x.kind)).toEqual(['escalated', 'decided']);
    expect(await auditActions(escalationId)).toEqual(['escalation.create', 'escalation.decide']);

    // Decided is final: deciding again or returning it is an illegal move.
    const again = await highLevel.post(`/api/escalations/${escalationId}/return`, { questions: '¿Seguro?' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'ILLEGAL_TRANSITION', allowed: [] });
  });

  it('puts the decision on the next session agenda, and in the problem’s escalations', async () => {
    const created = await team.post(`/api/mesas/${mesaId}/meetings`, {
      kind: 'session',
      startsAt: inDays(3),
      endsAt: inDays(3, 17),
      moderatorPersonId: person.moderator,
    });
    expect(created.statusCode, created.body).toBe(201);
    sessionId = created.json().id;
    const agenda = (await (await t.as('private_rep')).get(`/api/meetings/${sessionId}/agenda`)).json();
    const item = agenda.items.find((i: { key: string }) => i.key === `problem:${problemId}`);
    expect(item).toMatchObject({
      kind: 'escalation_decision',
      escalationId,
      escalation: {
        id: escalationId,
        decision: 'El MEF financia el catastro de San Martín y Huánuco este año.',
        decidedOn: today,
        decidedBy: { id: person.high_level },
      },
    });
    expect(item.reasons).toContain('escalation_decision');

    const timeline = await (await t.as('observer')).get(`/api/problems/${problemId}/escalations`);
    expect(timeline.statusCode, timeline.body).toBe(200);
    expect(timeline.json().escalations).toHaveLength(1);
    expect(timeline.json().escalations[0]).toMatchObject({ id: escalationId, status: 'decided' });

    // Once decided, the problem may be escalated again.
    expect((await escalate(problemId, { reason: 'other' })).statusCode).toBe(201);
  });

  it('reports it once: after that session closes, the following agenda no longer lists it', async () => {
    expect((await team.post(`/api/meetings/${sessionId}/start`, { confirmEarly: true })).statusCode).toBe(
      200,
    );
    // The agenda saved at the start keeps the decision.
    const saved = (await team.get(`/api/meetings/${sessionId}/agenda`)).json();
    expect(saved.generated).toBe(false);
    expect(
      saved.items.find((i: { escalationId: string | null }) => i.escalationId === escalationId),
    ).toMatchObject({
      escalation: { decision: 'El MEF financia el catastro de San Martín y Huánuco este año.' },
    });
    expect((await team.post(`/api/meetings/${sessionId}/close`, {})).statusCode).toBe(200);
    const next = await team.post(`/api/mesas/${mesaId}/meetings`, {
      kind: 'session',
      startsAt: inDays(10),
      endsAt: inDays(10, 17),
      moderatorPersonId: person.moderator,
    });
    expect(next.statusCode, next.body).toBe(201);
    const agenda = (await team.get(`/api/meetings/${next.json().id}/agenda`)).json();
    expect(agenda.items.some((i: { escalationId: string | null }) => i.escalationId === escalationId)).toBe(
      false,
    );
  });
});

describe('returned with questions, answered, then decided', () => {
  it('goes back and forth between the high-level body and the team', async () => {
    const { id: problemId } = await newProblem();
    const created = (await escalate(problemId, { reason: 'inter_agency_dispute' })).json();
    const id = created.id as string;

    const returned = await highLevel.post(`/api/escalations/${id}/return`, {
      questions: '¿Qué opina SERFOR?',
    });
    expect(returned.statusCode, returned.body).toBe(200);
    expect(returned.json()).toMatchObject({ status: 'returned', allowedTransitions: ['open', 'withdrawn'] });

    // Not decided until the team answers.
    const early = await highLevel.post(`/api/escalations/${id}/decision`, { decision: 'Sí' });
    expect(early.statusCode).toBe(409);
    expect(early.json().error).toMatchObject({ code: 'ILLEGAL_TRANSITION', allowed: ['open', 'withdrawn'] });
    // Only the team answers.
    expect(
      (await (await t.as('private_rep')).post(`/api/escalations/${id}/answer`, { text: 'x' })).statusCode,
    ).toBe(403);
    // The inbox of returned ones lists it.
    const inbox = (await highLevel.get('/api/escalations?status=returned')).json().escalations;
    expect(inbox.map((e: { id: string }) => e.id)).toContain(id);

    const answered = await team.post(`/api/escalations/${id}/answer`, {
      text: 'SERFOR emitió opinión favorable.',
    });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json().status).toBe('open');

    const decided = await highLevel.post(`/api/escalations/${id}/decision`, {
      decision: 'OSINFOR acompaña a la autoridad regional en la inspección en origen.',
      decidedByPersonId: person.high_level,
    });
    expect(decided.statusCode, decided.body).toBe(200);
    const exchange = decided.json().events as { kind: string; text: string; person: { id: string } }[];
    expect(exchange.map((e) => [e.kind, e.text])).toEqual([
      ['escalated', created.brief],
      ['returned', '¿Qué opina SERFOR?'],
      ['answered', 'SERFOR emitió opinión favorable.'],
      ['decided', 'OSINFOR acompaña a la autoridad regional en la inspección en origen.'],
    ]);
    expect(exchange.map((e) => e.person.id)).toEqual([
      person.team,
      person.high_level,
      person.team,
      person.high_level,
    ]);
    expect(await auditActions(id)).toEqual([
      'escalation.create',
      'escalation.return',
      'escalation.answer',
      'escalation.decide',
    ]);
  });

  it('may be withdrawn by the team while it waits, and then nothing more happens to it', async () => {
    const { id: problemId } = await newProblem();
    const id = (await escalate(problemId)).json().id as string;
    const res = await team.post(`/api/escalations/${id}/withdraw`, { reason: 'Se resolvió en la Mesa.' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'withdrawn', allowedTransitions: [] });
    const answer = await team.post(`/api/escalations/${id}/answer`, { text: 'Tarde' });
    expect(answer.statusCode).toBe(409);
    expect(answer.json().error.allowed).toEqual([]);
  });

  it('refuses a stale version', async () => {
    const { id: problemId } = await newProblem();
    const created = (await escalate(problemId)).json();
    const res = await highLevel.post(`/api/escalations/${created.id}/return`, {
      questions: '¿Cuánto cuesta?',
      version: created.version + 1,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('STALE_WRITE');
  });
});

describe('the cross-Mesa inbox', () => {
  it('is for the high-level body and the coordinating office only', async () => {
    for (const role of ['high_level', 'coordinator', 'admin'] as const) {
      expect((await (await t.as(role)).get('/api/escalations')).statusCode, role).toBe(200);
    }
    for (const role of ['team', 'private_rep', 'public_rep', 'observer'] as const) {
      const res = await (await t.as(role)).get('/api/escalations');
      expect(res.statusCode, role).toBe(403);
    }
    expect((await t.anonymous.get('/api/escalations')).statusCode).toBe(401);
  });

  it('lists the oldest first, filtered by status', async () => {
    const all = (await highLevel.get('/api/escalations?status=all')).json().escalations as {
      escalatedAt: string;
      status: string;
    }[];
    const times = all.map((e) => Date.parse(e.escalatedAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const statuses = new Set(all.map((e) => e.status));
    for (const s of ['open', 'decided', 'withdrawn']) expect(statuses.has(s), s).toBe(true);
    const open = (await highLevel.get('/api/escalations')).json().escalations as { status: string }[];
    expect(open.length).toBeGreaterThan(0);
    expect(open.every((e) => e.status === 'open')).toBe(true);
    const decided = (await highLevel.get('/api/escalations?status=decided')).json().escalations;
    expect(decided.every((e: { status: string }) => e.status === 'decided')).toBe(true);
    expect((await highLevel.get('/api/escalations?status=pending')).statusCode).toBe(400);
  });
});

describe('bad input', () => {
  it('answers 400 and writes nothing', async () => {
    const { id: problemId } = await newProblem();
    const { id: teamProblem } = await newProblem({ visibility: 'team' });
    const open = (await escalate((await newProblem()).id)).json();
    const tables = [escalations, escalationEvents] as const;
    const before = await snapshot(t, ...tables);
    const cases: [string, Promise<LightMyRequestResponse>, string][] = [
      ['blank brief', escalate(problemId, { brief: '   ' }), 'brief'],
      ['an empty option', escalate(problemId, { options: ['Uno', '  '] }), 'options.1'],
      ['an unknown reason', escalate(problemId, { reason: 'whim' }), 'reason'],
      ['wider than the problem', escalate(teamProblem, { visibility: 'members' }), 'visibility'],
      [
        'a decision in the future',
        highLevel.post(`/api/escalations/${open.id}/decision`, {
          decision: 'Sí',
          decidedOn: addDays(today, 2),
        }),
        'decidedOn',
      ],
      [
        'an empty decision',
        highLevel.post(`/api/escalations/${open.id}/decision`, { decision: ' ' }),
        'decision',
      ],
      [
        'an unknown decider',
        highLevel.post(`/api/escalations/${open.id}/decision`, {
          decision: 'Sí',
          decidedByPersonId: unknownId(),
        }),
        'decidedByPersonId',
      ],
      [
        'empty questions',
        highLevel.post(`/api/escalations/${open.id}/return`, { questions: '' }),
        'questions',
      ],
      [
        'withdrawn without a reason',
        team.post(`/api/escalations/${open.id}/withdraw`, { reason: ' ' }),
        'reason',
      ],
    ];
    for (const [what, pending, path] of cases) {
      const res = await pending;
      expect(res.statusCode, `${what}: ${res.body}`).toBe(400);
      expect(res.json().error.code, what).toBe('VALIDATION_FAILED');
      expect(
        res.json().error.fields.map((f: { path: string }) => f.path),
        what,
      ).toContain(path);
    }
    expect(await snapshot(t, ...tables)).toEqual(before);
    // Still open: nothing was decided or returned.
    expect((await highLevel.get(`/api/escalations/${open.id}`)).json().status).toBe('open');
  });

  it('answers 404 for an unknown problem or escalation', async () => {
    expect((await escalate(unknownId())).statusCode).toBe(404);
    expect((await highLevel.get(`/api/escalations/${unknownId()}`)).statusCode).toBe(404);
  });

  it('refuses escalating to someone who is not on the team', async () => {
    const { id: problemId } = await newProblem();
    expect((await escalate(problemId, {}, await t.as('private_rep'))).statusCode).toBe(403);
  });
});

describe('visibility', () => {
  it('keeps a `team` escalation from a private representative', async () => {
    const { id: problemId } = await newProblem();
    const res = await escalate(problemId, {
      visibility: 'team',
      brief: 'Discrepancia reservada entre entidades.',
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id as string;
    const rep = await t.as('private_rep');
    expect((await rep.get(`/api/escalations/${id}`)).statusCode).toBe(404);
    const inMesa = (await rep.get(`/api/mesas/${mesaId}/escalations`)).json().escalations;
    expect(inMesa.map((e: { id: string }) => e.id)).not.toContain(id);
    const ofProblem = (await rep.get(`/api/problems/${problemId}/escalations`)).json().escalations;
    expect(ofProblem).toEqual([]);
    // The team and the coordinating office see it.
    expect((await team.get(`/api/escalations/${id}`)).statusCode).toBe(200);
    const teamList = (await team.get(`/api/mesas/${mesaId}/escalations`)).json().escalations;
    expect(teamList.map((e: { id: string }) => e.id)).toContain(id);
    const inbox = (await (await t.as('coordinator')).get('/api/escalations')).json().escalations;
    expect(inbox.map((e: { id: string }) => e.id)).toContain(id);
  });

  it('hides the escalations of a problem the caller may not see', async () => {
    const { id: problemId } = await newProblem({ visibility: 'team' });
    const id = (await escalate(problemId)).json().id as string;
    expect((await team.get(`/api/escalations/${id}`)).json().visibility).toBe('team');
    expect((await (await t.as('observer')).get(`/api/escalations/${id}`)).statusCode).toBe(404);
    expect((await (await t.as('observer')).get(`/api/problems/${problemId}/escalations`)).statusCode).toBe(
      404,
    );
    // It is addressed to the high-level body: the team keeping it to itself does not hide it from them.
    const inbox = (await highLevel.get('/api/escalations')).json().escalations;
    expect(inbox.map((e: { id: string }) => e.id)).toContain(id);
    expect((await highLevel.get(`/api/escalations/${id}`)).statusCode).toBe(200);
  });
});

describe('the demo data', () => {
  it('has escalations of the Peru cases: decided ones, and one waiting in the inbox', async () => {
    const open = (await highLevel.get('/api/escalations')).json().escalations as {
      mesa: { slug: string };
      problem: { title: string };
      reason: string;
      escalatedAt: string;
      ageDays: number;
    }[];
    const waiting = open.find(
      (e) => e.problem.title === 'La ley no reconoce a los muy pequeños productores forestales',
    );
    expect(waiting).toMatchObject({ mesa: { slug: 'forestal' }, reason: 'legal_authority' });
    // Escalated nine days (9 × 24 h) before the demo data was loaded, counted in Lima's calendar days.
    const age = limaDaysSince(waiting!.escalatedAt);
    expect(waiting!.ageDays).toBe(age);
    expect([9, 10]).toContain(age);
    const decided = (await highLevel.get('/api/escalations?status=decided')).json().escalations as {
      mesa: { slug: string };
      decision: string;
      decidedBy: { fullName: string };
    }[];
    const demo = decided.filter((e) => ['forestal', 'acuicola'].includes(e.mesa.slug));
    expect(demo.length).toBeGreaterThanOrEqual(4);
    expect(demo.map((e) => e.decidedBy.fullName)).toContain('Ricardo Valdivia Montes');
  });

  it('reports the recent decision on the Forestry Mesa’s next session agenda', async () => {
    const demoTeam = await t.as('team');
    const forestal = (await demoTeam.get('/api/mesas'))
      .json()
      .mesas.find((m: { slug: string }) => m.slug === 'forestal');
    const sessions = (
      await demoTeam.get(`/api/mesas/${forestal.id}/meetings?kind=session&state=scheduled`)
    ).json().meetings as { id: string }[];
    expect(sessions.length).toBeGreaterThan(0);
    const agenda = (await demoTeam.get(`/api/meetings/${sessions[0]!.id}/agenda`)).json();
    const item = agenda.items.find((i: { reasons: string[] }) => i.reasons.includes('escalation_decision'));
    expect(item.problem.title).toBe(
      'Poca tierra disponible para plantar: no hay catastro de tierras forestales',
    );
    expect(item.escalation.decision).toContain('catastro de San Martín y Huánuco');
    expect(item.escalation.decidedBy.fullName).toBe('Fernando Alvarado Tello');
  });
});
