import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createCategory, updateCategory } from '../../commands/categories';
import { listCategories } from '../../db/queries/categories';
import { allow, commandContext } from '../context';
import { presentCategory } from '../presenters';
import { errors, idParam } from '../schemas/common';
import { categoriesQuery, category, categoryBody, updateCategoryBody } from '../schemas/matrix';

export const categoryRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/categories',
    {
      config: { access: 'category.read' },
      schema: {
        tags: ['matrix'],
        summary: 'The barrier categories of the Matrix, in display order',
        querystring: categoriesQuery,
        response: { 200: z.object({ categories: z.array(category) }), ...errors(400, 401) },
      },
    },
    async (req) => {
      allow(req, 'category.read');
      const rows = await listCategories(app.database.db, { includeArchived: req.query.includeArchived });
      return { categories: rows.map(presentCategory) };
    },
  );

  app.post(
    '/api/categories',
    {
      config: { access: 'category.manage' },
      schema: {
        tags: ['matrix'],
        summary: 'Add a barrier category (admin)',
        body: categoryBody,
        response: { 201: category, ...errors(400, 401, 403, 409) },
      },
    },
    async (req, reply) => {
      allow(req, 'category.manage');
      return reply.status(201).send(presentCategory(await createCategory(commandContext(req), req.body)));
    },
  );

  app.patch(
    '/api/categories/:id',
    {
      config: { access: 'category.manage' },
      schema: {
        tags: ['matrix'],
        summary: 'Rename, reorder, archive or restore a barrier category (admin; never deleted)',
        params: idParam,
        body: updateCategoryBody,
        response: { 200: category, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => {
      allow(req, 'category.manage');
      return presentCategory(await updateCategory(commandContext(req), req.params.id, req.body));
    },
  );
};
