import { type Actor, canSee } from './access';
import { daysBetween } from './calendar-days';
import type { MesaStatus } from './mesa-lifecycle';
import type { Visibility } from './roles';

/**
 * The portfolio of the coordinating office (paper section 4.5): which Mesas run, who carries them, and
 * the advice of "sequential prioritization" — with its limited bandwidth the government should start
 * with two or three sectors or factors, learn, and add more over time; a dedicated team spread over
 * too many Mesas cannot keep the pressure of weekly or biweekly sessions.
 */

/** The first wave the paper advises: two or three Mesas. */
export const FIRST_WAVE = { min: 2, max: 3 } as const;
/** More launches than this within `LAUNCH_WINDOW_DAYS` is "many Mesas launched at once". */
export const MAX_LAUNCHES_IN_WINDOW = 3;
export const LAUNCH_WINDOW_DAYS = 90;
/** A dedicated-team member carrying more active Mesas than this is overloaded. */
export const MAX_ACTIVE_MESAS_PER_MEMBER = 2;

/** A current dedicated-team (team or moderator) participation. */
export interface TeamAssignment {
  personId: string;
  fullName: string;
  mesaId: string;
}

export interface TeamLoad {
  personId: string;
  fullName: string;
  /** Active Mesas the person is on the dedicated team of. */
  activeMesas: number;
  /** Every Mesa (any status) the person is on the team of. */
  mesaIds: string[];
}

/** The load of each dedicated-team member: active Mesas carried. Heaviest first, then by name. */
export function teamLoads(
  assignments: readonly TeamAssignment[],
  statusOf: ReadonlyMap<string, MesaStatus>,
): TeamLoad[] {
  const byPerson = new Map<string, TeamLoad>();
  for (const a of assignments) {
    const load = byPerson.get(a.personId) ?? {
      personId: a.personId,
      fullName: a.fullName,
      activeMesas: 0,
      mesaIds: [],
    };
    if (!load.mesaIds.includes(a.mesaId)) {
      load.mesaIds.push(a.mesaId);
      if (statusOf.get(a.mesaId) === 'active') load.activeMesas++;
    }
    byPerson.set(a.personId, load);
  }
  return [...byPerson.values()].sort(
    (a, b) => b.activeMesas - a.activeMesas || a.fullName.localeCompare(b.fullName),
  );
}

/** What the advice needs to know of each Mesa. */
export interface PortfolioMesa {
  id: string;
  name: string;
  status: MesaStatus;
  launchedOn: string | null;
  /** Current dedicated-team members. */
  teamSize: number;
  /** Whether its sessions are overdue by the cadence. */
  sessionsOverdue: boolean;
}

export type PortfolioAdvice =
  | { kind: 'start_few'; level: 'info'; min: number; max: number; candidates: number }
  | { kind: 'many_launched_at_once'; level: 'warning'; launched: number; windowDays: number; max: number }
  | {
      kind: 'member_overloaded';
      level: 'warning';
      personId: string;
      fullName: string;
      activeMesas: number;
      max: number;
    }
  | { kind: 'mesa_without_team'; level: 'warning'; mesaId: string; mesaName: string }
  | { kind: 'sessions_lapsing'; level: 'warning'; mesas: number }
  | { kind: 'room_for_next'; level: 'info'; candidates: number };

/**
 * The most launches within any `windowDays`-day window (both ends included), over the launch days given.
 */
export function largestLaunchWave(launchedOn: readonly string[], windowDays = LAUNCH_WINDOW_DAYS): number {
  const days = [...launchedOn].sort();
  let best = 0;
  let start = 0;
  for (let end = 0; end < days.length; end++) {
    while (daysBetween(days[start]!, days[end]!) >= windowDays) start++;
    best = Math.max(best, end - start + 1);
  }
  return best;
}

/**
 * The "sequential prioritization" advice on a portfolio:
 * - nothing launched yet: start with two or three Mesas (`start_few`);
 * - more than three Mesas launched within 90 days (`many_launched_at_once`);
 * - a dedicated-team member carrying more than two active Mesas (`member_overloaded`, one each);
 * - an active Mesa with no dedicated team (`mesa_without_team`, one each);
 * - active Mesas whose sessions are overdue (`sessions_lapsing`): bring them back to rhythm first;
 * - otherwise, with candidates waiting and at least one Mesa running well: `room_for_next`.
 * Warnings first, in that order.
 */
export function sequentialAdvice(
  mesas: readonly PortfolioMesa[],
  loads: readonly TeamLoad[],
): PortfolioAdvice[] {
  const advice: PortfolioAdvice[] = [];
  const launched = mesas.filter((m) => m.status !== 'candidate' && m.status !== 'assessing' && m.launchedOn);
  const candidates = mesas.filter((m) => m.status === 'candidate' || m.status === 'assessing').length;
  const active = mesas.filter((m) => m.status === 'active');

  const wave = largestLaunchWave(launched.map((m) => m.launchedOn!));
  if (wave > MAX_LAUNCHES_IN_WINDOW) {
    advice.push({
      kind: 'many_launched_at_once',
      level: 'warning',
      launched: wave,
      windowDays: LAUNCH_WINDOW_DAYS,
      max: MAX_LAUNCHES_IN_WINDOW,
    });
  }
  for (const load of loads) {
    if (load.activeMesas > MAX_ACTIVE_MESAS_PER_MEMBER) {
      advice.push({
        kind: 'member_overloaded',
        level: 'warning',
        personId: load.personId,
        fullName: load.fullName,
        activeMesas: load.activeMesas,
        max: MAX_ACTIVE_MESAS_PER_MEMBER,
      });
    }
  }
  for (const m of active) {
    if (m.teamSize === 0)
      advice.push({ kind: 'mesa_without_team', level: 'warning', mesaId: m.id, mesaName: m.name });
  }
  const lapsing = active.filter((m) => m.sessionsOverdue).length;
  if (lapsing) advice.push({ kind: 'sessions_lapsing', level: 'warning', mesas: lapsing });

  if (!launched.length) {
    advice.push({ kind: 'start_few', level: 'info', min: FIRST_WAVE.min, max: FIRST_WAVE.max, candidates });
  } else if (!advice.length && candidates > 0 && active.length > 0) {
    advice.push({ kind: 'room_for_next', level: 'info', candidates });
  }
  return advice;
}

/** Which records of which Mesas a caller may see, for filtering across Mesas at once. */
export interface VisibilityScope {
  /** Mesas whose `members` records the caller sees: all, or these. */
  members: 'all' | readonly string[];
  /** Mesas whose `team` records the caller sees: all, or these. */
  team: 'all' | readonly string[];
}

/**
 * The visibility scope of an actor, as `canSee` decides it Mesa by Mesa: the coordinating office sees
 * everything, the high-level body `members` records everywhere, and each participant what their roles
 * in a Mesa allow there.
 */
export function visibilityScope(actor: Actor): VisibilityScope {
  const where = (visibility: Visibility) =>
    canSee({ ...actor, mesaRoles: new Map() }, visibility, undefined)
      ? 'all'
      : [...actor.mesaRoles.keys()].filter((mesaId) => canSee(actor, visibility, mesaId));
  return { members: where('members'), team: where('team') };
}
