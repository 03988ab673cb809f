import { recordAudit } from '../db/audit';
import {
  type Commitment,
  type CommitmentReport,
  getCommitment,
  insertCommitment,
  insertCommitmentReport,
  insertDueChange,
  lockCommitment,
  type NewCommitment,
  personInMesa,
  problemRef,
  solutionRef,
  updateCommitmentRow,
} from '../db/queries/commitments';
import { notifyMatrixEvent } from '../db/queries/matrix-events';
import { type MeetingEventType, notifyMeetingEvent } from '../db/queries/meetings-events';
import { getMesa } from '../db/queries/mesas';
import { type Actor, canSee } from '../domain/access';
import { isCalendarDay, todayIn } from '../domain/calendar-days';
import {
  assertCommitmentTransition,
  assertDueMoveReason,
  assertNewDueOn,
  type CommitmentStatus,
} from '../domain/commitments';
import { AppError, assertVersion, invalid } from '../domain/errors';
import type { MesaRole, Visibility } from '../domain/roles';
import { auditActor, type CommandContext, inTransaction } from './context';
import { tellFollowers } from './follows';
import {
  meetingOfMesa,
  organizationsExist,
  type PersonOfMesa,
  personOfMesa,
  problemOfMesa,
} from './references';

/** The Mesa's time zone, else the deployment's: its due days and "today" are read there. */
async function zoneOf(ctx: CommandContext, mesaId: string): Promise<string> {
  const found = await getMesa(ctx.db, mesaId);
  return found?.mesa.timeZone ?? ctx.timeZone ?? 'UTC';
}

export interface CommitmentInput {
  /** Who commits: a person who currently takes part in the Mesa. */
  personId: string;
  /** The entity that commits; by default the one the person represents in the Mesa. */
  organizationId?: string | null;
  text: string;
  /** The calendar day it is due (YYYY-MM-DD), in the Mesa's time zone; not in the past. */
  dueOn: string;
  problemId?: string | null;
  solutionId?: string | null;
  /** The meeting where it was agreed: a meeting of the Mesa that is not closed. */
  meetingId?: string | null;
  visibility?: Visibility;
}

export interface CommitmentChanges {
  text?: string;
  dueOn?: string;
  personId?: string;
  organizationId?: string | null;
  problemId?: string | null;
  solutionId?: string | null;
  visibility?: Visibility;
  status?: CommitmentStatus;
  /** Why it was cancelled, reopened or its deadline moved (required for those changes). */
  reason?: string | null;
}

type Owner = PersonOfMesa;

/** The organization the person represents in the Mesa: who designated them, else their own. */
function representedOrganization(owner: Owner): string | null {
  return owner.participations.find((p) => p.designatedById)?.designatedById ?? owner.organizationId;
}

/**
 * The problem and solution a commitment is about: both must belong to the Mesa (and the problem be
 * visible to the actor); a solution must be one of the problem's, and names the problem when none is.
 */
async function checkLinks(
  ctx: CommandContext,
  mesaId: string,
  problemId: string | null | undefined,
  solutionId: string | null | undefined,
): Promise<{ problemId: string | null; solutionId: string | null }> {
  let problem = problemId ?? null;
  if (problem) await problemOfMesa(ctx, mesaId, problem);
  if (solutionId) {
    const found = await solutionRef(ctx.db, solutionId);
    if (!found || found.mesaId !== mesaId) invalid('solutionId', 'fields.notASolutionOfTheMesa');
    if (problem && found.problemId !== problem) invalid('solutionId', 'fields.notASolutionOfTheProblem');
    if (!problem) {
      const parent = await problemRef(ctx.db, found.problemId);
      if (!parent || !canSee(ctx.actor, parent.visibility, mesaId)) {
        invalid('solutionId', 'fields.notASolutionOfTheMesa');
      }
      problem = found.problemId;
    }
  }
  return { problemId: problem, solutionId: solutionId ?? null };
}

/** A meeting of the Mesa, visible to the actor and not closed (its record is frozen). */
async function checkMeeting(ctx: CommandContext, mesaId: string, meetingId: string, path = 'meetingId') {
  const meeting = await meetingOfMesa(ctx, mesaId, meetingId, path);
  if (meeting.state === 'closed') invalid(path, 'fields.meetingClosed');
  return meeting;
}

/**
 * The visibility of a commitment: the actor must be able to see what they file, and so must the person
 * who commits (nobody is held to a commitment they cannot read).
 */
function checkVisibility(ctx: CommandContext, mesaId: string, visibility: Visibility, owner: Owner) {
  if (!canSee(ctx.actor, visibility, mesaId)) invalid('visibility', 'fields.notVisibleToYou');
  const ownerActor: Actor = {
    userId: '',
    personId: owner.id,
    globalRole: owner.globalRole,
    mesaRoles: new Map<string, MesaRole[]>([[mesaId, owner.participations.map((p) => p.role)]]),
  };
  if (!canSee(ownerActor, visibility, mesaId)) invalid('visibility', 'fields.ownerCouldNotSee');
}

