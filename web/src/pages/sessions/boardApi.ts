/** The API client of a Mesa's commitments board and of the chase of late owners. */
import type { ResponseBody } from '../../../../src/sdk/client';
import { client, unwrap } from '../../api';
import type { BoardSearch } from './boardSearch';

export {
  type BoardGroup,
  type BoardSearch,
  type BoardSort,
  type BoardState,
  boardGroups,
  boardSorts,
  boardStates,
  type SortDir,
  validateBoardSearch,
} from './boardSearch';
export type Board = ResponseBody<'/api/mesas/{id}/commitments/board', 'get'>;
export type BoardCommitment = Board['commitments'][number];
export type ChaseResult = ResponseBody<'/api/mesas/{id}/commitments/chase', 'get'>;

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
