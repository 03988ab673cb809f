import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { meetingEventTypes } from '../../../../src/domain/meetings';
import { matrixQueryKey } from '../matrix/matrixApi';
import { commitmentsQueryKey, meetingQueryKey, meetingsQueryKey, sessionFiles } from './sessionsApi';

/** `connecting` until the stream says it listens; `live` while it does; `offline` when it dropped. */
export type LiveStatus = 'connecting' | 'live' | 'offline' | 'ended';

/**
 * Follows a meeting as it happens: subscribes to its server-sent event stream and, on every event,
 * refreshes what the page shows about it (events carry ids only, never text). The browser reconnects
 * by itself after a drop; on reconnecting everything is refreshed, since events may have been missed.
 * A closed meeting's stream answers 204 and the browser stops reconnecting (`ended`).
 * `current_item.changed` (the moderator took the room to another item) refreshes the meeting, whose
 * `currentItemId` the agenda and the projector view follow.
 */
export function useMeetingEvents(meetingId: string, mesaId: string | undefined, enabled: boolean) {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const [lastEventAt, setLastEventAt] = useState<number | null>(null);
  /** How many times the stream came back after a drop: a page that follows the room re-finds it. */
  const [reconnections, setReconnections] = useState(0);
  const mesaRef = useRef(mesaId);
  mesaRef.current = mesaId;

  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') {
      setStatus('ended');
      return;
    }
    setStatus('connecting');
    const source = new EventSource(sessionFiles.events(meetingId), { withCredentials: true });
    let timer: ReturnType<typeof setTimeout> | null = null;
    let everReady = false;
    const pending = new Set<string>();

    const flush = () => {
      timer = null;
      const types = [...pending];
      pending.clear();
      void queryClient.invalidateQueries({ queryKey: meetingQueryKey(meetingId) });
      const mesa = mesaRef.current;
      if (mesa) void queryClient.invalidateQueries({ queryKey: meetingsQueryKey(mesa) });
      if (types.some((t) => t.startsWith('commitment.') || t === 'resync' || t === 'meeting.closed')) {
        void queryClient.invalidateQueries({ queryKey: commitmentsQueryKey });
      }
      if (mesa && types.some((t) => t.startsWith('problem.') || t === 'resync')) {
        void queryClient.invalidateQueries({ queryKey: matrixQueryKey(mesa) });
      }
    };
    /**
     * Several events in a burst (a decision and its audit, say) cause one refresh. The room moving to
     * another item is refreshed at once: every screen is to follow it within a second.
     */
    const schedule = (type: string) => {
      pending.add(type);
      setLastEventAt(Date.now());
      if (type === 'current_item.changed') {
        if (timer) clearTimeout(timer);
        flush();
      } else if (!timer) timer = setTimeout(flush, 80);
    };

    source.addEventListener('ready', () => {
      setStatus('live');
      // After a reconnection, events may have been missed: refresh everything.
      if (everReady) {
        schedule('resync');
        setReconnections((n) => n + 1);
      }
      everReady = true;
    });
    for (const type of meetingEventTypes) source.addEventListener(type, () => schedule(type));
    source.onerror = () => {
      setStatus(source.readyState === EventSource.CLOSED ? 'ended' : 'offline');
    };
    return () => {
      if (timer) clearTimeout(timer);
      source.close();
    };
  }, [meetingId, enabled, queryClient]);

  return { status, lastEventAt, reconnections };
}
