import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createMatrixView, deleteMatrixView, updateMatrixView } from '../../commands/matrix-views';
import { getMatrixView, listMatrixViews } from '../../db/queries/matrix-views';
import { isAllowed } from '../../domain/access';
import { commandContext } from '../context';
import { mesaFor, visibleOr404 } from '../load';
import { presentMatrixView } from '../presenters/matrix-views';
import { errors, idParam, ok } from '../schemas/common';
import {
  createMatrixViewBody,
  matrixView,
  matrixViewList,
  updateMatrixViewBody,
} from '../schemas/matrix-views';

/**
 * A saved view and the right to change it: a view of a Mesa the caller may not see answers 404, like a
 * missing one; one the caller sees but may not change answers 403.
 */
async function viewToManage(req: FastifyRequest, id: string) {
  const found = visibleOr404(await getMatrixView(req.server.database.db, id));
  await mesaFor(req, found.view.mesaId, 'matrixView.manage');
  return found;
}

/** The named views of a Mesa's Matrix that its team saves and shares. */
export const matrixViewRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/mesas/:id/matrix-views',
    {
      config: { access: 'matrix.read' },
      schema: {
        tags: ['matrix'],
        summary: "A Mesa's saved views of its Matrix, by name",
        description:
          "Each view is a query string of the Matrix page (filters, sort, grouping and hidden columns): open the Matrix with it to show the view. Whoever may read the Matrix sees them; the Mesa's dedicated team and the coordinating office save, rename and delete them.",
        params: idParam,
        response: { 200: matrixViewList, ...errors(400, 401, 404) },
      },
    },
    async (req) => {
      const { auth } = await mesaFor(req, req.params.id, 'matrix.read');
      const rows = await listMatrixViews(app.database.db, req.params.id);
      return {
        views: rows.map(presentMatrixView),
        can: { manage: isAllowed(auth.actor, 'matrixView.manage', req.params.id) },
      };
    },
  );

  app.post(
    '/api/mesas/:id/matrix-views',
    {
      config: { access: 'matrixView.manage' },
      schema: {
        tags: ['matrix'],
        summary: "Save a named view of a Mesa's Matrix for its team",
        description:
          'The query is stored in its normal form (unknown or default parameters dropped). A name another view of the Mesa has, whatever its case, answers 409 CONFLICT and nothing is saved.',
        params: idParam,
        body: createMatrixViewBody,
        response: { 201: matrixView, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req, reply) => {
      await mesaFor(req, req.params.id, 'matrixView.manage');
      const row = await createMatrixView(commandContext(req), req.params.id, req.body);
      const saved = visibleOr404(await getMatrixView(app.database.db, row.id));
      return reply.status(201).send(presentMatrixView(saved));
    },
  );

  app.patch(
    '/api/matrix-views/:id',
    {
      config: { access: 'matrixView.manage' },
      schema: {
        tags: ['matrix'],
        summary: 'Rename a saved view of the Matrix, or replace the view it keeps',
        description:
          'A name another view of the Mesa has, whatever its case, answers 409 CONFLICT; a stale `version` answers 409 STALE_WRITE. Nothing is changed then.',
        params: idParam,
        body: updateMatrixViewBody,
        response: { 200: matrixView, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      await viewToManage(req, req.params.id);
      await updateMatrixView(commandContext(req), req.params.id, req.body);
      return presentMatrixView(visibleOr404(await getMatrixView(app.database.db, req.params.id)));
    },
  );

  app.delete(
    '/api/matrix-views/:id',
    {
      config: { access: 'matrixView.manage' },
      schema: {
        tags: ['matrix'],
        summary: 'Delete a saved view of the Matrix (the audit trail keeps what it was)',
        params: idParam,
        response: { 200: ok, ...errors(401, 403, 404) },
      },
    },
    async (req) => {
      await viewToManage(req, req.params.id);
      await deleteMatrixView(commandContext(req), req.params.id);
      return { ok: true as const };
    },
  );
};
