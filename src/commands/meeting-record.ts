import { recordAudit } from '../db/audit';
import { loadAgenda } from '../db/queries/agenda';
import {
  currentParticipants,
  deleteDecisionRow,
  getAgendaItem,
  getDecision,
  insertAgendaItems,
  insertDecision,
  insertMeetingParticipants,
  listAgendaItems,
  lockMeeting,
  type Meeting,
  maxSessionNumber,
  meetingParticipantRows,
  touchMeeting,
  updateAgendaItemRow,
  updateMeetingParticipant,
  updateMeetingRow,
} from '../db/queries/meetings';
import { notifyMeetingEvent } from '../db/queries/meetings-events';
import { lockMesa } from '../db/queries/mesas';
import { DEFAULT_TIME_ZONE } from '../domain/calendar-days';
import { dateInZone } from '../domain/dates';
import { AppError, assertVersion, type FieldIssue, invalidFields } from '../domain/errors';
import { audienceVisibilities, inMeetingAudience } from '../domain/meeting-audience';
import {
  type AttendanceStatus,
  assertMeetingTransition,
  isEarlyStart,
  isSession,
  nextCurrentAgendaItemId,
  nextSessionNumber,
} from '../domain/meetings';
import { agendaItemRow } from './agenda';
import { auditActor, type CommandContext, inTransaction } from './context';
import { storeCurrentAgendaItem } from './meeting-current';
import { assertOpen, today } from './meetings';
import { problemIssues } from './references';

/**
 * What happens while a session is held: it starts (taking its number and agenda), attendance is taken,
 * the agenda's items get their notes and decisions are recorded.
 */

export function startMeeting(
  ctx: CommandContext,
  id: string,
  now = new Date(),
  options: { confirmEarly?: boolean; version?: number } = {},
): Promise<Meeting> {
  return inTransaction(ctx, async (tx) => {
    const before = await lockMeeting(tx.db, id);
    if (!before) throw new AppError('NOT_FOUND');
    assertVersion(before.version, options.version);
    assertOpen(before);
    assertMeetingTransition(before.state, 'in_progress');
    const session = isSession(before.kind);
    if (session && !options.confirmEarly && isEarlyStart(before.startsAt, now, before.timeZone)) {
      throw new AppError('EARLY_START_UNCONFIRMED', {
        scheduledOn: dateInZone(before.startsAt, before.timeZone),
        today: dateInZone(now, before.timeZone),
      });
    }
    let number = before.number;
    if (session && number === null) {
      // The Mesa row lock serializes session numbering; the unique (mesa, number) index guards it too.
      await lockMesa(tx.db, before.mesaId);
      number = nextSessionNumber([await maxSessionNumber(tx.db, before.mesaId)]);
    }
    // Drafted as held now: the agenda takes in everything up to this start, nothing after it.
    const agenda = await loadAgenda(
      tx.db,
      { ...before, startedAt: now },
      {
        timeZone: tx.timeZone ?? DEFAULT_TIME_ZONE,
        now,
        visibilities: audienceVisibilities(before.visibility),
      },
    );
    if (agenda.generated) {
      await insertAgendaItems(
        tx.db,
        agenda.items.map((item, position) => agendaItemRow(id, position, item)),
      );
    }
    const after = await updateMeetingRow(tx.db, id, { state: 'in_progress', startedAt: now, number });
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'meeting',
      entityId: id,
      mesaId: before.mesaId,
      action: 'start',
      before: { state: before.state, startedAt: before.startedAt, number: before.number },
      after: {
        state: after.state,
        startedAt: after.startedAt,
        number: after.number,
        agendaSaved: agenda.generated,
      },
      requestId: tx.requestId,
    });
    await notifyMeetingEvent(tx.db, id, { type: 'meeting.started' }, before.mesaId);
    return after;
  });
}

export interface AttendanceEntry {
  personId: string;
  /** null clears what was recorded. */
  status: AttendanceStatus | null;
  note?: string | null;
}

