import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditedRecordVisibility, listMesaAuditTrail } from '../../db/queries/audit-trail';
import { changedFields } from '../../domain/audit-changes';
import { AppError } from '../../domain/errors';
import { allow } from '../context';
import { mesaFor } from '../load';
import { auditTrail, auditTrailQuery } from '../schemas/audit';
import { errors, idParam } from '../schemas/common';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/mesas/:id/audit',
    {
      config: { access: 'audit.trail' },
      schema: {
        tags: ['audit'],
        summary:
          "A Mesa's audit trail, or one record's history of changes (entityType and entityId), newest first",
        params: idParam,
        querystring: auditTrailQuery,
        response: { 200: auditTrail, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => {
      const { db } = app.database;
      const { row } = await mesaFor(req, req.params.id, 'audit.trail');
      const { entityType, entityId, before, limit } = req.query;
      if (entityType && entityId) {
        // Only the history of a record the caller may see: one it may not answers like a missing one.
        const visibility = await auditedRecordVisibility(db, row.mesa.id, entityType, entityId);
        if (visibility === null) throw new AppError('NOT_FOUND');
        if (visibility !== 'unknown') allow(req, 'audit.trail', { mesaId: row.mesa.id, visibility });
      }
      const rows = await listMesaAuditTrail(db, { mesaId: row.mesa.id, entityType, entityId, before, limit });
      return {
        events: rows.map(({ event, actorName }) => ({
          seq: event.seq,
          occurredAt: event.occurredAt,
          actor: { label: event.actorLabel, name: actorName },
          entityType: event.entityType,
          entityId: event.entityId,
          action: event.action,
          changes: changedFields(event.before, event.after),
        })),
        nextBefore: rows.length === limit ? rows[rows.length - 1]!.event.seq : null,
      };
    },
  );
};
