/** The mail outbox part of the API client (administrators). */
import { type ResponseBody, valuesOf } from '../../../src/sdk/client';
import { client, unwrap } from '../api';

export type OutboxPage = ResponseBody<'/api/admin/outbox', 'get'>;
export type OutboxMessage = OutboxPage['messages'][number];
export type OutboxMessageDetail = ResponseBody<'/api/admin/outbox/{id}', 'get'>;
export type OutboxStatus = OutboxMessage['status'];
export type MailKind = OutboxMessage['kind'];

export const outboxStatuses = valuesOf<OutboxStatus>()(['pending', 'sent', 'failed']);
export { mailKinds } from '../../../src/mail/kinds';

export const outboxApi = {
  list: (query: { status?: OutboxStatus; kind?: MailKind; limit: number; offset: number }) =>
    unwrap(
      client.GET('/api/admin/outbox', {
        params: {
          query: { status: query.status, kind: query.kind, limit: query.limit, offset: query.offset },
        },
      }),
    ),
  get: (id: string) => unwrap(client.GET('/api/admin/outbox/{id}', { params: { path: { id } } })),
};
