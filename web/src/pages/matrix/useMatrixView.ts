import { useNavigate, useSearch } from '@tanstack/react-router';
import { useMemo } from 'react';
import { defaultView, type MatrixView, parseView, viewSearch } from '../../../../src/domain/matrix-view';

/**
 * The Matrix view the address bar holds: filters, sort, grouping and hidden columns. Changing it
 * replaces the address (no history entry per keystroke), so a view can be bookmarked or sent as is.
 */
export function useMatrixView() {
  const search = useSearch({ from: '/mesas/$mesaId/matrix' });
  const navigate = useNavigate({ from: '/mesas/$mesaId/matrix' });
  const view = useMemo(() => parseView(search), [search]);
  const query = useMemo(() => viewSearch(view), [view]);
  const go = (next: MatrixView) => void navigate({ search: viewSearch(next), replace: true });
  return {
    view,
    /** The view's query string record: what a saved view stores and an export sends. */
    query,
    set: (change: Partial<MatrixView>) => go({ ...view, ...change }),
    apply: (next: Record<string, unknown>) => go(parseView(next)),
    clearFilters: () =>
      go({ ...defaultView, sort: view.sort, dir: view.dir, hidden: view.hidden, groupBy: view.groupBy }),
  };
}

export type MatrixViewState = ReturnType<typeof useMatrixView>;
