import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { addParticipation, removeParticipation, updateParticipation } from '../../commands/participations';
import { listParticipations } from '../../db/queries/participations';
import { groupParticipants } from '../../domain/participation';
import { commandContext } from '../context';
import { mesaFor } from '../load';
import { presentParticipant } from '../presenters';
import { errors, idParam, ok } from '../schemas/common';
import {
  participant,
  participantGroupsSchema,
  participationBody,
  participationParams,
  updateParticipationBody,
} from '../schemas/mesas';

async function presentOne(db: Parameters<typeof listParticipations>[0], mesaId: string, id: string) {
  const all = await listParticipations(db, mesaId);
  return presentParticipant(all.find((p) => p.id === id)!);
}

export const participationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/mesas/:id/participations',
    {
      config: { access: 'participation.read' },
      schema: {
        tags: ['participations'],
        summary: "A Mesa's participants: current ones grouped as the paper groups them, and former ones",
        params: idParam,
        response: {
          200: z.object({ groups: participantGroupsSchema, all: z.array(participant) }),
          ...errors(401, 404),
        },
      },
    },
    async (req) => {
      await mesaFor(req, req.params.id, 'participation.read');
      const all = (await listParticipations(app.database.db, req.params.id)).map(presentParticipant);
      return { groups: groupParticipants(all.filter((p) => p.endedOn === null)), all };
    },
  );

  app.post(
    '/api/mesas/:id/participations',
    {
      config: { access: 'participation.manage' },
      schema: {
        tags: ['participations'],
        summary: 'Add a person to a Mesa with a role',
        params: idParam,
        body: participationBody,
        response: { 201: participant, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req, reply) => {
      await mesaFor(req, req.params.id, 'participation.manage');
      const row = await addParticipation(commandContext(req), req.params.id, req.body);
      return reply.status(201).send(await presentOne(app.database.db, req.params.id, row.id));
    },
  );

  app.patch(
    '/api/mesas/:id/participations/:participationId',
    {
      config: { access: 'participation.manage' },
      schema: {
        tags: ['participations'],
        summary: 'Change a participation (role, designation, end date…)',
        params: participationParams,
        body: updateParticipationBody,
        response: { 200: participant, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      const { id, participationId } = req.params;
      await mesaFor(req, id, 'participation.manage');
      await updateParticipation(commandContext(req), id, participationId, req.body);
      return presentOne(app.database.db, id, participationId);
    },
  );

  app.delete(
    '/api/mesas/:id/participations/:participationId',
    {
      config: { access: 'participation.manage' },
      schema: {
        tags: ['participations'],
        summary: 'Remove a participation entered by mistake (to record a departure, set endedOn instead)',
        params: participationParams,
        response: { 200: ok, ...errors(401, 403, 404) },
      },
    },
    async (req) => {
      const { id, participationId } = req.params;
      await mesaFor(req, id, 'participation.manage');
      await removeParticipation(commandContext(req), id, participationId);
      return { ok: true as const };
    },
  );
};
