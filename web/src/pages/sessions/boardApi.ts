/** The API client of a Mesa's commitments board and of the chase of late owners. */
import type { z } from 'zod';
import type { boardQuery, chaseResult, commitmentBoard } from '../../../../src/server/schemas/commitments';
import { http } from '../../api';

export type Board = z.input<typeof commitmentBoard>;
export type BoardCommitment = Board['commitments'][number];
export type ChaseResult = z.input<typeof chaseResult>;
export type BoardState = NonNullable<z.input<typeof boardQuery>['state']>;
export type BoardSort = NonNullable<z.input<typeof boardQuery>['sort']>;
export type SortDir = NonNullable<z.input<typeof boardQuery>['dir']>;
export type BoardGroup = 'none' | 'owner' | 'entity';

export const boardStates: readonly BoardState[] = ['open', 'due_this_week', 'late', 'done'];
export const boardSorts: readonly BoardSort[] = ['due', 'owner', 'entity', 'status'];
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

const id = encodeURIComponent;

export const boardQueryKey = (mesaId: string, search: BoardSearch) =>
  ['commitments', 'board', mesaId, search] as const;

export const boardApi = {
  board: (mesaId: string, s: BoardSearch) =>
    http.get<Board>(`/api/mesas/${id(mesaId)}/commitments/board`, {
      state: s.state,
      owner: s.owner,
      entity: s.entity,
      q: s.q?.trim() || undefined,
      sort: s.sort,
      dir: s.dir,
    }),
  chasePreview: (mesaId: string) => http.get<ChaseResult>(`/api/mesas/${id(mesaId)}/commitments/chase`),
  chase: (mesaId: string) => http.post<ChaseResult>(`/api/mesas/${id(mesaId)}/commitments/chase`, {}),
};
