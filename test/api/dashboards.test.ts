import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  agendaItems,
  commitments,
  escalations,
  meetingParticipants,
  meetings,
  mesas,
  organizations,
  participations,
  people,
  problemStatusEvents,
  problems,
  users,
} from '../../src/db/schema';
import { addDays, instantInZone, todayIn } from '../../src/domain/calendar-days';
import type { Visibility } from '../../src/domain/roles';
import { portfolioResponse } from '../../src/server/schemas/dashboards';
import { createTestContext, type TestContext } from '../support/app';
import { createMesa, unique } from '../support/fixtures';

/**
 * The dashboards of a Mesa created here, with records of known dates, and the portfolio: figures
 * worked out by hand below, what each caller may see, and the CSV downloads.
 */
const TZ = 'America/Lima';
let t: TestContext;
let mesaId: string;
let today: string;
const org = { a: '', b: '', c: '', entity1: '', entity2: '' };
let circlingProblemId: string;

/** Noon in Lima, `days` days from today (negative: ago). */
const at = (days: number, time = '12:00') => instantInZone(addDays(today, days), time, TZ);

async function insertOrg(name: string, kind: 'public_entity' | 'business_association') {
  const [row] = await t.database.db
    .insert(organizations)
    .values({ name: unique(name), kind })
    .returning({ id: organizations.id });
  return row!.id;
}

async function insertPerson(organizationId: string | null) {
  const [row] = await t.database.db
    .insert(people)
    .values({ fullName: unique('Persona'), organizationId })
    .returning({ id: people.id });
  return row!.id;
}

async function personOf(role: string) {
  const [row] = await t.database.db
    .select({ personId: users.personId })
    .from(users)
    .where(eq(users.email, `${role}@demo.mesas.local`));
  return row!.personId;
}

let problemNumber = 0;
async function insertProblem(
  visibility: Visibility,
  identifiedDaysAgo: number,
  moves: [status: 'prioritized' | 'in_progress' | 'enacted' | 'verified', daysAgo: number][],
) {
  const status = moves.at(-1)?.[0] ?? 'identified';
  const changedAt = at(-(moves.at(-1)?.[1] ?? identifiedDaysAgo));
  const [row] = await t.database.db
    .insert(problems)
    .values({
      mesaId,
      number: ++problemNumber,
      title: unique('Problema'),
      visibility,
      status,
      statusChangedAt: changedAt,
      createdAt: at(-identifiedDaysAgo),
    })
    .returning({ id: problems.id });
  const id = row!.id;
  let from: string | null = null;
  for (const [to, daysAgo] of [['identified', identifiedDaysAgo] as const, ...moves]) {
    await t.database.db
      .insert(problemStatusEvents)
      .values({ problemId: id, fromStatus: from as never, toStatus: to, occurredAt: at(-daysAgo) });
    from = to;
  }
  return id;
}

async function insertSession(number: number, daysAgo: number, presentOrgs: string[]) {
  const [row] = await t.database.db
    .insert(meetings)
    .values({
      mesaId,
      kind: 'session',
      number,
      startsAt: at(-daysAgo, '10:00'),
      endsAt: at(-daysAgo, '12:00'),
      timeZone: TZ,
      state: 'closed',
      closedAt: at(-daysAgo, '12:00'),
    })
    .returning({ id: meetings.id });
  for (const organizationId of presentOrgs) {
    await t.database.db.insert(meetingParticipants).values({
      meetingId: row!.id,
      personId: await insertPerson(organizationId),
      organizationId,
      attendance: 'present',
    });
  }
  // An absent representative of organization C is not counted as present.
  await t.database.db.insert(meetingParticipants).values({
    meetingId: row!.id,
    personId: await insertPerson(org.c),
    organizationId: org.c,
    attendance: 'absent',
  });
  return row!.id;
}

