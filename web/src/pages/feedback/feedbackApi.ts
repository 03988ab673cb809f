/**
 * Field feedback that changes something: the one-step reopen with a new solution version, and the
 * links that let a participant report from a phone without signing in. Built on `api.ts`.
 */
import type { z } from 'zod';
import type {
  feedbackLinkBody,
  feedbackLinkCreated,
  feedbackLinkReport,
  feedbackLinkReported,
  feedbackLinkView,
  reopenBody,
} from '../../../../src/server/schemas/field-feedback';
import { http } from '../../api';
import type { ProblemDetail } from '../matrix/matrixApi';

export type Reopen = z.input<typeof reopenBody>;
export type FeedbackLinkRequest = z.input<typeof feedbackLinkBody>;
export type FeedbackLinkCreated = z.input<typeof feedbackLinkCreated>;
export type FeedbackLinkView = z.input<typeof feedbackLinkView>;
export type FeedbackLinkReport = z.input<typeof feedbackLinkReport>;
export type FeedbackLinkReported = z.input<typeof feedbackLinkReported>;

const id = encodeURIComponent;

export const feedbackApi = {
  reopen: (problemId: string, body: Reopen) =>
    http.post<ProblemDetail>(`/api/problems/${id(problemId)}/reopen`, body),
  createLink: (problemId: string, body: FeedbackLinkRequest) =>
    http.post<FeedbackLinkCreated>(`/api/problems/${id(problemId)}/feedback-links`, body),
  link: (token: string) => http.get<FeedbackLinkView>(`/api/feedback-links/${id(token)}`),
  reportThroughLink: (token: string, body: FeedbackLinkReport) =>
    http.post<FeedbackLinkReported>(`/api/feedback-links/${id(token)}`, body),
};

export const feedbackLinkQueryKey = (token: string) => ['feedback-link', token] as const;
