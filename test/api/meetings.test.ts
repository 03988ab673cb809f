import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  agendaItems,
  auditEvents,
  commitments,
  decisions,
  meetingParticipants,
  meetingProblems,
  meetings,
  minutesVersions,
  problems,
} from '../../src/db/schema';
import type { DemoAccountRole } from '../../src/demo/types';
import { addDays, todayIn } from '../../src/domain/calendar-days';
import { type Client, createTestContext, type TestContext } from '../support/app';
import {
  createMesa,
  demoPersonId,
  ensureMesa,
  inDays,
  organizationId,
  snapshot,
  unique,
  unknownId,
} from '../support/fixtures';
import { pdfText } from '../support/pdf-text';

/**
 * Meetings through the API: planning, the agenda generated from the Matrix, the live record
 * (attendance, notes, decisions, commitments), closing with frozen minutes and corrections as new
 * versions, and who may see which meeting.
 */

let t: TestContext;
let mesaId: string;
let forestal: string;
let today: string;
const person: Partial<Record<DemoAccountRole, string>> = {};
let team: Client;

const personOf = (role: DemoAccountRole) => demoPersonId(t, role);

const put = (c: Client, url: string, body: unknown) => c.request('PUT', url, body);

async function auditActions(entityId: string) {
  const rows = await t.database.db
    .select({ action: auditEvents.action, entityType: auditEvents.entityType })
    .from(auditEvents)
    .where(eq(auditEvents.entityId, entityId))
    .orderBy(asc(auditEvents.seq));
  return rows.map((r) => `${r.entityType}.${r.action}`);
}

/** A commitment written straight to the database (the API refuses due days in the past). */
async function insertCommitment(values: Partial<typeof commitments.$inferInsert> & { dueOn: string }) {
  const [row] = await t.database.db
    .insert(commitments)
    .values({ mesaId, text: unique('Compromiso'), visibility: 'members', ...values })
    .returning();
  return row!.id;
}

beforeAll(async () => {
  t = await createTestContext();
  today = todayIn(new Date(), 'America/Lima');
  forestal = await ensureMesa(t, 'forestal', 'members');
  for (const role of ['team', 'moderator', 'public_rep', 'private_rep', 'observer'] as const) {
    person[role] = await personOf(role);
  }
  // A Mesa of its own, where the demo accounts take part with the same roles as in forestal.
  mesaId = (await createMesa(t, { locale: 'es', visibility: 'members' })).id;
  const coordinator = await t.as('coordinator');
  for (const role of ['team', 'moderator', 'public_rep', 'private_rep', 'observer'] as const) {
    const res = await coordinator.post(`/api/mesas/${mesaId}/participations`, {
      personId: person[role],
      role,
      ...(role === 'private_rep' ? { designatedById: await organizationId(t, 'ADEX') } : {}),
    });
    expect(res.statusCode, res.body).toBe(201);
  }
  team = await t.as('team');
});
afterAll(() => t?.close());