/**
 * Tells the live pages of the meetings concerned that a commitment changed: the notice is issued in the
 * command's transaction, so it is delivered when the change commits and never for one rolled back.
 */
async function announce(
  tx: CommandContext,
  type: MeetingEventType,
  c: { id: string; mesaId: string; visibility: Visibility },
  meetingIds: (string | null | undefined)[],
) {
  for (const meetingId of new Set(meetingIds.filter((m): m is string => Boolean(m)))) {
    await notifyMeetingEvent(
      tx.db,
      meetingId,
      { type, commitmentId: c.id, visibility: c.visibility },
      c.mesaId,
    );
  }
}

/**
 * Tells the open Matrices that a commitment on a problem changed. The Matrix shows, of the open
 * commitments of each problem that the reader may see, how many there are and the one due first: the
 * notice goes to those who may see the commitment (now, or before the change). Which problems circle
 * depends on the commitments done whatever their visibility: a commitment done or no longer done is
 * told to everyone who sees its problem.
 */
async function announceToMatrix(
  tx: CommandContext,
  before: Pick<Commitment, 'problemId' | 'status' | 'visibility'> | null,
  after: Pick<Commitment, 'mesaId' | 'problemId' | 'status' | 'visibility'>,
) {
  const doneChanged = before !== null && (before.status === 'done') !== (after.status === 'done');
  const record = doneChanged
    ? undefined
    : { visibility: after.visibility, ...(before ? { previousVisibility: before.visibility } : {}) };
  for (const problemId of new Set([before?.problemId, after.problemId])) {
    if (!problemId) continue;
    await notifyMatrixEvent(tx.db, after.mesaId, {
      type: 'commitments.changed',
      problemId,
      ...(record ? { record } : {}),
    });
  }
}

/** Records a commitment in a Mesa: who (person and entity), what, by when, about what, agreed where. */
export function createCommitment(
  ctx: CommandContext,
  mesaId: string,
  input: CommitmentInput,
  now: Date = new Date(),
): Promise<Commitment> {
  return inTransaction(ctx, async (tx) => {
    const mesa = await getMesa(tx.db, mesaId);
    if (!mesa) throw new AppError('NOT_FOUND');
    const text = input.text?.trim();
    if (!text) invalid('text', 'fields.required');
    assertNewDueOn(input.dueOn, now, mesa.mesa.timeZone ?? tx.timeZone ?? 'UTC');
    const owner = await personOfMesa(tx, mesaId, input.personId);
    let organizationId = input.organizationId ?? null;
    if (organizationId) await organizationsExist(tx, [organizationId], () => 'organizationId');
    else if (input.organizationId === undefined) organizationId = representedOrganization(owner);
    const links = await checkLinks(tx, mesaId, input.problemId, input.solutionId);
    if (input.meetingId) await checkMeeting(tx, mesaId, input.meetingId);
    const visibility = input.visibility ?? 'members';
    checkVisibility(tx, mesaId, visibility, owner);
    const row = await insertCommitment(tx.db, {
      mesaId,
      personId: owner.id,
      organizationId,
      text,
      dueOn: input.dueOn,
      ...links,
      meetingId: input.meetingId ?? null,
      visibility,
      createdBy: tx.actor.userId || null,
    });
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'commitment',
      entityId: row.id,
      mesaId,
      action: 'create',
      after: row,
      requestId: tx.requestId,
    });
    await announce(tx, 'commitment.created', row, [row.meetingId]);
    await announceToMatrix(tx, null, row);
    return row;
  });
}

/**
 * Edits a commitment: its text, due day, owner, links, visibility, and its status (done, cancelled
 * with a reason, reopened with a reason; the rules of src/domain/commitments.ts). `version` must match
 * the stored one or nothing is written (409 STALE_WRITE). Marking it done records when.
 */
