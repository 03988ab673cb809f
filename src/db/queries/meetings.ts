import {
  and,
  asc,
  desc,
  eq,
  gte,
  inArray,
  isNotNull,
  isNull,
  lt,
  lte,
  ne,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { MeetingKind, MeetingState } from '../../domain/meetings';
import type { MesaRole, Visibility } from '../../domain/roles';
import type { Db } from '../client';
import {
  agendaItems,
  commitments,
  decisions,
  meetingParticipants,
  meetingProblems,
  meetings,
  mesas,
  minutesVersions,
  organizations,
  participations,
  people,
  problemStatusEvents,
  problems,
  users,
} from '../schema';

export type Meeting = typeof meetings.$inferSelect;
export type NewMeeting = typeof meetings.$inferInsert;
export type AgendaItemRow = typeof agendaItems.$inferSelect;
export type NewAgendaItemRow = typeof agendaItems.$inferInsert;
export type Decision = typeof decisions.$inferSelect;
export type MinutesVersion = typeof minutesVersions.$inferSelect;
export type MeetingParticipantRow = typeof meetingParticipants.$inferSelect;

// ── Meetings ──────────────────────────────────────────────────────────────────────────────────────

export async function getMeeting(db: Db, id: string) {
  const [row] = await db.select().from(meetings).where(eq(meetings.id, id));
  return row ?? null;
}

/** A meeting with its Mesa, in one statement (to decide who may see it). */
export async function getMeetingAndMesa(db: Db, id: string) {
  const [row] = await db
    .select({ meeting: meetings, mesa: mesas })
    .from(meetings)
    .innerJoin(mesas, eq(mesas.id, meetings.mesaId))
    .where(eq(meetings.id, id));
  return row ?? null;
}

/** The meeting row locked for update, for commands that check its version or state. */
export async function lockMeeting(db: Db, id: string) {
  const [row] = await db.select().from(meetings).where(eq(meetings.id, id)).for('update');
  return row ?? null;
}

/** The number of the next session of a Mesa; call with the Mesa row locked (a unique index guards too). */
export async function maxSessionNumber(db: Db, mesaId: string): Promise<number | null> {
  const [row] = await db
    .select({ max: sql<number | null>`max(${meetings.number})::int` })
    .from(meetings)
    .where(and(eq(meetings.mesaId, mesaId), eq(meetings.kind, 'session')));
  return row?.max ?? null;
}

export async function insertMeeting(db: Db, values: NewMeeting) {
  const [row] = await db.insert(meetings).values(values).returning();
  return row!;
}

/** Updates a meeting and increments its version. */
export async function updateMeetingRow(db: Db, id: string, values: Partial<NewMeeting>) {
  const [row] = await db
    .update(meetings)
    .set({ ...values, version: sql`${meetings.version} + 1`, updatedAt: new Date() })
    .where(eq(meetings.id, id))
    .returning();
  return row!;
}

/** A change that is part of the live record (attendance, notes…): no new version, only the time. */
export async function touchMeeting(db: Db, id: string) {
  await db.update(meetings).set({ updatedAt: new Date() }).where(eq(meetings.id, id));
}

export async function deleteMeetingRow(db: Db, id: string) {
  await db.delete(meetings).where(eq(meetings.id, id));
}

export interface MeetingListFilter {
  /** The record visibilities the reader may see in the Mesa. */
  visibilities: readonly Visibility[];
  /** Whether the reader may see meetings among public entities only. */
  includePublicSectorOnly: boolean;
  kind?: MeetingKind;
  state?: MeetingState;
  /** Only meetings starting at or after / at or before these instants. */
  from?: Date;
  to?: Date;
}

/** The meetings of a Mesa the reader may see, the latest start first, with invitation and attendance counts. */
export async function listMeetings(db: Db, mesaId: string, filter: MeetingListFilter) {
  if (!filter.visibilities.length) return [];
  const conditions: (SQL | undefined)[] = [
    eq(meetings.mesaId, mesaId),
    inArray(meetings.visibility, [...filter.visibilities]),
    filter.includePublicSectorOnly ? undefined : eq(meetings.publicSectorOnly, false),
    filter.kind ? eq(meetings.kind, filter.kind) : undefined,
    filter.state ? eq(meetings.state, filter.state) : undefined,
    filter.from ? gte(meetings.startsAt, filter.from) : undefined,
    filter.to ? lte(meetings.startsAt, filter.to) : undefined,
  ];
  return db
    .select({
      meeting: meetings,
      moderator: { id: people.id, fullName: people.fullName },
      invited: sql<number>`(select count(*)::int from ${meetingParticipants} mp
        where mp.meeting_id = ${meetings.id} and mp.invited)`,
      present: sql<number>`(select count(*)::int from ${meetingParticipants} mp
        where mp.meeting_id = ${meetings.id} and mp.attendance = 'present')`,
    })
    .from(meetings)
    .leftJoin(people, eq(people.id, meetings.moderatorPersonId))
    .where(and(...conditions))
    .orderBy(desc(meetings.startsAt), desc(meetings.number), asc(meetings.id));
}

/** The meeting with its moderator, for its page. */
export async function getMeetingHead(db: Db, id: string) {
  const [row] = await db
    .select({
      meeting: meetings,
      moderator: { id: people.id, fullName: people.fullName },
      mesa: {
        id: mesas.id,
        slug: mesas.slug,
        name: mesas.name,
        locale: mesas.locale,
        timeZone: mesas.timeZone,
      },
    })
    .from(meetings)
    .innerJoin(mesas, eq(mesas.id, meetings.mesaId))
    .leftJoin(people, eq(people.id, meetings.moderatorPersonId))
    .where(eq(meetings.id, id));
  return row ?? null;
}

/**
 * The session of a Mesa held last before `meeting` was held (before now, while it is planned): the
 * latest by actual start among those started, in progress or closed. Its start is where the agenda of
 * `meeting` picks up (src/domain/agenda.ts): by when sessions were held, not when they were scheduled.
 */
export async function previousHeldSession(db: Db, meeting: Pick<Meeting, 'id' | 'mesaId' | 'startedAt'>) {
  const [row] = await db
    .select()
    .from(meetings)
    .where(
      and(
        eq(meetings.mesaId, meeting.mesaId),
        eq(meetings.kind, 'session'),
        inArray(meetings.state, ['in_progress', 'closed']),
        isNotNull(meetings.startedAt),
        ne(meetings.id, meeting.id),
        meeting.startedAt ? lt(meetings.startedAt, meeting.startedAt) : undefined,
      ),
    )
    .orderBy(desc(meetings.startedAt))
    .limit(1);
  return row ?? null;
}

// ── Who takes part ────────────────────────────────────────────────────────────────────────────────

export interface CurrentParticipant {
  personId: string;
  fullName: string;
  roles: MesaRole[];
  /** The organization the person represents in the Mesa: who designated them, else their own. */
  organizationId: string | null;
  /** Every one of their current participations is occasional (invited when needed). */
  occasional: boolean;
}

/** The people taking part in a Mesa on a day (started, not ended), with their roles. */
export async function currentParticipants(
  db: Db,
  mesaId: string,
  today: string,
): Promise<CurrentParticipant[]> {
  const rows = await db
    .select({
      personId: participations.personId,
      fullName: people.fullName,
      role: participations.role,
      designatedById: participations.designatedById,
      organizationId: people.organizationId,
      occasional: participations.isOccasional,
    })
    .from(participations)
    .innerJoin(people, eq(people.id, participations.personId))
    .where(
      and(
        eq(participations.mesaId, mesaId),
        or(isNull(participations.endedOn), gte(participations.endedOn, today)),
        or(isNull(participations.startedOn), lte(participations.startedOn, today)),
      ),
    )
    .orderBy(asc(people.fullName), asc(participations.role));
  const byPerson = new Map<string, CurrentParticipant>();
  for (const r of rows) {
    const existing = byPerson.get(r.personId);
    if (existing) {
      existing.roles.push(r.role);
      existing.occasional &&= r.occasional;
      if (r.designatedById && existing.organizationId === r.organizationId) {
        existing.organizationId = r.designatedById;
      }
      continue;
    }
    byPerson.set(r.personId, {
      personId: r.personId,
      fullName: r.fullName,
      roles: [r.role],
      organizationId: r.designatedById ?? r.organizationId,
      occasional: r.occasional,
    });
  }
  return [...byPerson.values()];
}

/** The people of a meeting: invitees and whoever attendance was recorded for, with their organization. */
export async function listMeetingParticipants(db: Db, meetingId: string) {
  return db
    .select({
      personId: meetingParticipants.personId,
      fullName: people.fullName,
      position: people.position,
      organization: { id: organizations.id, name: organizations.name, acronym: organizations.acronym },
      invited: meetingParticipants.invited,
      attendance: meetingParticipants.attendance,
      note: meetingParticipants.note,
      recordedAt: meetingParticipants.recordedAt,
    })
    .from(meetingParticipants)
    .innerJoin(people, eq(people.id, meetingParticipants.personId))
    .leftJoin(organizations, eq(organizations.id, meetingParticipants.organizationId))
    .where(eq(meetingParticipants.meetingId, meetingId))
    .orderBy(asc(organizations.name), asc(people.fullName));
}

export async function meetingParticipantRows(db: Db, meetingId: string) {
  return db.select().from(meetingParticipants).where(eq(meetingParticipants.meetingId, meetingId));
}

export async function insertMeetingParticipants(db: Db, rows: (typeof meetingParticipants.$inferInsert)[]) {
  if (rows.length) await db.insert(meetingParticipants).values(rows);
}

export async function updateMeetingParticipant(
  db: Db,
  meetingId: string,
  personId: string,
  values: Partial<typeof meetingParticipants.$inferInsert>,
) {
  await db
    .update(meetingParticipants)
    .set(values)
    .where(and(eq(meetingParticipants.meetingId, meetingId), eq(meetingParticipants.personId, personId)));
}

export async function deleteMeetingParticipants(db: Db, meetingId: string, personIds: readonly string[]) {
  if (!personIds.length) return;
  await db
    .delete(meetingParticipants)
    .where(
      and(
        eq(meetingParticipants.meetingId, meetingId),
        inArray(meetingParticipants.personId, [...personIds]),
      ),
    );
}

// ── Problems a meeting is about ───────────────────────────────────────────────────────────────────

export async function listMeetingProblems(db: Db, meetingId: string) {
  return db
    .select({
      id: problems.id,
      number: problems.number,
      title: problems.title,
      status: problems.status,
      visibility: problems.visibility,
    })
    .from(meetingProblems)
    .innerJoin(problems, eq(problems.id, meetingProblems.problemId))
    .where(eq(meetingProblems.meetingId, meetingId))
    .orderBy(asc(problems.number));
}

export async function replaceMeetingProblems(db: Db, meetingId: string, problemIds: readonly string[]) {
  await db.delete(meetingProblems).where(eq(meetingProblems.meetingId, meetingId));
  if (problemIds.length) {
    await db.insert(meetingProblems).values(problemIds.map((problemId) => ({ meetingId, problemId })));
  }
}

/** The ids among `ids` that name problems of the Mesa. */
export async function problemIdsInMesa(db: Db, mesaId: string, ids: readonly string[]) {
  if (!ids.length) return new Map<string, Visibility>();
  const rows = await db
    .select({ id: problems.id, visibility: problems.visibility })
    .from(problems)
    .where(and(eq(problems.mesaId, mesaId), inArray(problems.id, [...ids])));
  return new Map(rows.map((r) => [r.id, r.visibility]));
}

// ── Agenda ────────────────────────────────────────────────────────────────────────────────────────

export async function listAgendaItems(db: Db, meetingId: string) {
  return db
    .select()
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, meetingId))
    .orderBy(asc(agendaItems.position), asc(agendaItems.createdAt));
}

