import type { MesaRole, Visibility } from './roles';
import { teamRoles } from './roles';

/**
 * Who a meeting is for. A `team` meeting is for the dedicated team; a meeting among public entities
 * only (`publicSectorOnly`) is for the team, public representatives and the high-level body; any other
 * is for every participant of the Mesa. Only people in a meeting's audience may be invited to it, and
 * what the meeting shows (its agenda, minutes, commitments) is limited to records its whole audience
 * may see.
 */
export interface MeetingAudience {
  visibility: Visibility;
  publicSectorOnly: boolean;
}

const publicSectorRoles: readonly MesaRole[] = [...teamRoles, 'public_rep', 'high_level'];

/** Whether a participant holding `roles` in the Mesa belongs to the meeting's audience. */
export function inMeetingAudience(roles: readonly MesaRole[], meeting: MeetingAudience): boolean {
  if (meeting.visibility === 'team') return roles.some((r) => teamRoles.includes(r));
  if (meeting.publicSectorOnly) return roles.some((r) => publicSectorRoles.includes(r));
  return roles.length > 0;
}

/**
 * Whether a session invites a participant of its audience when no invitees are given: those expected
 * at every session. Not the high-level body (it meets apart and decides escalations; a minister is
 * not an absent organization of each weekly session) and not occasional participants (invited when
 * needed).
 */
export function invitedByDefault(
  participant: { roles: readonly MesaRole[]; occasional: boolean },
  meeting: MeetingAudience,
): boolean {
  return (
    inMeetingAudience(participant.roles, meeting) &&
    !participant.occasional &&
    participant.roles.some((r) => r !== 'high_level')
  );
}

/**
 * The record visibilities everyone who may see a meeting of this visibility may also see: a members
 * meeting shows public and members records, never team ones, whoever generates its agenda or minutes.
 */
export function audienceVisibilities(visibility: Visibility): Visibility[] {
  if (visibility === 'public') return ['public'];
  if (visibility === 'members') return ['public', 'members'];
  return ['public', 'members', 'team'];
}
