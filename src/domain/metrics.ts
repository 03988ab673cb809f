import { cadencePlan } from './cadence';
import { addDays, daysBetween, todayIn } from './calendar-days';
import { type CommitmentTiming, completedOnTime, isOverdueOnRecord } from './commitments';
import { dateInZone } from './dates';
import { escalationAgeDays } from './escalations';
import type { Cadence, MesaStatus } from './mesa-lifecycle';
import { groupOfRole, type ParticipantGroup } from './participation';
import type { MesaRole } from './roles';

/**
 * The momentum dashboards of a Mesa and of the portfolio (paper sections 4.2, 4.5 and 6): whether the
 * Mesas are moving. Every figure is computed here from plain data; the database only tallies rows
 * (src/db/queries/metrics.ts mirrors `tallyMomentum` and `timeliness` in SQL for large data sets).
 * Days and months are calendar days and months of the deployment's time zone.
 */

// ── Months ─────────────────────────────────────────────────────────────────────────────────────────

/** The calendar month (YYYY-MM) of an instant in a time zone. */
export function monthOf(instant: Date, timeZone: string): string {
  return dateInZone(instant, timeZone).slice(0, 7);
}

/** The month after `month` (YYYY-MM). */
export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** The month `count` months before `month` (after it, when negative). */
export function monthsBefore(month: string, count: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) - count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every month from `from` to `to`, both included (none when `from` is later). */
export function monthRange(from: string, to: string): string[] {
  const months: string[] = [];
  for (let m = from; m <= to; m = nextMonth(m)) months.push(m);
  return months;
}

/** The last day (YYYY-MM-DD) of a month. */
export function lastDayOf(month: string): string {
  return addDays(`${nextMonth(month)}-01`, -1);
}

// ── Momentum: problems enacted and verified per month ─────────────────────────────────────────────

export const momentumStatuses = ['enacted', 'verified'] as const;
export type MomentumStatus = (typeof momentumStatuses)[number];

/** How many problems moved into a status in a month (a problem counts once per month and status). */
export interface MomentumTally {
  month: string;
  status: MomentumStatus;
  problems: number;
}

export interface MomentumPoint {
  month: string;
  enacted: number;
  verified: number;
}

/** A problem's status change, as `problem_status_events` records it. */
export interface StatusEvent {
  problemId: string;
  toStatus: string;
  occurredAt: Date;
}

/**
 * Tallies status changes into enacted and verified by month: the distinct problems that entered each
 * status in each month (a problem reopened and enacted again within the month counts once). Other
 * changes are left out.
 */
export function tallyMomentum(events: readonly StatusEvent[], timeZone: string): MomentumTally[] {
  const seen = new Map<string, Set<string>>();
  for (const e of events) {
    if (!(momentumStatuses as readonly string[]).includes(e.toStatus)) continue;
    const key = `${monthOf(e.occurredAt, timeZone)}|${e.toStatus}`;
    const problems = seen.get(key) ?? new Set<string>();
    problems.add(e.problemId);
    seen.set(key, problems);
  }
  return [...seen].map(([key, problems]) => {
    const [month, status] = key.split('|') as [string, MomentumStatus];
    return { month, status, problems: problems.size };
  });
}

/** The momentum series from `from` to `to` (months, both included), months without change at zero. */
export function momentumSeries(tallies: readonly MomentumTally[], from: string, to: string): MomentumPoint[] {
  const points = new Map(monthRange(from, to).map((month) => [month, { month, enacted: 0, verified: 0 }]));
  for (const t of tallies) {
    const point = points.get(t.month);
    if (point) point[t.status] += t.problems;
  }
  return [...points.values()];
}

/** Totals of a momentum series. */
export function momentumTotals(points: readonly MomentumPoint[]): { enacted: number; verified: number } {
  return points.reduce(
    (sum, p) => ({ enacted: sum.enacted + p.enacted, verified: sum.verified + p.verified }),
    {
      enacted: 0,
      verified: 0,
    },
  );
}

// ── Continuity of private-sector participation ────────────────────────────────────────────────────

/**
 * An organization taking part in the Mesa through one participation (the participation's
 * `designatedById`, else the person's own organization), with its role, over the days it lasted.
 */
export interface PrivateDesignation {
  organizationId: string;
  startedOn: string | null;
  endedOn: string | null;
  /** The participation's role; absent: a private representative. */
  role?: MesaRole;
  /** An occasional participant is invited when needed, not expected at every session. */
  occasional?: boolean;
}

/**
 * The groups whose organizations continuity expects at every session: the designated private sector
 * (the paper's measure). Never the high-level body (a minister who does not sit in sessions is not an
 * absent organization), the dedicated team or observers.
 */
export const CONTINUITY_GROUPS: readonly ParticipantGroup[] = ['private'];

