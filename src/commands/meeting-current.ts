import { eq } from 'drizzle-orm';
import { recordAudit } from '../db/audit';
import type { Db } from '../db/client';
import { getAgendaItem, lockMeeting } from '../db/queries/meetings';
import { notifyMeetingEvent } from '../db/queries/meetings-events';
import { meetings } from '../db/schema';
import { AppError } from '../domain/errors';
import { isRecordFrozen } from '../domain/meetings';
import { auditActor, type CommandContext, inTransaction } from './context';

/**
 * Stores the item the room is on. Part of the live record like notes and attendance: the meeting's
 * version does not change (a team member editing the agenda meanwhile is not told it is stale).
 */
export async function storeCurrentAgendaItem(db: Db, meetingId: string, itemId: string | null) {
  await db
    .update(meetings)
    .set({ currentAgendaItemId: itemId, updatedAt: new Date() })
    .where(eq(meetings.id, meetingId));
}

/**
 * Takes the room to an agenda item of a meeting being held ("Tratar ahora"), or back to the first
 * item not discussed yet (`itemId` null). Every screen following the meeting is told with a
 * `current_item.changed` notice, sent when the transaction commits. Taking up the item already
 * current changes nothing and records nothing.
 */
export function setCurrentAgendaItem(ctx: CommandContext, meetingId: string, itemId: string | null) {
  return inTransaction(ctx, async (tx) => {
    const meeting = await lockMeeting(tx.db, meetingId);
    if (!meeting) throw new AppError('NOT_FOUND');
    if (isRecordFrozen(meeting.state)) throw new AppError('MEETING_CLOSED', { state: meeting.state });
    if (meeting.state !== 'in_progress') {
      throw new AppError('CONFLICT', { reason: 'meeting_not_started', state: meeting.state });
    }
    const item = itemId ? await getAgendaItem(tx.db, meetingId, itemId) : null;
    if (itemId && !item) {
      throw new AppError('VALIDATION_FAILED', {
        fields: [{ path: 'itemId', key: 'fields.notAnAgendaItem' }],
      });
    }
    const before = meeting.currentAgendaItemId;
    if (before === itemId) return { changed: false };
    await storeCurrentAgendaItem(tx.db, meetingId, itemId);
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'meeting',
      entityId: meetingId,
      mesaId: meeting.mesaId,
      action: 'update',
      before: { currentAgendaItemId: before },
      after: { currentAgendaItemId: itemId, currentAgendaItemTitle: item?.title ?? null },
      requestId: tx.requestId,
    });
    await notifyMeetingEvent(tx.db, meetingId, { type: 'current_item.changed' }, meeting.mesaId);
    return { changed: true };
  });
}
