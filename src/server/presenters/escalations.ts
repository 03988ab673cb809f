import type { EscalationEventRow, EscalationRow } from '../../db/queries/escalations';
import { type Actor, isAllowed } from '../../domain/access';
import { allowedEscalationTransitions, escalationAgeDays } from '../../domain/escalations';
import { problemCode } from '../../domain/problem-code';

const personOf = (p: { id: string | null; fullName: string | null } | null) =>
  p?.id ? { id: p.id, fullName: p.fullName ?? '' } : null;

/** An escalation as the API shows it, with its age as of `now` and what the caller may do with it. */
export function presentEscalation(
  row: EscalationRow,
  events: readonly EscalationEventRow[],
  actor: Actor,
  now: Date,
  timeZone: string,
) {
  const e = row.escalation;
  return {
    id: e.id,
    mesa: { id: row.mesa.id, slug: row.mesa.slug, name: row.mesa.name },
    problem: {
      id: row.problem.id,
      number: row.problem.number,
      code: problemCode(row.problem.number),
      title: row.problem.title,
      status: row.problem.status,
    },
    reason: e.reason,
    brief: e.brief,
    options: e.options,
    status: e.status,
    visibility: e.visibility,
    escalatedAt: e.escalatedAt,
    escalatedBy: personOf(row.escalatedBy),
    ageDays: escalationAgeDays(e, now, timeZone),
    decision: e.decision,
    decidedOn: e.decidedOn,
    decidedAt: e.decidedAt,
    decidedBy: personOf(row.decidedBy),
    closedAt: e.closedAt,
    allowedTransitions: allowedEscalationTransitions(e.status),
    can: {
      decide: isAllowed(actor, 'escalation.decide', e.mesaId),
      respond: isAllowed(actor, 'escalation.create', e.mesaId),
    },
    version: e.version,
    events: events
      .filter((ev) => ev.escalationId === e.id)
      .map((ev) => ({
        id: ev.id,
        kind: ev.kind,
        text: ev.text,
        person: personOf(ev.person),
        createdAt: ev.createdAt,
      })),
  };
}
