/**
 * Circling detection: the failure the paper warns of in section 4.2, sessions "in which the same
 * problems are discussed over and over again without becoming implementable (let alone implemented)
 * solutions". A problem on the agenda of `threshold` (3) or more sessions with no status change and no
 * completed commitment in that span is flagged, on the Matrix and on the next agenda.
 */
export const DEFAULT_CIRCLING_THRESHOLD = 3;

/** What circling detection needs to know about one problem. */
export interface CirclingInput {
  problemId: string;
  /**
   * The start times of the sessions whose agenda included the problem. Only closed meetings of kind
   * `session` count; the caller passes those (inter-sessional meetings are where work happens, not
   * where it circles). The same session given twice counts once.
   */
  sessionsDiscussedAt: readonly Date[];
  /** When its status last changed (or when it was created, if it never changed). */
  lastStatusChangeAt: Date | null;
  /** When each of its commitments was completed (done); cancelled and open ones are left out. */
  commitmentsCompletedAt: readonly Date[];
}

export interface CirclingFlag {
  problemId: string;
  /** Sessions that discussed it since the last sign of progress. */
  sessions: number;
  /** The last sign of progress (status change or completed commitment), null when none is known. */
  since: Date | null;
  /** The start times of those sessions, oldest first. */
  sessionsAt: Date[];
}

/** The latest sign of progress: the last status change or the last completed commitment. */
function lastProgressAt(p: CirclingInput): Date | null {
  let latest = p.lastStatusChangeAt;
  for (const at of p.commitmentsCompletedAt) if (!latest || at > latest) latest = at;
  return latest;
}

/**
 * The sessions that discussed a problem after its last sign of progress, oldest first. A session that
 * started at or before the change does not count: the change may well have come out of it.
 */
export function sessionsSinceProgress(p: CirclingInput): { since: Date | null; sessionsAt: Date[] } {
  const since = lastProgressAt(p);
  const times = new Set(
    p.sessionsDiscussedAt.filter((at) => !since || at.getTime() > since.getTime()).map((at) => at.getTime()),
  );
  return { since, sessionsAt: [...times].sort((a, b) => a - b).map((t) => new Date(t)) };
}

/**
 * The problems that are circling: discussed in at least `threshold` sessions since their last status
 * change and last completed commitment. In input order.
 */
export function circlingProblems(
  problems: readonly CirclingInput[],
  threshold = DEFAULT_CIRCLING_THRESHOLD,
): CirclingFlag[] {
  if (!Number.isInteger(threshold) || threshold < 1)
    throw new RangeError('threshold must be a whole number ≥ 1');
  const flags: CirclingFlag[] = [];
  for (const p of problems) {
    const { since, sessionsAt } = sessionsSinceProgress(p);
    if (sessionsAt.length >= threshold) {
      flags.push({ problemId: p.problemId, sessions: sessionsAt.length, since, sessionsAt });
    }
  }
  return flags;
}
