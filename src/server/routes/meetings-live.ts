import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { liveEventsAfter } from '../../db/queries/meetings-events';
import { canSee } from '../../domain/access';
import { type EventStream, liveStreams, type MeetingEvent } from '../live';
import { meetingFor } from '../load';
import { errors } from '../schemas/common';
import { liveEventsDescription, meetingParams } from '../schemas/meetings';

/** The notice number a reconnecting client last received, if it sent a usable one. */
function lastEventId(header: string | string[] | undefined): number | null {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value || !/^\d{1,15}$/.test(value.trim())) return null;
  return Number(value.trim());
}

/**
 * The live event stream of a meeting (server-sent events). Every change to the meeting is stored in
 * `live_events` and announced with NOTIFY when its transaction commits
 * (src/db/queries/meetings-events.ts); this instance's hub receives it on its LISTEN connection and
 * writes it to every open stream of that meeting, each event with its number as the SSE `id`. A
 * client that reconnects with `Last-Event-ID` first gets what it missed, from `live_events`.
 */
export const meetingLiveRoutes: FastifyPluginAsyncZod = async (app) => {
  // Open streams never end by themselves: they are ended when the app closes (see liveStreams).
  const streams = liveStreams(app);

  app.get(
    '/api/meetings/:id/events',
    {
      config: { access: 'meeting.read' },
      schema: {
        tags: ['meetings'],
        summary: 'The live event stream of a meeting (server-sent events)',
        description: liveEventsDescription,
        params: meetingParams,
        response: {
          200: {
            description: 'text/event-stream',
            content: { 'text/event-stream': { schema: z.string().describe('event: <type>\\ndata: {json}') } },
          },
          204: z
            .null()
            .describe('The meeting is closed: there is no live session (an EventSource stops reconnecting)'),
          ...errors(401, 404),
        },
      },
    },
    async (req, reply) => {
      const { meeting, auth } = await meetingFor(req, req.params.id, 'meeting.read');
      // A closed meeting has no live session: 204 tells an EventSource to stop reconnecting.
      if (meeting.state === 'closed') return reply.status(204).send(null);
      let stream: EventStream | null = null;
      const delivered = new Set<number>();
      const write = (event: MeetingEvent) => {
        // A notice about a record of a stricter visibility than the reader's is not sent to them.
        if (event.visibility && !canSee(auth.actor, event.visibility, meeting.mesaId)) return;
        if (event.seq !== undefined) {
          if (delivered.has(event.seq)) return;
          delivered.add(event.seq);
        }
        const { visibility: _hidden, seq, ...data } = event;
        stream?.send(event.type, data, seq);
      };
      // Live notices wait while the missed ones are replayed, so that the order is kept.
      let waiting: MeetingEvent[] | null = [];
      const unsubscribe = await streams.hub.subscribe(meeting.id, (event) => {
        if (waiting) waiting.push(event);
        else write(event);
      });
      const since = lastEventId(req.headers['last-event-id']);
      let missed: MeetingEvent[] = [];
      try {
        if (since !== null) missed = await liveEventsAfter(app.database.db, [meeting.id], since);
      } catch (error) {
        unsubscribe();
        throw error;
      }
      stream = streams.open(req, reply);
      stream.onEnd(unsubscribe);
      stream.send('ready', { type: 'ready', meetingId: meeting.id, at: new Date().toISOString() });
      for (const event of missed) write(event);
      for (const event of waiting) write(event);
      waiting = null;
    },
  );
};
