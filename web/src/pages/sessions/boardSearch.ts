/**
 * The commitments board's view in the page's address: read by the router on every page, so apart from
 * the board's API client (./boardApi).
 */
import { type QueryParams, valuesOf } from '../../../../src/sdk/client';

type BoardQuery = QueryParams<'/api/mesas/{id}/commitments/board', 'get'>;
export type BoardState = NonNullable<BoardQuery['state']>;
export type BoardSort = NonNullable<BoardQuery['sort']>;
export type SortDir = NonNullable<BoardQuery['dir']>;
export type BoardGroup = 'none' | 'owner' | 'entity';

export const boardStates = valuesOf<BoardState>()(['open', 'due_this_week', 'late', 'done']);
export const boardSorts = valuesOf<BoardSort>()(['due', 'owner', 'entity', 'status']);
export const boardGroups: readonly BoardGroup[] = ['none', 'owner', 'entity'];

/** What the board shows, all of it kept in the page's address so a view can be shared. */
export interface BoardSearch {
  state?: BoardState;
  group?: BoardGroup;
  owner?: string;
  entity?: string;
  q?: string;
  sort?: BoardSort;
  dir?: SortDir;
}

const oneOf = <T extends string>(values: readonly T[], value: unknown): T | undefined =>
  values.includes(value as T) ? (value as T) : undefined;
const uuid = (value: unknown) =>
  typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)
    ? value
    : undefined;

/** Reads the board's search params, dropping what is unknown and what is the default. */
export function validateBoardSearch(search: Record<string, unknown>): BoardSearch {
  const out: BoardSearch = {
    state: oneOf(boardStates, search.state),
    group: oneOf(boardGroups, search.group),
    owner: uuid(search.owner),
    entity: uuid(search.entity),
    q: typeof search.q === 'string' && search.q.trim() ? search.q.slice(0, 200) : undefined,
    sort: oneOf(boardSorts, search.sort),
    dir: oneOf(['asc', 'desc'] as const, search.dir),
  };
  if (out.state === 'open') delete out.state;
  if (out.group === 'none') delete out.group;
  if (out.sort === 'due') delete out.sort;
  if (out.dir === 'asc') delete out.dir;
  for (const key of Object.keys(out) as (keyof BoardSearch)[]) if (out[key] === undefined) delete out[key];
  return out;
}
