/** The mail outbox part of the API client (administrators). */
import type { z } from 'zod';
import type { outboxMessage, outboxMessageDetail, outboxPage } from '../../../src/server/schemas/mail';
import { http } from '../api';

export type OutboxPage = z.input<typeof outboxPage>;
export type OutboxMessage = z.input<typeof outboxMessage>;
export type OutboxMessageDetail = z.input<typeof outboxMessageDetail>;
export type OutboxStatus = OutboxMessage['status'];
export type MailKind = OutboxMessage['kind'];

export const outboxStatuses: readonly OutboxStatus[] = ['pending', 'sent', 'failed'];
export { mailKinds } from '../../../src/mail/kinds';

export const outboxApi = {
  list: (query: { status?: OutboxStatus; kind?: MailKind; limit: number; offset: number }) =>
    http.get<OutboxPage>('/api/admin/outbox', {
      status: query.status,
      kind: query.kind,
      limit: String(query.limit),
      offset: String(query.offset),
    }),
  get: (id: string) => http.get<OutboxMessageDetail>(`/api/admin/outbox/${encodeURIComponent(id)}`),
};
