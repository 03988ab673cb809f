import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/client';
import { agendaReferences, loadAgenda } from '../../db/queries/agenda';
import { type EscalationDecisionRef, escalationDecisionRefs } from '../../db/queries/escalations';
import {
  getMeetingHead,
  listDecisions,
  listMeetingCommitments,
  listMeetingParticipants,
  listMeetingProblems,
  listMinutesVersions,
  type Meeting,
} from '../../db/queries/meetings';
import { type Actor, canSee, isAllowed } from '../../domain/access';
import { agendaMinutes } from '../../domain/agenda';
import { type CommitmentStatus, dueState } from '../../domain/commitments';
import { AppError } from '../../domain/errors';
import { audienceVisibilities } from '../../domain/meeting-audience';
import {
  allowedMeetingTransitions,
  attendanceByOrganization,
  currentAgendaItemId,
  isRecordFrozen,
} from '../../domain/meetings';
import { problemCode } from '../../domain/problem-code';
import { requireAuth } from '../context';
import { ref } from './ref';

export function presentMeetingSummary(
  m: Meeting,
  moderator: { id: string | null; fullName: string | null } | null,
  counts: { invited: number; present: number },
) {
  return {
    id: m.id,
    mesaId: m.mesaId,
    kind: m.kind,
    number: m.number,
    title: m.title,
    startsAt: m.startsAt,
    endsAt: m.endsAt,
    timeZone: m.timeZone,
    place: m.place,
    onlineUrl: m.onlineUrl,
    visibility: m.visibility,
    publicSectorOnly: m.publicSectorOnly,
    state: m.state,
    moderator: moderator?.id ? { id: moderator.id, fullName: moderator.fullName ?? '' } : null,
    invitedCount: counts.invited,
    presentCount: counts.present,
    version: m.version,
    updatedAt: m.updatedAt,
  };
}

interface Clock {
  timeZone: string;
  now: Date;
}

function presentAgendaCommitment(
  c: {
    id: string;
    text: string;
    dueOn: string;
    status: CommitmentStatus;
    completedAt: Date | null;
    person: { id: string | null; fullName: string | null } | null;
    organization: { id: string | null; name: string | null; acronym: string | null } | null;
  },
  clock: Clock,
) {
  const person = ref(c.person);
  const organization = ref(c.organization);
  return {
    id: c.id,
    text: c.text,
    dueOn: c.dueOn,
    status: c.status,
    dueState: dueState(c, clock.now, clock.timeZone),
    person: person ? { id: person.id, fullName: person.fullName ?? '' } : null,
    organization: organization
      ? { id: organization.id, name: organization.name ?? '', acronym: organization.acronym }
      : null,
  };
}

/** The decision an agenda item reports, when the reader may see its escalation. */
function presentDecision(ref: EscalationDecisionRef | undefined) {
  return ref
    ? {
        id: ref.id,
        decision: ref.decision,
        decidedOn: ref.decidedOn,
        decidedBy: ref.decidedBy?.id
          ? { id: ref.decidedBy.id, fullName: ref.decidedBy.fullName ?? '' }
          : null,
      }
    : null;
}

/**
 * The agenda as the reader sees it: the saved one or the draft generated from the Matrix (of records
 * the meeting's whole audience may see), leaving out items about records the reader may not see.
 */
export async function presentAgenda(db: Db, meeting: Meeting, actor: Actor, clock: Clock) {
  const agenda = await loadAgenda(db, meeting, {
    ...clock,
    visibilities: audienceVisibilities(meeting.visibility),
  });
  const refs =
    agenda.references ??
    (await agendaReferences(
      db,
      [...new Set(agenda.items.map((i) => i.problemId).filter((id): id is string => !!id))],
      [...new Set(agenda.items.map((i) => i.commitmentId).filter((id): id is string => !!id))],
    ));
  const decisions = await escalationDecisionRefs(
    db,
    agenda.items.flatMap((i) => (i.escalationId ? [i.escalationId] : [])),
  );
  const items = agenda.items.flatMap((item) => {
    const problem = item.problemId ? refs.problems.get(item.problemId) : undefined;
    const commitment = item.commitmentId ? refs.commitments.get(item.commitmentId) : undefined;
    const decision = item.escalationId ? decisions.get(item.escalationId) : undefined;
    if (problem && !canSee(actor, problem.visibility, meeting.mesaId)) return [];
    if (commitment && !canSee(actor, commitment.visibility, meeting.mesaId)) return [];
    return [
      {
        id: item.id,
        key: item.key,
        position: item.position,
        kind: item.kind,
        reasons: item.reasons,
        title: item.title,
        minutes: item.minutes,
        notes: item.notes,
        discussedAt: item.discussedAt,
        problem: problem
          ? {
              id: problem.id,
              number: problem.number,
              code: problemCode(problem.number),
              title: problem.title,
              status: problem.status,
            }
          : null,
        commitment: commitment ? presentAgendaCommitment(commitment, clock) : null,
        feedbackId: item.feedbackId,
        escalationId: item.escalationId,
        escalation: presentDecision(
          decision && canSee(actor, decision.visibility, meeting.mesaId) ? decision : undefined,
        ),
      },
    ];
  });
  return { meetingId: meeting.id, generated: agenda.generated, totalMinutes: agendaMinutes(items), items };
}

