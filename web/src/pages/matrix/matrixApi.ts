/**
 * The Matrix part of the API client: problems, solutions and their versions, indicators, field
 * feedback and barrier categories. Built on the shared request helpers of `api.ts`.
 */
import type { RequestBody, ResponseBody } from '../../../../src/sdk/client';
import { client, unwrap } from '../../api';

export type Matrix = ResponseBody<'/api/mesas/{id}/matrix', 'get'>;
export type MatrixProblem = Matrix['problems'][number];
export type ProblemDetail = ResponseBody<'/api/problems/{id}', 'get'>;
export type Solution = ResponseBody<'/api/solutions/{id}', 'patch'>;
export type SolutionVersion = Solution['versions'][number];
export type Indicator = ResponseBody<'/api/indicators/{id}', 'patch'>;
export type Category = Matrix['categories'][number];
export type FeedbackResult = ResponseBody<'/api/problems/{id}/feedback', 'post'>;
export type Feedback = FeedbackResult['feedback'];
export type ProblemStatus = MatrixProblem['status'];
export type FilterFlag = MatrixProblem['filterFlags'][number];
export type Quadrant = MatrixProblem['quadrant'];
export type Instrument = Solution['instrument'];
export type Verdict = Feedback['verdict'];

export type CreateProblem = RequestBody<'/api/mesas/{id}/problems', 'post'>;
export type UpdateProblem = RequestBody<'/api/problems/{id}', 'patch'>;
export type ProblemTransition = RequestBody<'/api/problems/{id}/transitions', 'post'>;
export type ProposeSolution = RequestBody<'/api/problems/{id}/solutions', 'post'>;
export type ReviseSolution = RequestBody<'/api/solutions/{id}/versions', 'post'>;
export type UpdateSolution = RequestBody<'/api/solutions/{id}', 'patch'>;
export type CreateIndicator = RequestBody<'/api/problems/{id}/indicators', 'post'>;
export type UpdateIndicator = RequestBody<'/api/indicators/{id}', 'patch'>;
export type ReportFeedback = RequestBody<'/api/problems/{id}/feedback', 'post'>;

const path = (id: string) => ({ params: { path: { id } } });

export const matrixApi = {
  matrix: (mesaId: string) => unwrap(client.GET('/api/mesas/{id}/matrix', path(mesaId))),
  categories: () => unwrap(client.GET('/api/categories')),
  problems: {
    create: (mesaId: string, body: CreateProblem) =>
      unwrap(client.POST('/api/mesas/{id}/problems', { ...path(mesaId), body })),
    get: (problemId: string) => unwrap(client.GET('/api/problems/{id}', path(problemId))),
    update: (problemId: string, body: UpdateProblem) =>
      unwrap(client.PATCH('/api/problems/{id}', { ...path(problemId), body })),
    transition: (problemId: string, body: ProblemTransition) =>
      unwrap(client.POST('/api/problems/{id}/transitions', { ...path(problemId), body })),
    proposeSolution: (problemId: string, body: ProposeSolution) =>
      unwrap(client.POST('/api/problems/{id}/solutions', { ...path(problemId), body })),
    addIndicator: (problemId: string, body: CreateIndicator) =>
      unwrap(client.POST('/api/problems/{id}/indicators', { ...path(problemId), body })),
    reportFeedback: (problemId: string, body: ReportFeedback) =>
      unwrap(client.POST('/api/problems/{id}/feedback', { ...path(problemId), body })),
  },
  solutions: {
    revise: (solutionId: string, body: ReviseSolution) =>
      unwrap(client.POST('/api/solutions/{id}/versions', { ...path(solutionId), body })),
    update: (solutionId: string, body: UpdateSolution) =>
      unwrap(client.PATCH('/api/solutions/{id}', { ...path(solutionId), body })),
  },
  indicators: {
    update: (indicatorId: string, body: UpdateIndicator) =>
      unwrap(client.PATCH('/api/indicators/{id}', { ...path(indicatorId), body })),
  },
};

export const matrixQueryKey = (mesaId: string) => ['matrix', mesaId] as const;
/** The live event stream of a Mesa's Matrix (server-sent events; see useMatrixEvents). */
export const matrixEventsUrl = (mesaId: string) => `/api/mesas/${encodeURIComponent(mesaId)}/matrix/events`;
export const problemQueryKey = (problemId: string) => ['problem', problemId] as const;
