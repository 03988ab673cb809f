/**
 * The escalations part of the API client: escalating a problem to the high-level body, its inbox, the
 * decision or the return with questions, the team's answer. Built on the shared request helpers.
 */
import type { z } from 'zod';
import type {
  answerBody,
  createEscalationBody,
  decisionBody,
  escalationDetail,
  escalationList,
  inboxStatus,
  returnBody,
  withdrawBody,
} from '../../../../src/server/schemas/escalations';
import { http } from '../../api';

export type Escalation = z.input<typeof escalationDetail>;
export type EscalationList = z.input<typeof escalationList>;
export type EscalationReason = Escalation['reason'];
export type EscalationStatus = Escalation['status'];
export type EscalationEvent = Escalation['events'][number];
export type InboxStatus = z.input<typeof inboxStatus>;
export type CreateEscalation = z.input<typeof createEscalationBody>;
export type Decision = z.input<typeof decisionBody>;

export const escalationReasons: readonly EscalationReason[] = [
  'budget',
  'political_decision',
  'inter_agency_dispute',
  'legal_authority',
  'other',
];
export const inboxStatuses: readonly InboxStatus[] = ['open', 'returned', 'decided', 'withdrawn', 'all'];

const id = encodeURIComponent;

export const inboxQueryKey = (status: InboxStatus) => ['escalations', 'inbox', status] as const;
export const mesaEscalationsQueryKey = (mesaId: string) => ['escalations', 'mesa', mesaId] as const;
export const problemEscalationsQueryKey = (problemId: string) =>
  ['escalations', 'problem', problemId] as const;

export const escalationsApi = {
  inbox: (status: InboxStatus) => http.get<EscalationList>('/api/escalations', { status }),
  ofMesa: (mesaId: string) => http.get<EscalationList>(`/api/mesas/${id(mesaId)}/escalations`),
  ofProblem: (problemId: string) => http.get<EscalationList>(`/api/problems/${id(problemId)}/escalations`),
  create: (problemId: string, body: CreateEscalation) =>
    http.post<Escalation>(`/api/problems/${id(problemId)}/escalations`, body),
  decide: (escalationId: string, body: Decision) =>
    http.post<Escalation>(`/api/escalations/${id(escalationId)}/decision`, body),
  return: (escalationId: string, body: z.input<typeof returnBody>) =>
    http.post<Escalation>(`/api/escalations/${id(escalationId)}/return`, body),
  answer: (escalationId: string, body: z.input<typeof answerBody>) =>
    http.post<Escalation>(`/api/escalations/${id(escalationId)}/answer`, body),
  withdraw: (escalationId: string, body: z.input<typeof withdrawBody>) =>
    http.post<Escalation>(`/api/escalations/${id(escalationId)}/withdraw`, body),
};
