import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { createProblem } from '../../commands/problems';
import { listCategories } from '../../db/queries/categories';
import { loadMatrix, mesaWithMatrixRevision } from '../../db/queries/matrix';
import { visibleLevels } from '../../domain/access';
import { AppError } from '../../domain/errors';
import { allow, commandContext } from '../context';
import { mesaFor } from '../load';
import { acceptsGzip, MatrixCache, withPermissions } from '../matrix-cache';
import { matrixPermissions, presentMatrix, presentMatrixBody } from '../presenters';
import { errors, idParam } from '../schemas/common';
import { createProblemBody, matrixQuery, matrixResponse, problemDetail } from '../schemas/matrix';
import { compiledSerializers, compileSerializer, sendJsonAsBytes } from '../serializer';
import { problemPage } from './problems';

export const matrixRoutes: FastifyPluginAsyncZod = async (app) => {
  const cache = new MatrixCache(app.config.MATRIX_CACHE_MB * 1024 * 1024);
  const cached = app.config.MATRIX_CACHE_MB > 0;
  // The Matrix is large: its answers are serialized by code compiled from the response schema, and
  // checked against zod's encoding in the test suite.
  const serializers = { check: app.config.NODE_ENV === 'test' };
  const serializeBody = compileSerializer(matrixResponse.omit({ can: true }), serializers);

  app.get(
    '/api/mesas/:id/matrix',
    {
      config: { access: 'matrix.read' },
      serializerCompiler: compiledSerializers(serializers),
      onSend: sendJsonAsBytes,
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
    async (req, reply) => {
      const { db } = app.database;
      const q = req.query.q?.trim();
      // The revision is read before the Matrix, so a cached Matrix is never older than its revision.
      const head = await mesaWithMatrixRevision(db, req.params.id);
      if (!head) throw new AppError('NOT_FOUND');
      const auth = allow(req, 'matrix.read', { mesaId: head.mesa.id, visibility: head.mesa.visibility });
      const revision = q ? null : head.revision;
      const levels = visibleLevels(auth.actor, head.mesa.id);
      // A whole Matrix is a large read: on the embedded database such reads take turns (readInTurn).
      const load = (wanted?: () => boolean) =>
        app.database.readInTurn(
          () =>
            Promise.all([
              loadMatrix(db, head.mesa.id, levels, { q }),
              listCategories(db, { includeArchived: true }),
            ]),
          wanted,
        );
      if (revision === null || !cached) {
        // Not kept: serialized once, with the caller's permissions, by the route's compiled serializer.
        // Not read either if this caller has disconnected by its turn.
        const [rows, categories] = await load(() => !req.raw.socket?.destroyed);
        return presentMatrix(head.mesa, rows, categories, auth.actor);
      }
      const key = MatrixCache.key(head.mesa.id, levels);
      // Shared by the callers that miss together: read even if this caller has gone.
      const json = await cache.getOrLoad(key, revision, async () => {
        const [rows, categories] = await load();
        return serializeBody(presentMatrixBody(head.mesa, rows, categories));
      });
      // Already serialized as the response schema says (above, when it was cached): sent as it is,
      // compressed once per revision for the clients that accept it (every browser does).
      const can = matrixPermissions(auth.actor, head.mesa.id);
      reply.header('vary', 'accept-encoding');
      const gzipped = acceptsGzip(req.headers['accept-encoding'])
        ? cache.gzipped(key, revision, can)
        : undefined;
      if (gzipped) {
        return reply
          .header('content-encoding', 'gzip')
          .type('application/json; charset=utf-8')
          .send(gzipped as unknown as z.output<typeof matrixResponse>);
      }
      const body = withPermissions(can, json);
      return reply
        .type('application/json; charset=utf-8')
        .send(body as unknown as z.output<typeof matrixResponse>);
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
