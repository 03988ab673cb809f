import type { LessonRow } from '../../db/queries/lessons';
import { type Actor, canSee, canSeeEscalation, canSeeMeeting } from '../../domain/access';
import { problemCode } from '../../domain/problem-code';

/**
 * A lesson as the API shows it to this actor: the records it draws on only when the actor may see
 * them, and how its problems ended (verified, escalated or dropped) read from those alone.
 */
export function presentLesson(row: LessonRow, actor: Actor | null) {
  const { lesson, mesa } = row;
  const problems = row.problems
    .filter((p) => canSee(actor, p.visibility, mesa.id))
    .map((p) => ({
      id: p.id,
      number: p.number,
      code: problemCode(p.number),
      title: p.title,
      status: p.status,
      escalated: p.escalated,
    }));
  const meetings = row.meetings
    .filter((m) => canSeeMeeting(actor, { ...m, mesaId: mesa.id }))
    .map((m) => ({ id: m.id, kind: m.kind, number: m.number, title: m.title, startsAt: m.startsAt }));
  const escalations = row.escalations
    .filter((e) =>
      canSeeEscalation(actor, {
        mesaId: mesa.id,
        mesaVisibility: mesa.visibility,
        problemVisibility: e.problemVisibility,
        visibility: e.visibility,
      }),
    )
    .map((e) => ({
      id: e.id,
      problemId: e.problemId,
      problemCode: problemCode(e.problemNumber),
      reason: e.reason,
      status: e.status,
      escalatedAt: e.escalatedAt,
    }));
  const outcome = problems.some((p) => p.status === 'verified')
    ? ('verified' as const)
    : problems.some((p) => p.escalated) || escalations.length > 0
      ? ('escalated' as const)
      : problems.some((p) => p.status === 'dropped')
        ? ('dropped' as const)
        : null;
  return {
    id: lesson.id,
    mesa: { id: mesa.id, name: mesa.name, slug: mesa.slug },
    whatHappened: lesson.whatHappened,
    whatWasLearned: lesson.whatWasLearned,
    tags: lesson.tags,
    visibility: lesson.visibility,
    links: { problems, meetings, escalations },
    outcome,
    createdBy: row.author,
    createdAt: lesson.createdAt,
    updatedAt: lesson.updatedAt,
    version: lesson.version,
  };
}
