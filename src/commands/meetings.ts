import { recordAudit } from '../db/audit';
import { loadAgenda } from '../db/queries/agenda';
import {
  type CurrentParticipant,
  currentParticipants,
  deleteDecisionRow,
  deleteMeetingParticipants,
  deleteMeetingRow,
  getAgendaItem,
  getDecision,
  getMinutesVersion,
  insertAgendaItems,
  insertDecision,
  insertMeeting,
  insertMeetingParticipants,
  insertMinutesVersion,
  listAgendaItems,
  listMeetingProblems,
  lockMeeting,
  type Meeting,
  markUnrecordedAbsent,
  maxSessionNumber,
  meetingParticipantRows,
  type NewMeeting,
  problemIdsInMesa,
  replaceMeetingProblems,
  touchMeeting,
  updateAgendaItemRow,
  updateMeetingParticipant,
  updateMeetingRow,
} from '../db/queries/meetings';
import { notifyMeetingEvent } from '../db/queries/meetings-events';
import { loadMinutesRecord } from '../db/queries/meetings-minutes';
import { lockMesa } from '../db/queries/mesas';
import { canSee } from '../domain/access';
import { DEFAULT_TIME_ZONE } from '../domain/calendar-days';
import { dateInZone } from '../domain/dates';
import { AppError, assertVersion, type FieldIssue, invalidFields } from '../domain/errors';
import { audienceVisibilities, inMeetingAudience, invitedByDefault } from '../domain/meeting-audience';
import {
  type AttendanceStatus,
  assertMeetingTransition,
  assertRecordChange,
  isEarlyStart,
  isRecordFrozen,
  isSession,
  type MeetingKind,
  meetingScheduleIssues,
  nextCurrentAgendaItemId,
  nextMinutesVersion,
  nextSessionNumber,
} from '../domain/meetings';
import { buildMinutes, type MinutesDocument, type MinutesSectionId } from '../domain/minutes';
import type { Visibility } from '../domain/roles';
import { teamRoles } from '../domain/roles';
import { translator } from '../i18n';
import { queueMeetingInvitations, queueMinutes } from '../mail/messages';
import { agendaItemRow } from './agenda';
import { auditActor, type CommandContext, inTransaction } from './context';
import { storeCurrentAgendaItem } from './meeting-current';
import { problemIssues } from './references';

export interface MeetingInput {
  kind: MeetingKind;
  title?: string;
  startsAt: Date;
  endsAt: Date;
  /** IANA time zone; the deployment's by default. */
  timeZone?: string;
  place?: string;
  onlineUrl?: string | null;
  visibility?: Visibility;
  publicSectorOnly?: boolean;
  moderatorPersonId?: string | null;
  problemIds?: string[];
  /** Person ids; for a session, every current participant of the Mesa by default. */
  invitees?: string[];
  /** `scheduled` (announced) by default, or `draft`. */
  state?: 'draft' | 'scheduled';
}

export type MeetingChanges = Partial<Omit<MeetingInput, 'kind'>> & { notes?: string };

/** Throws MEETING_CLOSED when the meeting's record is frozen. */
function assertOpen(meeting: Meeting) {
  if (isRecordFrozen(meeting.state)) throw new AppError('MEETING_CLOSED', { state: meeting.state });
}

function today(ctx: CommandContext, now = new Date()) {
  return dateInZone(now, ctx.timeZone ?? DEFAULT_TIME_ZONE);
}

interface MeetingShape {
  kind: MeetingKind;
  visibility: Visibility;
  publicSectorOnly: boolean;
}

/**
 * Checks the people, moderator and problems of a meeting against the Mesa, adding field issues:
 * the moderator must be on the dedicated team, invitees current participants in the meeting's
 * audience, and problems of the Mesa.
 */
