import {
  Alert,
  Button,
  Group,
  List,
  Loader,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearch } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader, QueryError, usePageTitle } from '../../components/common';
import { useMatrixSearch } from '../search/matrixSearch';
import { SEARCH_MAX_LENGTH } from '../search/searchApi';
import { ExportMenu } from './ExportMenu';
import { ConflictAlert, useProblemEdits } from './edits';
import { ImportWizard } from './ImportWizard';
import {
  filterFlagList,
  openStatuses,
  orgFullName,
  ProblemLink,
  problemStatuses,
  useCategoryName,
} from './labels';
import { MatrixTable, type RowGroup } from './MatrixTable';
import { type Matrix, type MatrixProblem, matrixApi, matrixQueryKey } from './matrixApi';
import { PriorityChart } from './PriorityChart';
import { QuickEntry } from './QuickEntry';
import './matrix.css';

interface Filters {
  q: string;
  status: string;
  category: string;
  owner: string;
  entity: string;
  focus: string;
  flags: string;
  groupBy: '' | 'category' | 'entity';
}

const noFilters: Filters = {
  q: '',
  status: '',
  category: '',
  owner: '',
  entity: '',
  focus: '',
  flags: '',
  groupBy: '',
};

/** Whether a row passes the filters; `found` holds the problems the server's full-text search found. */
function matches(p: MatrixProblem, f: Filters, found: ReadonlySet<string> | null): boolean {
  if (found && !found.has(p.id)) return false;
  if (f.status === 'open' && !openStatuses.includes(p.status)) return false;
  if (f.status && f.status !== 'open' && p.status !== f.status) return false;
  if (f.category === 'none' && p.category) return false;
  if (f.category && f.category !== 'none' && p.category?.key !== f.category) return false;
  if (f.owner && p.ownerType !== f.owner) return false;
  if (f.entity === 'none' && p.entities.length > 0) return false;
  if (f.entity && f.entity !== 'none' && !p.entities.some((e) => e.id === f.entity)) return false;
  if (f.focus === 'yes' && !p.inFocus) return false;
  if (f.focus === 'no' && p.inFocus) return false;
  const solutionFlags = p.latestSolution?.filterFlags ?? [];
  if (f.flags === 'any' && p.filterFlags.length + solutionFlags.length === 0) return false;
  if (f.flags === 'suggested' && p.suggestedFlags.length === 0) return false;
  if (
    f.flags &&
    !['any', 'suggested'].includes(f.flags) &&
    !p.filterFlags.includes(f.flags as never) &&
    !solutionFlags.includes(f.flags as never)
  ) {
    return false;
  }
  return true;
}

function groupRows(
  rows: MatrixProblem[],
  groupBy: Filters['groupBy'],
  categoryName: (p: MatrixProblem) => string,
  none: { category: string; entity: string },
): RowGroup[] {
  if (!groupBy) return [{ key: 'all', label: null, rows }];
  const groups = new Map<string, RowGroup>();
  const add = (key: string, label: string, p: MatrixProblem) => {
    const group = groups.get(key) ?? { key, label, rows: [] };
    group.rows.push(p);
    groups.set(key, group);
  };
  for (const p of rows) {
    if (groupBy === 'category') add(p.category?.key ?? '~none', categoryName(p) || none.category, p);
    else if (p.entities.length === 0) add('~none', none.entity, p);
    else for (const e of p.entities) add(e.id, orgFullName(e), p);
  }
  return [...groups.values()].sort((a, b) =>
    a.key.startsWith('~') ? 1 : b.key.startsWith('~') ? -1 : (a.label ?? '').localeCompare(b.label ?? ''),
  );
}