/** A closed session and the organizations whose people were present at it. */
export interface SessionPresence {
  meetingId: string;
  number: number | null;
  /** The day it was held, in the deployment's time zone. */
  heldOn: string;
  presentOrganizationIds: readonly string[];
}

export interface ContinuityPoint {
  meetingId: string;
  number: number | null;
  heldOn: string;
  /** Private organizations designating a representative on that day. */
  designated: number;
  /** How many of them had someone present. */
  present: number;
  /** present / designated, null when no private organization was designated. */
  share: number | null;
}

/** Whether a designation covered a day. */
const covers = (d: PrivateDesignation, day: string) =>
  (d.startedOn === null || d.startedOn <= day) && (d.endedOn === null || d.endedOn >= day);

/**
 * The organizations expected at a session held on `day`: those designating a regular (not occasional)
 * participant of the counted groups on that day. The high-level body's members, the team, observers,
 * occasional participants and those who joined later or left earlier are not expected.
 */
export function expectedOrganizations(
  designations: readonly PrivateDesignation[],
  day: string,
  groups: readonly ParticipantGroup[] = CONTINUITY_GROUPS,
): Set<string> {
  return new Set(
    designations
      .filter((d) => groups.includes(groupOfRole(d.role ?? 'private_rep')) && !d.occasional && covers(d, day))
      .map((d) => d.organizationId),
  );
}

/**
 * Continuity of private-sector participation (the paper's success metric before results show): for
 * each closed session, the share of the organizations expected that day (`expectedOrganizations`) that
 * had someone present. An organization that joined later, or left earlier, does not count for that
 * session. Sessions in the order given.
 */
export function continuity(
  sessions: readonly SessionPresence[],
  designations: readonly PrivateDesignation[],
): ContinuityPoint[] {
  return sessions.map((s) => {
    const designated = expectedOrganizations(designations, s.heldOn);
    const present = new Set(s.presentOrganizationIds.filter((id) => designated.has(id)));
    return {
      meetingId: s.meetingId,
      number: s.number,
      heldOn: s.heldOn,
      designated: designated.size,
      present: present.size,
      share: designated.size ? present.size / designated.size : null,
    };
  });
}

/** How many of the latest sessions the continuity summary averages. */
export const CONTINUITY_WINDOW = 5;

/** The latest session's share and the mean share over the latest `window` sessions that had one. */
export function continuitySummary(
  points: readonly ContinuityPoint[],
  window = CONTINUITY_WINDOW,
): { latest: number | null; recentAverage: number | null; sessions: number } {
  const withShare = [...points]
    .filter((p) => p.share !== null)
    .sort((a, b) => (a.heldOn < b.heldOn ? -1 : a.heldOn > b.heldOn ? 1 : 0));
  const recent = withShare.slice(-window);
  return {
    latest: withShare.at(-1)?.share ?? null,
    recentAverage: recent.length ? recent.reduce((s, p) => s + p.share!, 0) / recent.length : null,
    sessions: recent.length,
  };
}

// ── Commitments completed on time, by entity ──────────────────────────────────────────────────────

export const timelinessKinds = ['on_time', 'late', 'overdue', 'pending'] as const;
export type Timeliness = (typeof timelinessKinds)[number];

/**
 * Where a commitment stands against the due day first agreed (`recordDueOn`: a moved deadline still
 * counts at its original date), a calendar day in the time zone:
 * `on_time` done on or before it, `late` done after it, `overdue` open and the day has passed,
 * `pending` open and not yet due. Null when it does not count: cancelled, or done with no known time.
 */
export function timeliness(c: CommitmentTiming, now: Date, timeZone: string): Timeliness | null {
  if (c.status === 'cancelled') return null;
  if (c.status === 'done') {
    const onTime = completedOnTime(c, timeZone);
    return onTime === null ? null : onTime ? 'on_time' : 'late';
  }
  return isOverdueOnRecord(c, todayIn(now, timeZone)) ? 'overdue' : 'pending';
}

/** Commitments of one entity (or of one key) by timeliness. */
export interface TimelinessTally {
  key: string | null;
  onTime: number;
  late: number;
  overdue: number;
  pending: number;
}

export interface ScorecardRow extends TimelinessTally {
  /** Commitments whose due day has come: on time, late and overdue. */
  due: number;
  /** Share of the due commitments done on time; null when none is due yet. */
  onTimeRate: number | null;
}

const emptyTally = (key: string | null): TimelinessTally => ({
  key,
  onTime: 0,
  late: 0,
  overdue: 0,
  pending: 0,
});
const field: Record<Timeliness, 'onTime' | 'late' | 'overdue' | 'pending'> = {
  on_time: 'onTime',
  late: 'late',
  overdue: 'overdue',
  pending: 'pending',
};

