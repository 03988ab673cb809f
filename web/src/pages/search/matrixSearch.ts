import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../api';
import { asLocale } from '../../i18n';
import { matrixQueryKey } from '../matrix/matrixApi';
import { searchApi } from './searchApi';

/** How long typing must pause before the Matrix is searched. */
export const SEARCH_DEBOUNCE_MS = 300;

/**
 * The Matrix search box's words, searched on the server with the full-text search of the search
 * across Mesas (Spanish and English, accent-insensitive, solutions included), once typing pauses.
 * The words are part of the Matrix view, kept in the address with the rest of it.
 * `found` is the set of problems found, or null when there are no words (the whole Matrix).
 * The query lives under the Matrix's own key, so whatever refreshes the Matrix refreshes it too.
 */
export function useMatrixSearch(mesaId: string, words: string) {
  const { i18n } = useTranslation();
  const lang: Locale = asLocale(i18n.language);
  const [q] = useDebouncedValue(words.trim(), SEARCH_DEBOUNCE_MS);

  const result = useQuery({
    queryKey: [...matrixQueryKey(mesaId), 'search', q, lang] as const,
    queryFn: () => searchApi.matrix(mesaId, q, lang),
    enabled: q !== '',
    placeholderData: keepPreviousData,
  });
  const found = useMemo(
    () => (q && result.data ? new Set(result.data.problems.map((p) => p.id)) : null),
    [q, result.data],
  );
  return {
    found,
    searching: words.trim() !== q || (q !== '' && result.isFetching),
    error: q && result.isError ? result.error : null,
    retry: () => void result.refetch(),
  };
}
