/** The feasibility-assessment part of the API client. */
import type { z } from 'zod';
import type {
  assessment,
  assessmentBody,
  assessmentList,
  assessmentMeeting,
  assessmentQuestion,
  decisionBody,
  questionBody,
  updateQuestionBody,
} from '../../../../src/server/schemas/assessments';
import { http } from '../../api';

export type Assessment = z.input<typeof assessment>;
export type AssessmentList = z.input<typeof assessmentList>;
export type AssessmentMeeting = z.input<typeof assessmentMeeting>;
export type AssessmentQuestion = z.input<typeof assessmentQuestion>;
export type CreateAssessment = z.input<typeof assessmentBody>;
export type AssessmentDecision = z.input<typeof decisionBody>;
export type CreateQuestion = z.input<typeof questionBody>;
export type UpdateQuestion = z.input<typeof updateQuestionBody>;
export type AnswerValue = Assessment['answers'][number]['answer'];
export type Decision = AssessmentDecision['decision'];

export const answerValues: readonly AnswerValue[] = ['yes', 'partly', 'no'];
export const decisions: readonly Decision[] = ['launch', 'not_now', 'no'];
export const areas = ['convener', 'public_sector', 'team', 'sector', 'private_sector'] as const;

const id = encodeURIComponent;

export const assessmentsApi = {
  list: (mesaId: string) => http.get<AssessmentList>(`/api/mesas/${id(mesaId)}/assessments`),
  create: (mesaId: string, body: CreateAssessment) =>
    http.post<Assessment>(`/api/mesas/${id(mesaId)}/assessments`, body),
  decide: (assessmentId: string, body: AssessmentDecision) =>
    http.post<Assessment>(`/api/assessments/${id(assessmentId)}/decision`, body),
  questions: (includeRetired = false) =>
    http.get<{ questions: AssessmentQuestion[] }>('/api/assessment-questions', {
      includeRetired: includeRetired ? 'true' : undefined,
    }),
  createQuestion: (body: CreateQuestion) => http.post<AssessmentQuestion>('/api/assessment-questions', body),
  updateQuestion: (questionId: string, body: UpdateQuestion) =>
    http.patch<AssessmentQuestion>(`/api/assessment-questions/${id(questionId)}`, body),
};

/** A question's text in the UI language. */
export const questionText = (q: { textEs: string; textEn: string }, language: string) =>
  language === 'en' ? q.textEn : q.textEs;
