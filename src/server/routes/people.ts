import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createPerson, updatePerson } from '../../commands/people';
import type { Db } from '../../db/client';
import { listPeople } from '../../db/queries/people';
import { AppError } from '../../domain/errors';
import { allow, commandContext } from '../context';
import { errors, idParam } from '../schemas/common';
import { peopleQuery, person, personBody, updatePersonBody } from '../schemas/directory';

async function presentPerson(db: Db, id: string) {
  const [row] = await listPeople(db, { id });
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

export const peopleRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/people',
    {
      config: { access: 'person.read' },
      schema: {
        tags: ['people'],
        summary: 'The directory of participants (contact details: coordinating office and dedicated teams)',
        querystring: peopleQuery,
        response: { 200: z.object({ people: z.array(person) }), ...errors(400, 401, 403) },
      },
    },
    async (req) => {
      allow(req, 'person.read');
      return { people: await listPeople(app.database.db, req.query) };
    },
  );

  app.get(
    '/api/people/:id',
    {
      config: { access: 'person.read' },
      schema: { tags: ['people'], params: idParam, response: { 200: person, ...errors(401, 403, 404) } },
    },
    async (req) => {
      allow(req, 'person.read');
      return presentPerson(app.database.db, req.params.id);
    },
  );

  app.post(
    '/api/people',
    {
      config: { access: 'person.manage' },
      schema: {
        tags: ['people'],
        body: personBody,
        response: { 201: person, ...errors(400, 401, 403, 409) },
      },
    },
    async (req, reply) => {
      allow(req, 'person.manage');
      const row = await createPerson(commandContext(req), req.body);
      return reply.status(201).send(await presentPerson(app.database.db, row.id));
    },
  );

  app.patch(
    '/api/people/:id',
    {
      config: { access: 'person.manage' },
      schema: {
        tags: ['people'],
        params: idParam,
        body: updatePersonBody,
        response: { 200: person, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      allow(req, 'person.manage');
      await updatePerson(commandContext(req), req.params.id, req.body);
      return presentPerson(app.database.db, req.params.id);
    },
  );
};