async function insertCommitment(
  organizationId: string,
  status: 'open' | 'done' | 'cancelled',
  dueInDays: number,
  completedDaysAgo: number | null,
  visibility: Visibility = 'members',
) {
  await t.database.db.insert(commitments).values({
    mesaId,
    organizationId,
    text: unique('Compromiso'),
    dueOn: addDays(today, dueInDays),
    status,
    completedAt: completedDaysAgo === null ? null : at(-completedDaysAgo),
    visibility,
  });
}

beforeAll(async () => {
  t = await createTestContext();
  today = todayIn(new Date(), TZ);
  mesaId = (await createMesa(t, { visibility: 'members', cadence: 'biweekly' })).id;
  // Active since 70 days ago, no lifecycle event recorded: biweekly, 5 sessions expected.
  await t.database.db
    .update(mesas)
    .set({ status: 'active', launchedOn: addDays(today, -70) })
    .where(eq(mesas.id, mesaId));
  org.a = await insertOrg('Asociación A', 'business_association');
  org.b = await insertOrg('Asociación B', 'business_association');
  org.c = await insertOrg('Gremio C', 'business_association');
  org.entity1 = await insertOrg('Entidad Uno', 'public_entity');
  org.entity2 = await insertOrg('Entidad Dos', 'public_entity');

  // Private representatives: the demo private_rep designated by A, people of B and of C (C since 30
  // days ago only); one of B left long ago (still counted once, for B).
  const privateRep = await personOf('private_rep');
  await t.database.db.insert(participations).values([
    { mesaId, personId: privateRep, role: 'private_rep', designatedById: org.a },
    { mesaId, personId: await insertPerson(org.b), role: 'private_rep' },
    { mesaId, personId: await insertPerson(org.c), role: 'private_rep', startedOn: addDays(today, -30) },
    { mesaId, personId: await insertPerson(org.entity1), role: 'team' },
  ]);

  // Sessions 56, 42 and 28 days ago. Designated: A, B at the first two; A, B, C at the third.
  // Present: A and B (2/2), A (1/2), A, B and C (3/3).
  const s1 = await insertSession(1, 56, [org.a, org.b]);
  const s2 = await insertSession(2, 42, [org.a]);
  const s3 = await insertSession(3, 28, [org.a, org.b, org.c]);

  // Commitments of entity 1 (members): on time, late, overdue, not yet due, cancelled.
  await insertCommitment(org.entity1, 'done', -10, 12);
  await insertCommitment(org.entity1, 'done', -20, 15);
  await insertCommitment(org.entity1, 'open', -3, null);
  await insertCommitment(org.entity1, 'open', 5, null);
  await insertCommitment(org.entity1, 'cancelled', -30, null);
  // Entity 2: one done on time, but visible to the dedicated team only.
  await insertCommitment(org.entity2, 'done', -5, 6, 'team');

  // Problems: one enacted 40 days ago after 60 days and verified 20 days ago (80 days); one for the
  // team only, enacted after 20 days; one on the agenda of the three sessions without progress.
  await insertProblem('members', 100, [
    ['in_progress', 70],
    ['enacted', 40],
    ['verified', 20],
  ]);
  await insertProblem('team', 50, [['enacted', 30]]);
  circlingProblemId = await insertProblem('members', 90, []);
  for (const meetingId of [s1, s2, s3]) {
    await t.database.db
      .insert(agendaItems)
      .values({ meetingId, position: 0, kind: 'focus_problem', problemId: circlingProblemId, title: 'x' });
  }

  // Escalations waiting: 3 and 45 days (members), 100 days (team only); one decided (not waiting).
  const [anyProblem] = await t.database.db
    .select({ id: problems.id })
    .from(problems)
    .where(eq(problems.id, circlingProblemId));
  const escalation = (days: number, visibility: Visibility, status: 'open' | 'returned' | 'decided') => ({
    mesaId,
    problemId: anyProblem!.id,
    reason: 'budget' as const,
    brief: 'Presupuesto',
    status,
    visibility,
    escalatedAt: at(-days),
  });
  await t.database.db
    .insert(escalations)
    .values([
      escalation(3, 'members', 'open'),
      escalation(45, 'members', 'returned'),
      escalation(100, 'team', 'open'),
      escalation(200, 'members', 'decided'),
    ]);
});

