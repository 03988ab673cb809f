/** The Evaluation Wheel: a Mesa's rounds, their results, and answering through a personal link. Built on `api.ts`. */
import type { RequestBody, ResponseBody } from '../../../../src/sdk/client';
import { client, type Locale, unwrap } from '../../api';

export type WheelRounds = ResponseBody<'/api/mesas/{id}/wheel', 'get'>;
export type WheelRoundSummary = WheelRounds['rounds'][number];
export type WheelRoundDetail = ResponseBody<'/api/wheel-rounds/{id}', 'get'>;
export type WheelResults = ResponseBody<'/api/wheel-rounds/{id}/results', 'get'>;
export type WheelForm = ResponseBody<'/api/wheel-links/{token}', 'get'>;
export type WheelAnswers = RequestBody<'/api/wheel-links/{token}', 'post'>;
export type OpenRound = RequestBody<'/api/mesas/{id}/wheel', 'post'>;
export type WheelQuestion = ResponseBody<'/api/wheel/questions', 'get'>['questions'][number];
export type CreateWheelQuestion = RequestBody<'/api/wheel/questions', 'post'>;
export type UpdateWheelQuestion = RequestBody<'/api/wheel/questions/{id}', 'patch'>;

const path = (id: string) => ({ params: { path: { id } } });
const link = (token: string) => ({ params: { path: { token } } });

export const wheelApi = {
  rounds: (mesaId: string) => unwrap(client.GET('/api/mesas/{id}/wheel', path(mesaId))),
  open: (mesaId: string, body: OpenRound) =>
    unwrap(client.POST('/api/mesas/{id}/wheel', { ...path(mesaId), body })),
  round: (id: string) => unwrap(client.GET('/api/wheel-rounds/{id}', path(id))),
  results: (id: string) => unwrap(client.GET('/api/wheel-rounds/{id}/results', path(id))),
  close: (id: string) => unwrap(client.POST('/api/wheel-rounds/{id}/close', { ...path(id), body: {} })),
  remind: (id: string) => unwrap(client.POST('/api/wheel-rounds/{id}/remind', { ...path(id), body: {} })),
  /** The results table as CSV, in the UI language. */
  csv: (id: string, lang: Locale) => `/api/wheel-rounds/${encodeURIComponent(id)}/results.csv?lang=${lang}`,
  link: (token: string) => unwrap(client.GET('/api/wheel-links/{token}', link(token))),
  answerThroughLink: (token: string, body: WheelAnswers) =>
    unwrap(client.POST('/api/wheel-links/{token}', { ...link(token), body })),
  /** The question set; `retired` lists the retired questions too. */
  questions: (retired = false) =>
    unwrap(
      client.GET('/api/wheel/questions', { params: { query: { retired: retired ? 'true' : undefined } } }),
    ),
  createQuestion: (body: CreateWheelQuestion) => unwrap(client.POST('/api/wheel/questions', { body })),
  updateQuestion: (id: string, body: UpdateWheelQuestion) =>
    unwrap(client.PATCH('/api/wheel/questions/{id}', { ...path(id), body })),
};

export const wheelKeys = {
  rounds: (mesaId: string) => ['wheel-rounds', mesaId] as const,
  round: (id: string) => ['wheel-round', id] as const,
  results: (id: string) => ['wheel-results', id] as const,
  link: (token: string) => ['wheel-link', token] as const,
  questions: ['wheel-questions'] as const,
};
