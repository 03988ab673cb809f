import { addDays, daysBetween, isCalendarDay, todayIn, weekdayOf } from './calendar-days';
import { dateInZone } from './dates';
import { AppError, type FieldIssue, invalidFields } from './errors';

/**
 * A commitment: who (person and entity) does what by a fixed due date, reported on at the next session.
 * Fixed deadlines and the duty to report progress are the pressure mechanism of the method (paper
 * section 4.2). Its status is `open`, `done` or `cancelled`; being overdue is derived from the due date,
 * never stored by hand.
 */
export const commitmentStatuses = ['open', 'done', 'cancelled'] as const;
export type CommitmentStatus = (typeof commitmentStatuses)[number];

interface Move {
  to: CommitmentStatus;
  /** Whether the move must be explained (cancelling, reopening). */
  needsReason: boolean;
}

const moves: Record<CommitmentStatus, readonly Move[]> = {
  open: [
    { to: 'done', needsReason: false },
    { to: 'cancelled', needsReason: true },
  ],
  // Reopening: it turned out not to be done, or the cancellation was a mistake. The due date stays.
  done: [{ to: 'open', needsReason: true }],
  cancelled: [{ to: 'open', needsReason: true }],
};

export function allowedCommitmentTransitions(from: CommitmentStatus): CommitmentStatus[] {
  return moves[from].map((m) => m.to);
}

export type CommitmentTransitionCheck =
  | { ok: true }
  | { ok: false; problem: 'illegal'; allowed: CommitmentStatus[] }
  | { ok: false; problem: 'reason_required'; allowed: CommitmentStatus[] };

/** Whether `from → to` is legal and, for a move that must be explained, comes with a reason. */
export function checkCommitmentTransition(
  from: CommitmentStatus,
  to: CommitmentStatus,
  reason?: string | null,
): CommitmentTransitionCheck {
  const allowed = allowedCommitmentTransitions(from);
  const move = moves[from].find((m) => m.to === to);
  if (!move) return { ok: false, problem: 'illegal', allowed };
  if (move.needsReason && !reason?.trim()) return { ok: false, problem: 'reason_required', allowed };
  return { ok: true };
}

/**
 * Throws ILLEGAL_TRANSITION (with the allowed next states) for an illegal move, and VALIDATION_FAILED
 * on `reason` when cancelling or reopening comes without one.
 */
export function assertCommitmentTransition(
  from: CommitmentStatus,
  to: CommitmentStatus,
  reason?: string | null,
): void {
  const check = checkCommitmentTransition(from, to, reason);
  if (check.ok) return;
  if (check.problem === 'illegal')
    throw new AppError('ILLEGAL_TRANSITION', { from, to, allowed: check.allowed });
  throw new AppError('VALIDATION_FAILED', {
    fields: [{ path: 'reason', key: 'fields.reasonRequiredForChange' }],
  });
}

/** What the due-date rules need of a commitment. `dueOn` is a calendar day in the Mesa's time zone. */
export interface CommitmentTiming {
  status: CommitmentStatus;
  dueOn: string;
  /** The due day first agreed, once the deadline has been moved; null while it never was. */
  originalDueOn?: string | null;
  completedAt?: Date | null;
}

/**
 * The due day the on-time record counts: the one first agreed. Moving a deadline keeps the commitment
 * alive with a new date, but it does not make a late delivery punctual.
 */
export function recordDueOn(c: Pick<CommitmentTiming, 'dueOn' | 'originalDueOn'>): string {
  return c.originalDueOn ?? c.dueOn;
}

/**
 * Throws VALIDATION_FAILED on `reason` when a deadline is moved without one: fixed deadlines are the
 * pressure mechanism, so a move is explained and kept in the commitment's history.
 */
export function assertDueMoveReason(reason: string | null | undefined): string {
  const trimmed = reason?.trim();
  if (!trimmed) {
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ path: 'reason', key: 'fields.reasonRequiredForChange' }],
    });
  }
  return trimmed;
}

/**
 * Days from today (in `timeZone`) to the due day: 0 on the due day, negative once it has passed. The
 * due day is a whole day: a commitment due on the 10th is on time until midnight ending the 10th there.
 */
export function daysUntilDue(c: Pick<CommitmentTiming, 'dueOn'>, now: Date, timeZone: string): number {
  return daysBetween(todayIn(now, timeZone), c.dueOn);
}

/**
 * The one rule of "overdue": an open commitment is overdue once its due day has fully passed, `today`
 * being the calendar day (YYYY-MM-DD) in its Mesa's time zone. On the due day itself it is not overdue
 * yet; done and cancelled ones never are. Its SQL twin is `overdueSql` (src/db/queries/predicates.ts).
 */
export function isOverdueOn(c: { status: string; dueOn: string }, today: string): boolean {
  return c.status === 'open' && c.dueOn < today;
}

/**
 * Overdue against the due day first agreed (`recordDueOn`), as the on-time record counts it: a deadline
 * moved past the day first agreed cannot be met on time any more.
 */
export function isOverdueOnRecord(
  c: Pick<CommitmentTiming, 'status' | 'dueOn' | 'originalDueOn'>,
  today: string,
): boolean {
  return isOverdueOn({ status: c.status, dueOn: recordDueOn(c) }, today);
}

