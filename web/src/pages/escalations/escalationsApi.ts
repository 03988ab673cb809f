/**
 * The escalations part of the API client: escalating a problem to the high-level body, its inbox, the
 * decision or the return with questions, the team's answer. Built on the shared request helpers.
 */
import { type QueryParams, type RequestBody, type ResponseBody, valuesOf } from '../../../../src/sdk/client';
import { client, unwrap } from '../../api';

export type Escalation = ResponseBody<'/api/escalations/{id}', 'get'>;
export type EscalationList = ResponseBody<'/api/escalations', 'get'>;
export type EscalationReason = Escalation['reason'];
export type EscalationStatus = Escalation['status'];
export type EscalationEvent = Escalation['events'][number];
export type InboxStatus = NonNullable<QueryParams<'/api/escalations', 'get'>['status']>;
export type CreateEscalation = RequestBody<'/api/problems/{id}/escalations', 'post'>;
export type Decision = RequestBody<'/api/escalations/{id}/decision', 'post'>;

export const escalationReasons = valuesOf<EscalationReason>()([
  'budget',
  'political_decision',
  'inter_agency_dispute',
  'legal_authority',
  'other',
]);
export const inboxStatuses = valuesOf<InboxStatus>()(['open', 'returned', 'decided', 'withdrawn', 'all']);

const path = (id: string) => ({ params: { path: { id } } });

export const inboxQueryKey = (status: InboxStatus) => ['escalations', 'inbox', status] as const;
export const mesaEscalationsQueryKey = (mesaId: string) => ['escalations', 'mesa', mesaId] as const;
export const problemEscalationsQueryKey = (problemId: string) =>
  ['escalations', 'problem', problemId] as const;

export const escalationsApi = {
  inbox: (status: InboxStatus) => unwrap(client.GET('/api/escalations', { params: { query: { status } } })),
  ofMesa: (mesaId: string) => unwrap(client.GET('/api/mesas/{id}/escalations', path(mesaId))),
  ofProblem: (problemId: string) => unwrap(client.GET('/api/problems/{id}/escalations', path(problemId))),
  create: (problemId: string, body: CreateEscalation) =>
    unwrap(client.POST('/api/problems/{id}/escalations', { ...path(problemId), body })),
  decide: (escalationId: string, body: Decision) =>
    unwrap(client.POST('/api/escalations/{id}/decision', { ...path(escalationId), body })),
  return: (escalationId: string, body: RequestBody<'/api/escalations/{id}/return', 'post'>) =>
    unwrap(client.POST('/api/escalations/{id}/return', { ...path(escalationId), body })),
  answer: (escalationId: string, body: RequestBody<'/api/escalations/{id}/answer', 'post'>) =>
    unwrap(client.POST('/api/escalations/{id}/answer', { ...path(escalationId), body })),
  withdraw: (escalationId: string, body: RequestBody<'/api/escalations/{id}/withdraw', 'post'>) =>
    unwrap(client.POST('/api/escalations/{id}/withdraw', { ...path(escalationId), body })),
};
