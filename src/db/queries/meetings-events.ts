import { and, eq, sql } from 'drizzle-orm';
import { type MeetingEventType, meetingEventTypes } from '../../domain/meetings';
import type { Visibility } from '../../domain/roles';
import type { Db } from '../client';
import { meetings } from '../schema';

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
}

/** The largest notice PostgreSQL accepts is 8000 bytes; ours are far smaller, but stay safe. */
const MAX_PAYLOAD = 7900;

/**
 * Queues a notice about a meeting. Inside a transaction it is delivered on commit and dropped on
 * rollback; on a plain database handle it is delivered at once.
 */
export async function notifyMeetingEvent(
  db: Db,
  meetingId: string,
  event: MeetingEventInput,
  mesaId: string | null = null,
): Promise<void> {
  const full: MeetingEvent = { ...event, meetingId, mesaId, at: new Date().toISOString() };
  let payload = JSON.stringify(full);
  if (payload.length > MAX_PAYLOAD) {
    payload = JSON.stringify({ type: full.type, meetingId, mesaId, at: full.at });
  }
  await db.execute(sql`select pg_notify(${MEETING_EVENTS_CHANNEL}, ${payload})`);
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
    return value as MeetingEvent;
  } catch {
    return null;
  }
}
