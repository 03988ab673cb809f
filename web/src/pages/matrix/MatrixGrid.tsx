import { UnstyledButton } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type MatrixColumn,
  type MatrixView,
  type SortColumn,
  sortableColumns,
} from '../../../../src/domain/matrix-view';
import { type CellProps, cells, editableColumns } from './cells';
import type { useProblemEdits } from './edits';
import type { MatrixProblem } from './matrixApi';

export interface RowGroup {
  key: string;
  label: string | null;
  rows: MatrixProblem[];
}

type Item = { kind: 'group'; group: RowGroup } | { kind: 'row'; problem: MatrixProblem };

/** The height of every row, in pixels: one line each, so that a screen holds twenty and more. */
export const ROW_HEIGHT = 30;

const widths: Record<MatrixColumn, number> = {
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

interface Cell {
  row: number;
  col: number;
}

/** The sort header of a column: ascending, then descending, then the Matrix order again. */
function SortHeader({
  column,
  view,
  onSort,
}: {
  column: MatrixColumn;
  view: MatrixView;
  onSort: (sort: MatrixView['sort'], dir: MatrixView['dir']) => void;
}) {
  const { t } = useTranslation();
  const label = t(`grid.col.${column}`);
  if (!(sortableColumns as readonly string[]).includes(column)) return <>{label}</>;
  const sorted = view.sort === column;
  const next = (): [MatrixView['sort'], MatrixView['dir']] =>
    !sorted
      ? [column as SortColumn, 'asc']
      : view.dir === 'asc'
        ? [column as SortColumn, 'desc']
        : ['', 'asc'];
  return (
    <UnstyledButton
      className="grid-sort"
      title={t('grid.sortBy', { column: label })}
      onClick={() => onSort(...next())}
    >
      {label}
      <span aria-hidden="true" className="grid-sort-mark">
        {sorted ? (view.dir === 'asc' ? ' ▲' : ' ▼') : ''}
      </span>
    </UnstyledButton>
  );
}

/**
 * The Matrix as a spreadsheet: one line a row, the header and the first two columns fixed while the
 * rest scrolls, only the rows in sight rendered (2,000 scroll as smoothly as 20). The keyboard works as
 * in a spreadsheet: the arrows move, Enter edits (or opens the problem from its number), Escape
 * cancels, Space toggles the focus star. Tab leaves the grid.
 */
export function MatrixGrid({
  groups,
  columns,
  view,
  onSort,
  editable,
  edits,
  categoryName,
  quickWins,
  caption,
  focusWarning,
}: {
  groups: RowGroup[];
  columns: MatrixColumn[];
  view: MatrixView;
  onSort: (sort: MatrixView['sort'], dir: MatrixView['dir']) => void;
  editable: boolean;
  edits: ReturnType<typeof useProblemEdits>;
  categoryName: (p: MatrixProblem) => string;
  quickWins: Set<string>;
  caption: string;
  focusWarning: { count: number; limit: number } | null;
}) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [height, setHeight] = useState(600);
  const [active, setActive] = useState<Cell>({ row: 0, col: 0 });
  /** The cell being edited, by problem: a refresh that reorders the rows keeps it on its problem. */
  const [editing, setEditing] = useState<{ id: string; col: number } | null>(null);
  const [wantsFocus, setWantsFocus] = useState(false);
  const [warnedAt, setWarnedAt] = useState<string | null>(null);

  const items = useMemo<Item[]>(
    () =>
      groups.flatMap((group) => [
        ...(group.label !== null ? [{ kind: 'group', group } as const] : []),
        ...group.rows.map((problem) => ({ kind: 'row', problem }) as const),
      ]),
    [groups],
  );
  const rowCount = items.length;

  // The grid takes the rest of the window, so that the page keeps one scroll bar for the rows.
  useLayoutEffect(() => {
    const fitHeight = () => {
      const top = scrollRef.current?.getBoundingClientRect().top ?? 0;
      setHeight(Math.max(320, Math.floor(window.innerHeight - Math.max(top, 0) - 12)));
    };
    fitHeight();
    window.addEventListener('resize', fitHeight);
    return () => window.removeEventListener('resize', fitHeight);
  }, []);

  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });

  // The warning stays by the star until the focus is back under the limit or another star is pressed.
  useEffect(() => {
    if (!focusWarning) setWarnedAt(null);
  }, [focusWarning]);

  const at = (cell: Cell) =>
    scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${cell.row}"] > [data-col="${cell.col}"]`);

  useEffect(() => {
    if (!wantsFocus || editing) return;
    const el = at(active);
    if (el) {
      el.focus({ preventScroll: false });
      setWantsFocus(false);
    }
  });

  const move = (row: number, col: number) => {
    const next = {
      row: Math.max(0, Math.min(rowCount - 1, row)),
      col: Math.max(0, Math.min(columns.length - 1, col)),
    };
    setActive(next);
    setWantsFocus(true);
    virtualizer.scrollToIndex(next.row, { align: 'auto' });
  };

  const stopEditing = () => {
    setEditing(null);
    setWantsFocus(true);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const cell = (event.target as HTMLElement).closest<HTMLElement>('[data-col]');
    // Keys typed into an editor belong to the editor.
    if (!cell || event.target !== cell || event.nativeEvent.isComposing) return;
    const page = Math.max(1, Math.floor(height / ROW_HEIGHT) - 2);
    const { row, col } = active;
    const last = { row: rowCount - 1, col: columns.length - 1 };
    const target = ((): Cell | 'activate' | 'press' | null => {
      switch (event.key) {
        case 'ArrowUp':
          return { row: row - 1, col };
        case 'ArrowDown':
          return { row: row + 1, col };
        case 'ArrowLeft':
          return { row, col: col - 1 };
        case 'ArrowRight':
          return { row, col: col + 1 };
        case 'PageUp':
          return { row: row - page, col };
        case 'PageDown':
          return { row: row + page, col };
        case 'Home':
          return event.ctrlKey ? { row: 0, col: 0 } : { row, col: 0 };
        case 'End':
          return event.ctrlKey ? last : { row, col: last.col };
        case 'Enter':
        case 'F2':
          return 'activate';
        case ' ':
          return 'press';
        default:
          return null;
      }
    })();
    if (target === null) return;
    event.preventDefault();
    if (target === 'activate' || target === 'press') activate(cell, target === 'press');
    else move(target.row, target.col);
  };

  /**
   * Enter edits the cell where the reader may, presses its button (the star) or opens the problem;
   * Space only presses a button.
   */
  const activate = (cell: HTMLElement, space: boolean) => {
    const column = columns[active.col];
    const item = items[active.row];
    if (!column || item?.kind !== 'row') return;
    const button = cell.querySelector<HTMLButtonElement>('button');
    if (button) return void button.click();
    if (space) return;
    const canEdit =
      editable &&
      editableColumns.includes(column) &&
      (column !== 'status' || item.problem.allowedTransitions.length > 0);
    if (canEdit) return void setEditing({ id: item.problem.id, col: active.col });
    (cell.querySelector('a') ?? cell.parentElement?.querySelector('a'))?.click();
  };

  // Links and editors inside the cells are reached with the arrows, not with Tab.
  useLayoutEffect(() => {
    for (const el of scrollRef.current?.querySelectorAll<HTMLElement>(
      'tbody a, tbody select, tbody button',
    ) ?? []) {
      el.tabIndex = -1;
    }
  });

  const virtualRows = virtualizer.getVirtualItems();
  const paddingTop = virtualRows[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (virtualRows.at(-1)?.end ?? 0);
  const activeRendered = virtualRows.some((v) => v.index === active.row);
  const tableWidth = columns.reduce((sum, c) => sum + widths[c], 0);

  return (
    <div
      ref={scrollRef}
      className="grid-scroll"
      style={{ height: Math.min(height, (rowCount + 1) * ROW_HEIGHT + 4) }}
      data-testid="matrix-grid"
    >
      <table
        // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the ARIA grid pattern on a table, driven by the keyboard like a spreadsheet
        role="grid"
        aria-rowcount={rowCount + 1}
        aria-colcount={columns.length}
        className="matrix-grid"
        style={{ width: tableWidth }}
        onKeyDown={onKeyDown}
      >
        <caption className="visually-hidden">{caption}</caption>
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
                aria-sort={view.sort === c ? (view.dir === 'asc' ? 'ascending' : 'descending') : undefined}
              >
                <SortHeader column={c} view={view} onSort={onSort} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {paddingTop > 0 && (
            // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an empty spacer row standing for the rows out of sight
            <tr aria-hidden="true" style={{ height: paddingTop }}>
              <td colSpan={columns.length} />
            </tr>
          )}
          {virtualRows.map((v, n) => {
            const item = items[v.index];
            if (!item) return null;
            if (item.kind === 'group') {
              return (
                <tr
                  key={`g-${item.group.key}`}
                  data-index={v.index}
                  aria-rowindex={v.index + 2}
                  className="grid-group"
                >
                  <th scope="rowgroup" colSpan={columns.length} data-col={0} tabIndex={-1}>
                    {item.group.label} <span className="matrix-count">({item.group.rows.length})</span>
                  </th>
                </tr>
              );
            }
            const p = item.problem;
            const props: Omit<CellProps, 'editing'> = {
              problem: p,
              editable,
              edits,
              stopEditing,
              categoryName: categoryName(p),
              focusWarning: warnedAt === p.id ? focusWarning : null,
              onFocusToggled: (toggled) => setWarnedAt(toggled.inFocus ? null : toggled.id),
              onDismissWarning: () => setWarnedAt(null),
            };
            return (
              <tr
                key={p.id}
                data-index={v.index}
                aria-rowindex={v.index + 2}
                data-problem-id={p.id}
                data-status={p.status}
                data-quick-win={quickWins.has(p.id) || undefined}
              >
                {columns.map((c, col) => {
                  const isActive =
                    (active.row === v.index && active.col === col) ||
                    (!activeRendered && n === 0 && col === 0);
                  const isEditing = editing?.id === p.id && editing.col === col;
                  const Render = cells[c];
                  return (
                    <td
                      key={c}
                      data-col={col}
                      data-col-key={c}
                      className={col < 2 ? `grid-fixed grid-fixed-${col}` : undefined}
                      tabIndex={isActive ? 0 : -1}
                      onFocus={(e) => {
                        if (e.target === e.currentTarget) setActive({ row: v.index, col });
                      }}
                      onMouseDown={() => setActive({ row: v.index, col })}
                      onDoubleClick={() =>
                        editable && editableColumns.includes(c) && setEditing({ id: p.id, col })
                      }
                    >
                      <Render {...props} editing={isEditing} />
                    </td>
                  );
                })}
              </tr>
            );
          })}
          {paddingBottom > 0 && (
            // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an empty spacer row standing for the rows out of sight
            <tr aria-hidden="true" style={{ height: paddingBottom }}>
              <td colSpan={columns.length} />
            </tr>
          )}
        </tbody>
      </table>
      {rowCount === 0 && <p className="grid-muted">{t('matrix.noMatches')}</p>}
    </div>
  );
}
