/** The feasibility-assessment part of the API client. */

import { type RequestBody, type ResponseBody, valuesOf } from '../../../../src/sdk/client';
import { client, unwrap } from '../../api';
import { i18n } from '../../i18n';
import { recordText } from '../../i18n/recordWords';

export type AssessmentList = ResponseBody<'/api/mesas/{id}/assessments', 'get'>;
export type Assessment = AssessmentList['assessments'][number];
export type AssessmentMeeting = AssessmentList['preliminaryMeetings'][number];
export type AssessmentQuestion = ResponseBody<'/api/assessment-questions', 'get'>['questions'][number];
export type CreateAssessment = RequestBody<'/api/mesas/{id}/assessments', 'post'>;
export type AssessmentDecision = RequestBody<'/api/assessments/{id}/decision', 'post'>;
export type CreateQuestion = RequestBody<'/api/assessment-questions', 'post'>;
export type UpdateQuestion = RequestBody<'/api/assessment-questions/{id}', 'patch'>;
export type AnswerValue = Assessment['answers'][number]['answer'];
export type Decision = AssessmentDecision['decision'];
export type Area = CreateQuestion['area'];

export const answerValues = valuesOf<AnswerValue>()(['yes', 'partly', 'no']);
export const decisions = valuesOf<Decision>()(['launch', 'not_now', 'no']);
export const areas = valuesOf<Area>()(['convener', 'public_sector', 'team', 'sector', 'private_sector']);

const path = (id: string) => ({ params: { path: { id } } });

export const assessmentsApi = {
  list: (mesaId: string) => unwrap(client.GET('/api/mesas/{id}/assessments', path(mesaId))),
  create: (mesaId: string, body: CreateAssessment) =>
    unwrap(client.POST('/api/mesas/{id}/assessments', { ...path(mesaId), body })),
  decide: (assessmentId: string, body: AssessmentDecision) =>
    unwrap(client.POST('/api/assessments/{id}/decision', { ...path(assessmentId), body })),
  questions: (includeRetired = false) =>
    unwrap(
      client.GET('/api/assessment-questions', {
        params: { query: { includeRetired: includeRetired ? 'true' : undefined } },
      }),
    ),
  createQuestion: (body: CreateQuestion) => unwrap(client.POST('/api/assessment-questions', { body })),
  updateQuestion: (questionId: string, body: UpdateQuestion) =>
    unwrap(client.PATCH('/api/assessment-questions/{id}', { ...path(questionId), body })),
};

/** A question's text in the UI language: Spanish, its record words (./i18n/recordWords.ts), else English. */
export const questionText = (q: { textEs: string; textEn: string }, language: string) =>
  recordText(i18n, language, q.textEs, q.textEn);
