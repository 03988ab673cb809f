/** Following problems and commitments: following, unfollowing, and the list of what you follow. */
import type { ResponseBody } from '../../../../src/sdk/client';
import { client, unwrap } from '../../api';

export type FollowKind = 'problem' | 'commitment';
export type FollowedRecord = ResponseBody<'/api/me/follows', 'get'>['follows'][number];

const path = (id: string) => ({ params: { path: { id } } });

export const followsApi = {
  follow: (kind: FollowKind, id: string) =>
    kind === 'problem'
      ? unwrap(client.PUT('/api/problems/{id}/follow', path(id)))
      : unwrap(client.PUT('/api/commitments/{id}/follow', path(id))),
  unfollow: (kind: FollowKind, id: string) =>
    kind === 'problem'
      ? unwrap(client.DELETE('/api/problems/{id}/follow', path(id)))
      : unwrap(client.DELETE('/api/commitments/{id}/follow', path(id))),
  mine: () => unwrap(client.GET('/api/me/follows')),
};

/** The account's follows: the list on the account page and every Follow toggle read it. */
export const followsQueryKey = ['follows'] as const;
