import { Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sortRows, viewMatches, visibleColumns } from '../../../../src/domain/matrix-rows';
import type { MatrixView } from '../../../../src/domain/matrix-view';
import { PageLoader, QueryError, usePageTitle } from '../../components/common';
import { dropFirstRows, firstRowsOf } from '../../firstRows';
import { useMatrixSearch } from '../search/matrixSearch';
import { ColumnsMenu } from './ColumnsMenu';
import { ConflictAlert } from './ConflictAlert';
import { ExportMenu } from './ExportMenu';
import { useProblemEdits } from './edits';
import { FiltersBar } from './FiltersBar';
import { ImportLauncher } from './ImportLauncher';
import { openStatuses, orgFullName, orgName, ProblemLink, useCategoryName } from './labels';
import { MatrixCards } from './MatrixCards';
import { MatrixGrid, type RowGroup } from './MatrixGrid';
import { type Matrix, type MatrixProblem, matrixApi, matrixQueryKey } from './matrixApi';
import { PriorityChart } from './PriorityChart';
import { QuickEntry } from './QuickEntry';
import { SavedViews } from './SavedViews';
import { useMatrixEvents } from './useMatrixEvents';
import { useMatrixView } from './useMatrixView';
import './matrix.css';

function groupRows(
  rows: MatrixProblem[],
  groupBy: MatrixView['groupBy'],
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

/**
 * While the rows load: the first rows the server wrote into the page, held where the grid will be, or
 * the loader when there are none.
 */
function FirstRowsWhileLoading({ mesaId }: { mesaId: string }) {
  const place = useRef<HTMLDivElement>(null);
  const [held] = useState(() => firstRowsOf(mesaId));
  useLayoutEffect(() => {
    if (held && place.current) place.current.appendChild(held);
  }, [held]);
  return held ? <div ref={place} /> : <PageLoader />;
}

export function MatrixPage() {
  const { t, i18n } = useTranslation();
  const { mesaId } = useParams({ from: '/mesas/$mesaId/matrix' });
  const matrix = useQuery({ queryKey: matrixQueryKey(mesaId), queryFn: () => matrixApi.matrix(mesaId) });
  const edits = useProblemEdits({ lessonOffer: true });
  const categoryLabel = useCategoryName();
  const { view, query, set, apply, clearFilters } = useMatrixView();
  const live = useMatrixEvents(mesaId);
  const phone = useMediaQuery('(max-width: 37.5em)');
  const search = useMatrixSearch(mesaId, view.q);
  usePageTitle(matrix.data ? `${t('matrix.title')} · ${matrix.data.mesa.name}` : t('matrix.title'));

  const categoryName = useCallback(
    (p: { category: MatrixProblem['category'] }) => categoryLabel(p.category),
    [categoryLabel],
  );
  const rows = useMemo(() => {
    const kept = (matrix.data?.problems ?? []).filter((p) => viewMatches(p, view, search.found));
    return sortRows(kept, view, {
      category: (p) => categoryLabel(p.category),
      entities: (p) => p.entities.map(orgName).join(', '),
      locale: i18n.language,
    });
  }, [matrix.data, view, search.found, categoryLabel, i18n.language]);
  // The grid's rows compare what they are given: these keep their identity while nothing they hold changes.
  const groups = useMemo(
    () =>
      groupRows(rows, view.groupBy, categoryName, {
        category: t('matrix.noCategory'),
        entity: t('matrix.filter.noEntity'),
      }),
    [rows, view.groupBy, categoryName, t],
  );
  const quickWins = useMemo(() => new Set(matrix.data?.quickWins), [matrix.data?.quickWins]);
  const columns = useMemo(() => visibleColumns(view), [view]);
  // The app's own rows (or its error) are on screen: the server's first rows have done their part.
  useLayoutEffect(() => {
    if (!matrix.isPending) dropFirstRows();
  }, [matrix.isPending]);

  if (matrix.isPending) return <FirstRowsWhileLoading mesaId={mesaId} />;
  if (matrix.isError) {
    return (
      <Stack>
        <Title order={1}>{t('matrix.title')}</Title>
        <QueryError error={matrix.error} onRetry={() => void matrix.refetch()} />
      </Stack>
    );
  }
  const data = matrix.data;
  const filtered = rows.length !== data.problems.length;
  const chartProblems = rows.filter((p) => openStatuses.includes(p.status));
  const inFocus = data.problems.filter((p) => p.inFocus && openStatuses.includes(p.status)).length;
  const caption = t('matrix.caption', { name: data.mesa.name });

  return (
    <Stack gap={6}>
      <Group justify="space-between" gap="xs" className="matrix-head">
        <Group gap="sm" align="baseline" wrap="wrap">
          <Title order={1} size="h3">
            {t('matrix.title')}
          </Title>
          <Link to="/mesas/$mesaId" params={{ mesaId }} className="matrix-link">
            {t('matrix.backToMesa', { name: data.mesa.name })}
          </Link>
          <Text size="sm" role="status" aria-live="polite" data-testid="matrix-count">
            {filtered
              ? t('matrix.countFiltered', { count: rows.length, total: data.problems.length })
              : t('matrix.count', { count: data.problems.length })}
          </Text>
          <Text
            size="sm"
            className="matrix-focus-count"
            data-over={data.focusWarning ? true : undefined}
            title={
              data.focusWarning
                ? t('matrix.focusWarning.text', {
                    count: data.focusWarning.count,
                    limit: data.focusWarning.limit,
                  })
                : undefined
            }
          >
            {t('grid.focusCount', { count: inFocus, limit: data.focusLimit })}
          </Text>
          {live === 'offline' && (
            <Text size="sm" c="gray.7" data-testid="matrix-live-offline">
              {t('grid.offline')}
            </Text>
          )}
        </Group>
        <Group gap={6}>
          {!phone && <ColumnsMenu hidden={view.hidden} onChange={(hidden) => set({ hidden })} />}
          <SavedViews mesaId={mesaId} current={query} onApply={apply} canEdit={data.can.updateProblem} />
          <ExportMenu mesaId={mesaId} view={view} />
          {data.can.import && <ImportLauncher mesaId={mesaId} />}
        </Group>
      </Group>

      <ConflictAlert
        conflict={edits.conflict}
        onDismiss={edits.clearConflict}
        onApplyMine={edits.applyMine}
        onReload={() => {
          edits.clearConflict();
          void matrix.refetch();
        }}
      />

      {data.can.createProblem && <QuickEntry mesaId={mesaId} categories={data.categories} />}

      <FiltersBar matrix={data} view={view} set={set} clear={clearFilters} searching={search.searching} />
      {search.error && <QueryError error={search.error} onRetry={search.retry} />}

      {data.problems.length === 0 ? (
        <Text c="gray.7">{t('matrix.empty')}</Text>
      ) : rows.length === 0 ? (
        <Text c="gray.7">{t('matrix.noMatches')}</Text>
      ) : phone ? (
        <MatrixCards rows={rows} caption={caption} />
      ) : (
        <MatrixGrid
          groups={groups}
          columns={columns}
          view={view}
          onSort={(sort, dir) => set({ sort, dir })}
          editable={data.can.updateProblem}
          edits={edits}
          categoryName={categoryName}
          quickWins={quickWins}
          caption={caption}
          focusWarning={data.focusWarning}
        />
      )}

      <QuickWins matrix={data} edits={edits} />

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
