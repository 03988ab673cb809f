import type { CommitmentReportRow, CommitmentRow, DueChangeRow } from '../../db/queries/commitments';
import { type Actor, canSee, canSeeMeeting, isAllowed } from '../../domain/access';
import {
  allowedCommitmentTransitions,
  completedOnTime,
  daysUntilDue,
  dueState,
  isOverdue,
} from '../../domain/commitments';
import type { MeetingKind } from '../../domain/meetings';
import { problemCode } from '../../domain/problem-code';
import type { Visibility } from '../../domain/roles';
import { ref } from './ref';

/** A meeting as a left join gives it: every field null when there is none. */
interface MeetingJoin {
  id: string | null;
  kind: MeetingKind | null;
  number: number | null;
  title: string | null;
  startsAt: Date | null;
  visibility: Visibility | null;
  publicSectorOnly: boolean | null;
}

function visibleMeeting(actor: Actor, mesaId: string, m: MeetingJoin | null) {
  const meeting = ref(m);
  if (!meeting?.visibility || meeting.publicSectorOnly === null) return null;
  if (
    !canSeeMeeting(actor, {
      mesaId,
      visibility: meeting.visibility,
      publicSectorOnly: meeting.publicSectorOnly,
    })
  )
    return null;
  return {
    id: meeting.id,
    kind: meeting.kind!,
    number: meeting.number,
    title: meeting.title ?? '',
    startsAt: meeting.startsAt!,
  };
}

/**
 * Whether the actor may report progress on a commitment: the team and the coordinating office on any,
 * a representative only on a commitment of their own.
 */
export function canReportOn(actor: Actor, c: { mesaId: string; personId: string | null }): boolean {
  if (!isAllowed(actor, 'commitment.report', c.mesaId)) return false;
  if (isAllowed(actor, 'commitment.manage', c.mesaId)) return true;
  return actor.personId !== null && actor.personId === c.personId;
}

/**
 * A commitment as the API shows it, with what is derived from its due day "now" in its Mesa's time
 * zone, or in `timeZone` (the deployment's) for a Mesa without one.
 */
export function presentCommitment(row: CommitmentRow, actor: Actor, now: Date, deploymentZone: string) {
  const c = row.commitment;
  const timeZone = row.mesa.timeZone ?? deploymentZone;
  const problem = ref(row.problem);
  const visibleProblem = problem?.visibility && canSee(actor, problem.visibility, c.mesaId) ? problem : null;
  return {
    id: c.id,
    mesa: { id: row.mesa.id, slug: row.mesa.slug, name: row.mesa.name, timeZone },
    person: ref(row.person),
    organization: ref(row.organization),
    text: c.text,
    dueOn: c.dueOn,
    originalDueOn: c.originalDueOn,
    status: c.status,
    statusReason: c.statusReason,
    completedAt: c.completedAt,
    completedOnTime: completedOnTime(c, timeZone),
    overdue: isOverdue(c, now, timeZone),
    dueState: dueState(c, now, timeZone),
    daysUntilDue: daysUntilDue(c, now, timeZone),
    problem: visibleProblem
      ? {
          id: visibleProblem.id,
          number: visibleProblem.number!,
          code: problemCode(visibleProblem.number),
          title: visibleProblem.title!,
        }
      : null,
    solutionId: visibleProblem ? c.solutionId : null,
    meeting: visibleMeeting(actor, c.mesaId, row.meeting),
    visibility: c.visibility,
    reportCount: row.reports?.count ?? 0,
    lastReport:
      row.reports?.lastOn && row.reports.lastText !== null
        ? { reportedOn: row.reports.lastOn, text: row.reports.lastText }
        : null,
    allowedTransitions: allowedCommitmentTransitions(c.status),
    can: {
      update: isAllowed(actor, 'commitment.manage', c.mesaId),
      report: canReportOn(actor, c),
    },
    version: c.version,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}

export function presentReport(r: CommitmentReportRow, actor: Actor, mesaId: string) {
  return {
    id: r.id,
    text: r.text,
    reportedOn: r.reportedOn,
    person: ref(r.person),
    meeting: visibleMeeting(actor, mesaId, r.meeting),
    createdAt: r.createdAt,
  };
}

export function presentDueChange(d: DueChangeRow) {
  return {
    id: d.id,
    fromDueOn: d.fromDueOn,
    toDueOn: d.toDueOn,
    reason: d.reason,
    person: ref(d.person),
    changedAt: d.changedAt,
  };
}
