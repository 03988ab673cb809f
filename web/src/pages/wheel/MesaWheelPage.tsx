import { RadarChart } from '@mantine/charts';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  MultiSelect,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { wheelDimensions } from '../../../../src/domain/wheel';
import type { Locale } from '../../api';
import {
  FormError,
  fieldError,
  notifySuccess,
  PageLoader,
  QueryError,
  usePageTitle,
} from '../../components/common';
import { DateField } from '../../components/DateField';
import { useFormatters } from '../../format';
import { asLocale } from '../../i18n';
import { type WheelResults, type WheelRoundSummary, wheelApi, wheelKeys } from './wheelApi';

type ResultGroup = 'all' | 'public' | 'private' | 'team';

/**
 * A Mesa's Evaluation Wheel for its team: open a round, see who answered (never what), and once a round
 * is closed its results as a radar with the previous round overlaid, per respondent group, as a table
 * beside the facts Mesas measured, and as CSV.
 */
export function MesaWheelPage() {
  const { t } = useTranslation();
  const { mesaId } = useParams({ from: '/mesas/$mesaId/wheel' });
  const f = useFormatters();
  usePageTitle(t('wheelWeb.title'));
  const rounds = useQuery({ queryKey: wheelKeys.rounds(mesaId), queryFn: () => wheelApi.rounds(mesaId) });
  const [selected, setSelected] = useState<string | null>(null);
  if (rounds.isPending) return <PageLoader />;
  if (rounds.isError) return <QueryError error={rounds.error} onRetry={() => void rounds.refetch()} />;
  const data = rounds.data;
  const current = selected ?? data.rounds[0]?.id ?? null;
  const anyOpen = data.rounds.some((r) => r.open);
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('wheelWeb.title')}</Title>
        <Text size="sm" c="gray.7">
          {t('wheelWeb.intro', { months: data.intervalMonths })}{' '}
          {data.nextDueOn && t('wheelWeb.nextDue', { date: f.date(data.nextDueOn) })}
        </Text>
      </div>
      {data.can.manage && !anyOpen && <OpenRoundForm mesaId={mesaId} />}
      {data.rounds.length === 0 ? (
        <Text>{t('wheelWeb.noRounds')}</Text>
      ) : (
        <SegmentedControl
          value={current ?? ''}
          onChange={setSelected}
          data={data.rounds.map((r) => ({
            value: r.id,
            label: t('wheelWeb.round.label', { date: f.date(r.openedOn) }),
          }))}
        />
      )}
      {current && (
        <RoundView key={current} mesaId={mesaId} summary={data.rounds.find((r) => r.id === current)!} />
      )}
    </Stack>
  );
}

