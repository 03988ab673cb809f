import { BarChart, LineChart } from '@mantine/charts';
import { Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { problemCode } from '../../../../src/domain/problem-code';
import { usePageTitle } from '../../components/common';
import { useFormatters } from '../../format';
import { ChartCard, Figure, seriesColors, useNumbers } from './ChartCard';
import {
  CHART_HEIGHT,
  chartText,
  DashboardsQuery,
  EscalationAgesChart,
  MomentumChart,
  ScorecardChart,
  useDashboardsText,
} from './charts';
import { dashboardsApi, type MesaMetricName, type MesaMetrics } from './dashboardsApi';

export const mesaMetricsKey = (mesaId: string) => ['mesa-metrics', mesaId] as const;

/** A Mesa's dashboards: is it moving? Each chart with its table and CSV. */
export function MesaDashboardsPage() {
  const { t } = useTranslation();
  const { mesaId } = useParams({ from: '/mesas/$mesaId/dashboards' });
  const metrics = useQuery({ queryKey: mesaMetricsKey(mesaId), queryFn: () => dashboardsApi.mesa(mesaId) });
  usePageTitle(
    metrics.data
      ? t('dashboardsWeb.mesa.pageTitle', { name: metrics.data.mesa.name })
      : t('dashboardsWeb.mesa.title'),
  );
  return (
    <DashboardsQuery title={t('dashboardsWeb.mesa.title')} query={metrics}>
      {(data) => <MesaDashboards mesaId={mesaId} m={data} />}
    </DashboardsQuery>
  );
}

function MesaDashboards({ mesaId, m }: { mesaId: string; m: MesaMetrics }) {
  const { w, lang } = useDashboardsText();
  const f = useFormatters();
  const n = useNumbers();
  const csv = (metric: MesaMetricName) => dashboardsApi.mesaCsv(mesaId, metric, lang);

  const continuity = m.continuity.sessions.map((s) => ({
    ...s,
    label: s.number ? w('sessionLabel', { number: s.number }) : f.date(s.heldOn),
    percent: s.share === null ? null : Math.round(s.share * 100),
  }));
  const cadence = m.cadence.months.map((p) => ({ ...p, label: n.month(p.month) }));
  const standing = m.cadence.standing;
  const toStatus = (['enacted', 'verified'] as const).map((s) => ({
    key: s,
    label: w(`timeToStatus.${s}`),
    days: m.timeToStatus[s].medianDays ?? 0,
    median: m.timeToStatus[s].medianDays,
    problems: m.timeToStatus[s].problems,
  }));
  const circling = m.circling.map((c) => ({ ...c, label: problemCode(c.number) }));

  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Link to="/mesas/$mesaId" params={{ mesaId }} className="card-title-link">
          {w('mesa.back', { name: m.mesa.name })}
        </Link>
        <Title order={1}>{w('mesa.pageTitle', { name: m.mesa.name })}</Title>
        <Text c="gray.7" maw={800}>
          {w('mesa.subtitle')}
        </Text>
      </Stack>

      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <MomentumChart
          id="momentum"
          help={w('momentum.help')}
          months={m.momentum.months}
          totals={m.momentum.totals}
          csvHref={csv('momentum')}
          withHeadline
        />

        <ChartCard
          id="continuity"
          title={w('continuity.title')}
          help={w('continuity.help')}
          summary={w('continuity.summary', {
            latest: n.percent(m.continuity.latest),
            average: n.percent(m.continuity.recentAverage),
          })}
          headline={
            <Group gap="xl">
              <Figure label={w('continuity.latest')} value={n.percent(m.continuity.latest)} />
              <Figure label={w('continuity.average')} value={n.percent(m.continuity.recentAverage)} />
            </Group>
          }
          csvHref={csv('continuity')}
          data={{
            headers: [
              w('columns.session'),
              w('columns.date'),
              w('continuity.designated'),
              w('continuity.present'),
              w('continuity.share'),
            ],
            rows: continuity.map((s) => ({
              key: s.meetingId,
              cells: [s.label, f.date(s.heldOn), s.designated, s.present, n.percent(s.share)],
            })),
          }}
          chart={
            <LineChart
              h={CHART_HEIGHT}
              data={continuity}
              dataKey="label"
              {...chartText}
              accessibilityLayer={false}
              unit="%"
              yAxisProps={{ domain: [0, 100] }}
              connectNulls
              series={[{ name: 'percent', label: w('continuity.share'), color: seriesColors.share }]}
            />
          }
        />

        <ScorecardChart
          id="scorecard"
          help={w('scorecard.help')}
          rows={m.scorecard}
          rowHeight={36}
          withPending
          csvHref={csv('scorecard')}
        />

        <ChartCard
          id="cadence"
          title={w('cadence.title')}
          help={w('cadence.help', { days: standing.intervalDays })}
          summary={w('cadence.summary', { held: standing.held, expected: standing.expected })}
          headline={
            <Group gap="xl">
              <Figure label={w('cadence.held')} value={n.number(standing.held)} />
              <Figure label={w('cadence.expected')} value={n.number(standing.expected)} />
              {standing.overdue && (
                <Figure
                  label={w('cadence.overdue')}
                  value={w('cadence.days', { count: standing.daysOverdue })}
                  tone="warning"
                />
              )}
            </Group>
          }
          csvHref={csv('cadence')}
          data={{
            headers: [
              w('columns.month'),
              w('cadence.heldInMonth'),
              w('cadence.heldToDate'),
              w('cadence.expectedToDate'),
            ],
            rows: cadence.map((p) => ({
              key: p.month,
              cells: [p.label, p.held, p.heldToDate, p.expectedToDate],
            })),
          }}
          chart={
            <LineChart
              h={CHART_HEIGHT}
              data={cadence}
              dataKey="label"
              {...chartText}
              accessibilityLayer={false}
              withLegend
              series={[
                { name: 'heldToDate', label: w('cadence.heldToDate'), color: seriesColors.held },
                {
                  name: 'expectedToDate',
                  label: w('cadence.expectedToDate'),
                  color: seriesColors.expected,
                  strokeDasharray: '6 4',
                },
              ]}
            />
          }
        />

        <ChartCard
          id="time-to-status"
          title={w('timeToStatus.title')}
          help={w('timeToStatus.help')}
          summary={w('timeToStatus.summary', {
            enacted: n.number(m.timeToStatus.enacted.medianDays),
            verified: n.number(m.timeToStatus.verified.medianDays),
          })}
          csvHref={csv('time-to-status')}
          data={{
            headers: [w('timeToStatus.milestone'), w('timeToStatus.median'), w('timeToStatus.problems')],
            rows: toStatus.map((s) => ({ key: s.key, cells: [s.label, n.number(s.median), s.problems] })),
          }}
          chart={
            <BarChart
              h={200}
              data={toStatus}
              dataKey="label"
              {...chartText}
              accessibilityLayer={false}
              series={[{ name: 'days', label: w('timeToStatus.median'), color: seriesColors.held }]}
            />
          }
        />

        <EscalationAgesChart
          id="escalations"
          escalations={m.escalations}
          csvHref={csv('escalations')}
          height={200}
          withHeadline
        />

        <ChartCard
          id="circling"
          title={w('circling.title')}
          help={w('circling.help')}
          summary={w('circling.summary', { count: circling.length })}
          csvHref={csv('circling')}
          data={{
            headers: [w('circling.problem'), w('circling.title_'), w('circling.sessions')],
            rows: circling.map((c) => ({
              key: c.problemId,
              cells: [c.label, c.title, c.sessions],
            })),
          }}
          chart={
            <BarChart
              h={Math.max(160, circling.length * 36)}
              data={circling}
              dataKey="label"
              orientation="vertical"
              {...chartText}
              accessibilityLayer={false}
              series={[{ name: 'sessions', label: w('circling.sessions'), color: seriesColors.circling }]}
            />
          }
        />
      </SimpleGrid>
    </Stack>
  );
}
