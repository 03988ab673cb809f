import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createProblem } from '../../commands/problems';
import { listCategories } from '../../db/queries/categories';
import { loadMatrix } from '../../db/queries/matrix';
import { visibleLevels } from '../../domain/access';
import { commandContext } from '../context';
import { presentMatrix } from '../presenters';
import { errors, idParam } from '../schemas/common';
import { createProblemBody, matrixQuery, matrixResponse, problemDetail } from '../schemas/matrix';
import { mesaFor } from './mesas';
import { problemPage } from './problems';

export const matrixRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/mesas/:id/matrix',
    {
      config: { access: 'matrix.read' },
      schema: {
        tags: ['matrix'],
        summary: "A Mesa's whole Matrix: the problems you can see, focus warning, quick wins, categories",
        description:
          'With `q`, only the problems the full-text search finds (Spanish and English, accent-insensitive), still in the Matrix order; the focus warning and quick wins are then those of the problems found. Without `q` (or with an empty one), the whole Matrix.',
        params: idParam,
        querystring: matrixQuery,
        response: { 200: matrixResponse, ...errors(400, 401, 404) },
      },
    },
    async (req) => {
      const { row, auth } = await mesaFor(req, req.params.id, 'matrix.read');
      const { db } = app.database;
      const [rows, categories] = await Promise.all([
        loadMatrix(db, row.mesa.id, visibleLevels(auth.actor, row.mesa.id), { q: req.query.q }),
        listCategories(db, { includeArchived: true }),
      ]);
      return presentMatrix(row.mesa, rows, categories, auth.actor);
    },
  );

  app.post(
    '/api/mesas/:id/problems',
    {
      config: { access: 'problem.create' },
      schema: {
        tags: ['matrix'],
        summary: "Add a problem to a Mesa's Matrix (numbered P-1, P-2… within the Mesa)",
        params: idParam,
        body: createProblemBody,
        response: { 201: problemDetail, ...errors(400, 401, 403, 404) },
      },
    },
    async (req, reply) => {
      await mesaFor(req, req.params.id, 'problem.create');
      const { id } = await createProblem(commandContext(req), req.params.id, req.body);
      return reply.status(201).send(await problemPage(req, id));
    },
  );
};
