/**
 * The search part of the API client: the search across Mesas and the Matrix filtered by the same
 * full-text search. Built on the shared request helpers of `api.ts`.
 */
import type { ResponseBody } from '../../../../src/sdk/client';
import { client, type Locale, unwrap } from '../../api';

export type SearchResult = ResponseBody<'/api/search', 'get'>;
export type SearchHit = SearchResult['results'][number];
export type ProblemHit = Extract<SearchHit, { kind: 'problem' }>;
export type LessonHit = Extract<SearchHit, { kind: 'lesson' }>;

/** The longest query the server takes. */
export const SEARCH_MAX_LENGTH = 200;

export const searchApi = {
  acrossMesas: (q: string, lang: Locale, limit = 50) =>
    unwrap(client.GET('/api/search', { params: { query: { q, lang, limit } } })),
  matrix: (mesaId: string, q: string, lang: Locale) =>
    unwrap(client.GET('/api/mesas/{id}/matrix', { params: { path: { id: mesaId }, query: { q, lang } } })),
};

export const searchQueryKey = (q: string, lang: Locale) => ['search', q, lang] as const;
