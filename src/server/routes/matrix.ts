import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { createProblem } from '../../commands/problems';
import { listCategories } from '../../db/queries/categories';
import { loadMatrix, mesaWithMatrixRevision } from '../../db/queries/matrix';
import { loadMatrixJson } from '../../db/queries/matrix-json';
import { visibleLevels } from '../../domain/access';
import { AppError } from '../../domain/errors';
import { allow, commandContext } from '../context';
import { mesaFor } from '../load';
import { acceptsGzip, MatrixCache, withPermissions } from '../matrix-cache';
import { matrixPermissions, presentMatrixBody, writeMatrixBody } from '../presenters';
import { errors, idParam } from '../schemas/common';
import { createProblemBody, matrixQuery, matrixResponse, problemDetail } from '../schemas/matrix';
import { compileSerializer, jsonBytes, sameAsPresented, sendJsonAsBytes } from '../serializer';
import { problemPage } from './problems';

export const matrixRoutes: FastifyPluginAsyncZod = async (app) => {
  const cache = new MatrixCache(app.config.MATRIX_CACHE_MB * 1024 * 1024);
  const cached = app.config.MATRIX_CACHE_MB > 0;
  // The Matrix is large: its answer is written around the JSON the database writes of each problem
  // (`loadMatrixJson`), not parsed into objects and serialized again. The test suite also reads it as
  // the rest of the API reads a problem and presents it with the response schema, and fails the request
  // on any difference (`sameAsPresented`).
  const check = app.config.NODE_ENV === 'test';
  const serializeBody = compileSerializer(matrixResponse.omit({ can: true }), { check });

  app.get(
    '/api/mesas/:id/matrix',
    {
      config: { access: 'matrix.read' },
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
      const can = matrixPermissions(auth.actor, head.mesa.id);
      // A whole Matrix is a large read: on the embedded database such reads take turns (readInTurn).
      const write = async (permissions?: typeof can, wanted?: () => boolean) => {
        const [rows, categories] = await app.database.readInTurn(
          () =>
            Promise.all([
              loadMatrixJson(db, head.mesa.id, levels, { q }),
              listCategories(db, { includeArchived: true }),
            ]),
          wanted,
        );
        const pieces = writeMatrixBody(head.mesa, rows, categories, permissions);
        if (check) {
          const presented = presentMatrixBody(
            head.mesa,
            await loadMatrix(db, head.mesa.id, levels, { q }),
            categories,
          );
          const body = serializeBody(presented);
          sameAsPresented(pieces.join(''), permissions ? withPermissions(permissions, body) : body);
        }
        return pieces;
      };
      reply.header('vary', 'accept-encoding').type('application/json; charset=utf-8');
      if (revision === null || !cached) {
        // Not kept: encoded as it is written. Not read either if this caller has disconnected by its turn.
        const pieces = await write(can, () => !req.raw.socket?.destroyed);
        return reply.send(jsonBytes(pieces) as unknown as z.output<typeof matrixResponse>);
      }
      const key = MatrixCache.key(head.mesa.id, levels);
      // Shared by the callers that miss together: read even if this caller has gone.
      const json = await cache.getOrLoad(key, revision, async () => (await write()).join(''));
      // Compressed once per revision for the clients that accept it (every browser does).
      const gzipped = acceptsGzip(req.headers['accept-encoding'])
        ? cache.gzipped(key, revision, can)
        : undefined;
      if (gzipped) {
        return reply
          .header('content-encoding', 'gzip')
          .send(gzipped as unknown as z.output<typeof matrixResponse>);
      }
      return reply.send(withPermissions(can, json) as unknown as z.output<typeof matrixResponse>);
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