/**
 * Records attendance per person: invitees, or other current participants of the Mesa in the meeting's
 * audience (they join the record as not invited). Each person is recorded with the organization they
 * represent in the Mesa.
 */
export function recordAttendance(
  ctx: CommandContext,
  id: string,
  entries: readonly AttendanceEntry[],
  now = new Date(),
): Promise<void> {
  return inTransaction(ctx, async (tx) => {
    const meeting = await lockMeeting(tx.db, id);
    if (!meeting) throw new AppError('NOT_FOUND');
    assertOpen(meeting);
    const rows = new Map((await meetingParticipantRows(tx.db, id)).map((r) => [r.personId, r]));
    const participants = new Map(
      (await currentParticipants(tx.db, meeting.mesaId, today(tx, now))).map((p) => [p.personId, p]),
    );
    const issues: FieldIssue[] = [];
    const seen = new Set<string>();
    entries.forEach((e, i) => {
      if (seen.has(e.personId)) issues.push({ path: `entries.${i}.personId`, key: 'fields.listedTwice' });
      seen.add(e.personId);
      if (rows.has(e.personId)) return;
      const p = participants.get(e.personId);
      if (!p) issues.push({ path: `entries.${i}.personId`, key: 'fields.notAParticipant' });
      else if (!inMeetingAudience(p.roles, meeting)) {
        issues.push({ path: `entries.${i}.personId`, key: 'fields.mayNotSeeMeeting' });
      }
    });
    if (issues.length) invalidFields(issues);

    const before = entries.map((e) => {
      const r = rows.get(e.personId);
      return { personId: e.personId, status: r?.attendance ?? null, note: r?.note ?? null };
    });
    const added = [];
    for (const e of entries) {
      const values = {
        attendance: e.status,
        recordedAt: e.status ? now : null,
        ...(e.note !== undefined ? { note: e.note?.trim() || null } : {}),
      };
      if (rows.has(e.personId)) await updateMeetingParticipant(tx.db, id, e.personId, values);
      else {
        added.push({
          meetingId: id,
          personId: e.personId,
          organizationId: participants.get(e.personId)?.organizationId ?? null,
          invited: false,
          ...values,
        });
      }
    }
    await insertMeetingParticipants(tx.db, added);
    await touchMeeting(tx.db, id);
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'meeting',
      entityId: id,
      mesaId: meeting.mesaId,
      action: 'attendance',
      before,
      after: entries,
      requestId: tx.requestId,
    });
    await notifyMeetingEvent(
      tx.db,
      id,
      { type: 'attendance.updated', personIds: entries.map((e) => e.personId) },
      meeting.mesaId,
    );
  });
}

export interface AgendaItemChanges {
  notes?: string;
  /** true marks the item discussed now (kept if it already was); false clears it. */
  discussed?: boolean;
}

/** Takes notes on an agenda item or marks it discussed, while the meeting is not closed. */
export function updateAgendaItem(
  ctx: CommandContext,
  meetingId: string,
  itemId: string,
  changes: AgendaItemChanges,
  now = new Date(),
) {
  return inTransaction(ctx, async (tx) => {
    const meeting = await lockMeeting(tx.db, meetingId);
    if (!meeting) throw new AppError('NOT_FOUND');
    assertOpen(meeting);
    const before = await getAgendaItem(tx.db, meetingId, itemId);
    if (!before) throw new AppError('NOT_FOUND');
    const values: { notes?: string; discussedAt?: Date | null } = {};
    if (changes.notes !== undefined) values.notes = changes.notes;
    if (changes.discussed !== undefined) {
      values.discussedAt = changes.discussed ? (before.discussedAt ?? now) : null;
    }
    const after = await updateAgendaItemRow(tx.db, itemId, values);
    await touchMeeting(tx.db, meetingId);
    // The room moves on from the item it was on once that is marked discussed.
    const movedOn = !before.discussedAt && after.discussedAt && meeting.currentAgendaItemId === itemId;
    const current = movedOn ? nextCurrentAgendaItemId(await listAgendaItems(tx.db, meetingId), itemId) : null;
    if (movedOn) await storeCurrentAgendaItem(tx.db, meetingId, current);
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'agenda_item',
      entityId: itemId,
      mesaId: meeting.mesaId,
      action: 'update',
      before: { notes: before.notes, discussedAt: before.discussedAt },
      after: {
        notes: after.notes,
        discussedAt: after.discussedAt,
        ...(movedOn ? { currentAgendaItemId: current } : {}),
      },
      requestId: tx.requestId,
    });
    await notifyMeetingEvent(
      tx.db,
      meetingId,
      { type: 'agenda_item.updated', agendaItemId: itemId },
      meeting.mesaId,
    );
    if (movedOn) await notifyMeetingEvent(tx.db, meetingId, { type: 'current_item.changed' }, meeting.mesaId);
    return after;
  });
}