export async function getAgendaItem(db: Db, meetingId: string, id: string) {
  const [row] = await db
    .select()
    .from(agendaItems)
    .where(and(eq(agendaItems.meetingId, meetingId), eq(agendaItems.id, id)));
  return row ?? null;
}

export async function insertAgendaItems(db: Db, rows: NewAgendaItemRow[]) {
  if (!rows.length) return [];
  return db.insert(agendaItems).values(rows).returning();
}

export async function updateAgendaItemRow(db: Db, id: string, values: Partial<NewAgendaItemRow>) {
  const [row] = await db
    .update(agendaItems)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(agendaItems.id, id))
    .returning();
  return row!;
}

export async function deleteAgendaItems(db: Db, ids: readonly string[]) {
  if (ids.length) await db.delete(agendaItems).where(inArray(agendaItems.id, [...ids]));
}

// ── Decisions ─────────────────────────────────────────────────────────────────────────────────────

export async function insertDecision(db: Db, values: typeof decisions.$inferInsert) {
  const [row] = await db.insert(decisions).values(values).returning();
  return row!;
}

export async function getDecision(db: Db, meetingId: string, id: string) {
  const [row] = await db
    .select()
    .from(decisions)
    .where(and(eq(decisions.meetingId, meetingId), eq(decisions.id, id)));
  return row ?? null;
}

