import { AppError } from './errors';

/**
 * A problem's status in the Matrix. `enacted` means the norm, procedure or investment exists;
 * `verified` means participants confirm it works on the ground. `parked` and `dropped` are side exits.
 */
export const problemStatuses = [
  'identified',
  'prioritized',
  'in_progress',
  'enacted',
  'verified',
  'parked',
  'dropped',
] as const;
export type ProblemStatus = (typeof problemStatuses)[number];

interface Move {
  to: ProblemStatus;
  /** Whether the move must be explained (side exits, reopening, restoring). */
  needsReason: boolean;
}

const moves: Record<ProblemStatus, readonly Move[]> = {
  identified: [
    { to: 'prioritized', needsReason: false },
    { to: 'in_progress', needsReason: false },
    { to: 'parked', needsReason: true },
    { to: 'dropped', needsReason: true },
  ],
  prioritized: [
    { to: 'in_progress', needsReason: false },
    { to: 'identified', needsReason: false },
    { to: 'parked', needsReason: true },
    { to: 'dropped', needsReason: true },
  ],
  in_progress: [
    { to: 'enacted', needsReason: false },
    { to: 'parked', needsReason: true },
    { to: 'dropped', needsReason: true },
  ],
  // Reopening: field feedback showed the fix is not applied on the ground.
  enacted: [
    { to: 'verified', needsReason: false },
    { to: 'in_progress', needsReason: true },
  ],
  verified: [{ to: 'in_progress', needsReason: true }],
  parked: [
    { to: 'identified', needsReason: true },
    { to: 'prioritized', needsReason: true },
    { to: 'dropped', needsReason: true },
  ],
  dropped: [{ to: 'identified', needsReason: true }],
};

export function allowedProblemTransitions(from: ProblemStatus): ProblemStatus[] {
  return moves[from].map((m) => m.to);
}

/** Whether a move must be explained: side exits, coming back from them, reopening an enacted or verified fix. */
export function transitionNeedsReason(from: ProblemStatus, to: ProblemStatus): boolean {
  return moves[from].find((m) => m.to === to)?.needsReason ?? false;
}

/** Whether a move back to work reopens a fix that was enacted or verified. */
export function isReopening(from: ProblemStatus, to: ProblemStatus): boolean {
  return (from === 'enacted' || from === 'verified') && to === 'in_progress';
}

/**
 * Checks a status change. Throws ILLEGAL_TRANSITION (with the allowed next states) for an illegal move,
 * and VALIDATION_FAILED on `reason` when a move that must be explained comes without one.
 */
export function assertProblemTransition(
  from: ProblemStatus,
  to: ProblemStatus,
  reason?: string | null,
): void {
  const move = moves[from].find((m) => m.to === to);
  if (!move) throw new AppError('ILLEGAL_TRANSITION', { from, to, allowed: allowedProblemTransitions(from) });
  if (move.needsReason && !reason?.trim()) {
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ path: 'reason', key: 'fields.reasonRequiredForChange' }],
    });
  }
}

/** Statuses in which a problem is still being worked on (it can be in focus, on the agenda…). */
export const openProblemStatuses: readonly ProblemStatus[] = ['identified', 'prioritized', 'in_progress'];
