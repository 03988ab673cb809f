import type { ServerResponse } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { acquireHub, type LiveEventHub, releaseHub } from './hub';
import { liveSettings } from './settings';

/** How long a browser waits before reconnecting a dropped stream (the SSE `retry` field). */
export const RETRY_MS = 3000;

/** One server-sent event; `id` (the notice's number) is what the client sends back as Last-Event-ID. */
export function sseFrame(type: string, data: unknown, id?: number): string {
  return `${id !== undefined ? `id: ${id}\n` : ''}event: ${type}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** An open server-sent event stream. */
export interface EventStream {
  /** Writes one event (nothing once the stream has ended). */
  send(type: string, data: unknown, id?: number): void;
  /** Ends the stream from the server's side (a browser's EventSource then reconnects). */
  end(): void;
  /** Runs `fn` once when the stream ends, whichever side ends it. */
  onEnd(fn: () => void): void;
}

/**
 * What the live routes of one plugin share: the instance's hub (acquired with the plugin, released when
 * the app closes), and the open streams, ended before the app closes (they never end by themselves, and
 * the server could not close while they are open).
 */
export function liveStreams(app: FastifyInstance): {
  hub: LiveEventHub;
  open(req: FastifyRequest, reply: FastifyReply): EventStream;
} {
  const hub = acquireHub(app.database, app.log);
  const open = new Set<ServerResponse>();
  app.addHook('preClose', async () => {
    for (const res of open) res.end();
    open.clear();
  });
  app.addHook('onClose', async () => releaseHub(app.database));

  return {
    hub,
    /**
     * Takes the response over from Fastify and starts the stream: its headers, the `retry` delay, and a
     * heartbeat comment every `liveSettings.heartbeatMs`, so that proxies and browsers keep it open.
     */
    open(req, reply) {
      const res = reply.raw;
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
      res.write(`retry: ${RETRY_MS}\n\n`);
      const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), liveSettings.heartbeatMs);
      const onEnd: (() => void)[] = [];
      let ended = false;
      const cleanup = () => {
        if (ended) return;
        ended = true;
        clearInterval(heartbeat);
        open.delete(res);
        for (const fn of onEnd.splice(0)) fn();
      };
      req.raw.on('close', cleanup);
      res.on('close', cleanup);
      res.on('error', cleanup);
      return {
        send(type, data, id) {
          if (!ended && !res.writableEnded) res.write(sseFrame(type, data, id));
        },
        end() {
          if (!res.writableEnded) res.end();
          cleanup();
        },
        onEnd(fn) {
          if (ended) fn();
          else onEnd.push(fn);
        },
      };
    },
  };
}
