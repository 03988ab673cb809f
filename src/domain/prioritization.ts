import type { ProblemStatus } from './problem-status';

/**
 * Prioritization of the Matrix (paper section 4.5 e): start on three or four problems that are either
 * particularly important or quick to fix, ideally both.
 */
export interface Prioritizable {
  id: string;
  title: string;
  status: ProblemStatus;
  impact: number; // 1-5
  ease: number; // 1-5, ease and speed of the fix
  inFocus: boolean;
}

export const DEFAULT_FOCUS_LIMIT = 4;

export type Quadrant = 'quick_win' | 'major' | 'easy' | 'later';

/** Where a problem falls on the impact × ease chart (4 and 5 count as high). */
export function quadrantOf(p: Pick<Prioritizable, 'impact' | 'ease'>): Quadrant {
  const important = p.impact >= 4;
  const quick = p.ease >= 4;
  if (important && quick) return 'quick_win';
  if (important) return 'major';
  if (quick) return 'easy';
  return 'later';
}

export function priorityScore(p: Pick<Prioritizable, 'impact' | 'ease'>): number {
  return p.impact * p.ease;
}

const workable: readonly ProblemStatus[] = ['identified', 'prioritized', 'in_progress'];

/**
 * Quick wins to propose for the focus set: open problems not yet in focus, important and quick,
 * best first; at most as many as the focus set still has room for (at least one is always proposed
 * when there is any, so the team sees it).
 */
export function proposeQuickWins<P extends Prioritizable>(
  problems: readonly P[],
  limit = DEFAULT_FOCUS_LIMIT,
): P[] {
  const room = Math.max(1, limit - problems.filter((p) => p.inFocus && workable.includes(p.status)).length);
  return problems
    .filter((p) => !p.inFocus && workable.includes(p.status) && quadrantOf(p) === 'quick_win')
    .sort(
      (a, b) => priorityScore(b) - priorityScore(a) || b.impact - a.impact || a.title.localeCompare(b.title),
    )
    .slice(0, room);
}

/** The focus warning: more problems in focus than the Mesa's limit. */
export function focusWarning(problems: readonly Prioritizable[], limit = DEFAULT_FOCUS_LIMIT) {
  const count = problems.filter((p) => p.inFocus && workable.includes(p.status)).length;
  return count > limit ? { count, limit } : null;
}

const statusOrder: Record<ProblemStatus, number> = {
  in_progress: 0,
  prioritized: 1,
  identified: 2,
  enacted: 3,
  verified: 4,
  parked: 5,
  dropped: 6,
};

/** The Matrix order: focus first, then status (work under way first), then priority, then title. */
export function compareMatrixRows(a: Prioritizable, b: Prioritizable): number {
  return (
    Number(b.inFocus) - Number(a.inFocus) ||
    statusOrder[a.status] - statusOrder[b.status] ||
    priorityScore(b) - priorityScore(a) ||
    a.title.localeCompare(b.title)
  );
}
