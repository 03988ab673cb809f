import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { addDays, instantInZone } from '../../domain/calendar-days';
import { completedOnTime, recordDueOn } from '../../domain/commitments';
import { dateInZone } from '../../domain/dates';
import { cadenceDays } from '../../domain/mesa-lifecycle';
import { activePeriods, continuity, expectedSessions } from '../../domain/metrics';
import type { Visibility } from '../../domain/roles';
import type { PeriodRecord } from '../../domain/wheel';
import type { Db } from '../client';
import { readAll } from '../read-all';
import { commitments, escalations, fieldFeedback, meetings, problemStatusEvents, problems } from '../schema';
import type { Mesa } from './mesas';
import { privateDesignations, sessionAttendance, statusChanges } from './metrics';

export interface PeriodOptions {
  from: string;
  to: string;
  /** The visibilities of the Mesa's records the reader may see. */
  levels: readonly Visibility[];
  includePublicSectorOnly: boolean;
  timeZone: string;
}

/**
 * What Mesas recorded of a Mesa over a period (calendar days of its time zone, both included): the
 * figures of its dashboards cut to the period, for the Evaluation Wheel's measured facts. Only records
 * of the visibilities the reader may see count.
 */
export async function periodRecord(db: Db, mesa: Mesa, options: PeriodOptions): Promise<PeriodRecord> {
  const { from, to, timeZone } = options;
  const levels = [...options.levels];
  const start = instantInZone(from, '00:00', timeZone);
  const end = instantInZone(addDays(to, 1), '00:00', timeZone);
  const within = (column: AnyPgColumn) =>
    sql`${column} >= ${start.toISOString()}::timestamptz and ${column} < ${end.toISOString()}::timestamptz`;
  const none = !levels.length;
  const [sessions, designations, changes, due, raised, moved, reports] = await readAll(db, [
    () =>
      none
        ? []
        : sessionAttendance(
            db,
            mesa.id,
            levels,
            options.includePublicSectorOnly,
            eq(meetings.state, 'closed'),
            within(meetings.startsAt),
          ),
    () => privateDesignations(db, mesa.id),
    () => statusChanges(db, mesa.id),
    () =>
      none
        ? []
        : db
            .select({
              status: commitments.status,
              dueOn: commitments.dueOn,
              originalDueOn: commitments.originalDueOn,
              completedAt: commitments.completedAt,
            })
            .from(commitments)
            .where(
              and(
                eq(commitments.mesaId, mesa.id),
                inArray(commitments.visibility, levels),
                ne(commitments.status, 'cancelled'),
                sql`coalesce(${commitments.originalDueOn}, ${commitments.dueOn}) between ${from}::date and ${to}::date`,
              ),
            ),
    () =>
      none
        ? []
        : db
            .select({ status: escalations.status, decidedOn: escalations.decidedOn })
            .from(escalations)
            .where(
              and(
                eq(escalations.mesaId, mesa.id),
                inArray(escalations.visibility, levels),
                within(escalations.escalatedAt),
              ),
            ),
    () =>
      none
        ? []
        : db
            .selectDistinct({
              problemId: problemStatusEvents.problemId,
              toStatus: problemStatusEvents.toStatus,
            })
            .from(problemStatusEvents)
            .innerJoin(problems, eq(problems.id, problemStatusEvents.problemId))
            .where(
              and(
                eq(problems.mesaId, mesa.id),
                inArray(problems.visibility, levels),
                inArray(problemStatusEvents.toStatus, ['enacted', 'verified']),
                within(problemStatusEvents.occurredAt),
              ),
            ),
    () =>
      none
        ? []
        : db
            .select({ verdict: fieldFeedback.verdict })
            .from(fieldFeedback)
            .innerJoin(problems, eq(problems.id, fieldFeedback.problemId))
            .where(
              and(
                eq(problems.mesaId, mesa.id),
                inArray(problems.visibility, levels),
                within(fieldFeedback.createdAt),
              ),
            ),
  ]);

  const points = continuity(
    sessions.map((s) => ({
      meetingId: s.id,
      number: s.number,
      heldOn: dateInZone(s.startsAt, timeZone),
      presentOrganizationIds: s.present ?? [],
    })),
    designations.get(mesa.id) ?? [],
  );
  // The days the Mesa was active within the period, as the dashboards count them.
  const periods = activePeriods(
    { status: mesa.status, launchedOn: mesa.launchedOn, changes: changes.get(mesa.id) ?? [] },
    to,
  )
    .map((p) => ({ from: [p.from, from].sort()[1]!, to: [p.to, to].sort()[0]! }))
    .filter((p) => p.from <= p.to);
  return {
    continuityShares: points.map((p) => p.share),
    sessionsHeld: sessions.length,
    sessionsExpected: expectedSessions(periods, cadenceDays(mesa.cadence, mesa.cadenceDays)),
    commitmentsDue: due.filter((c) => recordDueOn(c) <= to).length,
    commitmentsOnTime: due.filter((c) => completedOnTime(c, timeZone) === true).length,
    escalationsRaised: raised.length,
    escalationsDecided: raised.filter(
      (e) => e.status === 'decided' && e.decidedOn !== null && e.decidedOn <= to,
    ).length,
    problemsEnacted: new Set(moved.filter((m) => m.toStatus === 'enacted').map((m) => m.problemId)).size,
    problemsVerified: new Set(moved.filter((m) => m.toStatus === 'verified').map((m) => m.problemId)).size,
    fieldReports: reports.length,
    fieldReportsApplied: reports.filter((r) => r.verdict === 'works').length,
  };
}
