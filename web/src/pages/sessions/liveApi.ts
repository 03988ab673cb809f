/**
 * The live session mode's own call: taking the room to an agenda item ("Tratar ahora"). Every screen
 * following the meeting then moves to it (the meeting's `currentItemId`, told by a
 * `current_item.changed` event).
 */
import { client, unwrap } from '../../api';

export const liveApi = {
  /** `itemId` null: back to the first item not discussed yet. Answers the whole meeting. */
  setCurrentItem: (meetingId: string, itemId: string | null) =>
    unwrap(
      client.PUT('/api/meetings/{id}/current-item', {
        params: { path: { id: meetingId } },
        body: { itemId },
      }),
    ),
};

/** Whether the reader asked the system for less motion (then scrolling jumps instead of gliding). */
export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
}