/** Tallies commitments by a key (e.g. the responsible entity), cancelled ones left out. */
export function tallyTimeliness<C extends CommitmentTiming>(
  commitments: readonly C[],
  keyOf: (c: C) => string | null,
  now: Date,
  timeZone: string,
): TimelinessTally[] {
  const tallies = new Map<string | null, TimelinessTally>();
  for (const c of commitments) {
    const kind = timeliness(c, now, timeZone);
    if (!kind) continue;
    const key = keyOf(c);
    const tally = tallies.get(key) ?? emptyTally(key);
    tally[field[kind]]++;
    tallies.set(key, tally);
  }
  return [...tallies.values()];
}

/**
 * The responsiveness scorecard: tallies with the same key merged (the database may give them per
 * Mesa and entity), with the on-time rate over the commitments that are due. Least responsive first
 * (lowest rate; those with nothing due last), then the most commitments due first.
 */
export function scorecard(tallies: readonly TimelinessTally[]): ScorecardRow[] {
  const merged = new Map<string | null, TimelinessTally>();
  for (const t of tallies) {
    const m = merged.get(t.key) ?? emptyTally(t.key);
    m.onTime += t.onTime;
    m.late += t.late;
    m.overdue += t.overdue;
    m.pending += t.pending;
    merged.set(t.key, m);
  }
  const rows = [...merged.values()].map((t): ScorecardRow => {
    const due = t.onTime + t.late + t.overdue;
    return { ...t, due, onTimeRate: due ? t.onTime / due : null };
  });
  return rows.sort((a, b) => {
    if (a.onTimeRate === null || b.onTimeRate === null) {
      if (a.onTimeRate !== b.onTimeRate) return a.onTimeRate === null ? 1 : -1;
    } else if (a.onTimeRate !== b.onTimeRate) return a.onTimeRate - b.onTimeRate;
    return b.due - a.due;
  });
}

// ── Sessions held against cadence ─────────────────────────────────────────────────────────────────

/** A dated change of a Mesa's lifecycle status (`mesa_events` of kind status). */
export interface StatusChange {
  on: string;
  to: MesaStatus;
}

/** Days a Mesa was active: from a day to a day (the last one open-ended up to today). */
export interface ActivePeriod {
  from: string;
  to: string;
}

/**
 * The periods a Mesa was active, from its dated status changes (in date order), up to today. A Mesa
 * whose activation is not recorded but that is active counts as active since its launch day.
 */
export function activePeriods(
  mesa: { status: MesaStatus; launchedOn: string | null; changes: readonly StatusChange[] },
  today: string,
): ActivePeriod[] {
  const changes = [...mesa.changes].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  if (!changes.some((c) => c.to === 'active')) {
    return mesa.status === 'active' && mesa.launchedOn && mesa.launchedOn <= today
      ? [{ from: mesa.launchedOn, to: today }]
      : [];
  }
  const periods: ActivePeriod[] = [];
  let openedOn: string | null = null;
  for (const c of changes) {
    if (c.to === 'active' && openedOn === null) openedOn = c.on;
    else if (c.to !== 'active' && openedOn !== null) {
      periods.push({ from: openedOn, to: c.on });
      openedOn = null;
    }
  }
  if (openedOn !== null && openedOn <= today) periods.push({ from: openedOn, to: today });
  return periods;
}

/**
 * Sessions the cadence asked for over the active periods, up to `until` (default: their end): one per
 * whole interval of each period (the first is due one interval after activation).
 */
export function expectedSessions(
  periods: readonly ActivePeriod[],
  intervalDays: number,
  until?: string,
): number {
  let expected = 0;
  for (const p of periods) {
    const end = until && until < p.to ? until : p.to;
    if (end < p.from) continue;
    expected += Math.floor(daysBetween(p.from, end) / intervalDays);
  }
  return expected;
}

export interface CadenceInputs {
  cadence: Cadence;
  customDays: number | null;
  status: MesaStatus;
  launchedOn: string | null;
  changes: readonly StatusChange[];
  /** Closed sessions, and the start of the latest. */
  held: number;
  lastHeldAt: Date | null;
  /** The first session scheduled after now, if any. */
  nextScheduledAt: Date | null;
  now: Date;
  timeZone: string;
}

export interface CadenceStanding {
  intervalDays: number;
  held: number;
  /** Sessions the cadence asked for while the Mesa was active. */
  expected: number;
  /** held / expected, null when none was expected yet. */
  ratio: number | null;
  lastHeldOn: string | null;
  nextDueOn: string | null;
  /** Only an active Mesa can be overdue. */
  overdue: boolean;
  daysOverdue: number;
  nextScheduledOn: string | null;
}

