import { recordAudit } from '../db/audit';
import {
  type CurrentParticipant,
  currentParticipants,
  deleteMeetingParticipants,
  deleteMeetingRow,
  insertMeeting,
  insertMeetingParticipants,
  listMeetingProblems,
  lockMeeting,
  type Meeting,
  meetingParticipantRows,
  type NewMeeting,
  problemIdsInMesa,
  replaceMeetingProblems,
  updateMeetingParticipant,
  updateMeetingRow,
} from '../db/queries/meetings';
import { notifyMeetingEvent } from '../db/queries/meetings-events';
import { lockMesa } from '../db/queries/mesas';
import { canSee } from '../domain/access';
import { DEFAULT_TIME_ZONE } from '../domain/calendar-days';
import { dateInZone } from '../domain/dates';
import { AppError, assertVersion, type FieldIssue, invalidFields } from '../domain/errors';
import { inMeetingAudience, invitedByDefault } from '../domain/meeting-audience';
import {
  assertMeetingTransition,
  isRecordFrozen,
  type MeetingKind,
  meetingScheduleIssues,
} from '../domain/meetings';
import type { Visibility } from '../domain/roles';
import { teamRoles } from '../domain/roles';
import { queueMeetingInvitations } from '../mail/messages';
import { auditActor, type CommandContext, inTransaction } from './context';

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
export function assertOpen(meeting: Meeting) {
  if (isRecordFrozen(meeting.state)) throw new AppError('MEETING_CLOSED', { state: meeting.state });
}

/** Today in the context's time zone. */
export function today(ctx: CommandContext, now = new Date()) {
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

export function checkVisibility(
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
