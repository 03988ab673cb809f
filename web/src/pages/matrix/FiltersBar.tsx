import { Button, Collapse, Group, Loader, NativeSelect, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type MatrixView, viewFilters } from '../../../../src/domain/matrix-view';
import { SEARCH_MAX_LENGTH } from '../search/searchApi';
import { filterFlagList, orgFullName, problemStatuses, useCategoryName } from './labels';
import type { Matrix } from './matrixApi';

/**
 * The Matrix's filters in one compact bar. Every select names its field for screen readers and shows
 * it in its "all" choice, so the bar needs no row of labels above it.
 */
export function FiltersBar({
  matrix,
  view,
  set,
  clear,
  searching,
  compact = false,
}: {
  matrix: Matrix;
  view: MatrixView;
  set: (change: Partial<MatrixView>) => void;
  clear: () => void;
  searching: boolean;
  /** On a phone the selects fold under one button; the search box stays. */
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const categoryName = useCategoryName();
  const entities = useMemo(() => {
    const byId = new Map<string, string>();
    for (const p of matrix.problems) for (const e of p.entities) byId.set(e.id, orgFullName(e));
    return [...byId.entries()].sort((a, b) => a[1].localeCompare(b[1]));
  }, [matrix.problems]);
  const [unfolded, setUnfolded] = useState(false);
  const active = (['status', 'category', 'owner', 'entity', 'focus', 'flags'] as const).filter(
    (k) => view[k] !== '',
  );
  const all = (field: string) => ({ value: '', label: t('grid.allOf', { field: t(field) }) });
  const select = (
    key: 'status' | 'category' | 'owner' | 'entity' | 'focus' | 'flags' | 'groupBy',
    label: string,
    data: { value: string; label: string }[],
    width: number,
  ) => (
    <NativeSelect
      size="xs"
      w={width}
      aria-label={t(label)}
      title={t(label)}
      value={view[key]}
      data-testid={`filter-${key}`}
      data-active={view[key] !== '' || undefined}
      className="matrix-filter"
      data={data}
      onChange={(e) => set({ [key]: e.currentTarget.value } as Partial<MatrixView>)}
    />
  );
  const selects = (
    <>
      {select(
        'status',
        'matrix.filter.status',
        [
          all('matrix.filter.status'),
          { value: 'open', label: t('matrix.filter.open') },
          ...problemStatuses.map((s) => ({ value: s, label: t(`matrix.status.${s}`) })),
        ],
        150,
      )}
      {select(
        'category',
        'matrix.filter.category',
        [
          all('matrix.filter.category'),
          ...matrix.categories.map((c) => ({ value: c.key, label: categoryName(c) })),
          { value: 'none', label: t('matrix.noCategory') },
        ],
        160,
      )}
      {select(
        'owner',
        'matrix.filter.owner',
        [
          all('matrix.filter.owner'),
          { value: 'MP', label: t('matrix.owner.MP') },
          { value: 'YP', label: t('matrix.owner.YP') },
        ],
        120,
      )}
      {select(
        'entity',
        'matrix.filter.entity',
        [
          all('matrix.filter.entity'),
          ...entities.map(([value, label]) => ({ value, label })),
          { value: 'none', label: t('matrix.filter.noEntity') },
        ],
        170,
      )}
      {select(
        'focus',
        'matrix.filter.focus',
        [
          all('matrix.filter.focus'),
          { value: 'yes', label: t('matrix.filter.inFocus') },
          { value: 'no', label: t('matrix.filter.notInFocus') },
        ],
        110,
      )}
      {select(
        'flags',
        'matrix.filter.flags',
        [
          all('matrix.filter.flags'),
          { value: 'any', label: t('matrix.filter.anyFlag') },
          { value: 'suggested', label: t('matrix.filter.suggested') },
          ...filterFlagList.map((f) => ({ value: f, label: t(`matrix.flag.${f}`) })),
        ],
        120,
      )}
      {select(
        'groupBy',
        'matrix.filter.groupBy',
        [
          { value: '', label: t('matrix.filter.noGrouping') },
          { value: 'category', label: t('grid.groupBy', { by: t('matrix.filter.byCategory') }) },
          { value: 'entity', label: t('grid.groupBy', { by: t('matrix.filter.byEntity') }) },
        ],
        150,
      )}
    </>
  );
  return (
    <section aria-labelledby="matrix-filters-title" className="matrix-filters">
      <h2 id="matrix-filters-title" className="visually-hidden">
        {t('matrix.filter.title')}
      </h2>
      <Group gap={6} wrap="wrap">
        <TextInput
          size="xs"
          w={220}
          type="search"
          aria-label={t('matrix.filter.search')}
          placeholder={t('matrix.filter.searchPlaceholder')}
          value={view.q}
          maxLength={SEARCH_MAX_LENGTH}
          rightSection={searching ? <Loader size={12} aria-hidden /> : null}
          onChange={(e) => set({ q: e.currentTarget.value })}
        />
        {compact && (
          <Button
            size="compact-sm"
            variant="default"
            aria-expanded={unfolded}
            aria-controls="matrix-filter-selects"
            onClick={() => setUnfolded((u) => !u)}
          >
            {active.length > 0 ? t('grid.filtersActive', { count: active.length }) : t('grid.filters')}
          </Button>
        )}
        {!compact && selects}
        {viewFilters(view) && (
          <Button size="compact-xs" variant="subtle" onClick={clear}>
            {t('matrix.filter.clear')}
          </Button>
        )}
      </Group>
      {compact && (
        <Collapse expanded={unfolded} id="matrix-filter-selects">
          <Group gap={6} wrap="wrap" mt={6}>
            {selects}
          </Group>
        </Collapse>
      )}
    </section>
  );
}