function FiltersBar({
  matrix,
  filters,
  set,
  searching,
}: {
  matrix: Matrix;
  filters: Filters;
  set: (f: Partial<Filters>) => void;
  searching: boolean;
}) {
  const { t } = useTranslation();
  const categoryName = useCategoryName();
  const entities = useMemo(() => {
    const byId = new Map<string, string>();
    for (const p of matrix.problems) for (const e of p.entities) byId.set(e.id, orgFullName(e));
    return [...byId.entries()].sort((a, b) => a[1].localeCompare(b[1]));
  }, [matrix.problems]);
  const all = { value: '', label: t('matrix.filter.all') };
  return (
    <section aria-labelledby="matrix-filters-title">
      <h2 id="matrix-filters-title" className="visually-hidden">
        {t('matrix.filter.title')}
      </h2>
      <SimpleGrid cols={{ base: 2, sm: 4, lg: 8 }} spacing="xs">
        <TextInput
          size="xs"
          type="search"
          label={t('matrix.filter.search')}
          placeholder={t('matrix.filter.searchPlaceholder')}
          value={filters.q}
          maxLength={SEARCH_MAX_LENGTH}
          rightSection={searching ? <Loader size={12} aria-hidden /> : null}
          onChange={(e) => set({ q: e.currentTarget.value })}
        />
        <NativeSelect
          size="xs"
          label={t('matrix.filter.status')}
          value={filters.status}
          data-testid="filter-status"
          data={[
            all,
            { value: 'open', label: t('matrix.filter.open') },
            ...problemStatuses.map((s) => ({ value: s, label: t(`matrix.status.${s}`) })),
          ]}
          onChange={(e) => set({ status: e.currentTarget.value })}
        />
        <NativeSelect
          size="xs"
          label={t('matrix.filter.category')}
          value={filters.category}
          data={[
            all,
            ...matrix.categories.map((c) => ({ value: c.key, label: categoryName(c) })),
            { value: 'none', label: t('matrix.noCategory') },
          ]}
          onChange={(e) => set({ category: e.currentTarget.value })}
        />
        <NativeSelect
          size="xs"
          label={t('matrix.filter.owner')}
          value={filters.owner}
          data={[
            all,
            { value: 'MP', label: t('matrix.owner.MP') },
            { value: 'YP', label: t('matrix.owner.YP') },
          ]}
          onChange={(e) => set({ owner: e.currentTarget.value })}
        />
        <NativeSelect
          size="xs"
          label={t('matrix.filter.entity')}
          value={filters.entity}
          data={[
            all,
            ...entities.map(([value, label]) => ({ value, label })),
            { value: 'none', label: t('matrix.filter.noEntity') },
          ]}
          onChange={(e) => set({ entity: e.currentTarget.value })}
        />
        <NativeSelect
          size="xs"
          label={t('matrix.filter.focus')}
          value={filters.focus}
          data={[
            all,
            { value: 'yes', label: t('matrix.filter.inFocus') },
            { value: 'no', label: t('matrix.filter.notInFocus') },
          ]}
          onChange={(e) => set({ focus: e.currentTarget.value })}
        />
        <NativeSelect
          size="xs"
          label={t('matrix.filter.flags')}
          value={filters.flags}
          data={[
            all,
            { value: 'any', label: t('matrix.filter.anyFlag') },
            { value: 'suggested', label: t('matrix.filter.suggested') },
            ...filterFlagList.map((f) => ({ value: f, label: t(`matrix.flag.${f}`) })),
          ]}
          onChange={(e) => set({ flags: e.currentTarget.value })}
        />
        <NativeSelect
          size="xs"
          label={t('matrix.filter.groupBy')}
          value={filters.groupBy}
          data={[
            { value: '', label: t('matrix.filter.noGrouping') },
            { value: 'category', label: t('matrix.filter.byCategory') },
            { value: 'entity', label: t('matrix.filter.byEntity') },
          ]}
          onChange={(e) => set({ groupBy: e.currentTarget.value as Filters['groupBy'] })}
        />
      </SimpleGrid>
    </section>
  );
}

function QuickWins({ matrix, edits }: { matrix: Matrix; edits: ReturnType<typeof useProblemEdits> }) {
  const { t } = useTranslation();
  const byId = new Map(matrix.problems.map((p) => [p.id, p]));
  const wins = matrix.quickWins.map((id) => byId.get(id)).filter((p): p is MatrixProblem => !!p);
  if (wins.length === 0) return null;
  return (
    <Paper withBorder p="sm" radius="md" component="section" aria-labelledby="quick-wins-title">
      <Title order={2} size="h5" id="quick-wins-title">
        {t('matrix.quickWins.title')}
      </Title>
      <Text size="xs" c="gray.7" mb={4}>
        {t('matrix.quickWins.help')}
      </Text>
      <List size="sm" spacing={4}>
        {wins.map((p) => (
          <List.Item key={p.id}>
            <Group gap="xs" wrap="nowrap">
              <ProblemLink problemId={p.id}>
                {p.code} · {p.title}
              </ProblemLink>
              <Text size="xs" c="gray.7">
                {t('matrix.quickWins.scores', { impact: p.impact, ease: p.ease })}
              </Text>
              {matrix.can.updateProblem && (
                <Button
                  size="compact-xs"
                  variant="light"
                  aria-label={t('matrix.quickWins.focusLabel', { code: p.code })}
                  onClick={() => edits.update.mutate({ problem: p, changes: { inFocus: true } })}
                >
                  {t('matrix.quickWins.focus')}
                </Button>
              )}
            </Group>
          </List.Item>
        ))}
      </List>
    </Paper>
  );
}

