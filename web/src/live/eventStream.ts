/**
 * Following a server-sent event stream, without React: the browser's EventSource (which reconnects by
 * itself after a drop), the status of the stream, and its events handed over in bursts. The hook
 * `useEventStream` runs it for a component.
 */

/**
 * `connecting` until the stream says it listens (`ready`); `live` while it does; `offline` when it
 * dropped (the browser is reconnecting); `ended` when there is no stream, or the server refused it.
 */
export type EventStreamStatus = 'connecting' | 'live' | 'offline' | 'ended';

/** One event received: its type and its data (ids only), or `resync` when everything is to be refetched. */
export interface StreamEvent {
  type: string;
  data: Record<string, unknown> | null;
}

/** What is used of an EventSource (the browser's, or a stand-in). */
export interface EventSourceLike {
  readonly readyState: number;
  addEventListener(type: string, listener: (event: { data?: unknown }) => void): void;
  onerror: ((event: unknown) => void) | null;
  close(): void;
}

/** EventSource's `readyState` once the browser has given up on the stream. */
const CLOSED = 2;

export interface FollowOptions {
  url: string;
  /** The event types to listen to, besides `ready`. */
  types: readonly string[];
  /** The events of a burst, handed over together once it is over: at most `debounceMs` after its first. */
  onEvents: (events: StreamEvent[]) => void;
  debounceMs: number;
  onStatus: (status: EventStreamStatus) => void;
  /** Called on every event as it arrives (before it is gathered into its burst). */
  onReceived?: (event: StreamEvent) => void;
  /** Events handed over at once, with what is pending, rather than at the end of the burst. */
  immediate?: (type: string) => boolean;
  /**
   * Whether the first `ready` asks for a refresh too (a `resync` event), as every later one does: for a
   * stream without replay, what changed between the page's first load and the stream's start.
   */
  resyncOnConnect?: boolean;
  /** Called when the stream is back after a drop (after the `resync` it causes is scheduled). */
  onReconnect?: () => void;
  /**
   * When the browser gives up on the stream (an error answer, such as a proxy's while the server
   * restarts), open it again after this many milliseconds instead of staying `ended`.
   */
  reopenAfterMs?: number;
  /** Opens the stream; the browser's EventSource, with the session cookie, by default. */
  open?: (url: string) => EventSourceLike;
}

function parse(data: unknown): Record<string, unknown> | null {
  if (typeof data !== 'string') return null;
  try {
    const value: unknown = JSON.parse(data);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

const browserSource = (url: string): EventSourceLike =>
  new EventSource(url, { withCredentials: true }) as unknown as EventSourceLike;

/**
 * Follows a stream until the returned function is called. Every `ready` after the first means the
 * stream came back, and events may have been missed: a `resync` event is handed over then.
 */
export function followEventStream(options: FollowOptions): () => void {
  const open = options.open ?? browserSource;
  let source: EventSourceLike | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let reopenTimer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  let everReady = false;
  /** Whether the next `ready` is to refresh everything even though it is the first. */
  let refreshOnReady = options.resyncOnConnect ?? false;
  const pending: StreamEvent[] = [];

  const flush = () => {
    timer = null;
    const events = pending.splice(0);
    if (events.length && !stopped) options.onEvents(events);
  };
  const schedule = (event: StreamEvent) => {
    pending.push(event);
    options.onReceived?.(event);
    if (options.immediate?.(event.type)) {
      if (timer) clearTimeout(timer);
      flush();
    } else if (!timer) timer = setTimeout(flush, options.debounceMs);
  };

  const connect = () => {
    options.onStatus('connecting');
    const current = open(options.url);
    source = current;
    current.addEventListener('ready', () => {
      options.onStatus('live');
      if (everReady || refreshOnReady) schedule({ type: 'resync', data: null });
      if (everReady) options.onReconnect?.();
      everReady = true;
      refreshOnReady = false;
    });
    for (const type of options.types) {
      current.addEventListener(type, (event) => schedule({ type, data: parse(event.data) }));
    }
    current.onerror = () => {
      if (stopped) return;
      if (current.readyState !== CLOSED) {
        options.onStatus('offline');
        return;
      }
      if (options.reopenAfterMs === undefined) {
        options.onStatus('ended');
        return;
      }
      // The browser will not try again by itself: a new stream later, which refreshes on `ready`.
      options.onStatus('offline');
      refreshOnReady = true;
      reopenTimer = setTimeout(connect, options.reopenAfterMs);
    };
  };
  connect();

  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    if (reopenTimer) clearTimeout(reopenTimer);
    source?.close();
  };
}
