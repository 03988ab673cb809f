import { and, desc, eq, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import { fieldFeedback, mesas, solutions, solutionVersions } from '../schema';

/**
 * The SQL twins of domain rules: each fragment here says in SQL what one function of `src/domain` says
 * in TypeScript, and every query that needs the rule uses it. test/data/predicates.test.ts holds each
 * pair to the same answers on the same cases.
 */

/** A calendar day (YYYY-MM-DD) or an SQL expression of one. */
type Day = string | SQLWrapper;

const day = (d: Day): SQL => (typeof d === 'string' ? sql`${d}::date` : sql`(${d})::date`);

/**
 * The calendar day of the instant `now` in `timeZone` (an IANA name, or an SQL expression of one): the
 * twin of `todayIn` (src/domain/calendar-days.ts).
 */
export function todaySql(now: Date, timeZone: string | SQLWrapper): SQL<string> {
  const zone = typeof timeZone === 'string' ? sql`${timeZone}::text` : timeZone;
  return sql<string>`((${now.toISOString()}::timestamptz at time zone ${zone})::date)`;
}

/** A Mesa's today: the day at `now` in its own time zone, or in `fallbackZone` (the deployment's). */
export function mesaTodaySql(now: Date, fallbackZone: string): SQL<string> {
  return todaySql(now, sql`coalesce(${mesas.timeZone}, ${fallbackZone}::text)`);
}

/**
 * Overdue: open, and its due day is before `today` (the day in its Mesa's time zone); on the due day
 * itself not yet. The twin of `isOverdueOn` (src/domain/commitments.ts).
 */
export function overdueSql(status: SQLWrapper, dueOn: SQLWrapper, today: Day): SQL<boolean> {
  return sql<boolean>`(${status} = 'open' and ${dueOn} < ${day(today)})`;
}

/**
 * Overdue against the due day first agreed (`original_due_on`, else `due_on`), as the on-time record
 * counts it: the twin of `isOverdueOnRecord` (src/domain/commitments.ts).
 */
export function overdueOnRecordSql(
  status: SQLWrapper,
  dueOn: SQLWrapper,
  originalDueOn: SQLWrapper,
  today: Day,
): SQL<boolean> {
  return overdueSql(status, sql`coalesce(${originalDueOn}, ${dueOn})`, today);
}

/** Joins each solution to its current version: the text and the revision that count now. */
export const currentSolutionVersion = and(
  eq(solutionVersions.solutionId, solutions.id),
  eq(solutionVersions.number, solutions.currentVersion),
)!;

/**
 * The order that puts a problem's latest solution first, joined to its current version: the one most
 * recently proposed or revised, as `latestSolution` (src/domain/solutions.ts) picks it. `revisedAt` is
 * the current version's creation: `solution_versions.created_at`, or the column of the version where it
 * is joined under another name (a lateral subquery).
 */
export function latestSolutionFirst(revisedAt: SQLWrapper = solutionVersions.createdAt) {
  return [desc(revisedAt), desc(solutions.id)] as const;
}

/**
 * The order that puts a problem's latest field feedback first (of two at the same instant, the larger
 * id), for the Matrix and the problem page alike. Only SQL picks it: it has no TypeScript twin.
 */
export const latestFeedbackFirst = [desc(fieldFeedback.createdAt), desc(fieldFeedback.id)] as const;
