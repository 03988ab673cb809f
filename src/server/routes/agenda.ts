import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { saveAgenda } from '../../commands/agenda';
import { updateAgendaItem } from '../../commands/meeting-record';
import { getMeeting, type Meeting } from '../../db/queries/meetings';
import { getMesa } from '../../db/queries/mesas';
import { AppError } from '../../domain/errors';
import { commandContext, requireAuth } from '../context';
import { meetingFor } from '../load';
import { presentAgenda } from '../presenters/meetings';
import { errors } from '../schemas/common';
import {
  agendaItem,
  agendaItemBody,
  agendaItemParams,
  agendaResponse,
  meetingParams,
  saveAgendaBody,
} from '../schemas/meetings';

export const agendaRoutes: FastifyPluginAsyncZod = async (app) => {
  const agendaOf = async (id: string, actor: Parameters<typeof presentAgenda>[2]) => {
    const meeting = await getMeeting(app.database.db, id);
    if (!meeting) throw new AppError('NOT_FOUND');
    return agendaOfMeeting(meeting, actor);
  };
  // Due days and "today" are the Mesa's, in its own time zone when it has one (as on the meeting page).
  const agendaOfMeeting = async (meeting: Meeting, actor: Parameters<typeof presentAgenda>[2]) =>
    presentAgenda(app.database.db, meeting, actor, {
      timeZone: (await getMesa(app.database.db, meeting.mesaId))?.mesa.timeZone ?? app.config.TIME_ZONE,
      now: new Date(),
    });

  app.get(
    '/api/meetings/:id/agenda',
    {
      config: { access: 'meeting.read' },
      schema: {
        tags: ['meetings'],
        summary: 'The agenda: the saved one, or the draft generated from the Matrix when none was saved yet',
        description:
          'The draft lists, in order: commitments due since the last closed session (overdue first, then due), focus problems, field feedback received since then, new problems to triage, and problems circling (on the agenda of three or more sessions without progress).',
        params: meetingParams,
        response: { 200: agendaResponse, ...errors(401, 404) },
      },
    },
    async (req) => {
      const { meeting, auth } = await meetingFor(req, req.params.id, 'meeting.read');
      return agendaOfMeeting(meeting, auth.actor);
    },
  );

  app.put(
    '/api/meetings/:id/agenda',
    {
      config: { access: 'meeting.manage' },
      schema: {
        tags: ['meetings'],
        summary: 'Edit and save the agenda: reorder, add, remove, retitle, minutes per item',
        description:
          'The edits apply in order to the agenda as it stands (or to a fresh draft with `base: "draft"`); an invalid edit answers 400 naming `edits.<i>.<field>` and nothing is saved. Bumps the meeting’s version.',
        params: meetingParams,
        body: saveAgendaBody,
        response: { 200: agendaResponse, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      await meetingFor(req, req.params.id, 'meeting.manage');
      await saveAgenda(commandContext(req), req.params.id, req.body);
      return agendaOf(req.params.id, requireAuth(req).actor);
    },
  );

  app.patch(
    '/api/meetings/:id/agenda/items/:itemId',
    {
      config: { access: 'meeting.manage' },
      schema: {
        tags: ['meetings'],
        summary: 'Take notes on an agenda item, or mark it discussed (live session mode)',
        params: agendaItemParams,
        body: agendaItemBody,
        response: { 200: agendaItem, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      await meetingFor(req, req.params.id, 'meeting.manage');
      await updateAgendaItem(commandContext(req), req.params.id, req.params.itemId, req.body);
      const agenda = await agendaOf(req.params.id, requireAuth(req).actor);
      const item = agenda.items.find((i) => i.id === req.params.itemId);
      if (!item) throw new AppError('NOT_FOUND');
      return item;
    },
  );
};
