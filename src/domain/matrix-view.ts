import { type FilterFlag, filterFlags } from './filters';
import { openProblemStatuses, type ProblemStatus, problemStatuses } from './problem-status';

/**
 * A view of the Matrix: which rows (filters), in which order (sort), grouped how and with which
 * columns. A view is what a team bookmarks, sends ("for Thursday's session", "late with SUNAT") and
 * exports, so it is one plain record that lives in a URL's query string, read by the web app and by
 * the export alike.
 */
export const matrixColumns = [
  'number',
  'title',
  'status',
  'focus',
  'category',
  'owner',
  'entities',
  'impact',
  'ease',
  'priority',
  'next',
  'solution',
  'indicators',
  'flags',
] as const;
export type MatrixColumn = (typeof matrixColumns)[number];

/** Columns a view cannot hide: a row must always say which problem it is. */
export const fixedColumns: readonly MatrixColumn[] = ['number', 'title'];

/** Columns a view can sort by (the others hold lists or long text). */
export const sortableColumns = [
  'number',
  'title',
  'status',
  'focus',
  'category',
  'owner',
  'entities',
  'impact',
  'ease',
  'priority',
  'next',
] as const satisfies readonly MatrixColumn[];
export type SortColumn = (typeof sortableColumns)[number];

export const groupings = ['category', 'entity'] as const;
export type Grouping = (typeof groupings)[number];

export interface MatrixView {
  /** Full-text search words (the server's search decides which rows they find). */
  q: string;
  /** '' (all), 'open', or one status. */
  status: '' | 'open' | ProblemStatus;
  /** '' (all), 'none' (no category) or a category key. */
  category: string;
  owner: '' | 'MP' | 'YP';
  /** '' (all), 'none' (no entity) or an organization id. */
  entity: string;
  focus: '' | 'yes' | 'no';
  /** '' (all), 'any' (some confirmed flag), 'suggested' (an open suggestion) or one flag. */
  flags: '' | 'any' | 'suggested' | FilterFlag;
  groupBy: '' | Grouping;
  /** '' keeps the Matrix order: focus, then status, then priority. */
  sort: '' | SortColumn;
  dir: 'asc' | 'desc';
  hidden: MatrixColumn[];
}

export const defaultView: MatrixView = {
  q: '',
  status: '',
  category: '',
  owner: '',
  entity: '',
  focus: '',
  flags: '',
  groupBy: '',
  sort: '',
  dir: 'asc',
  hidden: [],
};

const oneOf = <T extends string>(allowed: readonly T[], value: unknown, fallback: T): T =>
  typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;

const text = (value: unknown, max: number): string =>
  typeof value === 'string' ? value.slice(0, max) : typeof value === 'number' ? String(value) : '';

/**
 * The view a query string describes. Anything unknown or malformed falls back to the default, so an
 * old or hand-edited link still opens the Matrix instead of failing.
 */
export function parseView(search: Record<string, unknown>): MatrixView {
  const hiddenText = text(search.hide, 400);
  const hidden = matrixColumns.filter((c) => !fixedColumns.includes(c) && hiddenText.split(',').includes(c));
  return {
    q: text(search.q, 200),
    status: oneOf(['', 'open', ...problemStatuses], search.status, ''),
    category: /^[a-z0-9_-]{1,64}$/.test(text(search.category, 64)) ? text(search.category, 64) : '',
    owner: oneOf(['', 'MP', 'YP'], search.owner, ''),
    entity: /^(none|[0-9a-f-]{36})$/.test(text(search.entity, 36)) ? text(search.entity, 36) : '',
    focus: oneOf(['', 'yes', 'no'], search.focus, ''),
    flags: oneOf(['', 'any', 'suggested', ...filterFlags], search.flags, ''),
    groupBy: oneOf(['', ...groupings], search.groupBy, ''),
    sort: oneOf(['', ...sortableColumns], search.sort, ''),
    dir: oneOf(['asc', 'desc'], search.dir, 'asc'),
    hidden,
  };
}

/** The query string of a view: only what differs from the default, so links stay short. */
export function viewSearch(view: MatrixView): Record<string, string> {
  const out: Record<string, string> = {};
  const scalar = ['q', 'status', 'category', 'owner', 'entity', 'focus', 'flags', 'groupBy', 'sort'] as const;
  for (const key of scalar) if (view[key] !== defaultView[key]) out[key] = view[key];
  if (view.sort && view.dir !== 'asc') out.dir = view.dir;
  if (view.hidden.length > 0) out.hide = view.hidden.join(',');
  return out;
}

/** Whether a view filters rows out (sorting, grouping and columns keep every row). */
export const viewFilters = (view: MatrixView): boolean =>
  (['q', 'status', 'category', 'owner', 'entity', 'focus', 'flags'] as const).some((k) => view[k] !== '');

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
