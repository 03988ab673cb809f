import type { MatrixViewWithAuthor } from '../../db/queries/matrix-views';

/** A saved view of the Matrix as the API shows it. */
export function presentMatrixView({ view, author }: MatrixViewWithAuthor) {
  return {
    id: view.id,
    mesaId: view.mesaId,
    name: view.name,
    query: view.query,
    createdBy: author,
    createdAt: view.createdAt,
    updatedAt: view.updatedAt,
    version: view.version,
  };
}
