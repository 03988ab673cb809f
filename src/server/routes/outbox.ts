import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getOutboxMessage, listOutbox } from '../../db/queries/mail';
import { AppError } from '../../domain/errors';
import { allow } from '../context';
import { presentOutboxMessage } from '../presenters/outbox';
import { errors, idParam } from '../schemas/common';
import { outboxMessageDetail, outboxPage, outboxQuery } from '../schemas/mail';

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
        messages: rows.map(presentOutboxMessage),
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
      return { ...presentOutboxMessage(row), text: row.text, html: row.html, ics: row.ics };
    },
  );
};
