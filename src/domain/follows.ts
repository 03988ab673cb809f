/**
 * Follows: what a follower of a problem or a commitment is told, and how often. A problem's followers
 * hear of its status and of the progress of its solutions (proposed, revised, agreed, drafted,
 * enacted by a norm); a commitment's, of its status, its progress reports and its deadline moves.
 */
export const followChangeKinds = [
  'problem_status',
  'solution_proposed',
  'solution_revised',
  'solution_tracked',
  'commitment_status',
  'commitment_progress',
  'commitment_due',
] as const;
export type FollowChangeKind = (typeof followChangeKinds)[number];

/** At most one follow mail per follower in this time. */
export const FOLLOW_MAIL_INTERVAL_MS = 3_600_000;

/** Whether a follower last mailed at `lastMailedAt` (null: never) may be mailed at `now`. */
export function followMailDue(lastMailedAt: Date | null, now: Date): boolean {
  return lastMailedAt === null || now.getTime() - lastMailedAt.getTime() >= FOLLOW_MAIL_INTERVAL_MS;
}

/** The reform-tracking fields of a solution whose change is progress a follower hears of. */
export const trackedSolutionFields = ['agreedOn', 'draftedOn', 'normName', 'normNumber', 'normDate'] as const;