/** Sessions held against cadence: the count against what the cadence asked for, and the session plan. */
export function sessionsAgainstCadence(input: CadenceInputs): CadenceStanding {
  const today = todayIn(input.now, input.timeZone);
  const plan = cadencePlan({
    cadence: input.cadence,
    customDays: input.customDays,
    heldAt: input.lastHeldAt ? [input.lastHeldAt] : [],
    scheduledAt: input.nextScheduledAt ? [input.nextScheduledAt] : [],
    launchedOn: input.launchedOn,
    now: input.now,
    timeZone: input.timeZone,
    count: 0,
  });
  const expected = expectedSessions(activePeriods(input, today), plan.intervalDays);
  const active = input.status === 'active';
  return {
    intervalDays: plan.intervalDays,
    held: input.held,
    expected,
    ratio: expected ? input.held / expected : null,
    lastHeldOn: plan.lastHeldOn,
    nextDueOn: active ? plan.nextDueOn : null,
    overdue: active && plan.overdue,
    daysOverdue: active ? plan.daysOverdue : 0,
    nextScheduledOn: plan.nextScheduledOn,
  };
}

export interface CadencePoint {
  month: string;
  /** Sessions held in the month. */
  held: number;
  /** Sessions held up to the end of the month (or today), and what the cadence asked for by then. */
  heldToDate: number;
  expectedToDate: number;
}

/** Month by month, the sessions held against the cadence, cumulative, from `from` to today's month. */
export function cadenceSeries(input: {
  periods: readonly ActivePeriod[];
  intervalDays: number;
  heldOn: readonly string[];
  from: string;
  today: string;
}): CadencePoint[] {
  const held = [...input.heldOn].sort();
  return monthRange(input.from, input.today.slice(0, 7)).map((month) => {
    const end = [lastDayOf(month), input.today].sort()[0]!;
    return {
      month,
      held: held.filter((d) => d.slice(0, 7) === month).length,
      heldToDate: held.filter((d) => d <= end).length,
      expectedToDate: expectedSessions(input.periods, input.intervalDays, end),
    };
  });
}

// ── Time from identified to enacted and to verified ──────────────────────────────────────────────

/** When a problem was identified, and first entered enacted and verified (null when it never did). */
export interface ProblemMilestones {
  identifiedAt: Date;
  enactedAt: Date | null;
  verifiedAt: Date | null;
}

/** The median of a list of numbers (the mean of the middle two for an even count); null when empty. */
export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface TimeToStatus {
  /** Median calendar days; null when no problem got there. */
  medianDays: number | null;
  /** How many problems got there. */
  problems: number;
}

/** Median calendar days (deployment time zone) from identified to enacted and to verified. */
export function timeToStatus(
  problems: readonly ProblemMilestones[],
  timeZone: string,
): { enacted: TimeToStatus; verified: TimeToStatus } {
  const days = (from: Date, to: Date) => daysBetween(dateInZone(from, timeZone), dateInZone(to, timeZone));
  const of = (pick: (p: ProblemMilestones) => Date | null): TimeToStatus => {
    const values = problems.flatMap((p) => {
      const at = pick(p);
      return at ? [Math.max(0, days(p.identifiedAt, at))] : [];
    });
    return { medianDays: median(values), problems: values.length };
  };
  return { enacted: of((p) => p.enactedAt), verified: of((p) => p.verifiedAt) };
}

// ── Open escalations by age ──────────────────────────────────────────────────────────────────────

/** Age buckets of open escalations, in days: under 7, 7–29, 30–89, 90 and more. */
export const escalationAgeBuckets = ['under_7', 'days_7_30', 'days_30_90', 'over_90'] as const;
export type EscalationAgeBucket = (typeof escalationAgeBuckets)[number];

export function escalationAgeBucket(days: number): EscalationAgeBucket {
  if (days < 7) return 'under_7';
  if (days < 30) return 'days_7_30';
  if (days < 90) return 'days_30_90';
  return 'over_90';
}

/** Open escalations (waiting for a decision or for the team's answer) counted by age bucket. */
export function escalationsByAge(
  escalations: readonly { escalatedAt: Date }[],
  now: Date,
  timeZone: string,
): { buckets: { bucket: EscalationAgeBucket; count: number }[]; open: number; oldestDays: number | null } {
  const counts = new Map(escalationAgeBuckets.map((b) => [b, 0]));
  let oldest: number | null = null;
  for (const e of escalations) {
    const days = escalationAgeDays({ escalatedAt: e.escalatedAt, closedAt: null }, now, timeZone);
    const bucket = escalationAgeBucket(days);
    counts.set(bucket, counts.get(bucket)! + 1);
    oldest = oldest === null ? days : Math.max(oldest, days);
  }
  return {
    buckets: escalationAgeBuckets.map((bucket) => ({ bucket, count: counts.get(bucket)! })),
    open: escalations.length,
    oldestDays: oldest,
  };
}

/** Escalation statuses that still wait: for the high-level body (open) or for the team (returned). */
export const waitingEscalationStatuses = ['open', 'returned'] as const;
