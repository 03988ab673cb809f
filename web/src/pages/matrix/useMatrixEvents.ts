import { useQueryClient } from '@tanstack/react-query';
import { matrixEventTypes } from '../../../../src/domain/matrix-events';
import { useEventStream } from '../../live/useEventStream';
import { matrixEventsUrl, matrixQueryKey, problemQueryKey } from './matrixApi';

/** `connecting` until the stream listens, `live` while it does, `offline` while it is down. */
export type MatrixLiveStatus = 'connecting' | 'live' | 'offline';

/** How long a burst of events (an import, several edits at once) is gathered into one refresh. */
const BURST_MS = 120;
/** When the server refused the stream (or a proxy answered for it), how long before trying again. */
const REOPEN_MS = 15_000;

/**
 * Keeps an open Matrix up to date with what other people change: follows the Matrix's server-sent
 * event stream and refetches the Matrix shortly after an event (a burst causes one refetch), and on
 * every (re)connection, since the stream does not replay what was missed. Events carry ids only; a
 * problem they name is refetched too wherever its page is cached.
 *
 * Only server data is refetched: what the reader is typing (quick entry, an open editor) is state of
 * the page's components and is kept, and the Matrix already shown stays on screen while it reloads.
 */
export function useMatrixEvents(mesaId: string): MatrixLiveStatus {
  const queryClient = useQueryClient();
  const { status } = useEventStream({
    url: matrixEventsUrl(mesaId),
    types: matrixEventTypes,
    debounceMs: BURST_MS,
    resyncOnConnect: true,
    reopenAfterMs: REOPEN_MS,
    onEvents: (events) => {
      void queryClient.invalidateQueries({ queryKey: matrixQueryKey(mesaId) });
      const problems = new Set<string>();
      for (const { data } of events) {
        if (typeof data?.problemId === 'string') problems.add(data.problemId);
      }
      for (const id of problems) void queryClient.invalidateQueries({ queryKey: problemQueryKey(id) });
    },
  });
  return status === 'ended' ? 'offline' : status;
}
