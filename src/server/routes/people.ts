import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { confirmEmailChange, createPerson, requestEmailChange, updatePerson } from '../../commands/people';
import type { Db } from '../../db/client';
import { listPeople } from '../../db/queries/people';
import { canChangePersonEmail, canManagePerson, personReach } from '../../domain/access';
import { AppError } from '../../domain/errors';
import { allow, commandContext } from '../context';
import { personFor } from '../load';
import { errors, idParam } from '../schemas/common';
import {
  confirmEmailChangeBody,
  emailChangeBody,
  emailChangeRequested,
  peopleQuery,
  person,
  personBody,
  updatePersonBody,
} from '../schemas/directory';

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
        summary:
          'The directory of participants (contact details: the coordinating office, and each dedicated team for the people of its Mesas)',
        querystring: peopleQuery,
        response: { 200: z.object({ people: z.array(person) }), ...errors(400, 401, 403) },
      },
    },
    async (req) => {
      const auth = allow(req, 'person.read');
      return { people: await listPeople(app.database.db, req.query, personReach(auth.actor)) };
    },
  );

  app.get(
    '/api/people/:id',
    {
      config: { access: 'person.read' },
      schema: { tags: ['people'], params: idParam, response: { 200: person, ...errors(401, 403, 404) } },
    },
    async (req) => {
      await personFor(req, req.params.id);
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
        description:
          'People with an account of a global role are edited only by an administrator. The e-mail address of someone with an account is changed only by an administrator (or by that person, with confirmation: `POST /api/me/email`).',
        params: idParam,
        body: updatePersonBody,
        response: { 200: person, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      const { auth, found } = await personFor(req, req.params.id);
      allow(req, 'person.manage');
      if (!canManagePerson(auth.actor, found)) throw new AppError('FORBIDDEN');
      const changesEmail =
        req.body.email !== undefined &&
        (req.body.email ?? '').toLowerCase() !== (found.email ?? '').toLowerCase();
      if (changesEmail && !canChangePersonEmail(auth.actor, found)) {
        throw new AppError('FORBIDDEN', { fields: [{ path: 'email', key: 'fields.emailOnlyByAdmin' }] });
      }
      await updatePerson(commandContext(req), req.params.id, req.body);
      return presentPerson(app.database.db, req.params.id);
    },
  );

  app.post(
    '/api/me/email',
    {
      config: { access: 'token.own' },
      schema: {
        tags: ['people'],
        summary: 'Ask to change your own e-mail address',
        description:
          'Nothing changes yet: a confirmation link is mailed to the new address, in your language. Opening it (`POST /api/me/email/confirm`) applies the change within 24 hours; a new request withdraws the earlier one.',
        body: emailChangeBody,
        response: { 202: emailChangeRequested, ...errors(400, 401, 409) },
      },
    },
    async (req, reply) => {
      const auth = allow(req, 'token.own');
      const { expiresAt } = await requestEmailChange(commandContext(req), {
        email: req.body.email,
        locale: auth.account.locale,
      });
      return reply.status(202).send({ email: req.body.email, expiresAt: expiresAt.toISOString() });
    },
  );

  app.post(
    '/api/me/email/confirm',
    {
      config: { access: 'token.own' },
      schema: {
        tags: ['people'],
        summary: 'Confirm a change of your e-mail address with the token of the mailed link',
        description:
          'Signed in as the person who asked. Your directory address and your sign-in address change together. A link works once.',
        body: confirmEmailChangeBody,
        response: { 200: person, ...errors(400, 401, 409) },
      },
    },
    async (req) => {
      allow(req, 'token.own');
      const after = await confirmEmailChange(commandContext(req), req.body.token);
      return presentPerson(app.database.db, after.id);
    },
  );
};
