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
  /** Speaks for small producers (e.g. smallholders through their federation). */
  representsSmallProducers?: boolean;
  /** A dedicated-team member who also holds formal responsibility for the sector. */
  holdsSectorResponsibility?: boolean;
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

export const compositionWarningKinds = [
  'private_reps_mostly_staff',
  'no_private_reps',
  'no_dedicated_team',
  'team_holds_sector_responsibility',
] as const;
export type CompositionWarning = (typeof compositionWarningKinds)[number];

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
  if (compositionChecks(participants).teamWithSectorResponsibility > 0) {
    warnings.push('team_holds_sector_responsibility');
  }
  return warnings;
}

/** The figures behind the composition advice of section 4.1, over current participants. */
export interface CompositionChecks {
  /** Current private-sector representatives. */
  privateReps: number;
  /** Of them, association staff rather than first-hand operators. */
  associationStaff: number;
  /** associationStaff / privateReps (0 to 1), or null without private representatives. */
  staffShare: number | null;
  /** Whether most private representatives are association staff (more than half). */
  mostlyStaff: boolean;
  /** Current participants who speak for small producers. */
  smallProducerReps: number;
  smallProducersRepresented: boolean;
  /**
   * Current dedicated-team members (team or moderator) who hold formal responsibility for the sector:
   * the team must remain a neutral, honest broker, so this should be 0.
   */
  teamWithSectorResponsibility: number;
}

/**
 * Section 4.1: private representatives should combine first-hand operators with association staff
 * but "should not be composed primarily" of the latter; small producers may be underrepresented (the
 * Forestry Mesa brought smallholders in through CONAFOR Perú); the dedicated team needs "not have
 * formal responsibility of the sector" to act as an honest broker.
 */
export function compositionChecks(participants: readonly ParticipantLike[]): CompositionChecks {
  const current = participants.filter((p) => p.endedOn === null);
  const privateReps = current.filter((p) => p.role === 'private_rep');
  const associationStaff = privateReps.filter((p) => !p.isFirstHandOperator).length;
  const smallProducerReps = current.filter((p) => p.representsSmallProducers === true).length;
  return {
    privateReps: privateReps.length,
    associationStaff,
    staffShare: privateReps.length === 0 ? null : associationStaff / privateReps.length,
    mostlyStaff: associationStaff * 2 > privateReps.length,
    smallProducerReps,
    smallProducersRepresented: smallProducerReps > 0,
    teamWithSectorResponsibility: current.filter(
      (p) => (p.role === 'team' || p.role === 'moderator') && p.holdsSectorResponsibility === true,
    ).length,
  };
}
