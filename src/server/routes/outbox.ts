import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getOutboxMessage, listOutbox } from '../../db/queries/mail';
import { AppError } from '../../domain/errors';
import type { MailKind } from '../../mail/kinds';
import { allow } from '../context';
import { errors, idParam } from '../schemas/common';
import { outboxMessageDetail, outboxPage, outboxQuery } from '../schemas/mail';

type Row = Awaited<ReturnType<typeof listOutbox>>['rows'][number];

function present(row: Row) {
  return {
    id: row.id,
    kind: row.kind as MailKind,
    dedupeKey: row.dedupeKey,
    to: row.toAddress,
    locale: row.locale,
    subject: row.subject,
    status: row.status,
    attempts: row.attempts,
    lastError: row.lastError,
    sendAfter: row.sendAfter,
    lockedUntil: row.lockedUntil,
    messageId: row.messageId,
    sentAt: row.sentAt,
    createdAt: row.createdAt,
    hasCalendar: row.hasIcs,
    mesa: row.mesaId && row.mesaName ? { id: row.mesaId, name: row.mesaName } : null,
    person: row.personId && row.personName ? { id: row.personId, fullName: row.personName } : null,
  };
}

/** The mail outbox, for administrators: what was sent, what waits, what failed and why. */
export const outboxRoutes: FastifyPluginAsyncZod = async (app) => {
  const delivery = () => (app.config.SMTP_HOST ? 'smtp' : 'outbox') as 'smtp' | 'outbox';

  app.get(
    '/api/admin/outbox',
    {
      config: { access: 'mail.outbox' },
      schema: {
        tags: ['mail'],
        summary: 'The e-mail outbox, newest first (administrators)',
        querystring: outboxQuery,
        response: { 200: outboxPage, ...errors(400, 401, 403) },
      },
    },
    async (req) => {
      allow(req, 'mail.outbox');
      const { rows, total } = await listOutbox(app.database.db, req.query);
      return {
        delivery: delivery(),
        total,
        limit: req.query.limit,
        offset: req.query.offset,
        messages: rows.map(present),
      };
    },
  );

  app.get(
    '/api/admin/outbox/:id',
    {
      config: { access: 'mail.outbox' },
      schema: {
        tags: ['mail'],
        summary: 'One message of the outbox with its whole text, HTML and calendar file',
        params: idParam,
        response: { 200: outboxMessageDetail, ...errors(401, 403, 404) },
      },
    },
    async (req) => {
      allow(req, 'mail.outbox');
      const row = await getOutboxMessage(app.database.db, req.params.id);
      if (!row) throw new AppError('NOT_FOUND');
      return { ...present(row), text: row.text, html: row.html, ics: row.ics };
    },
  );
};
