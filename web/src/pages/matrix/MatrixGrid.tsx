import { useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatrixColumn, MatrixView } from '../../../../src/domain/matrix-view';
import { editableColumns } from './cells';
import { useInlineEdits, type useProblemEdits } from './edits';
import { ColumnLines, GridHead, widths } from './GridHead';
import { GridRow, GroupRow, type RowGroup, type RowHandlers } from './GridRow';
import type { MatrixProblem } from './matrixApi';

export type { RowGroup } from './GridRow';

type Item = { kind: 'group'; group: RowGroup } | { kind: 'row'; problem: MatrixProblem };

/** The height of every row, in pixels: one line each, so that a screen holds twenty and more. */
export const ROW_HEIGHT = 30;

interface Cell {
  row: number;
  col: number;
}

/**
 * The Matrix as a spreadsheet: one line a row, the header and the first two columns fixed while the
 * rest scrolls, only the rows in sight rendered (2,000 scroll as smoothly as 20): a scroll step renders
 * the rows that come into sight, as their number and title until the scrolling stops or slows
 * (wholeRows.ts), and no other. The keyboard works as in a spreadsheet: the arrows move, Enter edits
 * (or opens the problem from its number), Escape cancels, Space toggles the focus star. Tab leaves the
 * grid.
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
  const { t, i18n } = useTranslation();
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

  // Marks the grid scrolled sideways, for the first columns to stick (see matrix.css); no render.
  // Set up before the virtualizer, so that it reads the scroll before the rows change (no forced layout).
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const mark = () => {
      const sideways = el.scrollLeft > 0;
      if (sideways !== el.hasAttribute('data-sideways')) el.toggleAttribute('data-sideways', sideways);
    };
    mark();
    el.addEventListener('scroll', mark, { passive: true });
    return () => el.removeEventListener('scroll', mark);
  }, []);

  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    // A wheel step's worth of rows ready above and below; every row more is laid out at every step.
    overscan: 5,
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

  // One object for the grid's life (the virtualizer is one too): the rows compare their props.
  const handlers = useMemo<RowHandlers>(
    () => ({
      setActive: (cell) => setActive((a) => (a.row === cell.row && a.col === cell.col ? a : cell)),
      focusCell: (cell) => {
        setActive(cell);
        setWantsFocus(true);
      },
      startEditing: (id, col) => setEditing({ id, col }),
      stopEditing: () => {
        setEditing(null);
        setWantsFocus(true);
      },
      onFocusToggled: (toggled) => setWarnedAt(toggled.inFocus ? null : toggled.id),
      onDismissWarning: () => setWarnedAt(null),
      isScrolling: () => virtualizer.isScrolling,
      inSight: (index) => {
        const range = virtualizer.range;
        return !!range && index >= range.startIndex && index <= range.endIndex;
      },
    }),
    [virtualizer],
  );
  const rowEdits = useInlineEdits(edits);

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
        <GridHead columns={columns} sort={view.sort} dir={view.dir} onSort={onSort} />
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
                <GroupRow
                  key={`g-${item.group.key}`}
                  group={item.group}
                  index={v.index}
                  span={columns.length}
                />
              );
            }
            const p = item.problem;
            return (
              <GridRow
                key={p.id}
                problem={p}
                index={v.index}
                columns={columns}
                t={t}
                language={i18n.language}
                editable={editable}
                edits={rowEdits}
                categoryName={categoryName(p)}
                quickWin={quickWins.has(p.id)}
                activeCol={active.row === v.index ? active.col : null}
                // Out of sight, the active cell gives its Tab stop to the first cell in sight.
                tabStop={!activeRendered && n === 0}
                editingCol={editing?.id === p.id ? editing.col : null}
                focusWarning={warnedAt === p.id ? focusWarning : null}
                handlers={handlers}
              />
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
      <ColumnLines columns={columns} height={virtualizer.getTotalSize() + ROW_HEIGHT} />
      {rowCount === 0 && <p className="grid-muted">{t('matrix.noMatches')}</p>}
    </div>
  );
}
