import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type Actor, canSee, rightsKey } from '../../domain/access';
import { matrixAccessChanged } from '../../domain/matrix-events';
import { authenticate } from '../authenticate';
import { type EventStream, liveStreams, type MatrixEvent } from '../live';
import { mesaFor } from '../load';
import { errors, idParam } from '../schemas/common';

export const matrixLiveEventsDescription = [
  'A server-sent event stream (text/event-stream) of the changes to this Mesa’s Matrix, so that an open Matrix follows what other people change.',
  'Each event is `event: <type>` with `data: {type, mesaId, problemId?}` — ids only, never text: refetch the Matrix.',
  'Types: problem.created, problem.updated, problem.transitioned, solution.changed, indicator.changed, feedback.created,',
  'commitments.changed (the open commitments of the problem), each with the problemId; matrix.imported, mesa.updated,',
  'session.closed (which problems circle may have changed), directory.changed (category, organization or person names; mesaId null),',
  'and resync (what you may see changed, or the server may have missed changes: refetch everything).',
  'The first event is `ready` once the stream listens; a comment line is sent every 15 s as a heartbeat.',
  'Events are not stored and carry no SSE `id`: there is no replay with Last-Event-ID. A client that connects or reconnects refetches the whole Matrix when it gets `ready`.',
  'An event about a problem the reader may not see (a team-only problem, for a representative) is not sent to them; when a problem they could see becomes one they may not, they get the event without its id.',
  'When the participants of the Mesa, the Mesa itself or an account’s global role change, or sessions are ended, the stream checks again what its reader may see: it sends `resync` when that changed, and ends when they may no longer read the Matrix.',
].join(' ');

/**
 * The live event stream of a Mesa's Matrix (server-sent events). Every write that changes what the
 * Matrix shows announces it with NOTIFY when its transaction commits (src/db/queries/matrix-events.ts);
 * this instance's hub receives it on its LISTEN connection and writes it to every open stream of that
 * Mesa, filtered by what each reader may see. Nothing is stored: a client that (re)connects refetches
 * the Matrix on `ready`, which is all a missed event would have asked of it.
 */
export const matrixLiveRoutes: FastifyPluginAsyncZod = async (app) => {
  // Open streams never end by themselves: they are ended when the app closes (see liveStreams).
  const streams = liveStreams(app);

  app.get(
    '/api/mesas/:id/matrix/events',
    {
      config: { access: 'matrix.read' },
      schema: {
        tags: ['matrix'],
        summary: 'The live event stream of a Matrix (server-sent events)',
        description: matrixLiveEventsDescription,
        params: idParam,
        response: {
          200: {
            description: 'text/event-stream',
            content: { 'text/event-stream': { schema: z.string().describe('event: <type>\\ndata: {json}') } },
          },
          ...errors(400, 401, 404),
        },
      },
    },
    async (req, reply) => {
      // Authorized like reading the Matrix: a Mesa the caller may not see answers 404, as a missing one.
      const { row, auth } = await mesaFor(req, req.params.id, 'matrix.read');
      const mesaId = row.mesa.id;
      let actor: Actor = auth.actor;
      let stream: EventStream | null = null;

      /** Who the reader is now and whether they may still read the Matrix (null: they may not). */
      const readerNow = async (): Promise<Actor | null> => {
        try {
          await authenticate(req);
          return (await mesaFor(req, mesaId, 'matrix.read')).auth.actor;
        } catch {
          return null;
        }
      };

      const deliver = (event: MatrixEvent) => {
        if (!event.visibility || canSee(actor, event.visibility, mesaId)) {
          stream?.send(event.type, {
            type: event.type,
            mesaId: event.mesaId,
            ...(event.problemId ? { problemId: event.problemId } : {}),
          });
        } else if (event.previousVisibility && canSee(actor, event.previousVisibility, mesaId)) {
          // The problem left the reader's sight: the Matrix changed for them, but its id is not theirs.
          stream?.send(event.type, { type: event.type, mesaId: event.mesaId });
        }
      };

      const handle = async (event: MatrixEvent) => {
        if (event.type !== matrixAccessChanged && event.type !== 'mesa.updated') {
          deliver(event);
          return;
        }
        // The participants or the Mesa changed: what this reader may see is checked again.
        const now = await readerNow();
        if (!now) {
          stream?.end();
          return;
        }
        const changed = rightsKey(now) !== rightsKey(actor);
        actor = now;
        if (changed) stream?.send('resync', { type: 'resync', mesaId });
        else if (event.type !== matrixAccessChanged) deliver(event);
      };

      // Notices are handled one after the other (a check of the reader's rights may be under way), and
      // those that arrive before `ready` wait for it.
      let queue: Promise<void> | null = null;
      const waiting: MatrixEvent[] = [];
      const enqueue = (event: MatrixEvent) => {
        queue = (queue ?? Promise.resolve())
          .then(() => handle(event))
          .catch((error) => req.log.warn({ err: error }, 'a Matrix event could not be sent'));
      };
      const unsubscribe = await streams.hub.subscribeMatrix(mesaId, (event) => {
        if (stream) enqueue(event);
        else waiting.push(event);
      });
      stream = streams.open(req, reply);
      stream.onEnd(unsubscribe);
      stream.send('ready', { type: 'ready', mesaId, at: new Date().toISOString() });
      for (const event of waiting.splice(0)) enqueue(event);
    },
  );
};
