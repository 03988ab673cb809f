import { and, asc, eq, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../client';
import {
  agendaItems,
  calendarFeeds,
  commitments,
  meetingParticipants,
  meetings,
  mesas,
  organizations,
  participations,
} from '../schema';

const meetingColumns = {
  id: meetings.id,
  mesaId: meetings.mesaId,
  kind: meetings.kind,
  number: meetings.number,
  title: meetings.title,
  startsAt: meetings.startsAt,
  endsAt: meetings.endsAt,
  timeZone: meetings.timeZone,
  place: meetings.place,
  onlineUrl: meetings.onlineUrl,
  publicSectorOnly: meetings.publicSectorOnly,
  visibility: meetings.visibility,
  state: meetings.state,
  version: meetings.version,
  createdAt: meetings.createdAt,
  updatedAt: meetings.updatedAt,
  mesa: { id: mesas.id, name: mesas.name, visibility: mesas.visibility, locale: mesas.locale },
};

/** The announced meetings of a Mesa (not drafts), in time order, for its calendar feed. */
export async function listMesaCalendarMeetings(db: Db, mesaId: string) {
  return db
    .select(meetingColumns)
    .from(meetings)
    .innerJoin(mesas, eq(mesas.id, meetings.mesaId))
    .where(and(eq(meetings.mesaId, mesaId), ne(meetings.state, 'draft')))
    .orderBy(asc(meetings.startsAt));
}

export type CalendarMeetingRow = Awaited<ReturnType<typeof listMesaCalendarMeetings>>[number];

/**
 * The announced meetings that concern a person: those they are invited to, and those of the Mesas they
 * currently take part in. The caller still filters them by what the person may see.
 */
export async function listPersonCalendarMeetings(db: Db, personId: string) {
  const invited = db
    .select({ id: meetingParticipants.meetingId })
    .from(meetingParticipants)
    .where(and(eq(meetingParticipants.personId, personId), eq(meetingParticipants.invited, true)));
  const theirMesas = db
    .select({ id: participations.mesaId })
    .from(participations)
    .where(and(eq(participations.personId, personId), isNull(participations.endedOn)));
  return db
    .select(meetingColumns)
    .from(meetings)
    .innerJoin(mesas, eq(mesas.id, meetings.mesaId))
    .where(
      and(
        ne(meetings.state, 'draft'),
        or(inArray(meetings.id, invited), inArray(meetings.mesaId, theirMesas)),
      ),
    )
    .orderBy(asc(meetings.startsAt));
}

/** The agenda item titles of meetings, by meeting, in agenda order. */
export async function agendaTitles(db: Db, meetingIds: readonly string[]) {
  const byMeeting = new Map<string, { title: string; minutes: number }[]>();
  if (!meetingIds.length) return byMeeting;
  const rows = await db
    .select({ meetingId: agendaItems.meetingId, title: agendaItems.title, minutes: agendaItems.minutes })
    .from(agendaItems)
    .where(inArray(agendaItems.meetingId, [...meetingIds]))
    .orderBy(asc(agendaItems.meetingId), asc(agendaItems.position));
  for (const r of rows) {
    const list = byMeeting.get(r.meetingId) ?? [];
    list.push({ title: r.title, minutes: r.minutes });
    byMeeting.set(r.meetingId, list);
  }
  return byMeeting;
}

/** A person's open commitments, with their Mesa and entity, for the due dates in their feed. */
export async function listOpenCommitmentsOf(db: Db, personId: string) {
  return db
    .select({
      id: commitments.id,
      mesaId: commitments.mesaId,
      text: commitments.text,
      dueOn: commitments.dueOn,
      visibility: commitments.visibility,
      version: commitments.version,
      updatedAt: commitments.updatedAt,
      mesa: { id: mesas.id, name: mesas.name, visibility: mesas.visibility },
      organization: { name: organizations.name, acronym: organizations.acronym },
    })
    .from(commitments)
    .innerJoin(mesas, eq(mesas.id, commitments.mesaId))
    .leftJoin(organizations, eq(organizations.id, commitments.organizationId))
    .where(and(eq(commitments.personId, personId), eq(commitments.status, 'open')))
    .orderBy(asc(commitments.dueOn));
}

// ── Secret feed addresses ─────────────────────────────────────────────────────────────────────────

/** A person's feed in use (not revoked), or null. */
export async function activeCalendarFeed(db: Db, personId: string) {
  const [row] = await db
    .select({ id: calendarFeeds.id, createdAt: calendarFeeds.createdAt })
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.personId, personId), isNull(calendarFeeds.revokedAt)));
  return row ?? null;
}

/** Revokes every feed of a person still in use; returns the ids revoked. */
export async function revokeCalendarFeeds(db: Db, personId: string) {
  const rows = await db
    .update(calendarFeeds)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(calendarFeeds.personId, personId), isNull(calendarFeeds.revokedAt)))
    .returning({ id: calendarFeeds.id });
  return rows.map((r) => r.id);
}

export async function insertCalendarFeed(db: Db, values: { personId: string; tokenHash: string }) {
  const [row] = await db
    .insert(calendarFeeds)
    .values(values)
    .returning({ id: calendarFeeds.id, createdAt: calendarFeeds.createdAt });
  return row!;
}

/** The person whose feed this token hash opens, if the feed is still in use. */
export async function calendarFeedByHash(db: Db, tokenHash: string) {
  const [row] = await db
    .select({ id: calendarFeeds.id, personId: calendarFeeds.personId })
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.tokenHash, tokenHash), isNull(calendarFeeds.revokedAt)));
  return row ?? null;
}
