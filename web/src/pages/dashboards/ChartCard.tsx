import { Button, Group, Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocale } from '../../format';

export type Cell = string | number | ReactNode;

/** The data of a chart as a table: what the table view shows and screen readers read. */
export interface ChartData {
  headers: string[];
  rows: { key: string; cells: Cell[] }[];
}

/** A table of a chart's data, with its caption. */
export function ChartTable({
  caption,
  data,
  hidden,
}: {
  caption: string;
  data: ChartData;
  hidden?: boolean;
}) {
  const table = (
    <Table verticalSpacing="xs" striped>
      <caption className="visually-hidden">{caption}</caption>
      <Table.Thead>
        <Table.Tr>
          {data.headers.map((h, i) => (
            <Table.Th key={h} scope="col" ta={i === 0 ? 'left' : 'right'}>
              {h}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {data.rows.map((row) => (
          <Table.Tr key={row.key}>
            {row.cells.map((cell, i) =>
              i === 0 ? (
                <Table.Th key={data.headers[i]} scope="row" fw={500}>
                  {cell}
                </Table.Th>
              ) : (
                <Table.Td key={data.headers[i]} ta="right">
                  {cell}
                </Table.Td>
              ),
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
  // Hidden (read by screen readers beside the chart), it must not be a scrollable region of its own.
  return hidden ? (
    <div className="visually-hidden">{table}</div>
  ) : (
    <Table.ScrollContainer minWidth={480}>{table}</Table.ScrollContainer>
  );
}

/**
 * One chart of the dashboards: its title and what it shows, a headline figure, the chart (or its
 * table, by a toggle) and the CSV of its data. While the chart shows, its table stays in the page for
 * screen readers (the chart itself is an image described by `summary`).
 */
export function ChartCard({
  id,
  title,
  help,
  headline,
  summary,
  csvHref,
  data,
  chart,
}: {
  id: string;
  title: string;
  help: string;
  headline?: ReactNode;
  summary: string;
  csvHref: string;
  data: ChartData;
  chart: ReactNode;
}) {
  const { t } = useTranslation();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const headingId = `${id}-title`;
  const toggleId = useId();
  const empty = data.rows.length === 0;
  return (
    <Paper
      withBorder
      radius="md"
      p="lg"
      component="section"
      aria-labelledby={headingId}
      data-testid={`chart-${id}`}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <div>
            <Title order={2} size="h4" id={headingId}>
              {title}
            </Title>
            <Text size="sm" c="gray.7" maw={640}>
              {help}
            </Text>
          </div>
          <Group gap="xs">
            {!empty && (
              <SegmentedControl
                size="xs"
                id={toggleId}
                aria-label={t('dashboardsWeb.view.label', { title })}
                value={view}
                onChange={(v) => setView(v as 'chart' | 'table')}
                data={[
                  { value: 'chart', label: t('dashboardsWeb.view.chart') },
                  { value: 'table', label: t('dashboardsWeb.view.table') },
                ]}
              />
            )}
            <Button
              component="a"
              href={csvHref}
              download
              size="xs"
              variant="default"
              aria-label={t('dashboardsWeb.csvOf', { title })}
              data-testid={`csv-${id}`}
            >
              {t('dashboardsWeb.csv')}
            </Button>
          </Group>
        </Group>
        {headline}
        {empty ? (
          <Text c="gray.7">{t('dashboardsWeb.noData')}</Text>
        ) : view === 'chart' ? (
          <>
            <div role="img" aria-label={summary} data-testid={`chart-${id}-figure`}>
              {chart}
            </div>
            <ChartTable caption={title} data={data} hidden />
          </>
        ) : (
          <ChartTable caption={title} data={data} />
        )}
      </Stack>
    </Paper>
  );
}

/** A figure with its label, for the headline of a chart. */
export function Figure({ label, value, tone }: { label: string; value: string; tone?: 'warning' }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="gray.7" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="xl" fw={700} c={tone === 'warning' ? 'red.9' : 'gray.9'}>
        {value}
      </Text>
    </Stack>
  );
}

/** Number formatting in the UI language. */
export function useNumbers() {
  const { i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return {
    percent: (share: number | null | undefined) =>
      share === null || share === undefined ? '—' : percent.format(share),
    number: (n: number | null | undefined) => (n === null || n === undefined ? '—' : number.format(n)),
    month: (month: string) =>
      new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
        new Date(`${month}-01T00:00:00Z`),
      ),
  };
}

/** Colours of the series, each dark enough for 4.5:1 against white (text) and 3:1 as a mark. */
export const seriesColors = {
  enacted: 'teal.8',
  verified: 'blue.8',
  onTime: 'teal.8',
  late: 'orange.9',
  overdue: 'red.8',
  pending: 'gray.6',
  held: 'blue.8',
  expected: 'gray.7',
  share: 'grape.8',
  load: 'indigo.8',
  escalations: 'orange.9',
  circling: 'red.8',
} as const;
