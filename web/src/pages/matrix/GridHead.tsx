import { UnstyledButton } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type MatrixColumn,
  type MatrixView,
  type SortColumn,
  sortableColumns,
} from '../../../../src/domain/matrix-view';

/** The width of each column, in pixels. */
export const widths: Record<MatrixColumn, number> = {
  number: 64,
  title: 320,
  status: 134,
  focus: 58,
  category: 140,
  owner: 68,
  entities: 130,
  impact: 76,
  ease: 80,
  priority: 80,
  next: 220,
  solution: 240,
  indicators: 160,
  flags: 120,
};

/**
 * The lines between the columns after the first two, behind the table: they show through the band
 * that stands for those cells in a row not yet whole (see GridRow.tsx), and fall on the cells' own
 * borders elsewhere. Plain 1 px boxes: nothing for the scroll to draw again.
 */
export const ColumnLines = memo(function ColumnLines({
  columns,
  height,
}: {
  columns: MatrixColumn[];
  height: number;
}) {
  let x = columns.slice(0, 2).reduce((sum, c) => sum + widths[c], 0);
  return (
    <div className="grid-lines" aria-hidden="true" style={{ height }}>
      {columns.slice(2, -1).map((c) => {
        x += widths[c];
        return <span key={c} style={{ left: x - 1 }} />;
      })}
    </div>
  );
});

type OnSort = (sort: MatrixView['sort'], dir: MatrixView['dir']) => void;

/** The sort header of a column: ascending, then descending, then the Matrix order again. */
function SortHeader({
  column,
  sort,
  dir,
  onSort,
}: {
  column: MatrixColumn;
  sort: MatrixView['sort'];
  dir: MatrixView['dir'];
  onSort: OnSort;
}) {
  const { t } = useTranslation();
  const label = t(`grid.col.${column}`);
  if (!(sortableColumns as readonly string[]).includes(column)) return <>{label}</>;
  const sorted = sort === column;
  const next = (): [MatrixView['sort'], MatrixView['dir']] =>
    !sorted ? [column as SortColumn, 'asc'] : dir === 'asc' ? [column as SortColumn, 'desc'] : ['', 'asc'];
  return (
    <UnstyledButton
      className="grid-sort"
      title={t('grid.sortBy', { column: label })}
      onClick={() => onSort(...next())}
    >
      {label}
      <span aria-hidden="true" className="grid-sort-mark">
        {sorted ? (dir === 'asc' ? ' ▲' : ' ▼') : ''}
      </span>
    </UnstyledButton>
  );
}

/** The column widths and the header row; rendered again only when the columns or the sort change. */
export const GridHead = memo(function GridHead({
  columns,
  sort,
  dir,
  onSort,
}: {
  columns: MatrixColumn[];
  sort: MatrixView['sort'];
  dir: MatrixView['dir'];
  onSort: OnSort;
}) {
  return (
    <>
      <colgroup>
        {columns.map((c) => (
          <col key={c} style={{ width: widths[c] }} />
        ))}
      </colgroup>
      <thead>
        <tr aria-rowindex={1}>
          {columns.map((c, i) => (
            <th
              key={c}
              scope="col"
              data-col-key={c}
              className={i < 2 ? `grid-fixed grid-fixed-${i}` : undefined}
              aria-sort={sort === c ? (dir === 'asc' ? 'ascending' : 'descending') : undefined}
            >
              <SortHeader column={c} sort={sort} dir={dir} onSort={onSort} />
            </th>
          ))}
        </tr>
      </thead>
    </>
  );
});
