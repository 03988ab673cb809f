import { useEffect, useRef, useState } from 'react';
import { type EventStreamStatus, type FollowOptions, followEventStream } from './eventStream';

export type { EventStreamStatus, StreamEvent } from './eventStream';

export interface EventStreamOptions extends Omit<FollowOptions, 'url' | 'onStatus' | 'onReceived' | 'open'> {
  /** The server-sent event stream to follow; null for none (the status is then `ended`). */
  url: string | null;
}

/**
 * Follows a server-sent event stream while the component is mounted (see `followEventStream`), with
 * its status and when its last event arrived. The stream is opened again only when its address, its
 * event types or its timing change, not when the callbacks do. Only what the callbacks do with the
 * events refreshes anything: nothing here touches the page's own state (what is being typed).
 */
export function useEventStream(options: EventStreamOptions): {
  status: EventStreamStatus;
  lastEventAt: number | null;
} {
  const [status, setStatus] = useState<EventStreamStatus>('connecting');
  const [lastEventAt, setLastEventAt] = useState<number | null>(null);
  // The latest callbacks, without opening the stream again when they change.
  const latest = useRef(options);
  latest.current = options;
  const { url, debounceMs, resyncOnConnect = false, reopenAfterMs } = options;
  const typesKey = options.types.join(' ');

  useEffect(() => {
    if (!url || typeof EventSource === 'undefined') {
      setStatus('ended');
      return;
    }
    return followEventStream({
      url,
      types: typesKey.split(' '),
      debounceMs,
      resyncOnConnect,
      ...(reopenAfterMs !== undefined ? { reopenAfterMs } : {}),
      onStatus: setStatus,
      onReceived: () => setLastEventAt(Date.now()),
      onEvents: (events) => latest.current.onEvents(events),
      immediate: (type) => latest.current.immediate?.(type) ?? false,
      onReconnect: () => latest.current.onReconnect?.(),
    });
  }, [url, typesKey, debounceMs, resyncOnConnect, reopenAfterMs]);

  return { status, lastEventAt };
}