export async function deleteDecisionRow(db: Db, id: string) {
  await db.delete(decisions).where(eq(decisions.id, id));
}

export async function listDecisions(db: Db, meetingId: string) {
  return db
    .select({
      id: decisions.id,
      text: decisions.text,
      agendaItemId: decisions.agendaItemId,
      problemId: decisions.problemId,
      problemVisibility: problems.visibility,
      createdAt: decisions.createdAt,
      createdBy: { id: people.id, fullName: people.fullName },
    })
    .from(decisions)
    .leftJoin(problems, eq(problems.id, decisions.problemId))
    .leftJoin(users, eq(users.id, decisions.createdBy))
    .leftJoin(people, eq(people.id, users.personId))
    .where(eq(decisions.meetingId, meetingId))
    .orderBy(asc(decisions.createdAt), asc(decisions.id));
}

// ── Commitments made in the meeting (written by the commitments API; read here) ───────────────────

export async function listMeetingCommitments(db: Db, meetingId: string) {
  return db
    .select({
      id: commitments.id,
      text: commitments.text,
      dueOn: commitments.dueOn,
      status: commitments.status,
      completedAt: commitments.completedAt,
      visibility: commitments.visibility,
      problemId: commitments.problemId,
      person: { id: people.id, fullName: people.fullName },
      organization: { id: organizations.id, name: organizations.name, acronym: organizations.acronym },
      createdAt: commitments.createdAt,
    })
    .from(commitments)
    .leftJoin(people, eq(people.id, commitments.personId))
    .leftJoin(organizations, eq(organizations.id, commitments.organizationId))
    .where(eq(commitments.meetingId, meetingId))
    .orderBy(asc(commitments.dueOn), asc(commitments.createdAt));
}

