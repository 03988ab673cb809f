import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { meetingEventTypes } from '../../../../src/domain/meetings';
import { type EventStreamStatus, useEventStream } from '../../live/useEventStream';
import { matrixQueryKey } from '../matrix/matrixApi';
import { commitmentsQueryKey, meetingQueryKey, meetingsQueryKey, sessionFiles } from './sessionsApi';

/** `connecting` until the stream says it listens; `live` while it does; `offline` when it dropped. */
export type LiveStatus = EventStreamStatus;

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
  /** How many times the stream came back after a drop: a page that follows the room re-finds it. */
  const [reconnections, setReconnections] = useState(0);
  const mesaRef = useRef(mesaId);
  mesaRef.current = mesaId;

  const { status, lastEventAt } = useEventStream({
    url: enabled ? sessionFiles.events(meetingId) : null,
    types: meetingEventTypes,
    /**
     * Several events in a burst (a decision and its audit, say) cause one refresh. The room moving to
     * another item is refreshed at once: every screen is to follow it within a second.
     */
    debounceMs: 80,
    immediate: (type) => type === 'current_item.changed',
    onReconnect: () => setReconnections((n) => n + 1),
    onEvents: (events) => {
      const types = events.map((e) => e.type);
      void queryClient.invalidateQueries({ queryKey: meetingQueryKey(meetingId) });
      const mesa = mesaRef.current;
      if (mesa) void queryClient.invalidateQueries({ queryKey: meetingsQueryKey(mesa) });
      if (types.some((t) => t.startsWith('commitment.') || t === 'resync' || t === 'meeting.closed')) {
        void queryClient.invalidateQueries({ queryKey: commitmentsQueryKey });
      }
      if (mesa && types.some((t) => t.startsWith('problem.') || t === 'resync')) {
        void queryClient.invalidateQueries({ queryKey: matrixQueryKey(mesa) });
      }
    },
  });

  return { status, lastEventAt, reconnections };
}
