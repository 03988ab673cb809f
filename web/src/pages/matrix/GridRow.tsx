import type { TFunction } from 'i18next';
import { memo, useLayoutEffect, useRef } from 'react';
import type { MatrixColumn } from '../../../../src/domain/matrix-view';
import { type CellProps, cells, editableColumns } from './cells';
import type { InlineEdits } from './edits';
import { widths } from './GridHead';
import type { MatrixProblem } from './matrixApi';
import { type RowSight, useWholeRow } from './wholeRows';

export interface RowGroup {
  key: string;
  label: string | null;
  rows: MatrixProblem[];
}

/** What the rows tell the grid; one object for the grid's life, so that rows are not rendered for it. */
export interface RowHandlers extends RowSight {
  setActive: (cell: { row: number; col: number }) => void;
  /** Makes a cell active and gives it the focus. */
  focusCell: (cell: { row: number; col: number }) => void;
  startEditing: (id: string, col: number) => void;
  /** The edit ended (saved, cancelled or the editor lost the focus): the cell takes the focus back. */
  stopEditing: () => void;
  onFocusToggled: (problem: MatrixProblem) => void;
  onDismissWarning: () => void;
}

export interface GridRowProps {
  problem: MatrixProblem;
  /** The row's place among the grid's items (group headings included). */
  index: number;
  columns: MatrixColumn[];
  t: TFunction;
  language: string;
  editable: boolean;
  edits: InlineEdits;
  categoryName: string;
  quickWin: boolean;
  /** The column of the active cell (the one Tab reaches), when it is in this row. */
  activeCol: number | null;
  /** The active cell is out of sight and this is the first row in sight: its first cell takes Tab. */
  tabStop: boolean;
  /** The column of the cell being edited from the keyboard, when it is in this row. */
  editingCol: number | null;
  /** Set on the row whose star just put one problem too many in focus. */
  focusWarning: CellProps['focusWarning'];
  handlers: RowHandlers;
}

/** The column of a row's band (see below) under the pointer. */
function columnAt(columns: MatrixColumn[], band: HTMLElement, clientX: number) {
  let x = clientX - band.getBoundingClientRect().left;
  let col = 2;
  while (col < columns.length - 1 && x >= widths[columns[col] as MatrixColumn]) {
    x -= widths[columns[col] as MatrixColumn];
    col++;
  }
  return col;
}

/**
 * A row of the grid. Its props are plain values or stay the same object while the row does not change,
 * so that scrolling renders only the rows that come into sight, and a move of the active cell two rows.
 */
export const GridRow = memo(function GridRow({
  problem: p,
  index,
  columns,
  t,
  language,
  editable,
  edits,
  categoryName,
  quickWin,
  activeCol,
  tabStop,
  editingCol,
  focusWarning,
  handlers,
}: GridRowProps) {
  const ref = useRef<HTMLTableRowElement>(null);
  const whole = useWholeRow(handlers, index, activeCol !== null || editingCol !== null);
  // Links and editors inside the cells are reached with the arrows, not with Tab.
  useLayoutEffect(() => {
    if (!whole) return;
    for (const el of ref.current?.querySelectorAll<HTMLElement>('a, select, button') ?? []) {
      if (el.tabIndex !== -1) el.tabIndex = -1;
    }
  });
  // The same on a whole row and on one shown while the grid scrolls.
  const rowAttributes = {
    ref,
    'data-index': index,
    'aria-rowindex': index + 2,
    'data-problem-id': p.id,
    'data-status': p.status,
    'data-quick-win': quickWin || undefined,
  };
  if (!whole) {
    // In sight for a moment while the grid scrolls (see wholeRows.ts): the number and the title, then
    // one band across the other columns (the table draws their lines), little to lay out and paint.
    return (
      <tr {...rowAttributes}>
        <td
          key="number"
          data-col={0}
          data-col-key="number"
          className="grid-fixed grid-fixed-0"
          tabIndex={tabStop ? 0 : -1}
          onFocus={(e) => e.target === e.currentTarget && handlers.setActive({ row: index, col: 0 })}
        >
          {p.code}
        </td>
        <td
          key="title"
          data-col={1}
          data-col-key="title"
          className="grid-fixed grid-fixed-1"
          tabIndex={-1}
          onFocus={(e) => e.target === e.currentTarget && handlers.setActive({ row: index, col: 1 })}
        >
          <span className="matrix-link">{p.title}</span>
        </td>
        <td
          key="band"
          colSpan={columns.length - 2}
          onMouseDown={(e) => {
            e.preventDefault();
            handlers.focusCell({ row: index, col: columnAt(columns, e.currentTarget, e.clientX) });
          }}
        />
      </tr>
    );
  }
  const props: Omit<CellProps, 'editing'> = {
    problem: p,
    t,
    language,
    editable,
    edits,
    stopEditing: handlers.stopEditing,
    categoryName,
    focusWarning,
    onFocusToggled: handlers.onFocusToggled,
    onDismissWarning: handlers.onDismissWarning,
  };
  return (
    <tr {...rowAttributes}>
      {columns.map((c, col) => {
        const Render = cells[c];
        return (
          <td
            key={c}
            data-col={col}
            data-col-key={c}
            className={col < 2 ? `grid-fixed grid-fixed-${col}` : undefined}
            tabIndex={activeCol === col || (tabStop && col === 0) ? 0 : -1}
            onFocus={(e) => {
              if (e.target === e.currentTarget) handlers.setActive({ row: index, col });
            }}
            onMouseDown={() => handlers.setActive({ row: index, col })}
            onDoubleClick={() => editable && editableColumns.includes(c) && handlers.startEditing(p.id, col)}
          >
            <Render {...props} editing={editingCol === col} />
          </td>
        );
      })}
    </tr>
  );
});

/** The heading row of a group (by category or by entity). */
export const GroupRow = memo(function GroupRow({
  group,
  index,
  span,
}: {
  group: RowGroup;
  index: number;
  span: number;
}) {
  return (
    <tr data-index={index} aria-rowindex={index + 2} className="grid-group">
      <th scope="rowgroup" colSpan={span} data-col={0} tabIndex={-1}>
        {group.label} <span className="matrix-count">({group.rows.length})</span>
      </th>
    </tr>
  );
});
