import { type MatrixColumn, type MatrixView, matrixColumns, type SortColumn } from './matrix-view';
import { openProblemStatuses, type ProblemStatus, problemStatuses } from './problem-status';

/**
 * A Matrix view applied to rows: which problems it keeps, in which order, with which columns. Apart
 * from ./matrix-view (reading and writing a view), which every page's routing loads.
 */

/** What a view needs to know about a problem. */
export interface ViewProblem {
  id: string;
  number: number;
  title: string;
  status: ProblemStatus;
  inFocus: boolean;
  category: { key: string } | null;
  ownerType: 'MP' | 'YP';
  entities: readonly { id: string; name: string; acronym: string | null }[];
  impact: number;
  ease: number;
  priority: number;
  filterFlags: readonly string[];
  suggestedFlags: readonly string[];
  latestSolution: { filterFlags: readonly string[] } | null;
  nextCommitment?: { dueDate: string } | null;
}

/** Whether a row passes the view's filters; `found` holds the rows the full-text search found. */
export function viewMatches(p: ViewProblem, view: MatrixView, found: ReadonlySet<string> | null): boolean {
  if (found && !found.has(p.id)) return false;
  if (view.status === 'open' && !openProblemStatuses.includes(p.status)) return false;
  if (view.status && view.status !== 'open' && p.status !== view.status) return false;
  if (view.category === 'none' && p.category) return false;
  if (view.category && view.category !== 'none' && p.category?.key !== view.category) return false;
  if (view.owner && p.ownerType !== view.owner) return false;
  if (view.entity === 'none' && p.entities.length > 0) return false;
  if (view.entity && view.entity !== 'none' && !p.entities.some((e) => e.id === view.entity)) return false;
  if (view.focus === 'yes' && !p.inFocus) return false;
  if (view.focus === 'no' && p.inFocus) return false;
  const flags = [...p.filterFlags, ...(p.latestSolution?.filterFlags ?? [])];
  if (view.flags === 'any' && flags.length === 0) return false;
  if (view.flags === 'suggested' && p.suggestedFlags.length === 0) return false;
  if (view.flags && view.flags !== 'any' && view.flags !== 'suggested' && !flags.includes(view.flags)) {
    return false;
  }
  return true;
}

/** How the text columns compare: by the names the reader sees, in the reader's language. */
export interface SortNames<T extends ViewProblem = ViewProblem> {
  category: (p: T) => string;
  entities: (p: T) => string;
  locale: string;
}

type Key = number | string | null;

function sortKey<T extends ViewProblem>(p: T, column: SortColumn, names: SortNames<T>): Key {
  switch (column) {
    case 'number':
      return p.number;
    case 'title':
      return p.title;
    case 'status':
      return problemStatuses.indexOf(p.status);
    case 'focus':
      return p.inFocus ? 0 : 1;
    case 'category':
      return names.category(p) || null;
    case 'owner':
      return p.ownerType;
    case 'entities':
      return names.entities(p) || null;
    case 'impact':
      return p.impact;
    case 'ease':
      return p.ease;
    case 'priority':
      return p.priority;
    case 'next':
      return p.nextCommitment?.dueDate ?? null;
  }
}

/**
 * The rows in the view's order. Empty values go last whichever the direction; ties keep the Matrix
 * order (the sort is stable), so sorting by impact still lists the focus first among equals.
 */
export function sortRows<T extends ViewProblem>(
  rows: readonly T[],
  view: MatrixView,
  names: SortNames<T>,
): T[] {
  if (!view.sort) return [...rows];
  const column = view.sort;
  const sign = view.dir === 'desc' ? -1 : 1;
  const collator = new Intl.Collator(names.locale, { sensitivity: 'base', numeric: true });
  const keyed = rows.map((row) => ({ row, key: sortKey(row, column, names) }));
  keyed.sort((a, b) => {
    if (a.key === b.key) return 0;
    if (a.key === null) return 1;
    if (b.key === null) return -1;
    const order =
      typeof a.key === 'number' && typeof b.key === 'number'
        ? a.key - b.key
        : collator.compare(String(a.key), String(b.key));
    return sign * order;
  });
  return keyed.map((k) => k.row);
}

/** The columns a view shows, in the Matrix's order. */
export const visibleColumns = (view: MatrixView): MatrixColumn[] =>
  matrixColumns.filter((c) => !view.hidden.includes(c));