async function checkReferences(
  ctx: CommandContext,
  mesaId: string,
  shape: MeetingShape,
  input: { moderatorPersonId?: string | null; problemIds?: string[]; invitees?: string[] },
  issues: FieldIssue[],
) {
  const participants = await currentParticipants(ctx.db, mesaId, today(ctx));
  const byPerson = new Map(participants.map((p) => [p.personId, p]));
  if (input.moderatorPersonId) {
    const moderator = byPerson.get(input.moderatorPersonId);
    if (!moderator?.roles.some((r) => teamRoles.includes(r))) {
      issues.push({ path: 'moderatorPersonId', key: 'fields.moderatorOnTeam' });
    }
  }
  input.invitees?.forEach((personId, i) => {
    const p = byPerson.get(personId);
    if (!p) issues.push({ path: `invitees.${i}`, key: 'fields.notAParticipant' });
    else if (!inMeetingAudience(p.roles, shape)) {
      issues.push({ path: `invitees.${i}`, key: 'fields.mayNotSeeMeeting' });
    }
  });
  if (input.problemIds?.length) {
    const found = await problemIdsInMesa(ctx.db, mesaId, input.problemIds);
    input.problemIds.forEach((id, i) => {
      const visibility = found.get(id);
      if (!visibility || !canSee(ctx.actor, visibility, mesaId)) {
        issues.push({ path: `problemIds.${i}`, key: 'fields.notAProblemOfTheMesa' });
      }
    });
  }
  return byPerson;
}

function checkVisibility(
  ctx: CommandContext,
  mesaId: string,
  visibility: Visibility | undefined,
  issues: FieldIssue[],
) {
  // Nobody files a record they could not see themselves.
  if (visibility && !canSee(ctx.actor, visibility, mesaId)) {
    issues.push({ path: 'visibility', key: 'fields.notVisibleToYou' });
  }
}

function participantRow(meetingId: string, p: CurrentParticipant | undefined, personId: string) {
  return { meetingId, personId, organizationId: p?.organizationId ?? null, invited: true };
}

/** Plans a meeting of a Mesa; a session gets its number when it starts. */
export function createMeeting(ctx: CommandContext, mesaId: string, input: MeetingInput): Promise<Meeting> {
  return inTransaction(ctx, async (tx) => {
    const mesa = await lockMesa(tx.db, mesaId);
    if (!mesa) throw new AppError('NOT_FOUND');
    const shape: MeetingShape = {
      kind: input.kind,
      visibility: input.visibility ?? 'members',
      publicSectorOnly: input.publicSectorOnly ?? false,
    };
    // A new meeting is held in its Mesa's time zone unless told otherwise.
    const timeZone = input.timeZone ?? mesa.timeZone ?? tx.timeZone ?? DEFAULT_TIME_ZONE;
    const issues = meetingScheduleIssues({ ...input, ...shape, timeZone });
    checkVisibility(tx, mesaId, input.visibility, issues);
    const problemIds = [...new Set(input.problemIds ?? [])];
    const participants = await checkReferences(tx, mesaId, shape, input, issues);
    if (issues.length) invalidFields(issues);

    const invitees =
      input.invitees ??
      (input.kind === 'session'
        ? [...participants.values()].filter((p) => invitedByDefault(p, shape)).map((p) => p.personId)
        : []);
    const values: NewMeeting = {
      mesaId,
      kind: input.kind,
      // A session is numbered when it is held (startMeeting), in the order sessions are held.
      number: null,
      title: input.title?.trim() ?? '',
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      timeZone,
      place: input.place?.trim() ?? '',
      onlineUrl: input.onlineUrl?.trim() || null,
      publicSectorOnly: shape.publicSectorOnly,
      visibility: shape.visibility,
      state: input.state ?? 'scheduled',
      moderatorPersonId: input.moderatorPersonId ?? null,
      createdBy: tx.actor.userId || null,
    };
    const row = await insertMeeting(tx.db, values);
    const uniqueInvitees = [...new Set(invitees)];
    await insertMeetingParticipants(
      tx.db,
      uniqueInvitees.map((personId) => participantRow(row.id, participants.get(personId), personId)),
    );
    await replaceMeetingProblems(tx.db, row.id, problemIds);
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'meeting',
      entityId: row.id,
      mesaId,
      action: 'create',
      after: { ...row, invitees: uniqueInvitees, problemIds },
      requestId: tx.requestId,
    });
    await queueMeetingInvitations(tx, row.id);
    return row;
  });
}

