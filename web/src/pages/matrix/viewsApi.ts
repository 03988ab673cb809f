/**
 * Saved views of the Matrix: the named views a Mesa's team keeps (filters, sort, grouping and hidden
 * columns, as the Matrix page's query string). Built on the shared request helpers of `api.ts`.
 */
import type { RequestBody, ResponseBody } from '../../../../src/sdk/client';
import { client, unwrap } from '../../api';

export type MatrixViewList = ResponseBody<'/api/mesas/{id}/matrix-views', 'get'>;
export type SavedView = MatrixViewList['views'][number];
export type CreateSavedView = RequestBody<'/api/mesas/{id}/matrix-views', 'post'>;
export type UpdateSavedView = RequestBody<'/api/matrix-views/{id}', 'patch'>;

const path = (id: string) => ({ params: { path: { id } } });

export const viewsApi = {
  list: (mesaId: string) => unwrap(client.GET('/api/mesas/{id}/matrix-views', path(mesaId))),
  create: (mesaId: string, body: CreateSavedView) =>
    unwrap(client.POST('/api/mesas/{id}/matrix-views', { ...path(mesaId), body })),
  update: (viewId: string, body: UpdateSavedView) =>
    unwrap(client.PATCH('/api/matrix-views/{id}', { ...path(viewId), body })),
  remove: (viewId: string) => unwrap(client.DELETE('/api/matrix-views/{id}', path(viewId))),
};

export const viewsQueryKey = (mesaId: string) => ['matrix-views', mesaId] as const;
