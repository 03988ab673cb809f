import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { setCurrentAgendaItem } from '../../commands/meeting-current';
import { closeMeeting, correctMinutes } from '../../commands/meeting-minutes';
import { addDecision, recordAttendance, removeDecision, startMeeting } from '../../commands/meeting-record';
import { createMeeting, deleteMeeting, updateMeeting } from '../../commands/meetings';
import {
  getMinutesVersion,
  listDecisions,
  listMeetings,
  listMinutesVersions,
} from '../../db/queries/meetings';
import { loadMinutesRecord } from '../../db/queries/meetings-minutes';
import { canSee, canSeeMeeting, isAllowed, visibleLevels } from '../../domain/access';
import { AppError } from '../../domain/errors';
import { buildMinutes, type MinutesDocument, minutesToMarkdown } from '../../domain/minutes';
import { attachmentHeader } from '../../exports/matrix-sheet';
import { minutesToPdf, PDF_CONTENT_TYPE } from '../../exports/minutes-pdf';
import { translator } from '../../i18n';
import { commandContext } from '../context';
import { meetingFor, mesaFor } from '../load';
import { presentMeetingDetail, presentMeetingSummary } from '../presenters/meetings';
import { errors, idParam, ok } from '../schemas/common';
import {
  attendanceBody,
  correctMinutesBody,
  createMeetingBody,
  currentItemBody,
  decision,
  decisionBody,
  decisionParams,
  meetingDetail,
  meetingList,
  meetingListQuery,
  meetingParams,
  minutesQuery,
  minutesResponse,
  updateMeetingBody,
} from '../schemas/meetings';
import { agendaRoutes } from './agenda';
import { meetingLiveRoutes } from './meetings-live';

const versionBody = z.object({
  version: z
    .number()
    .int()
    .min(1)
    .optional()
    .describe('When given, the meeting’s version you read; a stale one answers 409 STALE_WRITE'),
});

const startBody = versionBody.extend({
  confirmEarly: z
    .boolean()
    .optional()
    .describe(
      'Start a session more than a day before its scheduled day; without it that answers 409 EARLY_START_UNCONFIRMED',
    ),
});

const download = (contentType: string, what: string) => ({
  description: what,
  content: { [contentType]: { schema: z.any().meta({ type: 'string', format: 'binary' }) } },
});

/**
 * The minutes the caller asked for: a frozen version (the latest by default), or for a meeting not
 * closed yet the draft built now from its record. A version the caller may not see is NOT_FOUND.
 */
async function minutesFor(req: FastifyRequest, id: string, number: number | undefined) {
  const { meeting, mesa, auth } = await meetingFor(req, id, 'meeting.read');
  const { db } = req.server.database;
  const versions = await listMinutesVersions(db, id);
  const latest = versions.at(-1)?.number ?? null;
  if (number === undefined && latest === null) {
    const { record, locale } = await loadMinutesRecord(db, meeting);
    const document = buildMinutes(record, translator(locale), locale);
    return {
      meeting,
      mesa,
      minutes: {
        meetingId: id,
        number: null,
        draft: true,
        latest,
        locale,
        reason: null,
        visibility: meeting.visibility,
        createdAt: null,
        createdBy: null,
        document,
      },
    };
  }
  const found = await getMinutesVersion(db, id, number);
  if (!found || !canSee(auth.actor, found.version.visibility, meeting.mesaId))
    throw new AppError('NOT_FOUND');
  const v = found.version;
  return {
    meeting,
    mesa,
    minutes: {
      meetingId: id,
      number: v.number,
      draft: false,
      latest,
      locale: v.locale,
      reason: v.reason,
      visibility: v.visibility,
      createdAt: v.createdAt,
      createdBy: found.createdBy?.id
        ? { id: found.createdBy.id, fullName: found.createdBy.fullName ?? '' }
        : null,
      document: v.content as MinutesDocument,
    },
  };
}

function minutesFileName(
  mesaSlug: string,
  meeting: { kind: string; number: number | null; startsAt: Date },
  version: number | null,
  ext: string,
) {
  const what =
    meeting.kind === 'session' && meeting.number !== null
      ? `session-${meeting.number}`
      : `${meeting.kind}-${meeting.startsAt.toISOString().slice(0, 10)}`;
  return `${mesaSlug}-${what}-minutes${version ? `-v${version}` : '-draft'}.${ext}`;
}

