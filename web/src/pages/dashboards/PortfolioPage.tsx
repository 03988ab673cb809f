import { BarChart } from '@mantine/charts';
import { Alert, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { StatusBadge, Tag, usePageTitle } from '../../components/common';
import { Forbidden } from '../../components/headings';
import { useSession } from '../../session';
import { ChartCard, Figure, seriesColors, useNumbers } from './ChartCard';
import {
  chartText,
  DashboardsQuery,
  EscalationAgesChart,
  MomentumChart,
  ScorecardChart,
  useDashboardsText,
} from './charts';
import { type Advice, dashboardsApi, type Portfolio, type PortfolioChartName } from './dashboardsApi';

export const portfolioKey = ['portfolio'] as const;

/** The portfolio of the coordinating office and the high-level body: every Mesa, and whether they move. */
export function PortfolioPage() {
  const { t } = useTranslation();
  const { user, isCoordinating } = useSession();
  const allowed = isCoordinating || user?.globalRole === 'high_level';
  usePageTitle(t('dashboardsWeb.portfolio.title'));
  const portfolio = useQuery({ queryKey: portfolioKey, queryFn: dashboardsApi.portfolio, enabled: allowed });
  if (!allowed) return <Forbidden title={t('dashboardsWeb.portfolio.title')} />;
  return (
    <DashboardsQuery title={t('dashboardsWeb.portfolio.title')} query={portfolio}>
      {(data) => <PortfolioView p={data} />}
    </DashboardsQuery>
  );
}

function AdviceList({ advice }: { advice: Advice[] }) {
  const { t } = useTranslation();
  if (!advice.length) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="advice-title">
      <Title order={2} size="h3" id="advice-title">
        {t('dashboardsWeb.advice.title')}
      </Title>
      <Text size="sm" c="gray.7" maw={800}>
        {t('dashboardsWeb.advice.help')}
      </Text>
      {advice.map((a, i) => (
        <Alert
          // biome-ignore lint/suspicious/noArrayIndexKey: advice has no id and its order is stable
          key={`${a.kind}-${i}`}
          color={a.level === 'warning' ? 'yellow' : 'blue'}
          variant="light"
          data-advice={a.kind}
        >
          <Text size="sm" c="gray.9">
            {t(`dashboardsWeb.advice.${a.kind}`, a.params)}
          </Text>
        </Alert>
      ))}
    </Stack>
  );
}

