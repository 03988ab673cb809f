/**
 * The live session mode's own call: taking the room to an agenda item ("Tratar ahora"). Every screen
 * following the meeting then moves to it (the meeting's `currentItemId`, told by a
 * `current_item.changed` event).
 */
import { http } from '../../api';
import type { MeetingDetail } from './sessionsApi';

export const liveApi = {
  /** `itemId` null: back to the first item not discussed yet. Answers the whole meeting. */
  setCurrentItem: (meetingId: string, itemId: string | null) =>
    http.put<MeetingDetail>(`/api/meetings/${encodeURIComponent(meetingId)}/current-item`, { itemId }),
};

/** Whether the reader asked the system for less motion (then scrolling jumps instead of gliding). */
export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
}