function OpenRoundForm({ mesaId }: { mesaId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [closesOn, setClosesOn] = useState('');
  const [notApplicable, setNotApplicable] = useState<string[]>([]);
  const open = useMutation({
    mutationFn: () => wheelApi.open(mesaId, { closesOn, notApplicable }),
    onSuccess: (r) => {
      notifySuccess(t('wheelWeb.open.opened', { asked: r.asked, mailed: r.mailed }));
      void queryClient.invalidateQueries({ queryKey: wheelKeys.rounds(mesaId) });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    open.mutate();
  };
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="wheel-open">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="wheel-open">
            {t('wheelWeb.open.title')}
          </Title>
          <FormError error={open.error} />
          <DateField
            label={t('wheelWeb.open.closesOn')}
            required
            value={closesOn}
            onChange={setClosesOn}
            error={fieldError(open.error, 'closesOn')}
          />
          <MultiSelect
            label={t('wheelWeb.open.notApplicable')}
            data={wheelDimensions.map((d) => ({ value: d, label: t(`wheel.dimensions.${d}`) }))}
            value={notApplicable}
            onChange={setNotApplicable}
            clearable
          />
          <Group>
            <Button type="submit" loading={open.isPending} disabled={!closesOn}>
              {t('wheelWeb.open.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function RoundView({ mesaId, summary }: { mesaId: string; summary: WheelRoundSummary }) {
  const { t, i18n } = useTranslation();
  const f = useFormatters();
  const queryClient = useQueryClient();
  const round = useQuery({
    queryKey: wheelKeys.round(summary.id),
    queryFn: () => wheelApi.round(summary.id),
  });
  const results = useQuery({
    queryKey: wheelKeys.results(summary.id),
    queryFn: () => wheelApi.results(summary.id),
  });
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: wheelKeys.rounds(mesaId) });
    void queryClient.invalidateQueries({ queryKey: wheelKeys.round(summary.id) });
    void queryClient.invalidateQueries({ queryKey: wheelKeys.results(summary.id) });
  };
  const close = useMutation({ mutationFn: () => wheelApi.close(summary.id), onSuccess: refresh });
  const remind = useMutation({
    mutationFn: () => wheelApi.remind(summary.id),
    onSuccess: (r) => {
      notifySuccess(t('wheelWeb.round.reminded', { count: r.reminded }));
      refresh();
    },
  });
  const lang: Locale = asLocale(i18n.language);
  return (
    <Stack gap="md">
      <Group gap="sm">
        <Badge color={summary.open ? 'green' : 'gray'} variant="light">
          {summary.open
            ? t('wheelWeb.round.openUntil', { date: f.date(summary.closesOn) })
            : t('wheelWeb.round.closed')}
        </Badge>
        <Text size="sm">
          {t('wheelWeb.round.answered', { answered: summary.answered, asked: summary.asked })}
        </Text>
        {summary.open && round.data?.can.manage && (
          <>
            <Button size="xs" variant="default" loading={remind.isPending} onClick={() => remind.mutate()}>
              {t('wheelWeb.round.remind')}
            </Button>
            <Button size="xs" loading={close.isPending} onClick={() => close.mutate()}>
              {t('wheelWeb.round.close')}
            </Button>
          </>
        )}
      </Group>
      <FormError error={close.error ?? remind.error} />
      {results.data && <ResultsView results={results.data} csv={wheelApi.csv(summary.id, lang)} />}
      {results.isError && <QueryError error={results.error} />}
      {round.data && (
        <section aria-labelledby="wheel-respondents">
          <Title order={2} size="h4" id="wheel-respondents" mb="xs">
            {t('wheelWeb.round.respondents')}
          </Title>
          <Table striped>
            <Table.Tbody>
              {round.data.respondents.map((r) => (
                <Table.Tr key={r.person.id}>
                  <Table.Td>{r.person.fullName}</Table.Td>
                  <Table.Td>{t(`wheel.groups.${r.group}`)}</Table.Td>
                  <Table.Td>
                    {r.answered ? t('wheelWeb.round.answeredYes') : t('wheelWeb.round.answeredNo')}
                    {!r.mailed && !r.answered && (
                      <Text span size="xs" c="gray.7">
                        {' '}
                        ({t('wheelWeb.round.noMail')})
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </section>
      )}
    </Stack>
  );
}

type Dimensions = NonNullable<WheelResults['results']['dimensions']>;

function dimensionsOf(results: WheelResults['results'] | undefined, group: ResultGroup): Dimensions | null {
  if (!results) return null;
  if (group === 'all') return results.dimensions;
  return results.groups.find((g) => g.group === group)?.dimensions ?? null;
}

function ResultsView({ results, csv }: { results: WheelResults; csv: string }) {
  const { t } = useTranslation();
  const [group, setGroup] = useState<ResultGroup>('all');
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const r = results.results;
  if (!r.shown) {
    return (
      <Alert color="gray">
        {r.hiddenBecause === 'open'
          ? t('wheelWeb.results.hiddenOpen')
          : t('wheelWeb.results.hiddenFew', { min: r.minAnswers })}
      </Alert>
    );
  }
  const current = dimensionsOf(r, group);
  const previous = dimensionsOf(results.previous?.results, group);
  const previousOf = new Map((previous ?? []).map((d) => [d.dimension, d.mean]));
  const facts = new Map(results.facts.map((x) => [x.dimension, x.facts]));
  const rows = (current ?? []).map((d) => ({
    dimension: t(`wheel.dimensions.${d.dimension}`),
    current: d.mean === null ? 0 : Math.round(d.mean * 100) / 100,
    previous: previousOf.get(d.dimension) == null ? 0 : Math.round(previousOf.get(d.dimension)! * 100) / 100,
  }));
  const series = [
    { name: 'current', label: t('wheelWeb.results.current'), color: 'teal.7', opacity: 0.3 },
    ...(previous
      ? [{ name: 'previous', label: t('wheelWeb.results.previous'), color: 'gray.6', opacity: 0.1 }]
      : []),
  ];
  const mean = (m: number | null | undefined) => (m == null ? '—' : m.toFixed(2));
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="wheel-results">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id="wheel-results">
            {t('wheelWeb.results.title')}
          </Title>
          <Anchor href={csv} download>
            {t('wheelWeb.results.csv')}
          </Anchor>
        </Group>
        <Group>
          <SegmentedControl
            aria-label={t('wheelWeb.results.group')}
            value={group}
            onChange={(v) => setGroup(v as ResultGroup)}
            data={(['all', 'public', 'private', 'team'] as const).map((g) => ({
              value: g,
              label: t(`wheel.groups.${g}`),
            }))}
          />
          <SegmentedControl
            value={view}
            onChange={(v) => setView(v as 'chart' | 'table')}
            data={[
              { value: 'chart', label: t('wheelWeb.results.chart') },
              { value: 'table', label: t('wheelWeb.results.table') },
            ]}
          />
        </Group>
        {!current ? (
          <Text>{t('wheelWeb.results.groupHidden')}</Text>
        ) : view === 'chart' ? (
          <RadarChart h={420} data={rows} dataKey="dimension" withLegend series={series} />
        ) : (
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('wheel.csv.dimension')}</Table.Th>
                <Table.Th>{t('wheel.csv.mean')}</Table.Th>
                <Table.Th>{t('wheel.csv.scored')}</Table.Th>
                <Table.Th>{t('wheel.csv.dontKnow')}</Table.Th>
                <Table.Th>{t('wheel.csv.previousMean')}</Table.Th>
                <Table.Th>{t('wheelWeb.results.facts')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {current.map((d) => (
                <Table.Tr key={d.dimension}>
                  <Table.Td>{t(`wheel.dimensions.${d.dimension}`)}</Table.Td>
                  {d.applicable ? (
                    <>
                      <Table.Td>{mean(d.mean)}</Table.Td>
                      <Table.Td>{d.scored}</Table.Td>
                      <Table.Td>{d.dontKnow}</Table.Td>
                      <Table.Td>{mean(previousOf.get(d.dimension))}</Table.Td>
                    </>
                  ) : (
                    <Table.Td colSpan={4}>{t('wheelWeb.results.notApplicable')}</Table.Td>
                  )}
                  <Table.Td>
                    {(facts.get(d.dimension) ?? []).length === 0
                      ? t('wheelWeb.results.noFacts')
                      : facts
                          .get(d.dimension)!
                          .map((x) =>
                            x.value === null
                              ? `${t(`wheel.facts.${x.kind}`)}: —`
                              : x.unit === 'count'
                                ? `${t(`wheel.facts.${x.kind}`)}: ${x.count}`
                                : `${t(`wheel.facts.${x.kind}`)}: ${Math.round(x.value * 100)}%`,
                          )
                          .join(' · ')}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
