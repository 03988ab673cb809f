import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createOrganization, updateOrganization } from '../../commands/organizations';
import { getOrganization, listOrganizations } from '../../db/queries/organizations';
import { AppError } from '../../domain/errors';
import { allow, commandContext } from '../context';
import { errors, idParam } from '../schemas/common';
import {
  organization,
  organizationBody,
  organizationQuery,
  updateOrganizationBody,
} from '../schemas/directory';

export const organizationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/organizations',
    {
      config: { access: 'organization.read' },
      schema: {
        tags: ['organizations'],
        summary: 'Public entities, business associations, companies and others',
        querystring: organizationQuery,
        response: { 200: z.object({ organizations: z.array(organization) }), ...errors(400, 401) },
      },
    },
    async (req) => {
      allow(req, 'organization.read');
      return { organizations: await listOrganizations(app.database.db, req.query) };
    },
  );

  app.get(
    '/api/organizations/:id',
    {
      config: { access: 'organization.read' },
      schema: {
        tags: ['organizations'],
        params: idParam,
        response: { 200: organization, ...errors(401, 404) },
      },
    },
    async (req) => {
      allow(req, 'organization.read');
      const row = await getOrganization(app.database.db, req.params.id);
      if (!row) throw new AppError('NOT_FOUND');
      return row;
    },
  );

  app.post(
    '/api/organizations',
    {
      config: { access: 'organization.manage' },
      schema: {
        tags: ['organizations'],
        body: organizationBody,
        response: { 201: organization, ...errors(400, 401, 403, 409) },
      },
    },
    async (req, reply) => {
      allow(req, 'organization.manage');
      return reply.status(201).send(await createOrganization(commandContext(req), req.body));
    },
  );

  app.patch(
    '/api/organizations/:id',
    {
      config: { access: 'organization.manage' },
      schema: {
        tags: ['organizations'],
        params: idParam,
        body: updateOrganizationBody,
        response: { 200: organization, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      allow(req, 'organization.manage');
      return updateOrganization(commandContext(req), req.params.id, req.body);
    },
  );
};
