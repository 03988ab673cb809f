import { todayIn } from '../../domain/calendar-days';
import { dateInZone } from '../../domain/dates';
import {
  type CadenceStanding,
  type ContinuityPoint,
  continuity,
  type EscalationAgeBucket,
  escalationsByAge,
  type MomentumPoint,
  momentumSeries,
  momentumTotals,
  monthsBefore,
  type ScorecardRow,
  scorecard,
  sessionsAgainstCadence,
} from '../../domain/metrics';
import {
  type PortfolioAdvice,
  sequentialAdvice,
  type TeamLoad,
  teamLoads,
  type VisibilityScope,
} from '../../domain/portfolio';
import type { Db } from '../client';
import { readAll } from '../read-all';
import { listMesas } from './mesas';
import { type EntityScore, entityScores, PORTFOLIO_MOMENTUM_MONTHS, portfolioReads } from './metrics';

type MesaRow = Awaited<ReturnType<typeof listMesas>>[number];

/** Rows grouped by their Mesa. */
function byMesa<T extends { mesaId: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.mesaId);
    if (list) list.push(row);
    else map.set(row.mesaId, [row]);
  }
  return map;
}

/** The escalations of several Mesas by age, each aged in its own Mesa's zone. */
function combineAges(groups: readonly ReturnType<typeof escalationsByAge>[]): Portfolio['escalations'] {
  const total = escalationsByAge([], new Date(0), 'UTC');
  for (const g of groups) {
    g.buckets.forEach((b, i) => {
      total.buckets[i]!.count += b.count;
    });
    total.open += g.open;
    if (g.oldestDays !== null) total.oldestDays = Math.max(total.oldestDays ?? g.oldestDays, g.oldestDays);
  }
  return total;
}

export interface PortfolioMesa {
  mesa: MesaRow['mesa'];
  host: MesaRow['host'];
  cadence: CadenceStanding;
  team: { personId: string; fullName: string; activeMesas: number }[];
  /** The most active Mesas any member of its team carries (0 without a team). */
  teamLoad: number;
  /** Problems enacted and verified over the portfolio's momentum months. */
  momentum: { enacted: number; verified: number };
  /** Continuity of private participation at its last closed session. */
  continuity: ContinuityPoint | null;
  commitments: Omit<ScorecardRow, 'key'>;
  escalations: { open: number; oldestDays: number | null };
}

export interface Portfolio {
  mesas: PortfolioMesa[];
  teamLoads: TeamLoad[];
  momentum: MomentumPoint[];
  escalations: {
    buckets: { bucket: EscalationAgeBucket; count: number }[];
    open: number;
    oldestDays: number | null;
  };
  scorecard: EntityScore[];
  advice: PortfolioAdvice[];
}

/**
 * The portfolio of the Mesas the caller may see (`canSeeMesa`), with only the records of `scope`
 * counted: ten statements whatever the number of Mesas (the Mesas and `portfolioReads`, together).
 *
 * Every Mesa's figures (cadence, momentum, continuity, commitments, escalation ages) are in its own
 * time zone, `timeZone` (the deployment's) for a Mesa without one; the portfolio-wide escalation ages
 * add up those of the Mesas. The commitments are not grouped on every read: triggers keep
 * `commitment_tallies` current (migration 0012: counts by Mesa, entity, visibility and outcome, open
 * ones by due day and in all, on time or late judged when completed in the Mesa's zone), and the
 * portfolio sums those rows, deciding pending (and so overdue) by each Mesa's "today" (`portfolioReads`). The deployment's
 * zone, which SQL cannot know, is stored in `tally_settings` at start-up (`syncTallyTimeZone`).
 */