export function updateCommitment(
  ctx: CommandContext,
  id: string,
  version: number,
  changes: CommitmentChanges,
  now: Date = new Date(),
): Promise<Commitment> {
  return inTransaction(ctx, async (tx) => {
    const before = await lockCommitment(tx.db, id);
    if (!before) throw new AppError('NOT_FOUND');
    assertVersion(before.version, version);
    const { mesaId } = before;
    const values: Partial<NewCommitment> = {};
    if (changes.text !== undefined) {
      const text = changes.text.trim();
      if (!text) invalid('text', 'fields.required');
      values.text = text;
    }
    let dueMoveReason: string | null = null;
    if (changes.dueOn !== undefined && changes.dueOn !== before.dueOn) {
      // A new deadline is a fixed date ahead, like the first one, and the move is explained and kept:
      // the on-time record still counts the date first agreed.
      assertNewDueOn(changes.dueOn, now, await zoneOf(tx, mesaId));
      dueMoveReason = assertDueMoveReason(changes.reason);
      values.dueOn = changes.dueOn;
      values.originalDueOn = before.originalDueOn ?? before.dueOn;
    }
    // A new owner must take part in the Mesa; the current one may have left it since.
    const owner =
      changes.personId !== undefined
        ? await personOfMesa(tx, mesaId, changes.personId)
        : before.personId
          ? await personInMesa(tx.db, mesaId, before.personId)
          : null;
    if (changes.personId !== undefined) values.personId = changes.personId;
    if (changes.organizationId !== undefined) {
      if (changes.organizationId) {
        await organizationsExist(tx, [changes.organizationId], () => 'organizationId');
      }
      values.organizationId = changes.organizationId;
    } else if (changes.personId !== undefined && changes.personId !== before.personId && owner) {
      values.organizationId = representedOrganization(owner);
    }
    if (changes.problemId !== undefined || changes.solutionId !== undefined) {
      const problemId = changes.problemId !== undefined ? changes.problemId : before.problemId;
      // A solution of the former problem does not follow the commitment to another problem.
      const solutionId =
        changes.solutionId !== undefined
          ? changes.solutionId
          : problemId === before.problemId
            ? before.solutionId
            : null;
      Object.assign(values, await checkLinks(tx, mesaId, problemId, solutionId));
    }
    const visibility = changes.visibility ?? before.visibility;
    if (changes.visibility !== undefined) values.visibility = changes.visibility;
    if (
      owner?.participations.length &&
      (changes.visibility !== undefined || changes.personId !== undefined)
    ) {
      checkVisibility(tx, mesaId, visibility, owner);
    }
    if (changes.status !== undefined && changes.status !== before.status) {
      const reason = changes.reason?.trim() || null;
      assertCommitmentTransition(before.status, changes.status, reason);
      values.status = changes.status;
      values.statusReason = reason;
      values.completedAt = changes.status === 'done' ? now : null;
    }
    const after = await updateCommitmentRow(tx.db, id, values);
    const dueChange = dueMoveReason
      ? await insertDueChange(tx.db, {
          commitmentId: id,
          fromDueOn: before.dueOn,
          toDueOn: after.dueOn,
          reason: dueMoveReason,
          changedBy: tx.actor.userId || null,
          changedAt: now,
        })
      : null;
    if (values.status) {
      const change = { from: before.status, to: after.status, reason: after.statusReason };
      await tellFollowers(tx, { commitmentId: id }, 'commitment_status', change);
    }
    if (dueChange) {
      const change = { from: dueChange.fromDueOn, to: dueChange.toDueOn, reason: dueChange.reason };
      await tellFollowers(tx, { commitmentId: id }, 'commitment_due', change);
    }
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'commitment',
      entityId: id,
      mesaId,
      action: values.status ? 'transition' : dueChange ? 'reschedule' : 'update',
      before,
      after: dueChange ? { ...after, dueChange } : after,
      requestId: tx.requestId,
    });
    await announce(tx, 'commitment.updated', after, [after.meetingId]);
    await announceToMatrix(tx, before, after);
    return after;
  });
}

export interface ProgressInput {
  text: string;
  /** The day the progress is reported for; today (deployment time zone) by default, never later. */
  reportedOn?: string;
  /** The meeting where it was reported: a meeting of the Mesa that is not closed. */
  meetingId?: string | null;
}

/**
 * Appends a progress report to a commitment's log, by the acting person. The log is append-only: there
 * is no command to edit or delete a report.
 */
export function reportProgress(
  ctx: CommandContext,
  commitmentId: string,
  input: ProgressInput,
  now: Date = new Date(),
): Promise<CommitmentReport> {
  return inTransaction(ctx, async (tx) => {
    const commitment = await getCommitment(tx.db, commitmentId);
    if (!commitment) throw new AppError('NOT_FOUND');
    const text = input.text?.trim();
    if (!text) invalid('text', 'fields.required');
    const today = todayIn(now, await zoneOf(tx, commitment.mesaId));
    const reportedOn = input.reportedOn ?? today;
    if (!isCalendarDay(reportedOn)) invalid('reportedOn', 'fields.calendarDay');
    if (reportedOn > today) invalid('reportedOn', 'fields.notInTheFuture');
    if (input.meetingId) await checkMeeting(tx, commitment.mesaId, input.meetingId);
    const report = await insertCommitmentReport(tx.db, {
      commitmentId,
      text,
      reportedOn,
      personId: tx.actor.personId,
      meetingId: input.meetingId ?? null,
      createdBy: tx.actor.userId || null,
    });
    await tellFollowers(tx, { commitmentId }, 'commitment_progress', {
      text: report.text,
      reportedOn: report.reportedOn,
    });
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'commitment',
      entityId: commitmentId,
      mesaId: commitment.mesaId,
      action: 'report',
      after: report,
      requestId: tx.requestId,
    });
    await announce(tx, 'commitment.updated', commitment, [report.meetingId, commitment.meetingId]);
    return report;
  });
}
