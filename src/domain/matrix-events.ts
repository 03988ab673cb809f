/**
 * The changes the live stream of a Mesa's Matrix announces (`GET /api/mesas/:id/matrix/events`). An
 * event names what changed (its type, and the problem's id when it is about one), never any text: a
 * screen that receives one refetches the Matrix.
 */
export const matrixEventTypes = [
  /** A problem was added to the Matrix (one typed in, or raised in a session). */
  'problem.created',
  /** A problem's own fields: title, scores, focus, category, entities, tags, flags, visibility, alert. */
  'problem.updated',
  /** A problem moved to another status. */
  'problem.transitioned',
  /** A solution of the problem was proposed, revised or edited. */
  'solution.changed',
  /** An outcome indicator of the problem was added or updated. */
  'indicator.changed',
  /** Field feedback on the problem was reported. */
  'feedback.created',
  /** Commitments on the problem changed in a way the Matrix counts (opened, closed, moved). */
  'commitments.changed',
  /** A spreadsheet was imported into the Matrix. */
  'matrix.imported',
  /** The Mesa's own fields the Matrix shows (its name, its focus limit). */
  'mesa.updated',
  /** A session was closed: which problems circle (on many agendas without progress) may have changed. */
  'session.closed',
  /** Names the Matrix shows from the shared directory: barrier categories, organizations, people. */
  'directory.changed',
  /** Sent by the server, not by a change: what the reader may see changed, refetch everything. */
  'resync',
] as const;
export type MatrixEventType = (typeof matrixEventTypes)[number];

/**
 * Notices that never reach a client as they are: the participants of the Mesa changed, so every open
 * stream checks again what its reader may see (and sends `resync` when that changed).
 */
export const matrixAccessChanged = 'access.changed';
export type MatrixNoticeType = MatrixEventType | typeof matrixAccessChanged;
