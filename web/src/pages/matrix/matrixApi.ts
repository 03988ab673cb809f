/**
 * The Matrix part of the API client: problems, solutions and their versions, indicators, field
 * feedback and barrier categories. Built on the shared request helpers of `api.ts`.
 */
import type { z } from 'zod';
import type {
  category,
  createProblemBody,
  feedbackBody,
  feedbackResult,
  indicator,
  indicatorBody,
  matrixProblem,
  matrixResponse,
  problemDetail,
  problemTransitionBody,
  proposeSolutionBody,
  reviseSolutionBody,
  solution,
  solutionVersion,
  updateIndicatorBody,
  updateProblemBody,
  updateSolutionBody,
} from '../../../../src/server/schemas/matrix';
import { http } from '../../api';

export type Matrix = z.input<typeof matrixResponse>;
export type MatrixProblem = z.input<typeof matrixProblem>;
export type ProblemDetail = z.input<typeof problemDetail>;
export type Solution = z.input<typeof solution>;
export type SolutionVersion = z.input<typeof solutionVersion>;
export type Indicator = z.input<typeof indicator>;
export type Category = z.input<typeof category>;
export type FeedbackResult = z.input<typeof feedbackResult>;
export type Feedback = FeedbackResult['feedback'];
export type ProblemStatus = MatrixProblem['status'];
export type FilterFlag = MatrixProblem['filterFlags'][number];
export type Quadrant = MatrixProblem['quadrant'];
export type Instrument = Solution['instrument'];
export type Verdict = Feedback['verdict'];

export type CreateProblem = z.input<typeof createProblemBody>;
export type UpdateProblem = z.input<typeof updateProblemBody>;
export type ProblemTransition = z.input<typeof problemTransitionBody>;
export type ProposeSolution = z.input<typeof proposeSolutionBody>;
export type ReviseSolution = z.input<typeof reviseSolutionBody>;
export type UpdateSolution = z.input<typeof updateSolutionBody>;
export type CreateIndicator = z.input<typeof indicatorBody>;
export type UpdateIndicator = z.input<typeof updateIndicatorBody>;
export type ReportFeedback = z.input<typeof feedbackBody>;

const id = encodeURIComponent;

export const matrixApi = {
  matrix: (mesaId: string) => http.get<Matrix>(`/api/mesas/${id(mesaId)}/matrix`),
  categories: () => http.get<{ categories: Category[] }>('/api/categories'),
  problems: {
    create: (mesaId: string, body: CreateProblem) =>
      http.post<ProblemDetail>(`/api/mesas/${id(mesaId)}/problems`, body),
    get: (problemId: string) => http.get<ProblemDetail>(`/api/problems/${id(problemId)}`),
    update: (problemId: string, body: UpdateProblem) =>
      http.patch<ProblemDetail>(`/api/problems/${id(problemId)}`, body),
    transition: (problemId: string, body: ProblemTransition) =>
      http.post<ProblemDetail>(`/api/problems/${id(problemId)}/transitions`, body),
    proposeSolution: (problemId: string, body: ProposeSolution) =>
      http.post<Solution>(`/api/problems/${id(problemId)}/solutions`, body),
    addIndicator: (problemId: string, body: CreateIndicator) =>
      http.post<Indicator>(`/api/problems/${id(problemId)}/indicators`, body),
    reportFeedback: (problemId: string, body: ReportFeedback) =>
      http.post<FeedbackResult>(`/api/problems/${id(problemId)}/feedback`, body),
  },
  solutions: {
    revise: (solutionId: string, body: ReviseSolution) =>
      http.post<Solution>(`/api/solutions/${id(solutionId)}/versions`, body),
    update: (solutionId: string, body: UpdateSolution) =>
      http.patch<Solution>(`/api/solutions/${id(solutionId)}`, body),
  },
  indicators: {
    update: (indicatorId: string, body: UpdateIndicator) =>
      http.patch<Indicator>(`/api/indicators/${id(indicatorId)}`, body),
  },
};

export const matrixQueryKey = (mesaId: string) => ['matrix', mesaId] as const;
export const problemQueryKey = (problemId: string) => ['problem', problemId] as const;