export function MatrixPage() {
  const { t } = useTranslation();
  const { mesaId } = useParams({ from: '/mesas/$mesaId/matrix' });
  const { q: searchWords = '' } = useSearch({ from: '/mesas/$mesaId/matrix' });
  const matrix = useQuery({ queryKey: matrixQueryKey(mesaId), queryFn: () => matrixApi.matrix(mesaId) });
  const edits = useProblemEdits();
  const categoryLabel = useCategoryName();
  const [filters, setFilters] = useState<Filters>({ ...noFilters, q: searchWords });
  const search = useMatrixSearch(mesaId, filters.q);
  const set = (f: Partial<Filters>) => setFilters((current) => ({ ...current, ...f }));
  usePageTitle(matrix.data ? `${t('matrix.title')} · ${matrix.data.mesa.name}` : t('matrix.title'));

  const categoryName = (p: MatrixProblem) => categoryLabel(p.category);
  const rows = useMemo(
    () => (matrix.data?.problems ?? []).filter((p) => matches(p, filters, search.found)),
    [matrix.data, filters, search.found],
  );

  if (matrix.isPending) return <PageLoader />;
  if (matrix.isError) {
    return (
      <Stack>
        <Title order={1}>{t('matrix.title')}</Title>
        <QueryError error={matrix.error} onRetry={() => void matrix.refetch()} />
      </Stack>
    );
  }
  const data = matrix.data;
  const quickWins = new Set(data.quickWins);
  const groups = groupRows(rows, filters.groupBy, categoryName, {
    category: t('matrix.noCategory'),
    entity: t('matrix.filter.noEntity'),
  });
  const filtered = rows.length !== data.problems.length;
  const chartProblems = rows.filter((p) => openStatuses.includes(p.status));

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Link to="/mesas/$mesaId" params={{ mesaId }} className="matrix-link">
          {t('matrix.backToMesa', { name: data.mesa.name })}
        </Link>
        <Title order={1}>{t('matrix.title')}</Title>
        <Text c="gray.7">{t('matrix.subtitle', { name: data.mesa.name })}</Text>
        <Group gap="xs">
          <ExportMenu mesaId={mesaId} />
          {data.can.import && <ImportWizard mesaId={mesaId} />}
        </Group>
      </Stack>

      <ConflictAlert
        conflict={edits.conflict}
        onDismiss={edits.clearConflict}
        onReload={() => {
          edits.clearConflict();
          void matrix.refetch();
        }}
      />

      {data.focusWarning && (
        <Alert color="yellow" variant="light" role="status" title={t('matrix.focusWarning.title')}>
          <Text size="sm" c="gray.9">
            {t('matrix.focusWarning.text', {
              count: data.focusWarning.count,
              limit: data.focusWarning.limit,
            })}
          </Text>
        </Alert>
      )}

      <QuickWins matrix={data} edits={edits} />

      {data.can.createProblem && <QuickEntry mesaId={mesaId} categories={data.categories} />}

      <FiltersBar matrix={data} filters={filters} set={set} searching={search.searching} />
      {search.error && <QueryError error={search.error} onRetry={search.retry} />}

      <Group justify="space-between">
        <Text size="sm" role="status" aria-live="polite" data-testid="matrix-count">
          {filtered
            ? t('matrix.countFiltered', { count: rows.length, total: data.problems.length })
            : t('matrix.count', { count: data.problems.length })}
        </Text>
        {filtered && (
          <Button size="compact-sm" variant="subtle" onClick={() => setFilters(noFilters)}>
            {t('matrix.filter.clear')}
          </Button>
        )}
      </Group>

      {rows.length === 0 ? (
        <Text c="gray.7">{data.problems.length === 0 ? t('matrix.empty') : t('matrix.noMatches')}</Text>
      ) : (
        <MatrixTable
          groups={groups}
          editable={data.can.updateProblem}
          edits={edits}
          categoryName={categoryName}
          quickWins={quickWins}
          caption={t('matrix.caption', { name: data.mesa.name })}
        />
      )}

      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="priority-chart-title">
        <Title order={2} size="h4" id="priority-chart-title">
          {t('matrix.chart.title')}
        </Title>
        <Text size="sm" c="gray.7" mb="sm">
          {t('matrix.chart.help', { count: chartProblems.length })}
        </Text>
        <PriorityChart problems={chartProblems} quickWins={quickWins} />
      </Paper>
    </Stack>
  );
}
