import { type FilterFlag, filterFlags } from './filter-flags';
import { type ProblemStatus, problemStatuses } from './problem-status';

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
