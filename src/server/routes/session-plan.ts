import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listMeetings } from '../../db/queries/meetings';
import { canSeeMeeting, visibleLevels } from '../../domain/access';
import { cadencePlan } from '../../domain/cadence';
import { cadences } from '../../domain/mesa-lifecycle';
import { mesaFor } from '../load';
import { errors, idParam, isoDate } from '../schemas/common';

const sessionPlan = z.object({
  cadence: z.enum(cadences),
  intervalDays: z.number().int().describe('Days between sessions the cadence asks for'),
  lastHeldOn: isoDate.nullable().describe('The day of the last session held (closed)'),
  nextDueOn: isoDate.nullable().describe('The day the next session is due by the cadence'),
  overdue: z.boolean().describe('Whether a session is overdue: the due day passed by more than two days'),
  daysOverdue: z.number().int(),
  nextScheduledOn: isoDate.nullable().describe('The next session already planned, if any'),
  proposals: z.array(isoDate).describe('Proposed days for the next sessions, on the usual weekday'),
  usualTime: z.string().nullable().describe('The usual local time (HH:mm) of the sessions'),
});

/** The session plan of a Mesa: its cadence against the sessions held and planned. */
export const sessionPlanRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/mesas/:id/session-plan',
    {
      config: { access: 'meeting.read' },
      schema: {
        tags: ['meetings'],
        summary:
          'The Mesa’s cadence against the sessions held and planned: when the next one is due, whether one is overdue, proposed days',
        params: idParam,
        response: { 200: sessionPlan, ...errors(401, 404) },
      },
    },
    async (req) => {
      const { row, auth } = await mesaFor(req, req.params.id, 'meeting.read');
      const mesaId = row.mesa.id;
      const sessions = await listMeetings(app.database.db, mesaId, {
        visibilities: visibleLevels(auth.actor, mesaId),
        includePublicSectorOnly: canSeeMeeting(auth.actor, {
          visibility: 'public',
          mesaId,
          publicSectorOnly: true,
        }),
        kind: 'session',
      });
      const plan = cadencePlan({
        cadence: row.mesa.cadence,
        customDays: row.mesa.cadenceDays,
        heldAt: sessions.filter((s) => s.meeting.state === 'closed').map((s) => s.meeting.startsAt),
        scheduledAt: sessions.filter((s) => s.meeting.state !== 'closed').map((s) => s.meeting.startsAt),
        launchedOn: row.mesa.launchedOn,
        now: new Date(),
        timeZone: row.mesa.timeZone ?? app.config.TIME_ZONE,
      });
      return { cadence: row.mesa.cadence, ...plan };
    },
  );
};
