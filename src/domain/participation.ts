import type { MesaRole } from './roles';

/** How the paper groups a Mesa's participants (section 4.2). */
export const participantGroups = ['private', 'public', 'team', 'high_level', 'observers'] as const;
export type ParticipantGroup = (typeof participantGroups)[number];

export function groupOfRole(role: MesaRole): ParticipantGroup {
  switch (role) {
    case 'private_rep':
      return 'private';
    case 'public_rep':
      return 'public';
    case 'team':
    case 'moderator':
      return 'team';
    case 'high_level':
      return 'high_level';
    case 'observer':
      return 'observers';
  }
}

export interface ParticipantLike {
  role: MesaRole;
  isFirstHandOperator: boolean;
  endedOn: string | null;
}

/** Groups current participants in the paper's order; the moderator leads the dedicated team. */
export function groupParticipants<P extends ParticipantLike>(
  participants: readonly P[],
): { group: ParticipantGroup; participants: P[] }[] {
  return participantGroups
    .map((group) => ({
      group,
      participants: participants
        .filter((p) => groupOfRole(p.role) === group)
        .sort((a, b) => Number(b.role === 'moderator') - Number(a.role === 'moderator')),
    }))
    .filter((g) => g.participants.length > 0);
}

export type CompositionWarning = 'private_reps_mostly_staff' | 'no_private_reps' | 'no_dedicated_team';

/**
 * Composition checks of the method: private representatives should be first-hand operators who know
 * the day-to-day problems, not mostly association staff; every Mesa needs a dedicated team.
 */
export function compositionWarnings(participants: readonly ParticipantLike[]): CompositionWarning[] {
  const current = participants.filter((p) => p.endedOn === null);
  const warnings: CompositionWarning[] = [];
  const privateReps = current.filter((p) => p.role === 'private_rep');
  if (privateReps.length === 0) warnings.push('no_private_reps');
  else if (privateReps.filter((p) => !p.isFirstHandOperator).length * 2 > privateReps.length) {
    warnings.push('private_reps_mostly_staff');
  }
  if (!current.some((p) => p.role === 'team' || p.role === 'moderator')) warnings.push('no_dedicated_team');
  return warnings;
}
