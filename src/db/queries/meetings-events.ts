import { and, asc, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import { type MeetingEventType, meetingEventTypes } from '../../domain/meetings';
import { type Visibility, visibilities } from '../../domain/roles';
import type { Db } from '../client';
import { agendaItems, commitments, decisions, liveEvents, meetings, problems } from '../schema';

/**
 * Change notices of a meeting, for the live session mode. They are sent with PostgreSQL's NOTIFY on
 * one channel: issued inside the writing transaction, a notice is delivered only when (and if) the
 * transaction commits, to every server instance LISTENing on the database (PGlite does the same within
 * its one process). A notice carries ids, never text: a client that receives one refetches what changed.
 */
export const MEETING_EVENTS_CHANNEL = 'mesas_meeting_events';

export { type MeetingEventType, meetingEventTypes };

/** The ids a notice may carry: what changed, so that a client refetches only that. */
export interface MeetingEventIds {
  agendaItemId?: string;
  decisionId?: string;
  commitmentId?: string;
  problemId?: string;
  personIds?: string[];
  /** The minutes version written. */
  minutesVersion?: number;
}

export interface MeetingEventInput extends MeetingEventIds {
  type: MeetingEventType;
  /**
   * The visibility of the record the notice is about, when it differs from the meeting's (a
   * commitment or problem): streams of readers who may not see such a record do not get the notice.
   */
  visibility?: Visibility;
}

export interface MeetingEvent extends MeetingEventInput {
  meetingId: string;
  mesaId: string | null;
  /** When the change was made (ISO 8601). */
  at: string;
  /**
   * The notice's number in `live_events`, increasing: the SSE `id`, from which a stream that
   * reconnects (`Last-Event-ID`) or a server whose LISTEN connection was lost replays what it missed.
   */
  seq?: number;
}

/** The strictest of some visibilities (`team` over `members` over `public`). */
export function strictest(levels: (Visibility | null | undefined)[]): Visibility | undefined {
  let result: Visibility | undefined;
  for (const v of levels) {
    if (v && (!result || visibilities.indexOf(v) > visibilities.indexOf(result))) result = v;
  }
  return result;
}

/**
 * The visibility of the records a notice names, read in the writing transaction: a decision is seen
 * with its problem, an agenda item with its problem and commitment, a commitment or problem with its
 * own. A reader who may not see the record does not get the notice either.
 */
async function visibilityOfRecords(db: Db, ids: MeetingEventIds): Promise<Visibility | undefined> {
  const found: Visibility[] = [];
  const add = (rows: { v: Visibility | null }[]) => {
    for (const r of rows) if (r.v) found.push(r.v);
  };
  if (ids.problemId) {
    add(await db.select({ v: problems.visibility }).from(problems).where(eq(problems.id, ids.problemId)));
  }
  if (ids.commitmentId) {
    add(
      await db
        .select({ v: commitments.visibility })
        .from(commitments)
        .where(eq(commitments.id, ids.commitmentId)),
    );
  }
  if (ids.decisionId) {
    add(
      await db
        .select({ v: problems.visibility })
        .from(decisions)
        .innerJoin(problems, eq(problems.id, decisions.problemId))
        .where(eq(decisions.id, ids.decisionId)),
    );
  }
  if (ids.agendaItemId) {
    add(
      await db
        .select({ v: problems.visibility })
        .from(agendaItems)
        .innerJoin(problems, eq(problems.id, agendaItems.problemId))
        .where(eq(agendaItems.id, ids.agendaItemId)),
    );
    add(
      await db
        .select({ v: commitments.visibility })
        .from(agendaItems)
        .innerJoin(commitments, eq(commitments.id, agendaItems.commitmentId))
        .where(eq(agendaItems.id, ids.agendaItemId)),
    );
  }
  return strictest(found);
}

/** The largest notice PostgreSQL accepts is 8000 bytes; ours are far smaller, but stay safe. */
const MAX_PAYLOAD = 7900;

/** Notices are kept this long for replay; older ones are pruned now and then. */
export const LIVE_EVENTS_KEPT_MS = 24 * 60 * 60 * 1000;
/** Prune on every this many notices (by sequence number), so that no job is needed for it. */
const PRUNE_EVERY = 500;

/**
 * Queues a notice about a meeting: stored in `live_events` (numbered, for replay) and sent with NOTIFY
 * carrying its number, both in one statement. Inside a transaction it is delivered on commit and
 * dropped on rollback; on a plain database handle it is delivered at once. The notice carries the
 * visibility of the record it names (given, or read here), so that streams filter it like the record.
 */
export async function notifyMeetingEvent(
  db: Db,
  meetingId: string,
  event: MeetingEventInput,
  mesaId: string | null = null,
): Promise<void> {
  const visibility = strictest([event.visibility, await visibilityOfRecords(db, event)]);
  const full: MeetingEvent = {
    ...event,
    ...(visibility ? { visibility } : {}),
    meetingId,
    mesaId,
    at: new Date().toISOString(),
  };
  let stored: MeetingEvent = full;
  if (JSON.stringify(full).length > MAX_PAYLOAD) {
    stored = { type: full.type, meetingId, mesaId, at: full.at, ...(visibility ? { visibility } : {}) };
  }
  const result = await db.execute(sql`
    with stored as (
      insert into ${liveEvents} (meeting_id, payload)
      values (${meetingId}, ${JSON.stringify(stored)}::jsonb)
      returning seq, payload
    )
    select seq, pg_notify(${MEETING_EVENTS_CHANNEL}, (payload || jsonb_build_object('seq', seq))::text)
    from stored`);
  const seq = Number(rowsOf<{ seq: string | number }>(result)[0]?.seq);
  if (seq % PRUNE_EVERY === 0) await pruneLiveEvents(db);
}

function rowsOf<T>(result: unknown): T[] {
  return ((result as { rows?: T[] }).rows ?? (result as T[])) as T[];
}

/** Deletes the notices older than a day: a stream away that long refetches everything anyway. */
export async function pruneLiveEvents(db: Db, now = new Date()): Promise<void> {
  await db.delete(liveEvents).where(lt(liveEvents.createdAt, new Date(now.getTime() - LIVE_EVENTS_KEPT_MS)));
}

/** The stored notices of some meetings after a sequence number, in order (with their numbers). */
export async function liveEventsAfter(
  db: Db,
  meetingIds: readonly string[],
  afterSeq: number,
): Promise<MeetingEvent[]> {
  if (!meetingIds.length) return [];
  const rows = await db
    .select({ seq: liveEvents.seq, payload: liveEvents.payload })
    .from(liveEvents)
    .where(and(inArray(liveEvents.meetingId, [...meetingIds]), gt(liveEvents.seq, afterSeq)))
    .orderBy(asc(liveEvents.seq));
  return rows.map((r) => ({ ...(r.payload as MeetingEvent), seq: Number(r.seq) }));
}

/** The number of the latest stored notice (0 when there is none). */
export async function latestLiveSeq(db: Db): Promise<number> {
  const [row] = await db.select({ seq: sql<string | null>`max(${liveEvents.seq})` }).from(liveEvents);
  return Number(row?.seq ?? 0);
}

/**
 * Queues a notice to every meeting of a Mesa that is being held (in progress): for changes made
 * outside a meeting's own routes that its live page shows, such as a problem raised during a session.
 */
export async function notifyLiveMeetingsOfMesa(
  db: Db,
  mesaId: string,
  event: MeetingEventInput,
): Promise<string[]> {
  const live = await db
    .select({ id: meetings.id })
    .from(meetings)
    .where(and(eq(meetings.mesaId, mesaId), eq(meetings.state, 'in_progress')));
  for (const m of live) await notifyMeetingEvent(db, m.id, event, mesaId);
  return live.map((m) => m.id);
}

/** Parses a notice received on the channel; null when it is not one of ours. */
export function parseMeetingEvent(payload: string): MeetingEvent | null {
  try {
    const value = JSON.parse(payload) as Partial<MeetingEvent>;
    if (typeof value.meetingId !== 'string' || typeof value.type !== 'string') return null;
    if (!(meetingEventTypes as readonly string[]).includes(value.type)) return null;
    if (value.seq !== undefined) value.seq = Number(value.seq);
    return value as MeetingEvent;
  } catch {
    return null;
  }
}