/** The whole meeting page: people and attendance, problems, agenda, decisions, commitments, minutes. */
export async function presentMeetingDetail(req: FastifyRequest, id: string) {
  const { db } = req.server.database;
  const { actor } = requireAuth(req);
  const head = await getMeetingHead(db, id);
  if (!head) throw new AppError('NOT_FOUND');
  const { meeting } = head;
  // Due days and "today" are the Mesa's, in its own time zone when it has one.
  const clock = { timeZone: head.mesa.timeZone ?? req.server.config.TIME_ZONE, now: new Date() };
  const [participants, problems, agenda, decisions, commitments, minutes] = await Promise.all([
    listMeetingParticipants(db, id),
    listMeetingProblems(db, id),
    presentAgenda(db, meeting, actor, clock),
    listDecisions(db, id),
    listMeetingCommitments(db, id),
    listMinutesVersions(db, id),
  ]);
  const people = participants.map((p) => ({
    person: { id: p.personId, fullName: p.fullName, position: p.position },
    organization: ref(p.organization),
    invited: p.invited,
    attendance: p.attendance,
    note: p.note,
    recordedAt: p.recordedAt,
  }));
  const organizations = new Map(
    people.flatMap((p) => (p.organization ? [[p.organization.id, p.organization]] : [])),
  );
  const byOrganization = attendanceByOrganization(
    people.flatMap((p) =>
      p.attendance
        ? [{ personId: p.person.id, organizationId: p.organization?.id ?? null, status: p.attendance }]
        : [],
    ),
  ).map(({ organizationId, ...rest }) => ({ organization: organizations.get(organizationId)!, ...rest }));
  const manage = isAllowed(actor, 'meeting.manage', meeting.mesaId);
  const frozen = isRecordFrozen(meeting.state);
  return {
    ...presentMeetingSummary(meeting, head.moderator, {
      invited: participants.filter((p) => p.invited).length,
      present: participants.filter((p) => p.attendance === 'present').length,
    }),
    mesa: head.mesa,
    notes: meeting.notes,
    startedAt: meeting.startedAt,
    closedAt: meeting.closedAt,
    participants: people,
    attendanceByOrganization: byOrganization,
    problems: problems
      .filter((p) => canSee(actor, p.visibility, meeting.mesaId))
      .map((p) => ({
        id: p.id,
        number: p.number,
        code: problemCode(p.number),
        title: p.title,
        status: p.status,
      })),
    agenda,
    currentItemId: currentAgendaItemId(meeting.state, agenda.items, meeting.currentAgendaItemId),
    decisions: decisions
      .filter((d) => !d.problemVisibility || canSee(actor, d.problemVisibility, meeting.mesaId))
      .map((d) => ({
        id: d.id,
        text: d.text,
        agendaItemId: d.agendaItemId,
        problemId: d.problemId,
        createdAt: d.createdAt,
        createdBy: d.createdBy?.id ? { id: d.createdBy.id, fullName: d.createdBy.fullName ?? '' } : null,
      })),
    commitments: commitments
      .filter((c) => canSee(actor, c.visibility, meeting.mesaId))
      .map((c) => ({
        ...presentAgendaCommitment(c, clock),
        problemId: c.problemId,
        visibility: c.visibility,
      })),
    minutes: minutes
      .filter((v) => canSee(actor, v.visibility, meeting.mesaId))
      .map((v) => ({
        ...v,
        createdBy: v.createdBy?.id ? { id: v.createdBy.id, fullName: v.createdBy.fullName ?? '' } : null,
      })),
    allowedTransitions: [...allowedMeetingTransitions(meeting.state)],
    can: { manage, edit: manage && !frozen, correctMinutes: manage && frozen },
  };
}
