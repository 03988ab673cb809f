import { AppError } from './errors';

export const mesaStatuses = ['candidate', 'assessing', 'active', 'paused', 'closed'] as const;
export type MesaStatus = (typeof mesaStatuses)[number];

export const mesaKinds = ['sector', 'factor'] as const;
export type MesaKind = (typeof mesaKinds)[number];

export const cadences = ['weekly', 'biweekly', 'custom'] as const;
export type Cadence = (typeof cadences)[number];

/**
 * A Mesa's lifecycle (paper section 4.4 and 7): candidates are assessed, launched, may pause (e.g. a
 * change of government) and be reinstalled, possibly at another host institution, and finally close.
 */
const nextStatuses: Record<MesaStatus, readonly MesaStatus[]> = {
  candidate: ['assessing', 'active', 'closed'],
  assessing: ['candidate', 'active', 'closed'],
  active: ['paused', 'closed'],
  paused: ['active', 'closed'],
  closed: [],
};

export function allowedMesaTransitions(from: MesaStatus): readonly MesaStatus[] {
  return nextStatuses[from];
}

/** Throws ILLEGAL_TRANSITION (listing the allowed next states) unless `from → to` is legal. */
export function assertMesaTransition(from: MesaStatus, to: MesaStatus): void {
  if (!nextStatuses[from].includes(to)) {
    throw new AppError('ILLEGAL_TRANSITION', { from, to, allowed: [...nextStatuses[from]] });
  }
}

/** Days between sessions a cadence asks for. */
export function cadenceDays(cadence: Cadence, customDays: number | null): number {
  if (cadence === 'weekly') return 7;
  if (cadence === 'biweekly') return 14;
  return customDays ?? 14;
}
