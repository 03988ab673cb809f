import type { listFollows } from '../../db/queries/follows';
import { type Actor, canSee } from '../../domain/access';

type FollowRow = Awaited<ReturnType<typeof listFollows>>[number];

/** Whether the actor still sees a followed record: its Mesa and the record itself. */
export function followVisibleTo(actor: Actor, row: FollowRow): boolean {
  const record = row.problem ?? row.commitment;
  return (
    record !== null &&
    canSee(actor, row.mesa.visibility, row.mesa.id) &&
    canSee(actor, record.visibility, row.mesa.id)
  );
}

/** An account's follows as its list shows them, leaving out records it no longer sees. */
export function presentFollows(rows: readonly FollowRow[], actor: Actor) {
  return rows
    .filter((row) => followVisibleTo(actor, row))
    .map((row) => ({
      kind: row.problem ? ('problem' as const) : ('commitment' as const),
      id: (row.problem ?? row.commitment)!.id,
      since: row.createdAt,
      mesa: { id: row.mesa.id, name: row.mesa.name },
      problem: row.problem
        ? { code: row.problem.code, title: row.problem.title, status: row.problem.status }
        : null,
      commitment: row.commitment
        ? { text: row.commitment.text, status: row.commitment.status, dueOn: row.commitment.dueOn }
        : null,
    }));
}