export const meetingRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(agendaRoutes);
  await app.register(meetingLiveRoutes);

  app.get(
    '/api/mesas/:id/meetings',
    {
      config: { access: 'meeting.read' },
      schema: {
        tags: ['meetings'],
        summary: 'The meetings of a Mesa you may see (sessions, inter-sessional…), the latest start first',
        params: idParam,
        querystring: meetingListQuery,
        response: { 200: meetingList, ...errors(400, 401, 404) },
      },
    },
    async (req) => {
      const { row, auth } = await mesaFor(req, req.params.id, 'meeting.read');
      const mesaId = row.mesa.id;
      const rows = await listMeetings(app.database.db, mesaId, {
        visibilities: visibleLevels(auth.actor, mesaId),
        includePublicSectorOnly: canSeeMeeting(auth.actor, {
          visibility: 'public',
          mesaId,
          publicSectorOnly: true,
        }),
        ...req.query,
      });
      return {
        meetings: rows.map((r) => presentMeetingSummary(r.meeting, r.moderator, r)),
        can: { manage: isAllowed(auth.actor, 'meeting.manage', mesaId) },
      };
    },
  );

  app.post(
    '/api/mesas/:id/meetings',
    {
      config: { access: 'meeting.manage' },
      schema: {
        tags: ['meetings'],
        summary:
          'Plan a meeting; a session gets the Mesa’s next number and invites every participant by default',
        params: idParam,
        body: createMeetingBody,
        response: { 201: meetingDetail, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req, reply) => {
      await mesaFor(req, req.params.id, 'meeting.manage');
      const meeting = await createMeeting(commandContext(req), req.params.id, req.body);
      return reply.status(201).send(await presentMeetingDetail(req, meeting.id));
    },
  );

  app.get(
    '/api/meetings/:id',
    {
      config: { access: 'meeting.read' },
      schema: {
        tags: ['meetings'],
        summary:
          'A meeting with its people and attendance (by person and organization), problems, agenda, decisions, commitments and minutes versions',
        params: meetingParams,
        response: { 200: meetingDetail, ...errors(401, 404) },
      },
    },
    async (req) => {
      await meetingFor(req, req.params.id, 'meeting.read');
      return presentMeetingDetail(req, req.params.id);
    },
  );

  app.patch(
    '/api/meetings/:id',
    {
      config: { access: 'meeting.manage' },
      schema: {
        tags: ['meetings'],
        summary: 'Edit a meeting (optimistic locking on `version`); a closed one answers 409 MEETING_CLOSED',
        description:
          'A closed meeting’s record is frozen: correct it with POST /api/meetings/{id}/minutes (a new minutes version with its reason).',
        params: meetingParams,
        body: updateMeetingBody,
        response: { 200: meetingDetail, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      await meetingFor(req, req.params.id, 'meeting.manage');
      const { version, ...changes } = req.body;
      await updateMeeting(commandContext(req), req.params.id, version, changes);
      return presentMeetingDetail(req, req.params.id);
    },
  );

  app.delete(
    '/api/meetings/:id',
    {
      config: { access: 'meeting.manage' },
      schema: {
        tags: ['meetings'],
        summary: 'Delete a meeting that will not take place (only while `draft` or `scheduled`)',
        params: meetingParams,
        response: { 200: ok, ...errors(401, 403, 404, 409) },
      },
    },
    async (req) => {
      await meetingFor(req, req.params.id, 'meeting.manage');
      await deleteMeeting(commandContext(req), req.params.id);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/meetings/:id/start',
    {
      config: { access: 'meeting.manage' },
      schema: {
        tags: ['meetings'],
        summary:
          'Start the meeting (live session mode): state `in_progress`; the agenda as it stands is saved; a session takes its number',
        params: meetingParams,
        body: startBody,
        response: { 200: meetingDetail, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      await meetingFor(req, req.params.id, 'meeting.manage');
      await startMeeting(commandContext(req), req.params.id, new Date(), {
        confirmEarly: req.body.confirmEarly,
        version: req.body.version,
      });
      return presentMeetingDetail(req, req.params.id);
    },
  );

  app.put(
    '/api/meetings/:id/attendance',
    {
      config: { access: 'meeting.manage' },
      schema: {
        tags: ['meetings'],
        summary: 'Record attendance per person: present, absent or excused (null clears it)',
        params: meetingParams,
        body: attendanceBody,
        response: { 200: meetingDetail, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      await meetingFor(req, req.params.id, 'meeting.manage');
      await recordAttendance(commandContext(req), req.params.id, req.body.entries);
      return presentMeetingDetail(req, req.params.id);
    },
  );

  app.put(
    '/api/meetings/:id/current-item',
    {
      config: { access: 'meeting.manage' },
      schema: {
        tags: ['meetings'],
        summary:
          'Take the room to an agenda item now (live session mode); every screen following the meeting moves to it',
        description:
          'Only while the meeting is in progress (409 otherwise). The item must be on this meeting’s agenda (400 `itemId`). Announced on the live stream as `current_item.changed`; the meeting’s `currentItemId` then names it.',
        params: meetingParams,
        body: currentItemBody,
        response: { 200: meetingDetail, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      await meetingFor(req, req.params.id, 'meeting.manage');
      await setCurrentAgendaItem(commandContext(req), req.params.id, req.body.itemId);
      return presentMeetingDetail(req, req.params.id);
    },
  );

  app.post(
    '/api/meetings/:id/decisions',
    {
      config: { access: 'meeting.manage' },
      schema: {
        tags: ['meetings'],
        summary: 'Record a decision taken in the meeting (while it is in progress)',
        params: meetingParams,
        body: decisionBody,
        response: { 201: decision, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req, reply) => {
      await meetingFor(req, req.params.id, 'meeting.manage');
      const row = await addDecision(commandContext(req), req.params.id, req.body);
      const listed = (await listDecisions(app.database.db, req.params.id)).find((d) => d.id === row.id)!;
      return reply.status(201).send({
        id: listed.id,
        text: listed.text,
        agendaItemId: listed.agendaItemId,
        problemId: listed.problemId,
        createdAt: listed.createdAt,
        createdBy: listed.createdBy?.id
          ? { id: listed.createdBy.id, fullName: listed.createdBy.fullName ?? '' }
          : null,
      });
    },
  );

  app.delete(
    '/api/meetings/:id/decisions/:decisionId',
    {
      config: { access: 'meeting.manage' },
      schema: {
        tags: ['meetings'],
        summary: 'Withdraw a decision recorded by mistake (not once the meeting is closed)',
        params: decisionParams,
        response: { 200: ok, ...errors(401, 403, 404, 409) },
      },
    },
    async (req) => {
      await meetingFor(req, req.params.id, 'meeting.manage');
      await removeDecision(commandContext(req), req.params.id, req.params.decisionId);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/meetings/:id/close',
    {
      config: { access: 'meeting.manage' },
      schema: {
        tags: ['meetings'],
        summary:
          'Close the meeting: its minutes are built from the record in the Mesa’s language and frozen as version 1',
        description:
          'Invitees whose attendance was not recorded are recorded absent. Afterwards the record cannot be edited (409 MEETING_CLOSED); corrections are new minutes versions.',
        params: meetingParams,
        body: versionBody,
        response: { 200: meetingDetail, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      await meetingFor(req, req.params.id, 'meeting.manage');
      await closeMeeting(commandContext(req), req.params.id, new Date(), { version: req.body.version });
      return presentMeetingDetail(req, req.params.id);
    },
  );

  app.get(
    '/api/meetings/:id/minutes',
    {
      config: { access: 'meeting.read' },
      schema: {
        tags: ['meetings'],
        summary:
          'The minutes: the latest frozen version (or `?version=n`); a draft for a meeting not closed yet',
        params: meetingParams,
        querystring: minutesQuery,
        response: { 200: minutesResponse, ...errors(400, 401, 404) },
      },
    },
    async (req) => (await minutesFor(req, req.params.id, req.query.version)).minutes,
  );

  app.post(
    '/api/meetings/:id/minutes',
    {
      config: { access: 'meeting.manage' },
      schema: {
        tags: ['meetings'],
        summary:
          'Correct the minutes of a closed meeting: a new version with its reason; earlier ones are kept',
        params: meetingParams,
        body: correctMinutesBody,
        response: { 201: minutesResponse, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req, reply) => {
      await meetingFor(req, req.params.id, 'meeting.manage');
      const row = await correctMinutes(commandContext(req), req.params.id, req.body);
      return reply.status(201).send((await minutesFor(req, req.params.id, row.number)).minutes);
    },
  );

  app.get(
    '/api/meetings/:id/minutes.md',
    {
      config: { access: 'meeting.read' },
      schema: {
        tags: ['meetings'],
        summary: 'The minutes as Markdown (latest version, or `?version=n`)',
        params: meetingParams,
        querystring: minutesQuery,
        response: { 200: download('text/markdown', 'The minutes in Markdown'), ...errors(400, 401, 404) },
      },
    },
    async (req, reply) => {
      const { mesa, meeting, minutes } = await minutesFor(req, req.params.id, req.query.version);
      return reply
        .type('text/markdown; charset=utf-8')
        .header(
          'content-disposition',
          attachmentHeader(minutesFileName(mesa.slug, meeting, minutes.number, 'md')),
        )
        .header('cache-control', 'private, no-store')
        .send(minutesToMarkdown(minutes.document));
    },
  );

  app.get(
    '/api/meetings/:id/minutes.pdf',
    {
      config: { access: 'meeting.read' },
      schema: {
        tags: ['meetings'],
        summary: 'The minutes as PDF (latest version, or `?version=n`)',
        params: meetingParams,
        querystring: minutesQuery,
        response: { 200: download(PDF_CONTENT_TYPE, 'The minutes in PDF'), ...errors(400, 401, 404) },
      },
    },
    async (req, reply) => {
      const { mesa, meeting, minutes } = await minutesFor(req, req.params.id, req.query.version);
      const pdf = await minutesToPdf(minutes.document);
      return reply
        .type(PDF_CONTENT_TYPE)
        .header(
          'content-disposition',
          attachmentHeader(minutesFileName(mesa.slug, meeting, minutes.number, 'pdf')),
        )
        .header('cache-control', 'private, no-store')
        .send(pdf);
    },
  );
};
