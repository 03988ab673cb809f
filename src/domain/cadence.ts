import { addDays, daysBetween, timeInZone, todayIn } from './calendar-days';
import { dateInZone } from './dates';
import { type Cadence, cadenceDays } from './mesa-lifecycle';

/**
 * The rhythm of a Mesa's sessions (paper section 4.2 and lesson 7): weekly or biweekly sessions keep
 * constant pressure on everyone to deliver; infrequent ones lose momentum. From the cadence and the
 * sessions held, propose the next session dates and warn when a session is overdue.
 *
 * Everything is counted in calendar days of the Mesa's time zone: a session that starts at 19:30 on a
 * Monday in Lima is a Monday session, although it is already Tuesday in UTC.
 */

/**
 * Days of slack before a missed session is reported overdue: a session moved from Monday to Wednesday
 * for a holiday is not a lapse in rhythm. The days overdue are still counted from the due day.
 */
export const DEFAULT_GRACE_DAYS = 2;

/** How many session dates to propose unless told otherwise. */
export const DEFAULT_PROPOSALS = 3;

export interface CadenceInput {
  cadence: Cadence;
  /** Days between sessions for a `custom` cadence. */
  customDays: number | null;
  /** Start times of the sessions held (closed sessions). */
  heldAt: readonly Date[];
  /** Start times of sessions already scheduled and not yet held; proposals come after them. */
  scheduledAt?: readonly Date[];
  /** The day the Mesa was launched: the first session is due one interval after it. */
  launchedOn?: string | null;
  now: Date;
  timeZone: string;
  /** How many dates to propose (default 3). */
  count?: number;
  graceDays?: number;
}

export interface CadencePlan {
  /** Days between sessions. */
  intervalDays: number;
  /** The day of the last session held, in the Mesa's time zone. */
  lastHeldOn: string | null;
  /** The day the next session is due by the cadence (last held, or launch, plus the interval). */
  nextDueOn: string | null;
  /** Whether today is past the due day by more than the grace days. */
  overdue: boolean;
  /** Days past the due day (0 when not overdue). */
  daysOverdue: number;
  /** The first session already scheduled after today, if any. */
  nextScheduledOn: string | null;
  /** Proposed days for the next sessions, all after today and after any scheduled session. */
  proposals: string[];
  /** The local time (HH:mm) of the session the proposals follow, to keep the usual hour. */
  usualTime: string | null;
}

function latest(days: string[]): string | null {
  return days.reduce<string | null>((max, d) => (max === null || d > max ? d : max), null);
}

/**
 * The session plan of a Mesa. Proposals follow the latest session, held or scheduled, at the cadence's
 * interval, so they keep its weekday when the interval is whole weeks. When that rhythm has already
 * lapsed, the first proposal is the first day after today that falls on the rhythm, stepping a week at
 * a time for weekly-based cadences (same weekday, at most a week away) and by the interval otherwise.
 * Without any session, proposals start tomorrow. Overdue: today is more than `graceDays` past the due
 * day; a session scheduled for later does not excuse it, but is reported beside it.
 */
export function cadencePlan(input: CadenceInput): CadencePlan {
  const interval = cadenceDays(input.cadence, input.customDays);
  if (!Number.isInteger(interval) || interval < 1)
    throw new RangeError('cadence days must be a whole number ≥ 1');
  const grace = input.graceDays ?? DEFAULT_GRACE_DAYS;
  const count = input.count ?? DEFAULT_PROPOSALS;
  const today = todayIn(input.now, input.timeZone);
  const dayOf = (at: Date) => dateInZone(at, input.timeZone);

  const lastHeldOn = latest(input.heldAt.map(dayOf));
  const anchorOn = lastHeldOn ?? input.launchedOn ?? null;
  const nextDueOn = anchorOn ? addDays(anchorOn, interval) : null;
  const late = nextDueOn ? daysBetween(nextDueOn, today) : 0;
  const overdue = late > grace;

  const scheduled = (input.scheduledAt ?? []).filter((at) => dayOf(at) > today);
  const nextScheduledOn = scheduled.map(dayOf).sort()[0] ?? null;

  const all = [...input.heldAt, ...scheduled];
  const last = all.reduce<Date | null>((max, at) => (max === null || at > max ? at : max), null);
  const proposals: string[] = [];
  if (count > 0) {
    let next: string;
    if (last) {
      next = addDays(dayOf(last), interval);
      const step = interval % 7 === 0 ? 7 : interval;
      while (next <= today) next = addDays(next, step);
    } else {
      next = addDays(today, 1);
    }
    for (let i = 0; i < count; i++) proposals.push(addDays(next, i * interval));
  }

  return {
    intervalDays: interval,
    lastHeldOn,
    nextDueOn,
    overdue,
    daysOverdue: overdue ? late : 0,
    nextScheduledOn,
    proposals,
    usualTime: last ? timeInZone(last, input.timeZone) : null,
  };
}