afterAll(async () => {
  await t?.close();
});

describe('authorization', () => {
  it('answers 401 without a session', async () => {
    expect((await t.anonymous.get('/api/portfolio')).statusCode).toBe(401);
    expect((await t.anonymous.get(`/api/mesas/${mesaId}/metrics`)).statusCode).toBe(401);
    expect((await t.anonymous.get(`/api/mesas/${mesaId}/metrics/momentum.csv`)).statusCode).toBe(401);
  });
  it('keeps the portfolio to the coordinating office and the high-level body', async () => {
    for (const role of ['private_rep', 'team', 'public_rep', 'observer'] as const) {
      const c = await t.as(role);
      expect((await c.get('/api/portfolio')).statusCode, role).toBe(403);
      expect((await c.get('/api/portfolio.csv')).statusCode, role).toBe(403);
      expect((await c.get('/api/portfolio/team-load.csv')).statusCode, role).toBe(403);
    }
    for (const role of ['admin', 'coordinator', 'high_level'] as const) {
      expect((await (await t.as(role)).get('/api/portfolio')).statusCode, role).toBe(200);
    }
  });
  it('hides the dashboards of a Mesa the caller may not see, as a missing one', async () => {
    // The observer takes no part in this members-only Mesa.
    const observer = await t.as('observer');
    expect((await observer.get(`/api/mesas/${mesaId}/metrics`)).statusCode).toBe(404);
    expect((await observer.get(`/api/mesas/${mesaId}/metrics/scorecard.csv`)).statusCode).toBe(404);
  });
});

