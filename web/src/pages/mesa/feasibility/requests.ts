import { useQueryClient } from '@tanstack/react-query';
import type { MesaDetail } from '../../../api';
import type { AnswerValue, AssessmentDecision, CreateAssessment, Decision } from '../assessmentsApi';
import { canActivate, useRefreshLaunchedMesa } from '../launch';

/**
 * What the feasibility forms send and refresh: the assessments' query key, the form values of a new
 * assessment and of a decision, and the request bodies made from them.
 */

export const assessmentsQueryKey = (mesaId: string) => ['assessments', mesaId] as const;

export interface AnswerFields {
  answer: AnswerValue | '';
  note: string;
  evidence: string;
}

export interface AssessmentFields {
  assessedOn: string;
  answers: Record<string, AnswerFields>;
  meetingIds: string[];
  decision: Decision | '';
  rationale: string;
  decidedOn: string;
  /** With a launch: activate the Mesa in the same step. */
  activate: boolean;
}

export interface DecisionValues {
  decision: Decision | '';
  rationale: string;
  decidedOn: string;
  activate: boolean;
}

/** The assessments, and the Mesa itself (a launch may have activated it). */
export function useRefreshAssessments(mesaId: string) {
  const queryClient = useQueryClient();
  const refreshMesa = useRefreshLaunchedMesa(mesaId);
  return () =>
    Promise.all([queryClient.invalidateQueries({ queryKey: assessmentsQueryKey(mesaId) }), refreshMesa()]);
}

/** Activation goes with a launch, when the Mesa can become active. */
export const activating = (mesa: MesaDetail, v: { decision: Decision | ''; activate: boolean }) =>
  v.decision === 'launch' && v.activate && canActivate(mesa);

/** A new assessment: the answered questions only, and the decision with its rationale when one is taken. */
export const newAssessmentBody = (
  mesa: MesaDetail,
  v: AssessmentFields,
  confirmIncomplete: boolean,
): CreateAssessment => ({
  assessedOn: v.assessedOn || undefined,
  answers: Object.entries(v.answers)
    .filter((entry): entry is [string, AnswerFields & { answer: AnswerValue }] => entry[1].answer !== '')
    .map(([questionId, a]) => ({ questionId, answer: a.answer, note: a.note, evidence: a.evidence })),
  meetingIds: v.meetingIds,
  ...(v.decision
    ? {
        decision: v.decision,
        rationale: v.rationale,
        ...(v.decidedOn ? { decidedOn: v.decidedOn } : {}),
      }
    : {}),
  ...(activating(mesa, v) ? { activate: true } : {}),
  ...(confirmIncomplete ? { confirmIncomplete: true } : {}),
});

/** The decision on an assessment taken earlier. */
export const decisionBody = (
  mesa: MesaDetail,
  v: DecisionValues,
  confirmIncomplete: boolean,
): AssessmentDecision => ({
  decision: (v.decision || 'launch') as Decision,
  rationale: v.rationale,
  ...(v.decidedOn ? { decidedOn: v.decidedOn } : {}),
  ...(activating(mesa, v) ? { activate: true } : {}),
  ...(confirmIncomplete ? { confirmIncomplete: true } : {}),
});