/** Replaces the invitees: the removed keep their row (not invited) if their attendance was recorded. */
async function replaceInvitees(
  ctx: CommandContext,
  meetingId: string,
  invitees: readonly string[],
  participants: Map<string, CurrentParticipant>,
) {
  const rows = await meetingParticipantRows(ctx.db, meetingId);
  const wanted = new Set(invitees);
  const existing = new Map(rows.map((r) => [r.personId, r]));
  const drop: string[] = [];
  for (const r of rows) {
    if (wanted.has(r.personId)) {
      if (!r.invited) await updateMeetingParticipant(ctx.db, meetingId, r.personId, { invited: true });
    } else if (r.attendance) {
      if (r.invited) await updateMeetingParticipant(ctx.db, meetingId, r.personId, { invited: false });
    } else drop.push(r.personId);
  }
  await deleteMeetingParticipants(ctx.db, meetingId, drop);
  await insertMeetingParticipants(
    ctx.db,
    [...wanted]
      .filter((id) => !existing.has(id))
      .map((personId) => participantRow(meetingId, participants.get(personId), personId)),
  );
  return rows.filter((r) => r.invited).map((r) => r.personId);
}

/**
 * Edits a meeting; `version` must match the stored one or nothing is written (409 STALE_WRITE). A
 * closed meeting answers MEETING_CLOSED: its record is frozen, corrections are new minutes versions.
 * `state` may move between `draft` and `scheduled`; starting and closing have their own commands.
 */
export function updateMeeting(
  ctx: CommandContext,
  id: string,
  version: number,
  changes: MeetingChanges,
): Promise<Meeting> {
  return inTransaction(ctx, async (tx) => {
    const before = await lockMeeting(tx.db, id);
    if (!before) throw new AppError('NOT_FOUND');
    assertOpen(before);
    assertVersion(before.version, version);
    if (changes.state && changes.state !== before.state) assertMeetingTransition(before.state, changes.state);
    const shape: MeetingShape = {
      kind: before.kind,
      visibility: changes.visibility ?? before.visibility,
      publicSectorOnly: changes.publicSectorOnly ?? before.publicSectorOnly,
    };
    const issues = meetingScheduleIssues({
      ...shape,
      startsAt: changes.startsAt ?? before.startsAt,
      endsAt: changes.endsAt ?? before.endsAt,
      timeZone: changes.timeZone ?? before.timeZone,
      onlineUrl: changes.onlineUrl === undefined ? before.onlineUrl : changes.onlineUrl,
    });
    checkVisibility(tx, before.mesaId, changes.visibility, issues);
    const participants = await checkReferences(tx, before.mesaId, shape, changes, issues);
    // A narrower audience must not leave people invited who could no longer see the meeting.
    const audienceChanged =
      shape.visibility !== before.visibility || shape.publicSectorOnly !== before.publicSectorOnly;
    if (audienceChanged && !changes.invitees) {
      const invited = (await meetingParticipantRows(tx.db, id)).filter((r) => r.invited);
      const outside = invited.filter((r) => {
        const p = participants.get(r.personId);
        return p && !inMeetingAudience(p.roles, shape);
      });
      if (outside.length) {
        issues.push({
          path: 'invitees',
          key: 'fields.inviteesOutsideAudience',
          params: { invitees: outside.length },
        });
      }
    }
    if (issues.length) invalidFields(issues);

    const values: Partial<NewMeeting> = {};
    if (changes.title !== undefined) values.title = changes.title.trim();
    if (changes.startsAt !== undefined) values.startsAt = changes.startsAt;
    if (changes.endsAt !== undefined) values.endsAt = changes.endsAt;
    if (changes.timeZone !== undefined) values.timeZone = changes.timeZone;
    if (changes.place !== undefined) values.place = changes.place.trim();
    if (changes.onlineUrl !== undefined) values.onlineUrl = changes.onlineUrl?.trim() || null;
    if (changes.visibility !== undefined) values.visibility = changes.visibility;
    if (changes.publicSectorOnly !== undefined) values.publicSectorOnly = changes.publicSectorOnly;
    if (changes.moderatorPersonId !== undefined) values.moderatorPersonId = changes.moderatorPersonId;
    if (changes.notes !== undefined) values.notes = changes.notes;
    if (changes.state !== undefined) values.state = changes.state;
    const after = await updateMeetingRow(tx.db, id, values);

    const audit: Record<string, unknown> = {};
    if (changes.invitees) {
      audit.inviteesBefore = await replaceInvitees(tx, id, changes.invitees, participants);
      audit.invitees = [...new Set(changes.invitees)];
    }
    if (changes.problemIds) {
      audit.problemIdsBefore = (await listMeetingProblems(tx.db, id)).map((p) => p.id);
      audit.problemIds = [...new Set(changes.problemIds)];
      await replaceMeetingProblems(tx.db, id, audit.problemIds as string[]);
    }
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'meeting',
      entityId: id,
      mesaId: before.mesaId,
      action: 'update',
      before,
      after: { ...after, ...audit },
      requestId: tx.requestId,
    });
    await notifyMeetingEvent(tx.db, id, { type: 'meeting.updated' }, before.mesaId);
    // Invites people added, and sends an update when the time or the place changed.
    await queueMeetingInvitations(tx, id);
    return after;
  });
}

