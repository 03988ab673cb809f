import type { Client } from './app';

/**
 * Reading a server-sent event stream over real HTTP (streams cannot be injected): what arrives is
 * parsed into events, which a test waits for by type.
 */

export interface ReceivedEvent {
  type: string;
  /** The SSE `id` field, when the event had one. */
  id?: string;
  data: Record<string, unknown>;
}

export interface EventStreamReader {
  status: number;
  contentType: string | null;
  events: ReceivedEvent[];
  comments: string[];
  /** The `retry:` values the server sent. */
  retries: string[];
  /** Resolves with the first event of this type not yet taken, or rejects after `ms`. */
  next(type: string, ms?: number): Promise<ReceivedEvent>;
  /** Resolves when the server ends the stream (or the client closes it). */
  ended: Promise<void>;
  close(): void;
}

/** Opens an event stream with the client's session cookie and parses what arrives. */
export async function openEventStream(
  url: string,
  client: Client,
  headers: Record<string, string> = {},
): Promise<EventStreamReader> {
  const abort = new AbortController();
  const res = await fetch(url, {
    headers: { cookie: client.headers.cookie ?? '', accept: 'text/event-stream', ...headers },
    signal: abort.signal,
  });
  const events: ReceivedEvent[] = [];
  const comments: string[] = [];
  const retries: string[] = [];
  const taken = new Set<ReceivedEvent>();
  const waiters: (() => void)[] = [];
  let markEnded: () => void = () => undefined;
  const ended = new Promise<void>((resolve) => {
    markEnded = resolve;
  });
  const stream: EventStreamReader = {
    status: res.status,
    contentType: res.headers.get('content-type'),
    events,
    comments,
    retries,
    next(type, ms = 10_000) {
      return new Promise((resolve, reject) => {
        const look = () => {
          const found = events.find((e) => e.type === type && !taken.has(e));
          if (!found) return false;
          taken.add(found);
          clearTimeout(timer);
          resolve(found);
          return true;
        };
        const timer = setTimeout(() => reject(new Error(`no ${type} event within ${ms} ms`)), ms);
        const wait = () => {
          if (!look()) waiters.push(wait);
        };
        wait();
      });
    },
    ended,
    close: () => abort.abort(),
  };
  if (res.status !== 200 || !res.body) {
    await res.body?.cancel().catch(() => undefined);
    markEnded();
    return stream;
  }
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  void (async () => {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          end = buffer.indexOf('\n\n');
          let type = 'message';
          let data = '';
          let id: string | undefined;
          for (const line of block.split('\n')) {
            if (line.startsWith(':')) comments.push(line.slice(1).trim());
            else if (line.startsWith('event: ')) type = line.slice(7);
            else if (line.startsWith('data: ')) data += line.slice(6);
            else if (line.startsWith('id: ')) id = line.slice(4);
            else if (line.startsWith('retry: ')) retries.push(line.slice(7));
          }
          if (data) events.push({ type, ...(id !== undefined ? { id } : {}), data: JSON.parse(data) });
          for (const w of waiters.splice(0)) w();
        }
      }
    } catch {
      /* aborted */
    } finally {
      markEnded();
    }
  })();
  return stream;
}
