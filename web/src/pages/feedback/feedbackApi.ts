/**
 * Field feedback that changes something: the one-step reopen with a new solution version, and the
 * links that let a participant report from a phone without signing in. Built on `api.ts`.
 */
import type { RequestBody, ResponseBody } from '../../../../src/sdk/client';
import { client, unwrap } from '../../api';

export type Reopen = RequestBody<'/api/problems/{id}/reopen', 'post'>;
export type FeedbackLinkRequest = RequestBody<'/api/problems/{id}/feedback-links', 'post'>;
export type FeedbackLinkCreated = ResponseBody<'/api/problems/{id}/feedback-links', 'post'>;
export type FeedbackLinkView = ResponseBody<'/api/feedback-links/{token}', 'get'>;
export type FeedbackLinkReport = RequestBody<'/api/feedback-links/{token}', 'post'>;
export type FeedbackLinkReported = ResponseBody<'/api/feedback-links/{token}', 'post'>;

const path = (id: string) => ({ params: { path: { id } } });
const link = (token: string) => ({ params: { path: { token } } });

export const feedbackApi = {
  reopen: (problemId: string, body: Reopen) =>
    unwrap(client.POST('/api/problems/{id}/reopen', { ...path(problemId), body })),
  createLink: (problemId: string, body: FeedbackLinkRequest) =>
    unwrap(client.POST('/api/problems/{id}/feedback-links', { ...path(problemId), body })),
  link: (token: string) => unwrap(client.GET('/api/feedback-links/{token}', link(token))),
  reportThroughLink: (token: string, body: FeedbackLinkReport) =>
    unwrap(client.POST('/api/feedback-links/{token}', { ...link(token), body })),
};

export const feedbackLinkQueryKey = (token: string) => ['feedback-link', token] as const;