/** Deletes a meeting that will not take place (still `draft` or `scheduled`). */
export function deleteMeeting(ctx: CommandContext, id: string): Promise<void> {
  return inTransaction(ctx, async (tx) => {
    const before = await lockMeeting(tx.db, id);
    if (!before) throw new AppError('NOT_FOUND');
    assertOpen(before);
    if (before.state === 'in_progress') {
      throw new AppError('CONFLICT', { reason: 'meeting_in_progress', state: before.state });
    }
    await deleteMeetingRow(tx.db, id);
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'meeting',
      entityId: id,
      mesaId: before.mesaId,
      action: 'delete',
      before,
      requestId: tx.requestId,
    });
    await notifyMeetingEvent(tx.db, id, { type: 'meeting.deleted' }, before.mesaId);
  });
}

/**
 * Starts the meeting (live session mode). The agenda is saved as it stands — the draft generated from
 * the Matrix when it was never edited — so that notes can be taken per item. A session takes the next
 * number of its Mesa now: sessions are numbered in the order they are held. Starting one more than a
 * day before its scheduled day needs `confirmEarly` (409 EARLY_START_UNCONFIRMED otherwise).
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
export function closeMeeting(
  ctx: CommandContext,
  id: string,
  now = new Date(),
  options: { version?: number } = {},
) {
  return inTransaction(ctx, async (tx) => {
    const before = await lockMeeting(tx.db, id);
    if (!before) throw new AppError('NOT_FOUND');
    assertVersion(before.version, options.version);
    assertOpen(before);
    assertMeetingTransition(before.state, 'closed');
    const absent = await markUnrecordedAbsent(tx.db, id, now);
    const after = await updateMeetingRow(tx.db, id, { state: 'closed', closedAt: now });
    const { record, locale } = await loadMinutesRecord(tx.db, after, now);
    const document = buildMinutes(
      { ...record, version: { number: 1, reason: null } },
      translator(locale),
      locale,
    );
    const minutes = await insertMinutesVersion(tx.db, {
      meetingId: id,
      number: 1,
      locale,
      content: document,
      reason: null,
      visibility: after.visibility,
      createdBy: tx.actor.userId || null,
      createdAt: now,
    });
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'meeting',
      entityId: id,
      mesaId: before.mesaId,
      action: 'close',
      before: { state: before.state, closedAt: before.closedAt },
      after: {
        state: after.state,
        closedAt: after.closedAt,
        recordedAbsent: absent.map((a) => a.personId),
        minutesVersion: 1,
      },
      requestId: tx.requestId,
    });
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'minutes',
      entityId: minutes.id,
      mesaId: before.mesaId,
      action: 'create',
      after: minutes,
      requestId: tx.requestId,
    });
    await notifyMeetingEvent(tx.db, id, { type: 'meeting.closed' }, before.mesaId);
    await notifyMeetingEvent(tx.db, id, { type: 'minutes.created', minutesVersion: 1 }, before.mesaId);
    await queueMinutes(tx, id, now);
    return { meeting: after, minutes };
  });
}

export interface MinutesCorrection {
  /** Why the minutes are corrected; required, and shown in the new version. */
  reason: string;
  /** The whole corrected document, replacing the previous version's. */
  content?: MinutesDocument;
  /** Corrected rows of some sections; the other sections stay as they were. */
  sections?: { id: MinutesSectionId; rows: string[][] }[];
  /** Who may read this version (e.g. `public` to publish it); the previous version's by default. */
  visibility?: Visibility;
}