export async function loadPortfolio(
  db: Db,
  options: { scope: VisibilityScope; canSeeMesa: (row: MesaRow) => boolean; now: Date; timeZone: string },
): Promise<Portfolio> {
  const { now, timeZone } = options;
  const [allMesas, reads] = await readAll(db, [() => listMesas(db), () => portfolioReads(db, options)]);
  const rows = allMesas.filter(options.canSeeMesa);
  const visible = new Set(rows.map((r) => r.mesa.id));
  const today = todayIn(now, timeZone);
  const thisMonth = today.slice(0, 7);
  const from = monthsBefore(thisMonth, PORTFOLIO_MOMENTUM_MONTHS - 1);

  const statusOf = new Map(rows.map((r) => [r.mesa.id, r.mesa.status]));
  const assignments = reads.team.filter((t) => visible.has(t.mesaId));
  const loads = teamLoads(assignments, statusOf);
  const loadOf = new Map(loads.map((l) => [l.personId, l.activeMesas]));
  const momentum = reads.momentum.filter((m) => visible.has(m.mesaId));
  const waiting = reads.waiting.filter((w) => visible.has(w.mesaId));
  const tallies = reads.commitments.filter((c) => visible.has(c.mesaId));
  const momentumBy = byMesa(momentum);
  const waitingBy = byMesa(waiting);
  const talliesBy = byMesa(tallies);
  const assignmentsBy = byMesa(assignments);

  const ageGroups: ReturnType<typeof escalationsByAge>[] = [];

  const mesas = rows.map(({ mesa, host }): PortfolioMesa => {
    // Each Mesa's figures are in its own time zone (the deployment's for a Mesa without one).
    const zone = mesa.timeZone ?? timeZone;
    const itsMonth = todayIn(now, zone).slice(0, 7);
    const sessions = reads.sessions.get(mesa.id);
    const cadence = sessionsAgainstCadence({
      cadence: mesa.cadence,
      customDays: mesa.cadenceDays,
      status: mesa.status,
      launchedOn: mesa.launchedOn,
      changes: reads.changes.get(mesa.id) ?? [],
      held: sessions?.held ?? 0,
      lastHeldAt: sessions?.lastHeldAt ?? null,
      nextScheduledAt: sessions?.nextScheduledAt ?? null,
      now,
      timeZone: zone,
    });
    const members = new Map<string, { personId: string; fullName: string; activeMesas: number }>();
    for (const a of assignmentsBy.get(mesa.id) ?? []) {
      members.set(a.personId, {
        personId: a.personId,
        fullName: a.fullName,
        activeMesas: loadOf.get(a.personId) ?? 0,
      });
    }
    const team = [...members.values()].sort((a, b) => a.fullName.localeCompare(b.fullName));
    const last = reads.lastSessions.get(mesa.id);
    const [point] = last
      ? continuity(
          [
            {
              meetingId: last.meetingId,
              number: last.number,
              heldOn: dateInZone(last.startsAt, zone),
              presentOrganizationIds: last.present,
            },
          ],
          reads.designations.get(mesa.id) ?? [],
        )
      : [];
    const [score] = scorecard((talliesBy.get(mesa.id) ?? []).map((t) => ({ ...t, key: null })));
    const ages = escalationsByAge(waitingBy.get(mesa.id) ?? [], now, zone);
    ageGroups.push(ages);
    const { key: _key, ...commitmentFigures } = score ?? {
      key: null,
      onTime: 0,
      late: 0,
      overdue: 0,
      pending: 0,
      due: 0,
      onTimeRate: null,
    };
    return {
      mesa,
      host,
      cadence,
      team,
      teamLoad: Math.max(0, ...team.map((m) => m.activeMesas)),
      momentum: momentumTotals(
        momentumSeries(
          momentumBy.get(mesa.id) ?? [],
          monthsBefore(itsMonth, PORTFOLIO_MOMENTUM_MONTHS - 1),
          itsMonth,
        ),
      ),
      continuity: point ?? null,
      commitments: commitmentFigures,
      escalations: { open: ages.open, oldestDays: ages.oldestDays },
    };
  });

  return {
    mesas,
    teamLoads: loads,
    momentum: momentumSeries(momentum, from, thisMonth),
    escalations: combineAges(ageGroups),
    scorecard: entityScores(tallies, reads.entities),
    advice: sequentialAdvice(
      mesas.map((m) => ({
        id: m.mesa.id,
        name: m.mesa.name,
        status: m.mesa.status,
        launchedOn: m.mesa.launchedOn,
        teamSize: m.team.length,
        sessionsOverdue: m.cadence.overdue,
      })),
      loads,
    ),
  };
}
