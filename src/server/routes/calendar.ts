import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { hashToken, newToken } from '../../auth/tokens';
import { type CalendarMeeting, calendarFeed } from '../../calendar/ics';
import { revokeCalendarFeed, rotateCalendarFeed } from '../../commands/calendar-feeds';
import type { Db } from '../../db/client';
import { actorForPerson } from '../../db/queries/actors';
import {
  activeCalendarFeed,
  agendaTitles,
  type CalendarMeetingRow,
  calendarFeedByHash,
  listMesaCalendarMeetings,
  listOpenCommitmentsOf,
  listPersonCalendarMeetings,
} from '../../db/queries/calendar';
import { type Actor, canSee, canSeeMeeting } from '../../domain/access';
import { AppError } from '../../domain/errors';
import { translator } from '../../i18n';
import { allow, commandContext } from '../context';
import { requestLocale } from '../language';
import { mesaFor } from '../load';
import {
  calendarFeedCreated,
  calendarFeedRevoked,
  calendarFeedStatus,
  calendarLangQuery,
  feedTokenParam,
  icsDownload,
} from '../schemas/calendar';
import { errors, idParam } from '../schemas/common';

/** Secret calendar-feed tokens: recognisable, 256 random bits; only their keyed hash is stored. */
export const CALENDAR_TOKEN_PREFIX = 'mesas_cal_';

const ICS_CONTENT_TYPE = 'text/calendar; charset=utf-8';

/** The meetings the actor may see, with their agendas, ready for a calendar. */
async function calendarMeetings(
  db: Db,
  actor: Actor,
  rows: CalendarMeetingRow[],
): Promise<CalendarMeeting[]> {
  const visible = rows.filter((m) => canSee(actor, m.mesa.visibility, m.mesaId) && canSeeMeeting(actor, m));
  const agendas = await agendaTitles(
    db,
    visible.map((m) => m.id),
  );
  return visible.map((m) => ({ ...m, agenda: agendas.get(m.id) ?? [] }));
}

function sendIcs(reply: FastifyReply, ics: string, fileName: string, cache: string) {
  return reply
    .type(ICS_CONTENT_TYPE)
    .header('content-disposition', `inline; filename="${fileName}"`)
    .header('cache-control', cache)
    .send(ics);
}

/** The address of a personal feed, as calendar apps subscribe to it. */
function feedUrl(publicUrl: string, token: string) {
  return `${publicUrl.replace(/\/+$/, '')}/api/calendar/${token}.ics`;
}

export const calendarRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/mesas/:id/calendar.ics',
    {
      config: { access: 'calendar.read' },
      schema: {
        tags: ['calendar'],
        summary: "A Mesa's meetings you can see, as an iCalendar file",
        description:
          'Announced meetings (not drafts), each in its own time zone with its place, online link and agenda. Signed in by cookie or API token.',
        params: idParam,
        querystring: calendarLangQuery,
        response: { 200: icsDownload('The meetings as iCalendar (RFC 5545)'), ...errors(400, 401, 404) },
      },
    },
    async (req, reply) => {
      const { row, auth } = await mesaFor(req, req.params.id, 'calendar.read');
      const locale = requestLocale(req, req.query.lang, row.mesa.locale);
      const { db } = app.database;
      const meetings = await calendarMeetings(
        db,
        auth.actor,
        await listMesaCalendarMeetings(db, req.params.id),
      );
      const t = translator(locale);
      const ics = calendarFeed({
        name: t('calendar.feedName.mesa', { mesa: row.mesa.name }),
        description: t('calendar.feedDescription.mesa', { mesa: row.mesa.name }),
        locale,
        publicUrl: app.config.PUBLIC_URL,
        meetings,
      });
      return sendIcs(reply, ics, `${row.mesa.slug}.ics`, 'private, no-store');
    },
  );

  app.get(
    '/api/me/calendar-feed',
    {
      config: { access: 'calendar.read' },
      schema: {
        tags: ['calendar'],
        summary: 'Whether you have a secret calendar-feed address in use',
        response: { 200: calendarFeedStatus, ...errors(401) },
      },
    },
    async (req) => {
      const { actor } = allow(req, 'calendar.read');
      const feed = actor.personId ? await activeCalendarFeed(app.database.db, actor.personId) : null;
      return { active: Boolean(feed), createdAt: feed?.createdAt ?? null };
    },
  );

  app.post(
    '/api/me/calendar-feed',
    {
      config: { access: 'calendar.read', secretAnswer: true },
      schema: {
        tags: ['calendar'],
        summary: 'Make a new secret address for your calendar feed (the previous one stops working)',
        description:
          'The feed holds your meetings (those you are invited to and those of your Mesas, as you may see them) and the due days of your open commitments. The address is shown only in this response.',
        response: { 201: calendarFeedCreated, ...errors(401, 403) },
      },
    },
    async (req, reply) => {
      allow(req, 'calendar.read');
      const token = newToken(CALENDAR_TOKEN_PREFIX);
      const feed = await rotateCalendarFeed(commandContext(req), hashToken(token, app.sessionSecret));
      const url = feedUrl(app.config.PUBLIC_URL, token);
      return reply.status(201).send({
        url,
        webcalUrl: url.replace(/^https?:/, 'webcal:'),
        createdAt: feed.createdAt,
      });
    },
  );

  app.delete(
    '/api/me/calendar-feed',
    {
      config: { access: 'calendar.read' },
      schema: {
        tags: ['calendar'],
        summary: 'Stop your secret calendar-feed address',
        response: { 200: calendarFeedRevoked, ...errors(401, 403) },
      },
    },
    async (req) => {
      allow(req, 'calendar.read');
      return { revoked: await revokeCalendarFeed(commandContext(req)) };
    },
  );

  app.get(
    '/api/calendar/:token.ics',
    {
      // No sign-in: the secret token in the address is the authorization. Unknown or revoked → 404.
      config: { access: 'public' },
      schema: {
        tags: ['calendar'],
        summary: "A person's secret calendar feed: their meetings and commitment due days",
        description:
          'Opened by the secret address from POST /api/me/calendar-feed, without cookies. Meetings are those the person may see; open commitments appear as all-day events on their due day.',
        params: feedTokenParam,
        response: { 200: icsDownload('The feed as iCalendar (RFC 5545)'), ...errors(404) },
      },
    },
    async (req, reply) => {
      const { db } = app.database;
      const feed = await calendarFeedByHash(db, hashToken(req.params.token, app.sessionSecret));
      const owner = feed ? await actorForPerson(db, feed.personId) : null;
      if (!feed || !owner) throw new AppError('NOT_FOUND');
      const { actor, account } = owner;
      const meetings = await calendarMeetings(db, actor, await listPersonCalendarMeetings(db, feed.personId));
      const commitments = (await listOpenCommitmentsOf(db, feed.personId))
        .filter((c) => canSee(actor, c.mesa.visibility, c.mesaId) && canSee(actor, c.visibility, c.mesaId))
        .map((c) => ({ ...c, entity: c.organization?.acronym ?? c.organization?.name ?? null }));
      const t = translator(account.locale);
      const ics = calendarFeed({
        name: t('calendar.feedName.person', { name: account.fullName }),
        description: t('calendar.feedDescription.person'),
        locale: account.locale,
        publicUrl: app.config.PUBLIC_URL,
        meetings,
        commitments,
      });
      return sendIcs(reply, ics, 'mesas.ics', 'private, no-cache');
    },
  );
};
