import type { Db } from '../../db/client';
import {
  type Assessment,
  type AssessmentQuestion,
  answersOf,
  listQuestions,
  meetingsOf,
} from '../../db/queries/assessments';
import { type Actor, canSeeMeeting } from '../../domain/access';
import { decisionWarnings, raisesFlag, redFlags, summarize } from '../../domain/feasibility';

type MeetingRow = Awaited<ReturnType<typeof meetingsOf>>[number];

export function presentQuestion(q: AssessmentQuestion) {
  return {
    id: q.id,
    key: q.key,
    area: q.area,
    position: q.position,
    textEs: q.textEs,
    textEn: q.textEn,
    redFlag: q.redFlag,
    flagOnPartly: q.flagOnPartly,
    retired: q.retiredAt !== null,
    retiredAt: q.retiredAt,
    version: q.version,
    updatedAt: q.updatedAt,
  };
}

/** A meeting an assessment draws on, when the caller may see it. */
export function visibleMeetings(actor: Actor, meetings: readonly Omit<MeetingRow, 'assessmentId'>[]) {
  return meetings
    .filter((m) => canSeeMeeting(actor, m))
    .map((m) => ({ id: m.id, kind: m.kind, title: m.title, startsAt: m.startsAt }));
}

/**
 * Assessments as the API shows them: their answers with the question each answers, the red flags
 * they raise, the answers per area, the decision's warnings and the meetings they draw on.
 */
export async function presentAssessments(db: Db, actor: Actor, rows: readonly Assessment[]) {
  const ids = rows.map((r) => r.id);
  const [questions, answers, meetings] = await Promise.all([
    listQuestions(db, { includeRetired: true }),
    answersOf(db, ids),
    meetingsOf(db, ids),
  ]);
  const questionOf = new Map(questions.map((q) => [q.id, q]));
  return rows.map((row) => {
    const own = answers.filter((a) => a.assessmentId === row.id);
    const flags = redFlags(questions, own);
    return {
      id: row.id,
      mesaId: row.mesaId,
      assessedOn: row.assessedOn,
      decision: row.decision,
      rationale: row.rationale,
      decidedOn: row.decidedOn,
      version: row.version,
      createdAt: row.createdAt,
      answers: own.map((a) => {
        const q = questionOf.get(a.questionId)!;
        const raised = raisesFlag(q, a.answer) && flags.some((f) => f.questions.includes(q.key));
        return {
          questionId: a.questionId,
          key: q.key,
          area: q.area,
          textEs: q.textEs,
          textEn: q.textEn,
          answer: a.answer,
          note: a.note,
          evidence: a.evidence,
          redFlag: raised ? q.redFlag : null,
        };
      }),
      redFlags: flags,
      warnings: decisionWarnings(row.decision, flags),
      summary: summarize(questions, own),
      meetings: visibleMeetings(
        actor,
        meetings.filter((m) => m.assessmentId === row.id),
      ),
    };
  });
}
