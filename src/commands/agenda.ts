import { recordAudit } from '../db/audit';
import { type LoadedAgendaItem, loadAgenda } from '../db/queries/agenda';
import {
  deleteAgendaItems,
  insertAgendaItems,
  listAgendaItems,
  lockMeeting,
  type Meeting,
  type NewAgendaItemRow,
  updateAgendaItemRow,
  updateMeetingRow,
} from '../db/queries/meetings';
import { notifyMeetingEvent } from '../db/queries/meetings-events';
import { type AgendaEdit, applyAgendaEdits } from '../domain/agenda';
import { DEFAULT_TIME_ZONE } from '../domain/calendar-days';
import { AppError, assertVersion, type FieldIssue, invalidFields } from '../domain/errors';
import { audienceVisibilities } from '../domain/meeting-audience';
import { isRecordFrozen } from '../domain/meetings';
import { queueMeetingInvitations } from '../mail/messages';
import { auditActor, type CommandContext, inTransaction } from './context';
import { problemIssues } from './references';

export interface AgendaSave {
  /** The meeting's version: the agenda is part of the meeting (409 STALE_WRITE when it changed). */
  version: number;
  /** Edits applied in order (move, remove, set minutes, set title, add). */
  edits: AgendaEdit[];
  /**
   * `current` (default): edit the agenda as it stands (saved, or the draft when never saved).
   * `draft`: start again from a freshly generated draft; notes of items still on it are kept.
   */
  base?: 'current' | 'draft';
}

type AgendaItemFields = Pick<
  NewAgendaItemRow,
  'kind' | 'key' | 'title' | 'problemId' | 'commitmentId' | 'feedbackId' | 'escalationId' | 'minutes'
>;

/** The stored row of an agenda item at its position in a meeting's agenda (without notes). */
export function agendaItemRow(meetingId: string, position: number, item: AgendaItemFields): NewAgendaItemRow {
  return {
    meetingId,
    position,
    kind: item.kind,
    key: item.key,
    title: item.title,
    problemId: item.problemId,
    commitmentId: item.commitmentId,
    feedbackId: item.feedbackId,
    escalationId: item.escalationId,
    minutes: item.minutes,
  };
}

/**
 * Saves an edited agenda: the edits are checked and applied by the domain core (src/domain/agenda.ts)
 * and the result is stored, item by item, keeping each kept item's id, notes and discussed mark.
 */
export function saveAgenda(ctx: CommandContext, meetingId: string, input: AgendaSave, now = new Date()) {
  return inTransaction(ctx, async (tx) => {
    const meeting = await lockMeeting(tx.db, meetingId);
    if (!meeting) throw new AppError('NOT_FOUND');
    if (isRecordFrozen(meeting.state)) throw new AppError('MEETING_CLOSED', { state: meeting.state });
    assertVersion(meeting.version, input.version);
    const stored = await listAgendaItems(tx.db, meetingId);
    const options = {
      timeZone: tx.timeZone ?? DEFAULT_TIME_ZONE,
      now,
      visibilities: audienceVisibilities(meeting.visibility),
    };
    const current =
      input.base === 'draft'
        ? { items: await freshDraft(tx, meeting, options) }
        : await loadAgenda(tx.db, meeting, options);

    // Problems added by hand must be problems of this Mesa the caller may see.
    const issues: FieldIssue[] = [];
    const added = input.edits
      .map((e, i) => ({ e, i }))
      .filter(
        (x): x is { e: Extract<AgendaEdit, { op: 'add' }>; i: number } => x.e.op === 'add' && !!x.e.problemId,
      );
    issues.push(
      ...(await problemIssues(
        tx,
        meeting.mesaId,
        added.map(({ e, i }) => ({ id: e.problemId!, path: `edits.${i}.problemId` })),
      )),
    );
    if (issues.length) invalidFields(issues);
    const edited = applyAgendaEdits(current.items, input.edits);

    // Store: keep the rows whose key is still there, insert the new, delete the rest.
    const byKey = new Map(stored.map((row) => [row.key ?? `item:${row.id}`, row]));
    const kept = new Set<string>();
    const inserts = [];
    for (const [position, item] of edited.entries()) {
      const row = byKey.get(item.key);
      if (row) {
        kept.add(row.id);
        if (row.position !== position || row.title !== item.title || row.minutes !== item.minutes) {
          await updateAgendaItemRow(tx.db, row.id, { position, title: item.title, minutes: item.minutes });
        }
      } else {
        const previous = current.items.find((x) => x.key === item.key);
        inserts.push({
          ...agendaItemRow(meetingId, position, item),
          notes: previous?.notes ?? '',
          discussedAt: previous?.discussedAt ?? null,
        });
      }
    }
    await deleteAgendaItems(
      tx.db,
      stored.filter((row) => !kept.has(row.id)).map((row) => row.id),
    );
    await insertAgendaItems(tx.db, inserts);
    const after = await updateMeetingRow(tx.db, meetingId, {});
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'agenda',
      entityId: meetingId,
      mesaId: meeting.mesaId,
      action: 'update',
      before: stored.map((r) => ({ key: r.key, title: r.title, minutes: r.minutes })),
      after: {
        base: input.base ?? 'current',
        edits: input.edits,
        items: edited.map((i) => ({ key: i.key, title: i.title, minutes: i.minutes })),
      },
      requestId: tx.requestId,
    });
    await notifyMeetingEvent(tx.db, meetingId, { type: 'agenda.updated' }, meeting.mesaId);
    // The invitation carries the agenda: sent once it first exists.
    await queueMeetingInvitations(tx, meetingId);
    return after;
  });
}

/** A draft generated afresh, ignoring the stored agenda, with the notes of items it still has. */
async function freshDraft(
  ctx: CommandContext,
  meeting: Meeting,
  options: Parameters<typeof loadAgenda>[2],
): Promise<LoadedAgendaItem[]> {
  const stored = new Map((await listAgendaItems(ctx.db, meeting.id)).map((r) => [r.key, r]));
  const { items } = await loadAgenda(ctx.db, meeting, { ...options, fresh: true });
  return items.map((item) => ({
    ...item,
    id: stored.get(item.key)?.id ?? null,
    notes: stored.get(item.key)?.notes ?? '',
    discussedAt: stored.get(item.key)?.discussedAt ?? null,
  }));
}
