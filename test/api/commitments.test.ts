import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, commitmentReports, commitments, meetings, problems } from '../../src/db/schema';
import type { DemoAccountRole } from '../../src/demo/types';
import { addDays, todayIn } from '../../src/domain/calendar-days';
import { acquireHub, type MeetingEvent, releaseHub } from '../../src/server/live';
import { type Client, createTestContext, signIn, type TestContext } from '../support/app';
import {
  addParticipant,
  demoPersonId,
  ensureMesa,
  organizationId,
  snapshot,
  unique,
  unknownId,
} from '../support/fixtures';

let t: TestContext;
let forestal: string;
let acuicola: string;
let today: string;
const person: Partial<Record<DemoAccountRole, string>> = {};
const org = { SERFOR: '', ADEX: '', MINAGRI: '' };
let problemId: string;
let teamProblemId: string;
let otherMesaProblemId: string;
let session: string;
let closedMeeting: string;

const personOf = (role: DemoAccountRole) => demoPersonId(t, role);

async function insertMeeting(mesaId: string, values: Partial<typeof meetings.$inferInsert> = {}) {
  const [row] = await t.database.db
    .insert(meetings)
    .values({
      mesaId,
      kind: 'session',
      title: 'Sesión ordinaria',
      startsAt: new Date(`${today}T14:00:00Z`),
      endsAt: new Date(`${today}T16:00:00Z`),
      timeZone: 'America/Lima',
      state: 'in_progress',
      ...values,
    })
    .returning();
  return row!.id;
}

/** A commitment written straight to the database: creation refuses due days in the past. */
async function insertCommitment(values: Partial<typeof commitments.$inferInsert> & { dueOn: string }) {
  const [row] = await t.database.db
    .insert(commitments)
    .values({ mesaId: forestal, text: unique('Compromiso'), visibility: 'members', ...values })
    .returning();
  return row!.id;
}

async function firstProblem(mesaId: string, visibility: 'members' | 'team' | 'public') {
  const [row] = await t.database.db
    .select({ id: problems.id })
    .from(problems)
    .where(and(eq(problems.mesaId, mesaId), eq(problems.visibility, visibility)))
    .limit(1);
  return row?.id;
}

async function auditCount(entityId: string) {
  const [row] = await t.database.db
    .select({ n: sql<number>`count(*)::int` })
    .from(auditEvents)
    .where(eq(auditEvents.entityId, entityId));
  return row!.n;
}

const create = async (c: Client, body: Record<string, unknown>, mesaId = forestal) =>
  c.post(`/api/mesas/${mesaId}/commitments`, body);

beforeAll(async () => {
  t = await createTestContext();
  today = todayIn(new Date(), 'America/Lima');
  forestal = (await ensureMesa(t, 'forestal', 'members')) as string;
  acuicola = await ensureMesa(t, 'acuicola', 'members');
  for (const role of ['team', 'moderator', 'public_rep', 'private_rep', 'observer'] as const) {
    person[role] = await personOf(role);
  }
  for (const acronym of Object.keys(org) as (keyof typeof org)[])
    org[acronym] = await organizationId(t, acronym);
  problemId = (await firstProblem(forestal, 'members'))!;
  const team = await t.as('team');
  const teamProblem = await team.post(`/api/mesas/${forestal}/problems`, {
    title: 'Problema reservado al equipo',
    visibility: 'team',
  });
  teamProblemId = teamProblem.json().id;
  const other = await (await t.as('coordinator')).post(`/api/mesas/${acuicola}/problems`, {
    title: 'Problema de otra Mesa',
  });
  otherMesaProblemId = other.json().id;
  session = await insertMeeting(forestal, { number: 101 });
  closedMeeting = await insertMeeting(forestal, { kind: 'intersessional', state: 'closed' });
  expect([problemId, teamProblemId, otherMesaProblemId].every(Boolean)).toBe(true);
});
afterAll(() => t?.close());