describe("a Mesa's dashboards", () => {
  it('gives the figures of every chart, worked out by hand', async () => {
    const res = await (await t.as('admin')).get(`/api/mesas/${mesaId}/metrics`);
    expect(res.statusCode, res.body).toBe(200);
    const m = res.json();
    expect(m.timeZone).toBe(TZ);
    // Momentum: two problems enacted (one team-only) and one verified.
    expect(m.momentum.totals).toEqual({ enacted: 2, verified: 1 });
    expect(m.momentum.months).toHaveLength(24);
    expect(m.momentum.months.at(-1).month).toBe(today.slice(0, 7));
    // Continuity: 2/2, 1/2, 3/3.
    expect(
      m.continuity.sessions.map((s: { designated: number; present: number; share: number }) => [
        s.designated,
        s.present,
        s.share,
      ]),
    ).toEqual([
      [2, 2, 1],
      [2, 1, 0.5],
      [3, 3, 1],
    ]);
    expect(m.continuity.latest).toBe(1);
    expect(m.continuity.recentAverage).toBeCloseTo(2.5 / 3, 10);
    // Scorecard: entity 1 — 1 on time, 1 late, 1 overdue (rate 1/3), 1 pending; entity 2 — 1 on time.
    expect(m.scorecard.map((r: { entity: { id: string } }) => r.entity.id)).toEqual([
      org.entity1,
      org.entity2,
    ]);
    expect(m.scorecard[0]).toMatchObject({ onTime: 1, late: 1, overdue: 1, pending: 1, due: 3 });
    expect(m.scorecard[0].onTimeRate).toBeCloseTo(1 / 3, 10);
    expect(m.scorecard[1]).toMatchObject({
      onTime: 1,
      late: 0,
      overdue: 0,
      pending: 0,
      due: 1,
      onTimeRate: 1,
    });
    // Cadence: 3 held of 5 expected (70 days, biweekly); last held 28 days ago, due 14 days ago.
    expect(m.cadence.standing).toMatchObject({
      intervalDays: 14,
      held: 3,
      expected: 5,
      lastHeldOn: addDays(today, -28),
      nextDueOn: addDays(today, -14),
      overdue: true,
      daysOverdue: 14,
    });
    expect(m.cadence.months.at(-1)).toMatchObject({ heldToDate: 3, expectedToDate: 5 });
    // Time to status: enacted after 60 and 20 days (median 40), verified after 80.
    expect(m.timeToStatus).toEqual({
      enacted: { medianDays: 40, problems: 2 },
      verified: { medianDays: 80, problems: 1 },
    });
    // Escalations waiting: 3, 45 and 100 days.
    expect(m.escalations).toEqual({
      buckets: [
        { bucket: 'under_7', count: 1 },
        { bucket: 'days_7_30', count: 0 },
        { bucket: 'days_30_90', count: 1 },
        { bucket: 'over_90', count: 1 },
      ],
      open: 3,
      oldestDays: 100,
    });
    // Circling: on the agenda of the three sessions without progress.
    expect(m.circling).toHaveLength(1);
    expect(m.circling[0]).toMatchObject({ problemId: circlingProblemId, sessions: 3, number: 3 });
  });

  it("counts only the records a member may see (the dedicated team's stay out)", async () => {
    const res = await (await t.as('private_rep')).get(`/api/mesas/${mesaId}/metrics`);
    expect(res.statusCode, res.body).toBe(200);
    const m = res.json();
    expect(m.momentum.totals).toEqual({ enacted: 1, verified: 1 });
    expect(m.scorecard.map((r: { entity: { id: string } }) => r.entity.id)).toEqual([org.entity1]);
    expect(m.timeToStatus.enacted).toEqual({ medianDays: 60, problems: 1 });
    expect(m.escalations.open).toBe(2);
    expect(m.escalations.oldestDays).toBe(45);
    expect(res.body).not.toContain(org.entity2);
  });

  it('downloads the data of each chart as CSV with headers in the chosen language', async () => {
    const admin = await t.as('admin');
    const en = await admin.get(`/api/mesas/${mesaId}/metrics/scorecard.csv?lang=en`);
    expect(en.statusCode, en.body).toBe(200);
    expect(en.headers['content-type']).toContain('text/csv');
    expect(en.headers['content-disposition']).toContain('.csv');
    const lines = en.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Entity,Acronym,Done on time,Done late,Open and overdue,Open, not yet due,Due,On time (%)'.replace(
        'Open, not yet due',
        '"Open, not yet due"',
      ),
    );
    expect(lines[1]).toMatch(/^Entidad Uno-[^,]+,,1,1,1,1,3,33\.3$/);
    const es = await admin.get(`/api/mesas/${mesaId}/metrics/continuity.csv?lang=es`);
    expect(es.statusCode).toBe(200);
    expect(es.body).toContain('Organizaciones privadas designadas');
    expect(es.body.trim().split('\r\n')).toHaveLength(4);
    // A member's download leaves out the team's records too.
    const member = await (await t.as('private_rep')).get(
      `/api/mesas/${mesaId}/metrics/scorecard.csv?lang=en`,
    );
    expect(member.body).not.toContain('Entidad Dos');
    for (const metric of ['momentum', 'cadence', 'time-to-status', 'escalations', 'circling']) {
      expect((await admin.get(`/api/mesas/${mesaId}/metrics/${metric}.csv`)).statusCode, metric).toBe(200);
    }
  });
});