/** An open commitment is overdue once its due day has fully passed in the Mesa's time zone. */
export function isOverdue(
  c: Pick<CommitmentTiming, 'status' | 'dueOn'>,
  now: Date,
  timeZone: string,
): boolean {
  return isOverdueOn(c, todayIn(now, timeZone));
}

export const dueStates = ['overdue', 'due_today', 'due_soon', 'later', 'done', 'cancelled'] as const;
export type DueState = (typeof dueStates)[number];

/** How many days ahead a due date counts as "soon" unless told otherwise. */
export const DEFAULT_DUE_SOON_DAYS = 7;

/**
 * Where a commitment stands against its deadline: `done` and `cancelled` as they are; an open one is
 * `overdue` (the due day has passed), `due_today`, `due_soon` (within `soonDays` days) or `later`.
 */
export function dueState(
  c: CommitmentTiming,
  now: Date,
  timeZone: string,
  soonDays = DEFAULT_DUE_SOON_DAYS,
): DueState {
  if (c.status !== 'open') return c.status;
  const days = daysUntilDue(c, now, timeZone);
  if (days < 0) return 'overdue';
  if (days === 0) return 'due_today';
  return days <= soonDays ? 'due_soon' : 'later';
}

/**
 * What is wrong with the due date of a new commitment: it must be a calendar day (YYYY-MM-DD) and not
 * in the past in the Mesa's time zone; today is allowed. Existing commitments keep their due date.
 */
export function newDueOnIssues(dueOn: string, now: Date, timeZone: string, path = 'dueOn'): FieldIssue[] {
  if (!isCalendarDay(dueOn)) return [{ path, key: 'fields.calendarDay' }];
  if (daysUntilDue({ dueOn }, now, timeZone) < 0) return [{ path, key: 'fields.notInThePast' }];
  return [];
}

/** Throws VALIDATION_FAILED when a new commitment's due date is not a day or is in the past. */
export function assertNewDueOn(dueOn: string, now: Date, timeZone: string, path = 'dueOn'): void {
  const fields = newDueOnIssues(dueOn, now, timeZone, path);
  if (fields.length > 0) invalidFields(fields);
}

/**
 * Whether a commitment was completed on time: done, and marked done on or before the due day first
 * agreed (`recordDueOn`) in the Mesa's time zone. `null` while it is not done (open or cancelled), or
 * when no completion time is known.
 */
export function completedOnTime(c: CommitmentTiming, timeZone: string): boolean | null {
  if (c.status !== 'done' || !c.completedAt) return null;
  return dateInZone(c.completedAt, timeZone) <= recordDueOn(c);
}

/**
 * The order of a "my commitments" list (and of an entity's across Mesas): late ones first, the longest
 * overdue first; then the other open ones by due date; then done and cancelled ones, the most recently
 * due first. Ties keep the input order. Returns a new array. `timeZone` is one zone for all, or each
 * commitment's (its Mesa's).
 */
export function sortMyCommitments<C extends CommitmentTiming>(
  commitments: readonly C[],
  now: Date,
  timeZone: string | ((c: C) => string),
): C[] {
  // Across Mesas each commitment is late or not in its own Mesa's time zone.
  const zoneOf = typeof timeZone === 'string' ? () => timeZone : timeZone;
  const group = (c: C) => (c.status !== 'open' ? 2 : isOverdue(c, now, zoneOf(c)) ? 0 : 1);
  return [...commitments].sort((a, b) => {
    const byGroup = group(a) - group(b);
    if (byGroup !== 0) return byGroup;
    const byDue = a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0;
    return group(a) === 2 ? -byDue : byDue;
  });
}

// ── The Mesa's commitments board (the Monday chase) ──────────────────────────────────────────────

/**
 * The tabs of a Mesa's commitments board: `open` (all open ones, late included), `due_this_week` (open,
 * due from today to Sunday of the Mesa's week, Monday to Sunday), `late` (open and past their due
 * day) and `done`. Cancelled commitments are on none.
 */
export const boardStates = ['open', 'due_this_week', 'late', 'done'] as const;
export type BoardState = (typeof boardStates)[number];

/** The Monday and Sunday of the week of `today` (a calendar day in the Mesa's time zone). */
export function weekOf(today: string): { start: string; end: string } {
  const start = addDays(today, -((weekdayOf(today) + 6) % 7));
  return { start, end: addDays(start, 6) };
}

/**
 * Which board tabs a commitment is on, `today` being the day in its Mesa's time zone and `weekEnd` the
 * Sunday of its week (`weekOf(today).end`, passed in: a board asks for a thousand commitments at once).
 */
export function boardStatesOf(
  c: Pick<CommitmentTiming, 'status' | 'dueOn'>,
  today: string,
  weekEnd: string = weekOf(today).end,
): readonly BoardState[] {
  if (c.status === 'done') return DONE;
  if (c.status !== 'open') return NONE;
  if (isOverdueOn(c, today)) return LATE;
  return c.dueOn <= weekEnd ? THIS_WEEK : OPEN;
}

const DONE: readonly BoardState[] = ['done'];
const NONE: readonly BoardState[] = [];
const LATE: readonly BoardState[] = ['open', 'late'];
const THIS_WEEK: readonly BoardState[] = ['open', 'due_this_week'];
const OPEN: readonly BoardState[] = ['open'];