function PortfolioView({ p }: { p: Portfolio }) {
  const { t, w, lang } = useDashboardsText();
  const n = useNumbers();
  const csv = (chart: PortfolioChartName | null) => dashboardsApi.portfolioCsv(chart, lang);

  const active = p.mesas.filter((m) => m.status === 'active').length;
  const cadenceRows = p.mesas
    .filter((m) => m.status === 'active' || m.status === 'paused')
    .map((m) => ({ id: m.id, label: m.name, held: m.cadence.held, expected: m.cadence.expected }));
  const loads = p.teamLoads.map((l) => ({ ...l, label: l.fullName }));
  const scorecard = p.scorecard.filter((r) => r.entity);

  return (
    <Stack gap="xl">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{w('portfolio.title')}</Title>
          <Text c="gray.7" maw={800}>
            {w('portfolio.subtitle')}
          </Text>
        </div>
        <Group gap="xl">
          <Figure label={w('portfolio.mesas')} value={n.number(p.mesas.length)} />
          <Figure label={w('portfolio.active')} value={n.number(active)} />
          <Figure label={w('portfolio.openEscalations')} value={n.number(p.escalations.open)} />
        </Group>
      </Group>

      <AdviceList advice={p.advice} />

      <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="portfolio-table-title">
        <Group justify="space-between" mb="sm">
          <div>
            <Title order={2} size="h3" id="portfolio-table-title">
              {w('portfolio.tableTitle')}
            </Title>
            <Text size="sm" c="gray.7">
              {w('portfolio.tableHelp', { max: p.limits.maxActiveMesasPerMember })}
            </Text>
          </div>
          <Button
            component="a"
            href={csv(null)}
            download
            size="xs"
            variant="default"
            data-testid="csv-portfolio"
          >
            {w('csv')}
          </Button>
        </Group>
        <Table.ScrollContainer minWidth={1100}>
          <Table verticalSpacing="sm" striped data-testid="portfolio-table">
            <caption className="visually-hidden">{w('portfolio.tableTitle')}</caption>
            <Table.Thead>
              <Table.Tr>
                {[
                  'mesa',
                  'kind',
                  'status',
                  'host',
                  'team',
                  'sessions',
                  'momentum',
                  'continuity',
                  'onTime',
                  'escalations',
                ].map((c) => (
                  <Table.Th key={c} scope="col">
                    {w(`portfolio.columns.${c}`)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {p.mesas.map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Th scope="row" fw={500}>
                    <Link
                      to="/mesas/$mesaId/dashboards"
                      params={{ mesaId: m.id }}
                      className="card-title-link"
                    >
                      {m.name}
                    </Link>
                  </Table.Th>
                  <Table.Td>{t(`mesaKind.${m.kind}`)}</Table.Td>
                  <Table.Td>
                    <StatusBadge status={m.status} />
                  </Table.Td>
                  <Table.Td>{m.host.acronym ?? m.host.name}</Table.Td>
                  <Table.Td>
                    {m.team.length === 0 ? (
                      <Text size="sm" c="gray.7">
                        {w('portfolio.noTeam')}
                      </Text>
                    ) : (
                      <Stack gap={2}>
                        {m.team.map((member) => (
                          <Group key={member.personId} gap={6} wrap="nowrap">
                            <Text size="sm">{member.fullName}</Text>
                            <Tag
                              tone={member.activeMesas > p.limits.maxActiveMesasPerMember ? 'red' : 'gray'}
                            >
                              {w('portfolio.load', { count: member.activeMesas })}
                            </Tag>
                          </Group>
                        ))}
                      </Stack>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {w('portfolio.heldOf', { held: m.cadence.held, expected: m.cadence.expected })}
                    </Text>
                    {m.cadence.overdue && (
                      <Tag tone="red">{w('portfolio.overdueBy', { count: m.cadence.daysOverdue })}</Tag>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {w('portfolio.momentumCell', {
                      enacted: m.momentum.enacted,
                      verified: m.momentum.verified,
                    })}
                  </Table.Td>
                  <Table.Td>{n.percent(m.continuity?.share)}</Table.Td>
                  <Table.Td>
                    {n.percent(m.commitments.onTimeRate)}
                    {m.commitments.overdue > 0 && (
                      <Text size="xs" c="red.9">
                        {w('portfolio.overdueCommitments', { count: m.commitments.overdue })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {m.escalations.open}
                    {m.escalations.oldestDays !== null && (
                      <Text size="xs" c="gray.7">
                        {w('portfolio.oldest', { count: m.escalations.oldestDays })}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>

      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <ChartCard
          id="portfolio-cadence"
          title={w('portfolio.cadence.title')}
          help={w('portfolio.cadence.help')}
          summary={w('portfolio.cadence.summary', { count: cadenceRows.length })}
          csvHref={csv(null)}
          data={{
            headers: [w('columns.mesa'), w('cadence.held'), w('cadence.expected')],
            rows: cadenceRows.map((r) => ({ key: r.id, cells: [r.label, r.held, r.expected] })),
          }}
          chart={
            <BarChart
              h={Math.max(260, cadenceRows.length * 34)}
              data={cadenceRows}
              dataKey="label"
              orientation="vertical"
              yAxisProps={{ width: 180 }}
              {...chartText}
              accessibilityLayer={false}
              withLegend
              series={[
                { name: 'held', label: w('cadence.held'), color: seriesColors.held },
                { name: 'expected', label: w('cadence.expected'), color: seriesColors.expected },
              ]}
            />
          }
        />
        <ChartCard
          id="portfolio-team-load"
          title={w('portfolio.teamLoad.title')}
          help={w('portfolio.teamLoad.help', { max: p.limits.maxActiveMesasPerMember })}
          summary={w('portfolio.teamLoad.summary', { count: loads.length })}
          csvHref={csv('team-load')}
          data={{
            headers: [w('columns.person'), w('portfolio.teamLoad.active'), w('portfolio.teamLoad.all')],
            rows: loads.map((l) => ({
              key: l.personId,
              cells: [l.fullName, l.activeMesas, l.mesaIds.length],
            })),
          }}
          chart={
            <BarChart
              h={Math.max(220, loads.length * 34)}
              data={loads}
              dataKey="label"
              orientation="vertical"
              yAxisProps={{ width: 160 }}
              {...chartText}
              accessibilityLayer={false}
              referenceLines={[
                {
                  x: p.limits.maxActiveMesasPerMember,
                  color: 'red.8',
                  label: w('portfolio.teamLoad.limit'),
                },
              ]}
              series={[
                { name: 'activeMesas', label: w('portfolio.teamLoad.active'), color: seriesColors.load },
              ]}
            />
          }
        />
        <MomentumChart
          id="portfolio-momentum"
          help={w('portfolio.momentumHelp')}
          months={p.momentum}
          totals={{
            enacted: p.momentum.reduce((s, x) => s + x.enacted, 0),
            verified: p.momentum.reduce((s, x) => s + x.verified, 0),
          }}
          csvHref={csv('momentum')}
        />
        <EscalationAgesChart
          id="portfolio-escalations"
          escalations={p.escalations}
          csvHref={csv('escalations')}
          height={220}
        />
        <ScorecardChart
          id="portfolio-scorecard"
          help={w('portfolio.scorecardHelp')}
          rows={scorecard}
          chartRows={scorecard.filter((r) => r.due > 0).slice(0, 12)}
          rowHeight={34}
          csvHref={csv('scorecard')}
        />
      </SimpleGrid>
    </Stack>
  );
}
