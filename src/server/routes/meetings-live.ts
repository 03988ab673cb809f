import type { ServerResponse } from 'node:http';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { canSee } from '../../domain/access';
import { acquireHub, liveSettings, type MeetingEvent, releaseHub } from '../live';
import { errors } from '../schemas/common';
import { liveEventsDescription, meetingParams } from '../schemas/meetings';
import { meetingFor } from './meetings-access';

/** One server-sent event. */
function frame(type: string, data: unknown): string {
  return `event: ${type}\ndata: ${JSON.stringify(data)}\n\n`;
}

/**
 * The live event stream of a meeting (server-sent events). Every change to the meeting is announced
 * with NOTIFY when its transaction commits (src/db/queries/meetings-events.ts); this instance's hub
 * receives it on its LISTEN connection and writes it to every open stream of that meeting.
 */
export const meetingLiveRoutes: FastifyPluginAsyncZod = async (app) => {
  const hub = acquireHub(app.database, app.log);
  const open = new Set<ServerResponse>();
  // Open streams never end by themselves: end them so that the server can close.
  app.addHook('preClose', async () => {
    for (const res of open) res.end();
    open.clear();
  });
  app.addHook('onClose', async () => releaseHub(app.database));

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
      const res = reply.raw;
      const send = (event: MeetingEvent) => {
        // A notice about a record of a stricter visibility than the reader's is not sent to them.
        if (event.visibility && !canSee(auth.actor, event.visibility, meeting.mesaId)) return;
        const { visibility: _hidden, ...data } = event;
        res.write(frame(event.type, data));
      };
      const unsubscribe = await hub.subscribe(meeting.id, send);
      reply.hijack();
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
        'x-request-id': req.id,
      });
      res.flushHeaders();
      open.add(res);
      res.write('retry: 3000\n\n');
      res.write(frame('ready', { type: 'ready', meetingId: meeting.id, at: new Date().toISOString() }));
      const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), liveSettings.heartbeatMs);
      const cleanup = () => {
        clearInterval(heartbeat);
        unsubscribe();
        open.delete(res);
      };
      req.raw.on('close', cleanup);
      res.on('close', cleanup);
      res.on('error', cleanup);
    },
  );
};
