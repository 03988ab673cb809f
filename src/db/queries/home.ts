import { and, asc, eq, gte, inArray, isNotNull, ne, notExists, sql } from 'drizzle-orm';
import { pendingEscalationStatuses } from '../../domain/escalations';
import type { Db } from '../client';
import { readAll } from '../read-all';
import { agendaItems, commitments, escalations, fieldFeedback, meetings, problems } from '../schema';

/**
 * What waits for someone, Mesa by Mesa: the reads behind a person's home. Every row carries the
 * visibility of its records, grouped, so that the caller keeps only what the person may see (`canSee`)
 * without one statement per Mesa: five statements whatever the number of Mesas, run together.
 */
export interface HomeReads {
  /** Sessions not yet held and not yet over, the soonest first, with the size of their agenda. */
  sessions: {
    id: string;
    mesaId: string;
    number: number | null;
    title: string;
    startsAt: Date;
    state: 'draft' | 'scheduled' | 'in_progress' | 'closed';
    visibility: 'public' | 'members' | 'team';
    publicSectorOnly: boolean;
    agendaItems: number;
  }[];
  /** The last session held per Mesa and visibility. */
  held: { mesaId: string; visibility: 'public' | 'members' | 'team'; lastHeldAt: Date | null }[];
  /** Open commitments counted by Mesa, visibility and due day. */
  openCommitments: {
    mesaId: string;
    visibility: 'public' | 'members' | 'team';
    dueOn: string;
    count: number;
  }[];
  /** Escalations that wait (open or returned) counted by Mesa, status and visibilities. */
  waitingEscalations: {
    mesaId: string;
    status: 'open' | 'returned' | 'decided' | 'withdrawn';
    visibility: 'public' | 'members' | 'team';
    problemVisibility: 'public' | 'members' | 'team';
    count: number;
  }[];
  /** Problems with unanswered negative field feedback, counted by Mesa and visibility. */
  fieldAlerts: { mesaId: string; visibility: 'public' | 'members' | 'team'; count: number }[];
}

export async function homeReads(db: Db, mesaIds: readonly string[], now: Date): Promise<HomeReads> {
  if (!mesaIds.length) {
    return { sessions: [], held: [], openCommitments: [], waitingEscalations: [], fieldAlerts: [] };
  }
  const ids = [...mesaIds];
  const [sessions, held, openCommitments, waitingEscalations, fieldAlerts] = await readAll(db, [
    () =>
      db
        .select({
          id: meetings.id,
          mesaId: meetings.mesaId,
          number: meetings.number,
          title: meetings.title,
          startsAt: meetings.startsAt,
          state: meetings.state,
          visibility: meetings.visibility,
          publicSectorOnly: meetings.publicSectorOnly,
          agendaItems: sql<number>`(select count(*)::int from ${agendaItems} where ${agendaItems.meetingId} = ${meetings.id})`,
        })
        .from(meetings)
        .where(
          and(
            inArray(meetings.mesaId, ids),
            eq(meetings.kind, 'session'),
            ne(meetings.state, 'closed'),
            gte(meetings.endsAt, now),
          ),
        )
        .orderBy(asc(meetings.startsAt), asc(meetings.id)),
    () =>
      db
        .select({
          mesaId: meetings.mesaId,
          visibility: meetings.visibility,
          lastHeldAt: sql<Date | null>`max(${meetings.startsAt})`.mapWith(meetings.startsAt),
        })
        .from(meetings)
        .where(and(inArray(meetings.mesaId, ids), eq(meetings.kind, 'session'), eq(meetings.state, 'closed')))
        .groupBy(meetings.mesaId, meetings.visibility),
    () =>
      db
        .select({
          mesaId: commitments.mesaId,
          visibility: commitments.visibility,
          dueOn: commitments.dueOn,
          count: sql<number>`count(*)::int`,
        })
        .from(commitments)
        .where(and(inArray(commitments.mesaId, ids), eq(commitments.status, 'open')))
        .groupBy(commitments.mesaId, commitments.visibility, commitments.dueOn),
    () =>
      db
        .select({
          mesaId: escalations.mesaId,
          status: escalations.status,
          visibility: escalations.visibility,
          problemVisibility: problems.visibility,
          count: sql<number>`count(*)::int`,
        })
        .from(escalations)
        .innerJoin(problems, eq(problems.id, escalations.problemId))
        .where(
          and(inArray(escalations.mesaId, ids), inArray(escalations.status, [...pendingEscalationStatuses])),
        )
        .groupBy(escalations.mesaId, escalations.status, escalations.visibility, problems.visibility),
    () =>
      db
        .select({
          mesaId: problems.mesaId,
          visibility: problems.visibility,
          count: sql<number>`count(*)::int`,
        })
        .from(problems)
        .where(and(inArray(problems.mesaId, ids), isNotNull(problems.fieldAlertFeedbackId)))
        .groupBy(problems.mesaId, problems.visibility),
  ]);
  return { sessions, held, openCommitments, waitingEscalations, fieldAlerts };
}

/**
 * Enacted problems of the given Mesas on which the person has not reported field feedback since they
 * were enacted: whether the fix works on the ground is what the method asks participants next.
 */
export async function problemsAwaitingFeedback(db: Db, mesaIds: readonly string[], personId: string) {
  if (!mesaIds.length) return [];
  return db
    .select({
      id: problems.id,
      mesaId: problems.mesaId,
      number: problems.number,
      title: problems.title,
      visibility: problems.visibility,
      enactedAt: problems.statusChangedAt,
    })
    .from(problems)
    .where(
      and(
        inArray(problems.mesaId, [...mesaIds]),
        eq(problems.status, 'enacted'),
        notExists(
          db
            .select({ one: sql`1` })
            .from(fieldFeedback)
            .where(
              and(
                eq(fieldFeedback.problemId, problems.id),
                eq(fieldFeedback.personId, personId),
                gte(fieldFeedback.createdAt, problems.statusChangedAt),
              ),
            ),
        ),
      ),
    )
    .orderBy(asc(problems.statusChangedAt), asc(problems.number));
}