describe('a whole session, from the draft agenda to closed minutes', () => {
  let meetingId: string;
  let focus: { id: string };
  let fresh: { id: string };
  let overdue: string;
  let due: string;
  let later: string;

  it('plans session 1, inviting every current participant by default', async () => {
    const problem = async (body: Record<string, unknown>) => {
      const res = await team.post(`/api/mesas/${mesaId}/problems`, body);
      expect(res.statusCode, res.body).toBe(201);
      return res.json() as { id: string };
    };
    focus = await problem({ title: 'Registro de plantaciones lento', inFocus: true, impact: 5, ease: 4 });
    fresh = await problem({ title: 'Guías de transporte en papel' });
    // Commitments written directly: one overdue, one due before the session, one due later.
    overdue = await insertCommitment({
      text: 'Publicar el reglamento',
      dueOn: addDays(today, -5),
      personId: person.public_rep,
      problemId: focus.id,
    });
    due = await insertCommitment({ text: 'Enviar el informe técnico', dueOn: addDays(today, 1) });
    later = await insertCommitment({ text: 'Evaluar el piloto', dueOn: addDays(today, 40) });

    const res = await team.post(`/api/mesas/${mesaId}/meetings`, {
      kind: 'session',
      startsAt: inDays(2),
      endsAt: inDays(2, 17),
      place: 'Sala de reuniones del Despacho Ministerial',
      moderatorPersonId: person.moderator,
    });
    expect(res.statusCode, res.body).toBe(201);
    const meeting = res.json();
    meetingId = meeting.id;
    expect(meeting).toMatchObject({
      kind: 'session',
      // Numbered when it starts, in the order sessions are held.
      number: null,
      state: 'scheduled',
      timeZone: 'America/Lima',
      moderator: { id: person.moderator },
      invitedCount: 5,
    });
    expect(meeting.participants.map((p: { person: { id: string } }) => p.person.id).sort()).toEqual(
      Object.values(person).sort(),
    );
    // The private representative represents the association that designated them.
    const adex = await organizationId(t, 'ADEX');
    const privateRep = meeting.participants.find(
      (p: { person: { id: string } }) => p.person.id === person.private_rep,
    );
    expect(privateRep.organization.id).toBe(adex);
    expect(await auditActions(meetingId)).toEqual(['meeting.create']);

    // A planned session has no number until it is held.
    const second = await team.post(`/api/mesas/${mesaId}/meetings`, {
      kind: 'session',
      startsAt: inDays(16),
      endsAt: inDays(16, 17),
      state: 'draft',
    });
    expect(second.json()).toMatchObject({ number: null, state: 'draft' });
    // Other meetings have no number and invite nobody by default.
    const other = await team.post(`/api/mesas/${mesaId}/meetings`, {
      kind: 'intersessional',
      startsAt: inDays(3),
      endsAt: inDays(3, 16),
      problemIds: [focus.id],
    });
    expect(other.json()).toMatchObject({ number: null, invitedCount: 0, problems: [{ id: focus.id }] });
  });

  it('lists the meetings of the Mesa, the latest start first', async () => {
    const res = await (await t.as('observer')).get(`/api/mesas/${mesaId}/meetings`);
    expect(res.statusCode).toBe(200);
    const listed = res.json().meetings as { number: number | null; kind: string; startsAt: string }[];
    // None held yet, so none numbered.
    expect(listed.map((m) => [m.kind, m.number])).toEqual([
      ['session', null],
      ['intersessional', null],
      ['session', null],
    ]);
    expect(listed.map((m) => m.startsAt)).toEqual(
      listed
        .map((m) => m.startsAt)
        .sort()
        .reverse(),
    );
    expect(res.json().can.manage).toBe(false);
    const sessions = await team.get(`/api/mesas/${mesaId}/meetings?kind=session&state=scheduled`);
    expect(sessions.json().meetings.map((m: { id: string }) => m.id)).toEqual([meetingId]);
  });

  it('drafts the agenda from the Matrix: overdue commitments, then due ones, focus, new problems', async () => {
    const res = await (await t.as('public_rep')).get(`/api/meetings/${meetingId}/agenda`);
    expect(res.statusCode, res.body).toBe(200);
    const agenda = res.json();
    expect(agenda.generated).toBe(true);
    expect(agenda.items.map((i: { key: string; kind: string }) => [i.kind, i.key])).toEqual([
      ['commitment_overdue', `commitment:${overdue}`],
      ['commitment_due', `commitment:${due}`],
      ['focus_problem', `problem:${focus.id}`],
      ['new_problem', `problem:${fresh.id}`],
    ]);
    expect(agenda.items.some((i: { key: string }) => i.key === `commitment:${later}`)).toBe(false);
    expect(agenda.items[0]).toMatchObject({
      id: null,
      title: 'Publicar el reglamento',
      commitment: { id: overdue, dueState: 'overdue', person: { id: person.public_rep } },
      problem: { id: focus.id, code: 'P-1' },
    });
    // The focus problem is new too: one item, both reasons.
    expect(agenda.items[2].reasons).toEqual(['focus_problem', 'new_problem']);
    expect(agenda.totalMinutes).toBe(
      agenda.items.reduce((s: number, i: { minutes: number }) => s + i.minutes, 0),
    );
    // Nothing is stored while it is a draft.
    expect(
      await t.database.db.select().from(agendaItems).where(eq(agendaItems.meetingId, meetingId)),
    ).toEqual([]);
  });

  it('saves an edited agenda: an item added, one retimed, one moved, one removed', async () => {
    const { version } = (await team.get(`/api/meetings/${meetingId}`)).json();
    const res = await put(team, `/api/meetings/${meetingId}/agenda`, {
      version,
      edits: [
        { op: 'add', title: 'Informe del equipo dedicado', minutes: 10, at: 0 },
        { op: 'set_minutes', key: `problem:${focus.id}`, minutes: 20 },
        { op: 'move', key: `problem:${fresh.id}`, to: 1 },
        { op: 'remove', key: `commitment:${due}` },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    const agenda = res.json();
    expect(agenda.generated).toBe(false);
    expect(agenda.items.map((i: { key: string }) => i.key)).toEqual([
      'custom:1',
      `problem:${fresh.id}`,
      `commitment:${overdue}`,
      `problem:${focus.id}`,
    ]);
    expect(agenda.items.every((i: { id: string | null }) => i.id)).toBe(true);
    expect(agenda.items[3].minutes).toBe(20);
    expect((await team.get(`/api/meetings/${meetingId}`)).json().version).toBe(version + 1);
    // A stale version is refused and changes nothing.
    const stale = await put(team, `/api/meetings/${meetingId}/agenda`, {
      version,
      edits: [{ op: 'remove', key: 'custom:1' }],
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('STALE_WRITE');
    expect((await team.get(`/api/meetings/${meetingId}/agenda`)).json().items).toHaveLength(4);
  });

  it('runs the session live: start, attendance, notes, a decision and a commitment', async () => {
    // Planned for two days from now: starting it today is confirmed.
    const started = await team.post(`/api/meetings/${meetingId}/start`, { confirmEarly: true });
    expect(started.statusCode, started.body).toBe(200);
    expect(started.json()).toMatchObject({ state: 'in_progress', number: 1, allowedTransitions: ['closed'] });
    expect(started.json().startedAt).toBeTruthy();

    const attendance = await put(team, `/api/meetings/${meetingId}/attendance`, {
      entries: [
        { personId: person.team, status: 'present' },
        { personId: person.moderator, status: 'present' },
        { personId: person.public_rep, status: 'present' },
        { personId: person.private_rep, status: 'excused', note: 'De viaje en Ucayali' },
      ],
    });
    expect(attendance.statusCode, attendance.body).toBe(200);
    const byOrg = attendance.json().attendanceByOrganization as {
      organization: { acronym: string };
      status: string;
    }[];
    expect(byOrg.find((o) => o.organization.acronym === 'ADEX')?.status).toBe('excused');
    expect(byOrg.find((o) => o.organization.acronym === 'SERFOR')?.status).toBe('present');

    const agenda = (await team.get(`/api/meetings/${meetingId}/agenda`)).json();
    const item = agenda.items.find((i: { key: string }) => i.key === `problem:${focus.id}`);
    const noted = await team.patch(`/api/meetings/${meetingId}/agenda/items/${item.id}`, {
      notes: 'SERFOR presentó el borrador del procedimiento simplificado.',
      discussed: true,
    });
    expect(noted.statusCode, noted.body).toBe(200);
    expect(noted.json()).toMatchObject({
      notes: expect.stringContaining('SERFOR'),
      discussedAt: expect.any(String),
    });

    const decision = await team.post(`/api/meetings/${meetingId}/decisions`, {
      text: 'Aprobar el procedimiento simplificado de registro en 3 días.',
      agendaItemId: item.id,
    });
    expect(decision.statusCode, decision.body).toBe(201);
    expect(decision.json()).toMatchObject({ problemId: focus.id, agendaItemId: item.id });

    const commitment = await team.post(`/api/mesas/${mesaId}/commitments`, {
      personId: person.public_rep,
      text: 'Emitir la resolución del procedimiento simplificado',
      dueOn: addDays(today, 14),
      problemId: focus.id,
      meetingId,
    });
    expect(commitment.statusCode, commitment.body).toBe(201);

    const detail = (await team.get(`/api/meetings/${meetingId}`)).json();
    expect(detail.decisions).toHaveLength(1);
    expect(detail.commitments).toMatchObject([
      { text: 'Emitir la resolución del procedimiento simplificado', person: { id: person.public_rep } },
    ]);
    expect(detail.can).toEqual({ manage: true, edit: true, correctMinutes: false });
  });

  it('closes the session: minutes version 1 in the Mesa’s language, frozen', async () => {
    const closed = await team.post(`/api/meetings/${meetingId}/close`, {});
    expect(closed.statusCode, closed.body).toBe(200);
    const meeting = closed.json();
    expect(meeting).toMatchObject({ state: 'closed', allowedTransitions: [] });
    expect(meeting.minutes).toMatchObject([{ number: 1, locale: 'es', reason: null }]);
    // The observer's attendance was never recorded: absent.
    expect(
      meeting.participants.find((p: { person: { id: string } }) => p.person.id === person.observer)
        .attendance,
    ).toBe('absent');

    const minutes = (await (await t.as('private_rep')).get(`/api/meetings/${meetingId}/minutes`)).json();
    expect(minutes).toMatchObject({ number: 1, draft: false, latest: 1, locale: 'es' });
    const section = (id: string) =>
      minutes.document.sections.find((s: { id: string }) => s.id === id) as { rows: string[][] };
    const attendanceText = JSON.stringify(section('attendance').rows);
    expect(attendanceText).toContain('ADEX');
    expect(attendanceText).toContain('SERFOR');
    expect(JSON.stringify(section('decisions').rows)).toContain('procedimiento simplificado de registro');
    expect(JSON.stringify(section('commitments').rows)).toContain('Emitir la resolución');
    expect(JSON.stringify(section('agenda').rows)).toContain('SERFOR presentó el borrador');
    expect(await auditActions(meetingId)).toEqual(
      expect.arrayContaining([
        'meeting.create',
        'agenda.update',
        'meeting.start',
        'meeting.attendance',
        'meeting.close',
      ]),
    );
  });

  it('refuses to edit the closed session silently: 409 and nothing changes', async () => {
    const tables = [meetings, meetingParticipants, agendaItems, decisions, minutesVersions];
    const before = await snapshot(t, ...tables);
    const [row] = await t.database.db.select().from(meetings).where(eq(meetings.id, meetingId));
    const item = (await team.get(`/api/meetings/${meetingId}/agenda`)).json().items[0];
    const attempts = [
      await team.patch(`/api/meetings/${meetingId}`, { version: row!.version, title: 'Otro título' }),
      await put(team, `/api/meetings/${meetingId}/attendance`, {
        entries: [{ personId: person.observer, status: 'present' }],
      }),
      await team.post(`/api/meetings/${meetingId}/decisions`, { text: 'Otra decisión' }),
      await put(team, `/api/meetings/${meetingId}/agenda`, { version: row!.version, edits: [] }),
      await team.patch(`/api/meetings/${meetingId}/agenda/items/${item.id}`, { notes: 'Cambio' }),
      await team.request('DELETE', `/api/meetings/${meetingId}`),
    ];
    for (const res of attempts) {
      expect(res.statusCode, res.body).toBe(409);
      expect(res.json().error.code).toBe('MEETING_CLOSED');
    }
    expect(attempts[0]!.json().error.message).toMatch(/nueva versión del acta|new version of the minutes/);
    // Closing twice or starting again are illegal transitions.
    expect((await team.post(`/api/meetings/${meetingId}/close`, {})).statusCode).toBe(409);
    expect((await team.post(`/api/meetings/${meetingId}/start`, {})).statusCode).toBe(409);
    expect(await snapshot(t, ...tables)).toEqual(before);
  });

  it('corrects the minutes as version 2, leaving version 1 intact', async () => {
    const v1 = (await team.get(`/api/meetings/${meetingId}/minutes?version=1`)).json();
    const attendance = v1.document.sections.find((s: { id: string }) => s.id === 'attendance');
    const rows = attendance.rows.map((r: string[]) =>
      r[0]!.includes('ADEX') ? [r[0], 'Presente', r[2]] : r,
    );
    const res = await team.post(`/api/meetings/${meetingId}/minutes`, {
      reason: 'ADEX asistió: llegó tarde y no se registró',
      sections: [{ id: 'attendance', rows }],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      number: 2,
      latest: 2,
      reason: 'ADEX asistió: llegó tarde y no se registró',
    });
    expect(JSON.stringify(res.json().document.meta)).toContain('ADEX asistió');

    const again = (await team.get(`/api/meetings/${meetingId}/minutes?version=1`)).json();
    expect(again.document).toEqual(v1.document);
    expect((await team.get(`/api/meetings/${meetingId}/minutes`)).json().number).toBe(2);
    const [v2] = await t.database.db
      .select()
      .from(minutesVersions)
      .where(and(eq(minutesVersions.meetingId, meetingId), eq(minutesVersions.number, 2)));
    const audited = await auditActions(v2!.id);
    expect(audited).toEqual(['minutes.correct']);

    // A correction needs a reason; a row must have as many cells as the section has columns.
    const before = await snapshot(t, minutesVersions);
    const noReason = await team.post(`/api/meetings/${meetingId}/minutes`, { reason: ' ' });
    expect(noReason.statusCode).toBe(400);
    const badRow = await team.post(`/api/meetings/${meetingId}/minutes`, {
      reason: 'Fila incompleta',
      sections: [{ id: 'attendance', rows: [['solo una celda']] }],
    });
    expect(badRow.statusCode).toBe(400);
    expect(badRow.json().error.fields[0].path).toBe('sections.0.rows.0');
    expect(await snapshot(t, minutesVersions)).toEqual(before);
    // Only the team corrects minutes.
    expect(
      (await (await t.as('public_rep')).post(`/api/meetings/${meetingId}/minutes`, { reason: 'x' }))
        .statusCode,
    ).toBe(403);
  });

  it('exports the minutes as Markdown and as a PDF whose text has the attendance and commitments', async () => {
    const md = await team.get(`/api/meetings/${meetingId}/minutes.md?version=1`);
    expect(md.statusCode).toBe(200);
    expect(md.headers['content-type']).toMatch(/^text\/markdown/);
    expect(md.body).toMatch(/^# /);
    expect(md.body).toContain('| ');
    expect(md.body).toContain('Emitir la resolución del procedimiento simplificado');

    const pdf = await team.get(`/api/meetings/${meetingId}/minutes.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toMatch(/attachment; filename=".*session-1-minutes-v2\.pdf"/);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(pdf.rawPayload);
    expect(text).toContain('ADEX');
    expect(text).toContain('SERFOR');
    expect(text).toContain('Emitir la resolución');
    expect(text).toContain(addDays(today, 14).slice(0, 4));
    expect(text).toContain('ADEX asistió');
  });
});

describe('drafts and previews before the meeting is held', () => {
  it('builds draft minutes of a meeting not closed yet, without storing them', async () => {
    const created = await team.post(`/api/mesas/${mesaId}/meetings`, {
      kind: 'intersessional',
      title: 'Reunión con SERFOR',
      startsAt: inDays(4),
      endsAt: inDays(4, 16),
    });
    const id = created.json().id;
    const res = await team.get(`/api/meetings/${id}/minutes`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ number: null, draft: true, latest: null });
    expect(res.json().document.notice).toBeTruthy();
    expect(
      await t.database.db.select().from(minutesVersions).where(eq(minutesVersions.meetingId, id)),
    ).toEqual([]);
    // No correction of minutes that do not exist yet.
    const correction = await team.post(`/api/meetings/${id}/minutes`, { reason: 'Corrección' });
    expect(correction.statusCode).toBe(409);
    // A decision needs the meeting to be in progress.
    expect((await team.post(`/api/meetings/${id}/decisions`, { text: 'Antes de tiempo' })).statusCode).toBe(
      409,
    );
    // It can be deleted while it has not taken place.
    expect((await team.request('DELETE', `/api/meetings/${id}`)).statusCode).toBe(200);
    expect((await team.get(`/api/meetings/${id}`)).statusCode).toBe(404);
    expect(await auditActions(id)).toEqual(['meeting.create', 'meeting.delete']);
  });

  it('moves between draft and scheduled with optimistic locking', async () => {
    const created = (
      await team.post(`/api/mesas/${mesaId}/meetings`, {
        kind: 'high_level',
        startsAt: inDays(10),
        endsAt: inDays(10, 16),
        state: 'draft',
      })
    ).json();
    const scheduled = await team.patch(`/api/meetings/${created.id}`, {
      version: created.version,
      state: 'scheduled',
      place: 'Palacio de Gobierno',
    });
    expect(scheduled.statusCode, scheduled.body).toBe(200);
    expect(scheduled.json()).toMatchObject({ state: 'scheduled', place: 'Palacio de Gobierno', version: 2 });
    const stale = await team.patch(`/api/meetings/${created.id}`, {
      version: created.version,
      title: 'Tarde',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('STALE_WRITE');
  });
});

describe('who sees which meeting', () => {
  let publicSectorOnly: string;
  let teamOnly: string;

  beforeAll(async () => {
    const ps = await team.post(`/api/mesas/${forestal}/meetings`, {
      kind: 'intersessional',
      title: 'Coordinación SERFOR–OSINFOR',
      startsAt: inDays(5),
      endsAt: inDays(5, 16),
      publicSectorOnly: true,
      invitees: [person.public_rep],
    });
    expect(ps.statusCode, ps.body).toBe(201);
    publicSectorOnly = ps.json().id;
    const tm = await team.post(`/api/mesas/${forestal}/meetings`, {
      kind: 'intersessional',
      title: 'Preparación de la sesión',
      startsAt: inDays(6),
      endsAt: inDays(6, 16),
      visibility: 'team',
    });
    expect(tm.statusCode, tm.body).toBe(201);
    teamOnly = tm.json().id;
  });

  const roles = [
    'admin',
    'coordinator',
    'high_level',
    'team',
    'moderator',
    'public_rep',
    'private_rep',
    'observer',
  ] as const;

  async function statuses(url: string) {
    const result: Record<string, number> = {};
    for (const role of roles) result[role] = (await (await t.as(role)).get(url)).statusCode;
    result.anonymous = (await t.anonymous.get(url)).statusCode;
    return result;
  }

  it('hides a public-sector-only meeting from private representatives and observers', async () => {
    for (const suffix of ['', '/agenda', '/minutes', '/minutes.md']) {
      expect(await statuses(`/api/meetings/${publicSectorOnly}${suffix}`), suffix).toEqual({
        admin: 200,
        coordinator: 200,
        high_level: 200,
        team: 200,
        moderator: 200,
        public_rep: 200,
        private_rep: 404,
        observer: 404,
        anonymous: 401,
      });
    }
    for (const role of ['private_rep', 'observer'] as const) {
      const listed = (await (await t.as(role)).get(`/api/mesas/${forestal}/meetings`)).json().meetings;
      expect(listed.some((m: { id: string }) => m.id === publicSectorOnly)).toBe(false);
    }
    const listed = (await (await t.as('public_rep')).get(`/api/mesas/${forestal}/meetings`)).json().meetings;
    expect(listed.some((m: { id: string }) => m.id === publicSectorOnly)).toBe(true);
  });

  it('hides a team meeting from everyone but the team and the coordinating office', async () => {
    expect(await statuses(`/api/meetings/${teamOnly}`)).toEqual({
      admin: 200,
      coordinator: 200,
      high_level: 404,
      team: 200,
      moderator: 200,
      public_rep: 404,
      private_rep: 404,
      observer: 404,
      anonymous: 401,
    });
    const listed = (await (await t.as('public_rep')).get(`/api/mesas/${forestal}/meetings`)).json().meetings;
    expect(listed.some((m: { id: string }) => m.id === teamOnly)).toBe(false);
  });

  it('refuses an anonymous caller on every meeting route', async () => {
    const id = publicSectorOnly;
    for (const [method, url] of [
      ['GET', `/api/mesas/${forestal}/meetings`],
      ['POST', `/api/mesas/${forestal}/meetings`],
      ['GET', `/api/meetings/${id}`],
      ['PATCH', `/api/meetings/${id}`],
      ['GET', `/api/meetings/${id}/agenda`],
      ['PUT', `/api/meetings/${id}/agenda`],
      ['POST', `/api/meetings/${id}/start`],
      ['PUT', `/api/meetings/${id}/attendance`],
      ['POST', `/api/meetings/${id}/decisions`],
      ['POST', `/api/meetings/${id}/close`],
      ['GET', `/api/meetings/${id}/minutes`],
      ['GET', `/api/meetings/${id}/minutes.pdf`],
      ['GET', `/api/meetings/${id}/events`],
    ] as const) {
      const res = await t.anonymous.request(method, url, method === 'GET' ? undefined : {});
      expect(res.statusCode, `${method} ${url}`).toBe(401);
    }
  });

  it('only invites people in the meeting’s audience', async () => {
    const res = await team.post(`/api/mesas/${forestal}/meetings`, {
      kind: 'intersessional',
      startsAt: inDays(5),
      endsAt: inDays(5, 16),
      publicSectorOnly: true,
      invitees: [person.public_rep, person.private_rep],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([
      { path: 'invitees.1', key: 'fields.mayNotSeeMeeting', message: 'no puede ver esta reunión' },
    ]);
    // A session for everyone invites its audience only: a public-sector-only session does not exist.
    const session = await team.post(`/api/mesas/${forestal}/meetings`, {
      kind: 'session',
      startsAt: inDays(5),
      endsAt: inDays(5, 16),
      publicSectorOnly: true,
    });
    expect(session.statusCode).toBe(400);
    expect(session.json().error.fields[0].path).toBe('publicSectorOnly');
  });
});

describe('bad input answers 400 naming the field, and writes nothing', () => {
  const tables = [meetings, meetingParticipants, meetingProblems, agendaItems];

  async function refused(
    body: Record<string, unknown>,
    field: string,
    url = `/api/mesas/${mesaId}/meetings`,
  ) {
    const before = await snapshot(t, ...tables);
    const res = await team.post(url, body);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
    expect(res.json().error.fields.map((f: { path: string }) => f.path)).toContain(field);
    expect(await snapshot(t, ...tables)).toEqual(before);
  }

  const base = () => ({ kind: 'session', startsAt: inDays(8), endsAt: inDays(8, 17) });

  it('an end before the start', () => refused({ ...base(), endsAt: inDays(8, 10) }, 'endsAt'));
  it('an unknown time zone', () => refused({ ...base(), timeZone: 'Mars/Olympus' }, 'timeZone'));
  it('a person who is not a participant of the Mesa', () =>
    refused({ ...base(), invitees: [person.team, unknownId()] }, 'invitees.1'));
  it('a moderator who is not on the dedicated team', () =>
    refused({ ...base(), moderatorPersonId: person.public_rep }, 'moderatorPersonId'));
  it('an unknown problem, or one of another Mesa', async () => {
    await refused({ ...base(), problemIds: [unknownId()] }, 'problemIds.0');
    const [other] = await t.database.db
      .select({ id: problems.id })
      .from(problems)
      .where(eq(problems.mesaId, forestal))
      .limit(1);
    await refused({ ...base(), problemIds: [other!.id] }, 'problemIds.0');
  });
  it('a kind that does not exist', () => refused({ ...base(), kind: 'party' }, 'kind'));

  it('attendance for someone outside the Mesa', async () => {
    const created = (
      await team.post(`/api/mesas/${mesaId}/meetings`, { ...base(), kind: 'intersessional' })
    ).json();
    const before = await snapshot(t, meetingParticipants);
    const res = await put(team, `/api/meetings/${created.id}/attendance`, {
      entries: [
        { personId: person.team, status: 'present' },
        { personId: unknownId(), status: 'present' },
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([
      { path: 'entries.1.personId', key: 'fields.notAParticipant', message: 'no participa en la Mesa' },
    ]);
    expect(await snapshot(t, meetingParticipants)).toEqual(before);
  });

  it('an agenda edit about an item that is not there', async () => {
    const created = (await team.post(`/api/mesas/${mesaId}/meetings`, base())).json();
    const before = await snapshot(t, agendaItems, meetings);
    const res = await put(team, `/api/meetings/${created.id}/agenda`, {
      version: created.version,
      edits: [
        { op: 'add', title: 'Varios' },
        { op: 'remove', key: 'commitment:nope' },
        { op: 'move', key: 'custom:1', to: 7 },
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.map((f: { path: string }) => f.path)).toEqual([
      'edits.1.key',
      'edits.2.to',
    ]);
    expect(await snapshot(t, agendaItems, meetings)).toEqual(before);
  });
});

describe('the draft agenda beyond the first session', () => {
  it('flags a problem on the agenda of three closed sessions without progress as circling', async () => {
    const coordinator = await t.as('coordinator');
    const mesa = (await createMesa(t, { locale: 'en' })).id;
    const stuck = (
      await coordinator.post(`/api/mesas/${mesa}/problems`, { title: 'Port congestion' })
    ).json();
    const moving = (await coordinator.post(`/api/mesas/${mesa}/problems`, { title: 'Customs hours' })).json();
    for (const day of [1, 8, 15]) {
      const session = (
        await coordinator.post(`/api/mesas/${mesa}/meetings`, {
          kind: 'session',
          startsAt: inDays(day),
          endsAt: inDays(day, 17),
        })
      ).json();
      const saved = await put(coordinator, `/api/meetings/${session.id}/agenda`, {
        version: session.version,
        base: 'draft',
        // The first session's draft has both as new problems; later ones only get the stuck one back.
        edits: day === 1 ? [] : [{ op: 'add', title: stuck.title, problemId: stuck.id }],
      });
      expect(saved.statusCode, saved.body).toBe(200);
      const keys = saved.json().items.map((i: { key: string }) => i.key);
      expect(keys.includes(`problem:${moving.id}`)).toBe(day === 1);
      const started = await coordinator.post(`/api/meetings/${session.id}/start`, { confirmEarly: true });
      expect(started.statusCode).toBe(200);
      expect((await coordinator.post(`/api/meetings/${session.id}/close`, {})).statusCode).toBe(200);
    }
    const next = (
      await coordinator.post(`/api/mesas/${mesa}/meetings`, {
        kind: 'session',
        startsAt: inDays(22),
        endsAt: inDays(22, 17),
      })
    ).json();
    expect(next.number).toBeNull();
    const agenda = (await coordinator.get(`/api/meetings/${next.id}/agenda`)).json();
    expect(agenda.items.map((i: { kind: string; key: string }) => [i.kind, i.key])).toEqual([
      ['circling_problem', `problem:${stuck.id}`],
    ]);
    // The Matrix and the problem page flag it too; the problem that moved on is not flagged.
    const matrix = (await coordinator.get(`/api/mesas/${mesa}/matrix`)).json();
    const row = (id: string) => matrix.problems.find((p: { id: string }) => p.id === id);
    expect(row(stuck.id).circling).toMatchObject({ sessions: 3 });
    expect(row(moving.id).circling).toBeNull();
    expect((await coordinator.get(`/api/problems/${stuck.id}`)).json().circling).toMatchObject({
      sessions: 3,
    });
    // The minutes of those sessions are in the Mesa's language.
    const minutes = (await coordinator.get(`/api/mesas/${mesa}/meetings?state=closed`)).json().meetings;
    expect(minutes).toHaveLength(3);
    const first = (await coordinator.get(`/api/meetings/${minutes[2].id}/minutes`)).json();
    expect(first.locale).toBe('en');
    expect(first.document.title).toMatch(/1/);
  });

  it('drafts an inter-sessional meeting’s agenda from the problems it is about', async () => {
    const problemsOfMesa = await t.database.db
      .select({ id: problems.id, title: problems.title, number: problems.number })
      .from(problems)
      .where(eq(problems.mesaId, mesaId));
    const sorted = [...problemsOfMesa].sort((a, b) => a.number - b.number);
    const meeting = (
      await team.post(`/api/mesas/${mesaId}/meetings`, {
        kind: 'intersessional',
        startsAt: inDays(9),
        endsAt: inDays(9, 16),
        problemIds: sorted.map((p) => p.id).reverse(),
      })
    ).json();
    const agenda = (await team.get(`/api/meetings/${meeting.id}/agenda`)).json();
    expect(agenda.generated).toBe(true);
    expect(agenda.items.map((i: { key: string; title: string }) => [i.key, i.title])).toEqual(
      sorted.map((p) => [`problem:${p.id}`, p.title]),
    );
  });

  it('refuses to narrow a meeting’s audience while people outside it are invited', async () => {
    const meeting = (
      await team.post(`/api/mesas/${mesaId}/meetings`, {
        kind: 'intersessional',
        startsAt: inDays(9),
        endsAt: inDays(9, 16),
        invitees: [person.public_rep, person.private_rep],
      })
    ).json();
    const narrowed = await team.patch(`/api/meetings/${meeting.id}`, {
      version: meeting.version,
      publicSectorOnly: true,
    });
    expect(narrowed.statusCode).toBe(400);
    expect(narrowed.json().error.fields[0].path).toBe('invitees');
    const withInvitees = await team.patch(`/api/meetings/${meeting.id}`, {
      version: meeting.version,
      publicSectorOnly: true,
      invitees: [person.public_rep],
    });
    expect(withInvitees.statusCode, withInvitees.body).toBe(200);
    expect(withInvitees.json().participants.map((p: { person: { id: string } }) => p.person.id)).toEqual([
      person.public_rep,
    ]);
  });
});

describe('GET /api/mesas/:id/session-plan', () => {
  it('warns when no session was held within the cadence, and proposes the next days from the last one', async () => {
    const coordinator = await t.as('coordinator');
    const today = todayIn(new Date(), 'America/Lima');
    const mesa = (
      await createMesa(t, { cadence: 'weekly', status: 'active', launchedOn: addDays(today, -30) })
    ).id;
    const lapsed = await coordinator.get(`/api/mesas/${mesa}/session-plan`);
    expect(lapsed.statusCode, lapsed.body).toBe(200);
    // Launched 30 days ago, weekly, nothing held: due 23 days ago.
    expect(lapsed.json()).toMatchObject({
      cadence: 'weekly',
      intervalDays: 7,
      lastHeldOn: null,
      nextDueOn: addDays(today, -23),
      overdue: true,
      daysOverdue: 23,
      nextScheduledOn: null,
    });

    const planned = await coordinator.post(`/api/mesas/${mesa}/meetings`, {
      kind: 'session',
      startsAt: inDays(2),
      endsAt: inDays(2, 17),
    });
    expect(planned.statusCode, planned.body).toBe(201);
    const plan = (await coordinator.get(`/api/mesas/${mesa}/session-plan`)).json();
    const plannedOn = todayIn(new Date(planned.json().startsAt), 'America/Lima');
    expect(plan.nextScheduledOn).toBe(plannedOn);
    // The next proposals keep the weekly rhythm after the planned session.
    expect(plan.proposals).toEqual([addDays(plannedOn, 7), addDays(plannedOn, 14), addDays(plannedOn, 21)]);
    expect((await t.anonymous.get(`/api/mesas/${mesa}/session-plan`)).statusCode).toBe(401);
  });
});
