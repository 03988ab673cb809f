import { BarChart } from '@mantine/charts';
import { Group, Stack, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../api';
import { PageLoader, QueryError } from '../../components/common';
import { asLocale } from '../../i18n';
import { ChartCard, Figure, seriesColors, useNumbers } from './ChartCard';
import type { MesaMetrics } from './dashboardsApi';

/** The height of a dashboards chart that does not grow with its rows. */
export const CHART_HEIGHT = 260;

/** Axis text and grid colours of every dashboards chart. */
export const chartText = { textColor: 'gray.8', gridColor: 'gray.4' } as const;

type MomentumPoint = MesaMetrics['momentum']['months'][number];
type MomentumTotals = MesaMetrics['momentum']['totals'];
type EscalationAges = MesaMetrics['escalations'];
type ScorecardRow = MesaMetrics['scorecard'][number];

/**
 * The dashboards texts: `w` translates a `dashboardsWeb.*` key, `t` any key, and `lang` is the
 * language of the CSV downloads (the UI language).
 */
export function useDashboardsText() {
  const { t, i18n } = useTranslation();
  const lang: Locale = asLocale(i18n.language);
  const w = (key: string, params?: Record<string, unknown>) => t(`dashboardsWeb.${key}`, params ?? {});
  return { t, w, lang };
}

/**
 * The loading and failed states of a dashboards page's figures: a loader while they come, the page
 * heading (`title`) and the error with a retry if they fail, else `children` drawn with them.
 */
export function DashboardsQuery<T>({
  title,
  query,
  children,
}: {
  title: string;
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <PageLoader />;
  if (query.isError) {
    return (
      <Stack>
        <Title order={1}>{title}</Title>
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      </Stack>
    );
  }
  return children(query.data);
}

/**
 * Momentum: problems enacted and verified by month, as bars. `totals` feed the summary (and, with
 * `withHeadline`, the headline figures).
 */
export function MomentumChart({
  id,
  help,
  months,
  totals,
  csvHref,
  withHeadline = false,
}: {
  id: string;
  help: string;
  months: MomentumPoint[];
  totals: MomentumTotals;
  csvHref: string;
  withHeadline?: boolean;
}) {
  const { w } = useDashboardsText();
  const n = useNumbers();
  const momentum = months.map((p) => ({ ...p, label: n.month(p.month) }));
  return (
    <ChartCard
      id={id}
      title={w('momentum.title')}
      help={help}
      summary={w('momentum.summary', totals)}
      headline={
        withHeadline ? (
          <Group gap="xl">
            <Figure label={w('momentum.enacted')} value={n.number(totals.enacted)} />
            <Figure label={w('momentum.verified')} value={n.number(totals.verified)} />
          </Group>
        ) : undefined
      }
      csvHref={csvHref}
      data={{
        headers: [w('columns.month'), w('momentum.enacted'), w('momentum.verified')],
        rows: momentum.map((p) => ({ key: p.month, cells: [p.label, p.enacted, p.verified] })),
      }}
      chart={
        <BarChart
          h={CHART_HEIGHT}
          data={momentum}
          dataKey="label"
          {...chartText}
          accessibilityLayer={false}
          withLegend
          series={[
            { name: 'enacted', label: w('momentum.enacted'), color: seriesColors.enacted },
            { name: 'verified', label: w('momentum.verified'), color: seriesColors.verified },
          ]}
        />
      }
    />
  );
}

/**
 * Open escalations by age, as bars of a fixed `height`; with `withHeadline`, the open count and the
 * oldest one's age as headline figures.
 */
export function EscalationAgesChart({
  id,
  escalations,
  csvHref,
  height,
  withHeadline = false,
}: {
  id: string;
  escalations: EscalationAges;
  csvHref: string;
  height: number;
  withHeadline?: boolean;
}) {
  const { t, w } = useDashboardsText();
  const n = useNumbers();
  const ages = escalations.buckets.map((b) => ({ ...b, label: t(`dashboards.buckets.${b.bucket}`) }));
  return (
    <ChartCard
      id={id}
      title={w('escalations.title')}
      help={w('escalations.help')}
      summary={w('escalations.summary', { count: escalations.open })}
      headline={
        withHeadline ? (
          <Group gap="xl">
            <Figure label={w('escalations.open')} value={n.number(escalations.open)} />
            {escalations.oldestDays !== null && (
              <Figure
                label={w('escalations.oldest')}
                value={w('cadence.days', { count: escalations.oldestDays })}
              />
            )}
          </Group>
        ) : undefined
      }
      csvHref={csvHref}
      data={{
        headers: [w('escalations.age'), w('escalations.open')],
        rows: ages.map((b) => ({ key: b.bucket, cells: [b.label, b.count] })),
      }}
      chart={
        <BarChart
          h={height}
          data={ages}
          dataKey="label"
          {...chartText}
          accessibilityLayer={false}
          series={[{ name: 'count', label: w('escalations.open'), color: seriesColors.escalations }]}
        />
      }
    />
  );
}

/**
 * The entity scorecard: commitments on time, late, overdue (and, with `withPending`, pending) by
 * responsible entity. The table lists `rows`; the stacked bars draw `chartRows` (all `rows` unless
 * given), `rowHeight` pixels a bar.
 */
export function ScorecardChart({
  id,
  help,
  rows,
  chartRows = rows,
  rowHeight,
  withPending = false,
  csvHref,
}: {
  id: string;
  help: string;
  rows: ScorecardRow[];
  chartRows?: ScorecardRow[];
  rowHeight: number;
  withPending?: boolean;
  csvHref: string;
}) {
  const { w } = useDashboardsText();
  const n = useNumbers();
  const labelled = (list: ScorecardRow[]) =>
    list.map((r, i) => ({
      ...r,
      key: r.entity?.id ?? `none-${i}`,
      label: r.entity ? (r.entity.acronym ?? r.entity.name) : w('noEntity'),
    }));
  const scorecard = labelled(rows);
  const bars = labelled(chartRows);
  return (
    <ChartCard
      id={id}
      title={w('scorecard.title')}
      help={help}
      summary={w('scorecard.summary', { count: scorecard.length })}
      csvHref={csvHref}
      data={{
        headers: [
          w('columns.entity'),
          w('scorecard.onTime'),
          w('scorecard.late'),
          w('scorecard.overdue'),
          w('scorecard.pending'),
          w('scorecard.rate'),
        ],
        rows: scorecard.map((r) => ({
          key: r.key,
          cells: [r.entity?.name ?? r.label, r.onTime, r.late, r.overdue, r.pending, n.percent(r.onTimeRate)],
        })),
      }}
      chart={
        <BarChart
          h={Math.max(CHART_HEIGHT, bars.length * rowHeight)}
          data={bars}
          dataKey="label"
          type="stacked"
          orientation="vertical"
          yAxisProps={{ width: 110 }}
          {...chartText}
          accessibilityLayer={false}
          withLegend
          series={[
            { name: 'onTime', label: w('scorecard.onTime'), color: seriesColors.onTime },
            { name: 'late', label: w('scorecard.late'), color: seriesColors.late },
            { name: 'overdue', label: w('scorecard.overdue'), color: seriesColors.overdue },
            ...(withPending
              ? [{ name: 'pending', label: w('scorecard.pending'), color: seriesColors.pending }]
              : []),
          ]}
        />
      }
    />
  );
}