describe('the portfolio', () => {
  type Row = {
    id: string;
    cadence: { held: number; expected: number; overdue: boolean };
    team: { fullName: string; activeMesas: number }[];
    teamLoad: number;
    momentum: { enacted: number; verified: number };
    continuity: { share: number; designated: number; present: number } | null;
    commitments: { onTime: number; due: number; overdue: number; pending: number };
    escalations: { open: number; oldestDays: number };
  };
  it('lists the Mesa with its team, cadence, momentum, continuity, commitments and escalations', async () => {
    const res = await (await t.as('coordinator')).get('/api/portfolio');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    const row = body.mesas.find((m: Row) => m.id === mesaId) as Row;
    expect(row).toBeDefined();
    expect(row.cadence).toMatchObject({ held: 3, expected: 5, overdue: true });
    expect(row.team).toHaveLength(1);
    expect(row.team[0]!.activeMesas).toBe(1);
    expect(row.teamLoad).toBe(1);
    expect(row.momentum).toEqual({ enacted: 2, verified: 1 });
    expect(row.continuity).toMatchObject({ designated: 3, present: 3, share: 1 });
    expect(row.commitments).toMatchObject({ onTime: 2, due: 4, overdue: 1, pending: 1 });
    expect(row.escalations).toEqual({ open: 3, oldestDays: 100 });
    // The advice names the lapsing sessions (this Mesa is overdue).
    expect(body.advice.map((a: { kind: string }) => a.kind)).toContain('sessions_lapsing');
    expect(body.limits.maxActiveMesasPerMember).toBe(2);
    // The portfolio-wide charts include this Mesa's records.
    const entity2 = body.scorecard.find(
      (s: { entity: { id: string } | null }) => s.entity?.id === org.entity2,
    );
    expect(entity2).toMatchObject({ onTime: 1, due: 1 });
    expect(body.escalations.open).toBeGreaterThanOrEqual(3);
    // Written without checking each field (the route's serializer): exactly the documented schema.
    expect(portfolioResponse.encode(portfolioResponse.parse(body))).toEqual(body);
  });

  it("counts only what the high-level body may see (not the team's records)", async () => {
    const res = await (await t.as('high_level')).get('/api/portfolio');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    const row = body.mesas.find((m: Row) => m.id === mesaId) as Row;
    expect(row.momentum).toEqual({ enacted: 1, verified: 1 });
    expect(row.commitments).toMatchObject({ onTime: 1, due: 3 });
    expect(row.escalations).toEqual({ open: 2, oldestDays: 45 });
    expect(body.scorecard.some((s: { entity: { id: string } | null }) => s.entity?.id === org.entity2)).toBe(
      false,
    );
  });

  it('is kept per set of rights and shows a change made through the API at once', async () => {
    const coordinator = await t.as('coordinator');
    const highLevel = await t.as('high_level');
    const rowOf = async (c: typeof coordinator) =>
      ((await c.get('/api/portfolio')).json().mesas as (Row & { name: string })[]).find(
        (m) => m.id === mesaId,
      )!;
    // One after the other, each caller gets the figures of what they may see, never the other's.
    expect((await rowOf(coordinator)).commitments.due).toBe(4);
    expect((await rowOf(highLevel)).commitments.due).toBe(3);
    expect((await rowOf(coordinator)).commitments.due).toBe(4);
    const mesa = (await coordinator.get(`/api/mesas/${mesaId}`)).json();
    const name = unique('Mesa renombrada');
    const renamed = await coordinator.patch(`/api/mesas/${mesaId}`, { version: mesa.version, name });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect((await rowOf(coordinator)).name).toBe(name);
    expect((await rowOf(highLevel)).name).toBe(name);
  });

  it('downloads the portfolio and its charts as CSV', async () => {
    const coordinator = await t.as('coordinator');
    const res = await coordinator.get('/api/portfolio.csv?lang=en');
    expect(res.statusCode).toBe(200);
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]!.startsWith('Mesa,Kind,Status,Host')).toBe(true);
    const [mesa] = await t.database.db.select({ name: mesas.name }).from(mesas).where(eq(mesas.id, mesaId));
    expect(lines.find((l) => l.startsWith(mesa!.name))).toMatch(/,Active,/);
    const es = await coordinator.get('/api/portfolio/escalations.csv?lang=es');
    expect(es.body).toContain('Más de 90 días');
    for (const chart of ['momentum', 'scorecard', 'team-load']) {
      expect((await coordinator.get(`/api/portfolio/${chart}.csv`)).statusCode, chart).toBe(200);
    }
  });
});
