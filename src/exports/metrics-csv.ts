import type { MesaMetrics } from '../db/queries/metrics';
import type { Portfolio } from '../db/queries/portfolio';
import { problemCode } from '../domain/problem-code';
import type { MesaMetricName, PortfolioChartName } from '../server/schemas/dashboards';
import type { SheetCell, SheetTable, Translate } from './matrix-sheet';

/** A chart's table: its headers and rows (the CSV writer ignores column widths). */
export type ChartTable = Pick<SheetTable, 'headers' | 'rows'>;

/** As the CSV writer takes it. */
export const asSheet = (table: ChartTable): SheetTable => ({ ...table, widths: [], wrap: [] });

/**
 * The data behind each chart of the dashboards as a table, with headers in the caller's language:
 * what the CSV downloads hold (one table per chart, as the chart's table view shows it).
 */

/** A share (0–1) as a percentage with one decimal; empty when there is none. */
const percent = (share: number | null): SheetCell => (share === null ? null : Math.round(share * 1000) / 10);
const h = (t: Translate, key: string) => t(`dashboards.csv.${key}`);

type Score = MesaMetrics['scorecard'][number];

function scorecardTable(rows: readonly Score[], t: Translate): ChartTable {
  return {
    headers: ['entity', 'acronym', 'onTime', 'late', 'overdue', 'pending', 'due', 'onTimeRate'].map((k) =>
      h(t, k),
    ),
    rows: rows.map((r) => [
      r.entity?.name ?? h(t, 'noEntity'),
      r.entity?.acronym ?? null,
      r.onTime,
      r.late,
      r.overdue,
      r.pending,
      r.due,
      percent(r.onTimeRate),
    ]),
  };
}

function momentumTable(months: MesaMetrics['momentum']['months'], t: Translate): ChartTable {
  return {
    headers: ['month', 'enacted', 'verified'].map((k) => h(t, k)),
    rows: months.map((m) => [m.month, m.enacted, m.verified]),
  };
}

function escalationsTable(e: MesaMetrics['escalations'], t: Translate): ChartTable {
  return {
    headers: ['age', 'escalations'].map((k) => h(t, k)),
    rows: e.buckets.map((b) => [t(`dashboards.buckets.${b.bucket}`), b.count]),
  };
}

/** The table of one chart of a Mesa's dashboards. */
export function mesaMetricTable(metric: MesaMetricName, m: MesaMetrics, t: Translate): ChartTable {
  switch (metric) {
    case 'momentum':
      return momentumTable(m.momentum.months, t);
    case 'continuity':
      return {
        headers: ['session', 'heldOn', 'designated', 'present', 'share'].map((k) => h(t, k)),
        rows: m.continuity.sessions.map((s) => [
          s.number,
          s.heldOn,
          s.designated,
          s.present,
          percent(s.share),
        ]),
      };
    case 'scorecard':
      return scorecardTable(m.scorecard, t);
    case 'cadence':
      return {
        headers: ['month', 'held', 'heldToDate', 'expectedToDate'].map((k) => h(t, k)),
        rows: m.cadence.months.map((c) => [c.month, c.held, c.heldToDate, c.expectedToDate]),
      };
    case 'time-to-status':
      return {
        headers: ['milestone', 'medianDays', 'problems'].map((k) => h(t, k)),
        rows: (['enacted', 'verified'] as const).map((s) => [
          h(t, `to_${s}`),
          m.timeToStatus[s].medianDays,
          m.timeToStatus[s].problems,
        ]),
      };
    case 'escalations':
      return escalationsTable(m.escalations, t);
    case 'circling':
      return {
        headers: ['problem', 'title', 'sessions', 'since'].map((k) => h(t, k)),
        rows: m.circling.map((c) => [
          problemCode(c.number),
          c.title,
          c.sessions,
          c.since ? c.since.toISOString() : null,
        ]),
      };
  }
}

/** The portfolio table: one row per Mesa. */
export function portfolioTable(p: Portfolio, t: Translate): ChartTable {
  const keys = [
    'mesa',
    'kind',
    'status',
    'host',
    'launchedOn',
    'team',
    'teamLoad',
    'held',
    'expected',
    'sessionsOverdue',
    'enacted',
    'verified',
    'continuity',
    'onTimeRate',
    'overdue',
    'openEscalations',
  ];
  return {
    headers: keys.map((k) => h(t, k)),
    rows: p.mesas.map((m) => [
      m.mesa.name,
      t(`mesaKind.${m.mesa.kind}`),
      t(`mesaStatus.${m.mesa.status}`),
      m.host.acronym ?? m.host.name,
      m.mesa.launchedOn,
      m.team.map((x) => x.fullName).join('; '),
      m.teamLoad,
      m.cadence.held,
      m.cadence.expected,
      m.cadence.overdue ? m.cadence.daysOverdue : null,
      m.momentum.enacted,
      m.momentum.verified,
      percent(m.continuity?.share ?? null),
      percent(m.commitments.onTimeRate),
      m.commitments.overdue,
      m.escalations.open,
    ]),
  };
}

/** The table of one chart of the portfolio. */
export function portfolioChartTable(chart: PortfolioChartName, p: Portfolio, t: Translate): ChartTable {
  switch (chart) {
    case 'momentum':
      return momentumTable(p.momentum, t);
    case 'scorecard':
      return scorecardTable(p.scorecard, t);
    case 'team-load':
      return {
        headers: ['person', 'activeMesas', 'mesas'].map((k) => h(t, k)),
        rows: p.teamLoads.map((l) => [l.fullName, l.activeMesas, l.mesaIds.length]),
      };
    case 'escalations':
      return escalationsTable(p.escalations, t);
  }
}
