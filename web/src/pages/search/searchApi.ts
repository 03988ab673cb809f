/**
 * The search part of the API client: the search across Mesas and the Matrix filtered by the same
 * full-text search. Built on the shared request helpers of `api.ts`.
 */
import type { z } from 'zod';
import type { searchHit, searchResult } from '../../../../src/server/schemas/search';
import { http, type Locale } from '../../api';
import type { Matrix } from '../matrix/matrixApi';

export type SearchResult = z.input<typeof searchResult>;
export type SearchHit = z.input<typeof searchHit>;

/** The longest query the server takes. */
export const SEARCH_MAX_LENGTH = 200;

export const searchApi = {
  acrossMesas: (q: string, lang: Locale, limit = 50) =>
    http.get<SearchResult>('/api/search', { q, lang, limit: String(limit) }),
  matrix: (mesaId: string, q: string, lang: Locale) =>
    http.get<Matrix>(`/api/mesas/${encodeURIComponent(mesaId)}/matrix`, { q, lang }),
};

export const searchQueryKey = (q: string, lang: Locale) => ['search', q, lang] as const;