// ── Minutes ───────────────────────────────────────────────────────────────────────────────────────

export async function listMinutesVersions(db: Db, meetingId: string) {
  return db
    .select({
      number: minutesVersions.number,
      locale: minutesVersions.locale,
      reason: minutesVersions.reason,
      visibility: minutesVersions.visibility,
      createdAt: minutesVersions.createdAt,
      createdBy: { id: people.id, fullName: people.fullName },
    })
    .from(minutesVersions)
    .leftJoin(users, eq(users.id, minutesVersions.createdBy))
    .leftJoin(people, eq(people.id, users.personId))
    .where(eq(minutesVersions.meetingId, meetingId))
    .orderBy(asc(minutesVersions.number));
}

/** One minutes version (the latest when `number` is omitted). */
export async function getMinutesVersion(db: Db, meetingId: string, number?: number) {
  const [row] = await db
    .select({
      version: minutesVersions,
      createdBy: { id: people.id, fullName: people.fullName },
    })
    .from(minutesVersions)
    .leftJoin(users, eq(users.id, minutesVersions.createdBy))
    .leftJoin(people, eq(people.id, users.personId))
    .where(
      and(
        eq(minutesVersions.meetingId, meetingId),
        number !== undefined ? eq(minutesVersions.number, number) : undefined,
      ),
    )
    .orderBy(desc(minutesVersions.number))
    .limit(1);
  return row ?? null;
}

export async function insertMinutesVersion(db: Db, values: typeof minutesVersions.$inferInsert) {
  const [row] = await db.insert(minutesVersions).values(values).returning();
  return row!;
}

// ── The record the minutes are built from ─────────────────────────────────────────────────────────

/**
 * Status changes of a Mesa's problems (of the given visibilities) between two instants: the problems
 * a meeting updated, new ones included (their first event has no `from`).
 */
export async function problemStatusChangesBetween(
  db: Db,
  mesaId: string,
  from: Date,
  to: Date,
  visibilities: readonly Visibility[],
) {
  if (!visibilities.length) return [];
  return db
    .select({
      problemId: problems.id,
      number: problems.number,
      title: problems.title,
      from: problemStatusEvents.fromStatus,
      to: problemStatusEvents.toStatus,
      reason: problemStatusEvents.reason,
      occurredAt: problemStatusEvents.occurredAt,
    })
    .from(problemStatusEvents)
    .innerJoin(problems, eq(problems.id, problemStatusEvents.problemId))
    .where(
      and(
        eq(problems.mesaId, mesaId),
        inArray(problems.visibility, [...visibilities]),
        gte(problemStatusEvents.occurredAt, from),
        lte(problemStatusEvents.occurredAt, to),
      ),
    )
    .orderBy(asc(problemStatusEvents.occurredAt), asc(problems.number));
}

/** Organization names by id. */
export async function organizationNames(db: Db, ids: readonly string[]) {
  if (!ids.length) return new Map<string, string>();
  const rows = await db
    .select({ id: organizations.id, name: organizations.name, acronym: organizations.acronym })
    .from(organizations)
    .where(inArray(organizations.id, [...ids]));
  return new Map(rows.map((r) => [r.id, r.acronym ? `${r.name} (${r.acronym})` : r.name]));
}

/** Invitees whose attendance was not recorded: absent when the meeting closes. */
export async function markUnrecordedAbsent(db: Db, meetingId: string, at: Date) {
  return db
    .update(meetingParticipants)
    .set({ attendance: 'absent', recordedAt: at })
    .where(and(eq(meetingParticipants.meetingId, meetingId), isNull(meetingParticipants.attendance)))
    .returning({ personId: meetingParticipants.personId });
}
