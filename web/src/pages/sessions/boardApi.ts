/** The API client of a Mesa's commitments board and of the chase of late owners. */
import { type QueryParams, type ResponseBody, valuesOf } from '../../../../src/sdk/client';
import { client, unwrap } from '../../api';

type BoardQuery = QueryParams<'/api/mesas/{id}/commitments/board', 'get'>;
export type Board = ResponseBody<'/api/mesas/{id}/commitments/board', 'get'>;
export type BoardCommitment = Board['commitments'][number];
export type ChaseResult = ResponseBody<'/api/mesas/{id}/commitments/chase', 'get'>;
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

const path = (id: string) => ({ params: { path: { id } } });

export const boardQueryKey = (mesaId: string, search: BoardSearch) =>
  ['commitments', 'board', mesaId, search] as const;

export const boardApi = {
  board: (mesaId: string, s: BoardSearch) =>
    unwrap(
      client.GET('/api/mesas/{id}/commitments/board', {
        params: {
          path: { id: mesaId },
          query: {
            state: s.state,
            owner: s.owner,
            entity: s.entity,
            q: s.q?.trim() || undefined,
            sort: s.sort,
            dir: s.dir,
          },
        },
      }),
    ),
  chasePreview: (mesaId: string) => unwrap(client.GET('/api/mesas/{id}/commitments/chase', path(mesaId))),
  chase: (mesaId: string) =>
    unwrap(client.POST('/api/mesas/{id}/commitments/chase', { ...path(mesaId), body: {} })),
};