describe('a commitment made in a session', () => {
  it('is created with its entity, reported on by its owner, and marked done by the team', async () => {
    const team = await t.as('team');
    const hub = acquireHub(t.database);
    const events: MeetingEvent[] = [];
    const stop = await hub.subscribe(session, (e) => events.push(e));
    try {
      const res = await create(team, {
        personId: person.public_rep,
        text: 'Publicar el reglamento de plantaciones',
        dueOn: addDays(today, 14),
        problemId,
        meetingId: session,
      });
      expect(res.statusCode, res.body).toBe(201);
      const created = res.json();
      expect(created).toMatchObject({
        person: { id: person.public_rep },
        // A public representative commits for their own entity.
        organization: { id: org.SERFOR, acronym: 'SERFOR' },
        dueOn: addDays(today, 14),
        status: 'open',
        overdue: false,
        dueState: 'later',
        daysUntilDue: 14,
        meeting: { id: session, kind: 'session', number: 101 },
        problem: { id: problemId },
        visibility: 'members',
        reports: [],
        allowedTransitions: ['done', 'cancelled'],
        version: 1,
      });
      expect(await auditCount(created.id)).toBe(1);

      // The owner reports progress; the log grows, and nothing about the commitment is edited.
      const owner = await t.as('public_rep');
      const first = await owner.post(`/api/commitments/${created.id}/progress`, {
        text: 'Borrador enviado a consulta',
        meetingId: session,
      });
      expect(first.statusCode, first.body).toBe(201);
      expect(first.json().report).toMatchObject({
        text: 'Borrador enviado a consulta',
        reportedOn: today,
        person: { id: person.public_rep },
        meeting: { id: session },
      });
      const second = await team.post(`/api/commitments/${created.id}/progress`, {
        text: 'Consulta cerrada',
        reportedOn: today,
      });
      expect(second.statusCode, second.body).toBe(201);
      expect(second.json().commitment.reports.map((r: { text: string }) => r.text)).toEqual([
        'Borrador enviado a consulta',
        'Consulta cerrada',
      ]);
      expect(second.json().commitment).toMatchObject({
        version: 1,
        reportCount: 2,
        lastReport: { text: 'Consulta cerrada' },
      });

      const done = await team.patch(`/api/commitments/${created.id}`, { version: 1, status: 'done' });
      expect(done.statusCode, done.body).toBe(200);
      expect(done.json()).toMatchObject({
        status: 'done',
        dueState: 'done',
        overdue: false,
        completedOnTime: true,
        allowedTransitions: ['open'],
        version: 2,
      });
      const completedAt = Date.parse(done.json().completedAt);
      expect(Math.abs(completedAt - Date.now())).toBeLessThan(60_000);
      expect(await auditCount(created.id)).toBe(4);

      // Every change reached the live page of the session.
      await expect
        .poll(() => events.map((e) => e.type))
        .toEqual(['commitment.created', 'commitment.updated', 'commitment.updated', 'commitment.updated']);
      expect(events.every((e) => e.commitmentId === created.id && e.meetingId === session)).toBe(true);
    } finally {
      stop();
      await releaseHub(t.database);
    }
  });

  it('announces a refused change to no live page, and the accepted one after it once', async () => {
    const team = await t.as('team');
    const hub = acquireHub(t.database);
    const events: MeetingEvent[] = [];
    const stop = await hub.subscribe(session, (e) => events.push(e));
    try {
      const res = await create(team, {
        personId: person.public_rep,
        text: 'Convocar a la mesa técnica de semillas',
        dueOn: addDays(today, 10),
        meetingId: session,
      });
      expect(res.statusCode, res.body).toBe(201);
      const id = res.json().id;
      const stale = await team.patch(`/api/commitments/${id}`, { version: 9, text: 'Otro texto' });
      expect(stale.statusCode, stale.body).toBe(409);
      const edited = await team.patch(`/api/commitments/${id}`, { version: 1, text: 'Otro texto' });
      expect(edited.statusCode, edited.body).toBe(200);
      await expect
        .poll(() => events.map((e) => e.type))
        .toEqual(['commitment.created', 'commitment.updated']);
      expect(events.every((e) => e.commitmentId === id)).toBe(true);
    } finally {
      stop();
      await releaseHub(t.database);
    }
  });

  it("defaults a private representative's entity to the association that designated them", async () => {
    const res = await create(await t.as('team'), {
      personId: person.private_rep,
      text: 'Enviar la lista de socios afectados',
      dueOn: today,
    });
    expect(res.statusCode, res.body).toBe(201);
    // Due today is not late yet: the due day is a whole day in the deployment's time zone.
    expect(res.json()).toMatchObject({
      organization: { id: org.ADEX },
      dueState: 'due_today',
      overdue: false,
      meeting: null,
    });
  });

  it('keeps the progress log append-only: no route edits or deletes a report', () => {
    const reportRoutes = t.app.routeList.filter((r) => r.url.includes('/progress'));
    expect(reportRoutes.map((r) => `${r.method} ${r.url}`)).toEqual(['POST /api/commitments/:id/progress']);
  });

  it('cancels only with a reason, reopens with one, and refuses an illegal move', async () => {
    const team = await t.as('team');
    const res = await create(team, {
      personId: person.team,
      text: 'Convocar a SUNARP',
      dueOn: addDays(today, 3),
    });
    const id = res.json().id;
    const noReason = await team.patch(`/api/commitments/${id}`, { version: 1, status: 'cancelled' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields).toEqual([
      { path: 'reason', key: 'fields.reasonRequiredForChange', message: 'obligatorio para este cambio' },
    ]);
    const cancelled = await team.patch(`/api/commitments/${id}`, {
      version: 1,
      status: 'cancelled',
      reason: 'SUNARP ya no es competente',
    });
    expect(cancelled.json()).toMatchObject({
      status: 'cancelled',
      statusReason: 'SUNARP ya no es competente',
    });
    const illegal = await team.patch(`/api/commitments/${id}`, { version: 2, status: 'done' });
    expect(illegal.statusCode).toBe(409);
    expect(illegal.json().error).toMatchObject({ code: 'ILLEGAL_TRANSITION', allowed: ['open'] });
    const reopened = await team.patch(`/api/commitments/${id}`, {
      version: 2,
      status: 'open',
      reason: 'Sí lo es',
    });
    expect(reopened.json()).toMatchObject({ status: 'open', version: 3, completedAt: null });
  });
});

describe('overdue and late-first ordering', () => {
  it('derives overdue from the due day and lists late ones first, for the person and for the entity', async () => {
    const p = person.public_rep!;
    // The demo has commitments of its own: the assertions look at the order of the ones made here.
    const baseline = (await (await t.as('public_rep')).get('/api/me/commitments')).json().summary;
    const longLate = await insertCommitment({
      personId: p,
      organizationId: org.SERFOR,
      dueOn: addDays(today, -10),
    });
    const late = await insertCommitment({
      personId: p,
      organizationId: org.SERFOR,
      dueOn: addDays(today, -3),
    });
    const soon = await insertCommitment({
      personId: p,
      organizationId: org.SERFOR,
      dueOn: addDays(today, 2),
    });
    const doneLate = await insertCommitment({
      personId: p,
      organizationId: org.SERFOR,
      dueOn: addDays(today, -20),
      status: 'done',
      completedAt: new Date(),
    });
    // SERFOR's commitment in a Mesa the demo participants do not take part in.
    const elsewhere = await insertCommitment({
      mesaId: acuicola,
      organizationId: org.SERFOR,
      dueOn: addDays(today, -40),
    });

    const mine = await (await t.as('public_rep')).get('/api/me/commitments');
    expect(mine.statusCode, mine.body).toBe(200);
    const created = new Set([longLate, late, soon, doneLate, elsewhere]);
    const ours = (list: { id: string }[]) => list.map((c) => c.id).filter((id) => created.has(id));
    const ids = ours(mine.json().commitments);
    const position = (id: string) => ids.indexOf(id);
    expect(position(longLate)).toBe(0);
    expect(position(late)).toBe(1);
    expect(position(soon)).toBeGreaterThan(position(late));
    expect(position(doneLate)).toBe(ids.length - 1);
    const byId = new Map(mine.json().commitments.map((c: { id: string }) => [c.id, c]));
    expect(byId.get(longLate)).toMatchObject({ overdue: true, dueState: 'overdue', daysUntilDue: -10 });
    expect(byId.get(soon)).toMatchObject({ overdue: false, dueState: 'due_soon' });
    expect(byId.get(doneLate)).toMatchObject({ overdue: false, dueState: 'done', completedOnTime: false });
    expect(mine.json().summary.overdue).toBe(baseline.overdue + 2);
    // Overdue is never stored: the rows still say open.
    const [stored] = await t.database.db.select().from(commitments).where(eq(commitments.id, longLate));
    expect(stored!.status).toBe('open');

    const onlyLate = await (await t.as('public_rep')).get('/api/me/commitments?overdue=true');
    expect(ours(onlyLate.json().commitments)).toEqual([longLate, late]);
    expect(onlyLate.json().commitments.every((c: { overdue: boolean }) => c.overdue)).toBe(true);

    // The entity's view across Mesas: the observer sees the forestal ones only; the coordinator all.
    const observer = await (await t.as('observer')).get(`/api/organizations/${org.SERFOR}/commitments`);
    const seen = ours(observer.json().commitments);
    expect(seen.slice(0, 2)).toEqual([longLate, late]);
    expect(seen).not.toContain(elsewhere);
    const coordinator = await (await t.as('coordinator')).get(`/api/organizations/${org.SERFOR}/commitments`);
    const all = coordinator.json().commitments;
    expect(ours(all)).toEqual([elsewhere, longLate, late, soon, doneLate]);
    expect(all.find((c: { id: string }) => c.id === elsewhere)).toMatchObject({
      mesa: { id: acuicola },
      overdue: true,
      daysUntilDue: -40,
    });

    const mesaOverdue = await (await t.as('team')).get(`/api/mesas/${forestal}/commitments?overdue=true`);
    expect(ours(mesaOverdue.json().commitments)).toEqual([longLate, late]);
    expect(mesaOverdue.json().commitments.every((c: { overdue: boolean }) => c.overdue)).toBe(true);
    const unknown = await (await t.as('coordinator')).get(`/api/organizations/${unknownId()}/commitments`);
    expect(unknown.statusCode).toBe(404);
  });
});

describe('concurrency and who may report', () => {
  it('refuses a stale edit with 409 and changes nothing', async () => {
    const team = await t.as('team');
    const id = (
      await create(team, { personId: person.team, text: 'Original', dueOn: addDays(today, 5) })
    ).json().id;
    expect(
      (await team.patch(`/api/commitments/${id}`, { version: 1, text: 'Primera edición' })).statusCode,
    ).toBe(200);
    const before = await snapshot(t, commitments);
    const stale = await team.patch(`/api/commitments/${id}`, { version: 1, text: 'Edición perdida' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'STALE_WRITE', currentVersion: 2 });
    expect((await team.get(`/api/commitments/${id}`)).json()).toMatchObject({
      text: 'Primera edición',
      version: 2,
    });
    expect(await snapshot(t, commitments)).toEqual(before);
  });

  it("lets a representative report on their own commitment only (someone else's → 403)", async () => {
    const team = await t.as('team');
    const theirs = (
      await create(team, {
        personId: person.public_rep,
        text: 'Del sector público',
        dueOn: addDays(today, 5),
      })
    ).json().id;
    const own = (
      await create(team, {
        personId: person.private_rep,
        text: 'Del sector privado',
        dueOn: addDays(today, 5),
      })
    ).json().id;
    const rep = await t.as('private_rep');
    const before = await snapshot(t, commitmentReports);
    const refused = await rep.post(`/api/commitments/${theirs}/progress`, { text: 'No me corresponde' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('FORBIDDEN');
    expect(await snapshot(t, commitmentReports)).toEqual(before);
    expect((await rep.get(`/api/commitments/${theirs}`)).json().can).toEqual({
      update: false,
      report: false,
    });
    const allowed = await rep.post(`/api/commitments/${own}/progress`, { text: 'Lista enviada' });
    expect(allowed.statusCode, allowed.body).toBe(201);
    expect(allowed.json().commitment.can).toEqual({ update: false, report: true });
    // Observers take no commitments' reports, and representatives do not edit them.
    expect(
      (await (await t.as('observer')).post(`/api/commitments/${own}/progress`, { text: 'x' })).statusCode,
    ).toBe(403);
    expect((await rep.patch(`/api/commitments/${own}`, { version: 1, status: 'done' })).statusCode).toBe(403);
  });
});

describe('visibility', () => {
  it('hides team commitments from representatives and everything from another Mesa’s participants', async () => {
    const team = await t.as('team');
    const teamOnly = (
      await create(team, {
        personId: person.moderator,
        text: 'Preparar la estrategia de negociación',
        dueOn: addDays(today, 4),
        problemId: teamProblemId,
        visibility: 'team',
      })
    ).json().id;
    const members = (
      await create(team, {
        personId: person.public_rep,
        text: 'Visible a los miembros',
        dueOn: addDays(today, 4),
      })
    ).json().id;

    const listed = async (c: Client) =>
      (await c.get(`/api/mesas/${forestal}/commitments`)).json().commitments.map((x: { id: string }) => x.id);
    expect(await listed(team)).toEqual(expect.arrayContaining([teamOnly, members]));
    const rep = await t.as('private_rep');
    expect(await listed(rep)).toContain(members);
    expect(await listed(rep)).not.toContain(teamOnly);
    expect((await rep.get(`/api/commitments/${teamOnly}`)).statusCode).toBe(404);
    expect((await rep.post(`/api/commitments/${teamOnly}/progress`, { text: 'x' })).statusCode).toBe(404);
    // Filtering by a problem the caller may not see reveals nothing about it.
    const byProblem = async (c: Client) =>
      (await c.get(`/api/mesas/${forestal}/commitments?problemId=${teamProblemId}`)).json().commitments;
    expect((await byProblem(team)).map((x: { id: string }) => x.id)).toEqual([teamOnly]);
    expect(await byProblem(rep)).toEqual([]);

    // A private representative of another Mesa sees nothing of forestal's.
    const email = `${unique('rep')}@example.org`;
    const account = await (await t.as('admin')).post('/api/accounts', {
      email,
      password: 'una-clave-larga',
      fullName: 'Representante acuícola',
    });
    expect(account.statusCode, account.body).toBe(201);
    await addParticipant(t, acuicola, { role: 'private_rep', personId: account.json().personId });
    const outsider = await signIn(t.app, email, 'una-clave-larga');
    expect((await outsider.get(`/api/mesas/${forestal}/commitments`)).statusCode).toBe(404);
    expect((await outsider.get(`/api/commitments/${members}`)).statusCode).toBe(404);
    const serfor = await outsider.get(`/api/organizations/${org.SERFOR}/commitments`);
    expect(serfor.json().commitments.filter((c: { mesa: { id: string } }) => c.mesa.id === forestal)).toEqual(
      [],
    );
    expect((await outsider.get('/api/me/commitments')).json().commitments).toEqual([]);
  });

  it('refuses a team commitment for someone who could not see it', async () => {
    const before = await snapshot(t, commitments);
    const res = await create(await t.as('team'), {
      personId: person.private_rep,
      text: 'Compromiso invisible para su dueño',
      dueOn: addDays(today, 4),
      visibility: 'team',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([
      { path: 'visibility', key: 'fields.ownerCouldNotSee', message: 'la persona no podría verlo' },
    ]);
    expect(await snapshot(t, commitments)).toEqual(before);
  });
});

describe('bad input', () => {
  const cases: [string, () => Record<string, unknown>, string, string][] = [
    ['a due day in the past', () => ({ dueOn: addDays(today, -1) }), 'dueOn', 'fields.notInThePast'],
    ['an impossible due day', () => ({ dueOn: '2031-02-30' }), 'dueOn', ''],
    ['an unknown person', () => ({ personId: unknownId() }), 'personId', 'fields.unknownPerson'],
    ['a person outside the Mesa', () => ({ personId: 'outsider' }), 'personId', 'fields.doesNotTakePart'],
    [
      'a problem of another Mesa',
      () => ({ problemId: otherMesaProblemId }),
      'problemId',
      'fields.notAProblemOfTheMesa',
    ],
    [
      'an unknown organization',
      () => ({ organizationId: unknownId() }),
      'organizationId',
      'fields.unknownOrganization',
    ],
    ['a closed meeting', () => ({ meetingId: closedMeeting }), 'meetingId', 'fields.meetingClosed'],
    ['an unknown meeting', () => ({ meetingId: unknownId() }), 'meetingId', 'fields.notAMeetingOfTheMesa'],
    ['an empty text', () => ({ text: '   ' }), 'text', ''],
  ];

  it.each(cases)('refuses %s with 400 and writes nothing', async (_name, change, path, key) => {
    const body: Record<string, unknown> = {
      personId: person.public_rep,
      text: 'Compromiso válido',
      dueOn: addDays(today, 7),
      ...change(),
    };
    if (body.personId === 'outsider') {
      body.personId = (
        await (await t.as('coordinator')).post('/api/people', { fullName: unique('Ajeno') })
      ).json().id;
    }
    const before = await snapshot(t, commitments, commitmentReports);
    const res = await create(await t.as('team'), body);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
    const field = res.json().error.fields.find((f: { path: string }) => f.path === path);
    expect(field, res.body).toBeDefined();
    if (key) expect(field.key).toBe(key);
    expect(await snapshot(t, commitments, commitmentReports)).toEqual(before);
  });

  it('refuses a progress report dated in the future and writes nothing', async () => {
    const team = await t.as('team');
    const id = (await create(team, { personId: person.team, text: 'Algo', dueOn: addDays(today, 2) })).json()
      .id;
    const before = await snapshot(t, commitmentReports);
    const res = await team.post(`/api/commitments/${id}/progress`, {
      text: 'Avance',
      reportedOn: addDays(today, 1),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([
      { path: 'reportedOn', key: 'fields.notInTheFuture', message: 'no puede estar en el futuro' },
    ]);
    expect(await snapshot(t, commitmentReports)).toEqual(before);
  });

  it('refuses to move a due day into the past on edit', async () => {
    const team = await t.as('team');
    const id = (await create(team, { personId: person.team, text: 'Plazo', dueOn: addDays(today, 2) })).json()
      .id;
    const before = await snapshot(t, commitments);
    const res = await team.patch(`/api/commitments/${id}`, { version: 1, dueOn: addDays(today, -2) });
    expect(res.statusCode).toBe(400);
    expect(await snapshot(t, commitments)).toEqual(before);
    expect((await team.get(`/api/commitments/${id}`)).json()).toMatchObject({
      dueOn: addDays(today, 2),
      version: 1,
    });
  });
});