/**
 * Corrects the minutes of a closed meeting: a new version (n + 1) with its reason; the earlier
 * versions stay as they were.
 */
export function correctMinutes(ctx: CommandContext, meetingId: string, input: MinutesCorrection) {
  return inTransaction(ctx, async (tx) => {
    const meeting = await lockMeeting(tx.db, meetingId);
    if (!meeting) throw new AppError('NOT_FOUND');
    assertRecordChange(meeting.state, { asCorrection: true, reason: input.reason });
    const previous = await getMinutesVersion(tx.db, meetingId);
    if (!previous) throw new AppError('CONFLICT', { reason: 'no_minutes' });
    const base = (input.content ?? previous.version.content) as MinutesDocument;
    const issues: FieldIssue[] = [];
    const sections = base.sections.map((s) => ({ ...s }));
    input.sections?.forEach((change, i) => {
      const section = sections.find((s) => s.id === change.id);
      if (!section) {
        issues.push({ path: `sections.${i}.id`, key: 'fields.noSuchMinutesSection' });
        return;
      }
      change.rows.forEach((row, r) => {
        if (row.length !== section.columns.length) {
          issues.push({
            path: `sections.${i}.rows.${r}`,
            key: 'fields.cellCount',
            params: { cells: section.columns.length },
          });
        }
      });
      section.rows = change.rows;
    });
    input.content?.sections.forEach((s, i) => {
      s.rows.forEach((row, r) => {
        if (row.length !== s.columns.length) {
          issues.push({
            path: `content.sections.${i}.rows.${r}`,
            key: 'fields.cellCount',
            params: { cells: s.columns.length },
          });
        }
      });
    });
    checkVisibility(tx, meeting.mesaId, input.visibility, issues);
    if (issues.length) invalidFields(issues);

    const number = nextMinutesVersion([previous.version.number]);
    const t = translator(base.locale);
    const reason = input.reason.trim();
    const versionLabel = t('minutesDoc.meta.version');
    const content: MinutesDocument = {
      ...base,
      meta: [
        ...base.meta.filter((m) => m.label !== versionLabel),
        { label: versionLabel, value: t('minutesDoc.correction', { number, reason }) },
      ],
      sections,
    };
    const row = await insertMinutesVersion(tx.db, {
      meetingId,
      number,
      locale: base.locale,
      content,
      reason,
      visibility: input.visibility ?? previous.version.visibility,
      createdBy: tx.actor.userId || null,
    });
    await touchMeeting(tx.db, meetingId);
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'minutes',
      entityId: row.id,
      mesaId: meeting.mesaId,
      action: 'correct',
      before: { number: previous.version.number, content: previous.version.content },
      after: row,
      requestId: tx.requestId,
    });
    await notifyMeetingEvent(
      tx.db,
      meetingId,
      { type: 'minutes.created', minutesVersion: number },
      meeting.mesaId,
    );
    await queueMinutes(tx, meetingId);
    return row;
  });
}
