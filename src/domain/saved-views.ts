import { parseView, viewSearch } from './matrix-view';

/**
 * Saved views of the Matrix: a name the team chose and the query string of a view (see matrix-view.ts).
 * A view is stored in its normal form — only what differs from the default, anything unknown or
 * malformed dropped — so that a saved view always opens, and two views that show the same rows in the
 * same way compare equal.
 */

export const VIEW_NAME_MAX = 80;

/** A view's name as it is kept: one line, trimmed, runs of white space as one space. */
export const viewName = (name: string): string => name.normalize('NFC').replace(/\s+/g, ' ').trim();

/** The normal form of a view's query string: what the Matrix page would write for it. */
export const normalViewQuery = (query: Record<string, unknown>): Record<string, string> =>
  viewSearch(parseView(query));

/** Whether a query string describes the default view (the whole Matrix, in its own order). */
export const isDefaultView = (query: Record<string, unknown>): boolean =>
  Object.keys(normalViewQuery(query)).length === 0;

/** Whether two query strings describe the same view, whatever the order or form of their keys. */
export function sameView(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const x = normalViewQuery(a);
  const y = normalViewQuery(b);
  const keys = Object.keys(x);
  return keys.length === Object.keys(y).length && keys.every((k) => x[k] === y[k]);
}