export interface DecisionInput {
  text: string;
  agendaItemId?: string | null;
  problemId?: string | null;
}

/** Records a decision taken in a meeting that is being held. */
export function addDecision(ctx: CommandContext, meetingId: string, input: DecisionInput) {
  return inTransaction(ctx, async (tx) => {
    const meeting = await lockMeeting(tx.db, meetingId);
    if (!meeting) throw new AppError('NOT_FOUND');
    assertOpen(meeting);
    if (meeting.state !== 'in_progress') {
      throw new AppError('CONFLICT', { reason: 'meeting_not_started', state: meeting.state });
    }
    const issues: FieldIssue[] = [];
    if (!input.text.trim()) issues.push({ path: 'text', key: 'fields.required' });
    let problemId = input.problemId ?? null;
    if (input.agendaItemId) {
      const item = await getAgendaItem(tx.db, meetingId, input.agendaItemId);
      if (!item) issues.push({ path: 'agendaItemId', key: 'fields.notAnAgendaItem' });
      else problemId ??= item.problemId;
    }
    if (input.problemId) {
      issues.push(...(await problemIssues(tx, meeting.mesaId, [{ id: input.problemId, path: 'problemId' }])));
    }
    if (issues.length) invalidFields(issues);
    const row = await insertDecision(tx.db, {
      meetingId,
      agendaItemId: input.agendaItemId ?? null,
      problemId,
      text: input.text.trim(),
      createdBy: tx.actor.userId || null,
    });
    await touchMeeting(tx.db, meetingId);
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'decision',
      entityId: row.id,
      mesaId: meeting.mesaId,
      action: 'create',
      after: row,
      requestId: tx.requestId,
    });
    await notifyMeetingEvent(
      tx.db,
      meetingId,
      { type: 'decision.created', decisionId: row.id },
      meeting.mesaId,
    );
    return row;
  });
}

/** Withdraws a decision recorded by mistake, while the meeting is not closed. */
export function removeDecision(ctx: CommandContext, meetingId: string, decisionId: string) {
  return inTransaction(ctx, async (tx) => {
    const meeting = await lockMeeting(tx.db, meetingId);
    if (!meeting) throw new AppError('NOT_FOUND');
    assertOpen(meeting);
    const before = await getDecision(tx.db, meetingId, decisionId);
    if (!before) throw new AppError('NOT_FOUND');
    // Queued while the decision still exists, so the notice takes its problem's visibility; it is
    // delivered only when this transaction commits.
    await notifyMeetingEvent(tx.db, meetingId, { type: 'decision.deleted', decisionId }, meeting.mesaId);
    await deleteDecisionRow(tx.db, decisionId);
    await touchMeeting(tx.db, meetingId);
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'decision',
      entityId: decisionId,
      mesaId: meeting.mesaId,
      action: 'delete',
      before,
      requestId: tx.requestId,
    });
  });
}

/**
 * Closes a meeting that is being held: invitees whose attendance was not recorded are recorded absent,
 * and the minutes are built from the record in the Mesa's language and frozen as version 1.
 */
