import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createMesa, transitionMesa, updateMesa } from '../../commands/mesas';
import { listMesaEvents, listMesas } from '../../db/queries/mesas';
import { listParticipations } from '../../db/queries/participations';
import { canSee } from '../../domain/access';
import { allow, commandContext } from '../context';
import { mesaFor } from '../load';
import { presentMesa, presentMesaDetail } from '../presenters';
import { errors, idParam } from '../schemas/common';
import { createMesaBody, mesaDetail, mesaSummary, transitionBody, updateMesaBody } from '../schemas/mesas';

async function detail(req: FastifyRequest, id: string) {
  const { db } = req.server.database;
  const { row, auth } = await mesaFor(req, id, 'mesa.read');
  const [events, participants] = await Promise.all([listMesaEvents(db, id), listParticipations(db, id)]);
  return {
    ...presentMesaDetail(row, events, participants, auth.actor),
    reminderDefaults: { daysBefore: req.server.config.MAIL_REMINDER_DAYS, daysAfter: 1 },
  };
}

export const mesaRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/mesas',
    {
      config: { access: 'mesa.list' },
      schema: {
        tags: ['mesas'],
        summary: 'The Mesas you can see',
        response: { 200: z.object({ mesas: z.array(mesaSummary) }), ...errors(401) },
      },
    },
    async (req) => {
      const { actor } = allow(req, 'mesa.list');
      const rows = await listMesas(app.database.db);
      return {
        mesas: rows
          .filter((r) => canSee(actor, r.mesa.visibility, r.mesa.id))
          .map((r) => presentMesa(r, actor)),
      };
    },
  );

  app.post(
    '/api/mesas',
    {
      config: { access: 'mesa.create' },
      schema: {
        tags: ['mesas'],
        summary: 'Create a Mesa (coordinating office)',
        body: createMesaBody,
        response: { 201: mesaDetail, ...errors(400, 401, 403, 409) },
      },
    },
    async (req, reply) => {
      allow(req, 'mesa.create');
      const mesa = await createMesa(commandContext(req), req.body);
      return reply.status(201).send(await detail(req, mesa.id));
    },
  );

  app.get(
    '/api/mesas/:id',
    {
      config: { access: 'mesa.read' },
      schema: {
        tags: ['mesas'],
        summary: 'A Mesa with its lifecycle and its participants grouped by sector',
        params: idParam,
        response: { 200: mesaDetail, ...errors(401, 404) },
      },
    },
    async (req) => detail(req, req.params.id),
  );

  app.patch(
    '/api/mesas/:id',
    {
      config: { access: 'mesa.update' },
      schema: {
        tags: ['mesas'],
        summary: 'Edit a Mesa (optimistic locking on `version`)',
        params: idParam,
        body: updateMesaBody,
        response: { 200: mesaDetail, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      await mesaFor(req, req.params.id, 'mesa.update');
      const { version, ...changes } = req.body;
      await updateMesa(commandContext(req), req.params.id, version, changes);
      return detail(req, req.params.id);
    },
  );

  app.post(
    '/api/mesas/:id/transitions',
    {
      config: { access: 'mesa.transition' },
      schema: {
        tags: ['mesas'],
        summary: 'Move a Mesa along its lifecycle and/or to a new host institution',
        params: idParam,
        body: transitionBody,
        response: { 200: mesaDetail, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      await mesaFor(req, req.params.id, 'mesa.transition');
      await transitionMesa(commandContext(req), req.params.id, req.body);
      return detail(req, req.params.id);
    },
  );
};
