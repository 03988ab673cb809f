import { and, asc, eq, inArray, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import type { FollowChangeKind } from '../../domain/follows';
import type { Db } from '../client';
import { commitments, followChanges, followMailings, follows, mesas, problems, users } from '../schema';

/** A followed record: a problem or a commitment. */
export type FollowTarget = { problemId: string } | { commitmentId: string };

const targetOf = (t: FollowTarget) =>
  'problemId' in t
    ? { problemId: t.problemId, commitmentId: null }
    : { problemId: null, commitmentId: t.commitmentId };

function recordIs(table: typeof follows | typeof followChanges, t: FollowTarget): SQL {
  return 'problemId' in t ? eq(table.problemId, t.problemId) : eq(table.commitmentId, t.commitmentId);
}

/** The account's follow of a record, or null. */
export async function getFollow(db: Db, userId: string, target: FollowTarget) {
  const [row] = await db
    .select()
    .from(follows)
    .where(and(eq(follows.userId, userId), recordIs(follows, target)));
  return row ?? null;
}

/** Adds the follow unless it exists; returns the new row, or null when it was there already. */
export async function insertFollow(db: Db, userId: string, target: FollowTarget) {
  const [row] = await db
    .insert(follows)
    .values({ userId, ...targetOf(target) })
    .onConflictDoNothing()
    .returning();
  return row ?? null;
}

/** Removes the follow and the changes queued for it; returns the removed row, or null. */
export async function deleteFollow(db: Db, userId: string, target: FollowTarget) {
  const [row] = await db
    .delete(follows)
    .where(and(eq(follows.userId, userId), recordIs(follows, target)))
    .returning();
  await db
    .delete(followChanges)
    .where(and(eq(followChanges.userId, userId), recordIs(followChanges, target)));
  return row ?? null;
}

/**
 * Queues a change of a record for each of its followers but the one who made it (`actorUserId`, empty
 * for the system), in the caller's transaction: one statement whatever the number of followers.
 */
export async function queueFollowChange(
  db: Db,
  change: FollowTarget & {
    kind: FollowChangeKind;
    detail: Record<string, string | number | null>;
    actorUserId: string | null;
  },
) {
  const { problemId, commitmentId } = targetOf(change);
  const actor = change.actorUserId || null;
  await db.execute(sql`
    insert into ${followChanges} (user_id, problem_id, commitment_id, kind, detail)
    select f.user_id, f.problem_id, f.commitment_id, ${change.kind}::text, ${JSON.stringify(change.detail)}::jsonb
    from ${follows} f
    where ${problemId ? sql`f.problem_id = ${problemId}` : sql`f.commitment_id = ${commitmentId}`}
      and f.user_id is distinct from ${actor}::uuid`);
}

const problemCode = sql<string>`'P-' || ${problems.number}`;

/** The account's follows, newest first, with what each record is and where. */
export async function listFollows(db: Db, userId: string) {
  return db
    .select({
      id: follows.id,
      createdAt: follows.createdAt,
      problem: {
        id: problems.id,
        code: problemCode,
        title: problems.title,
        status: problems.status,
        visibility: problems.visibility,
      },
      commitment: {
        id: commitments.id,
        text: commitments.text,
        status: commitments.status,
        dueOn: commitments.dueOn,
        visibility: commitments.visibility,
      },
      mesa: { id: mesas.id, name: mesas.name, visibility: mesas.visibility },
    })
    .from(follows)
    .leftJoin(problems, eq(problems.id, follows.problemId))
    .leftJoin(commitments, eq(commitments.id, follows.commitmentId))
    .innerJoin(mesas, or(eq(mesas.id, problems.mesaId), eq(mesas.id, commitments.mesaId)))
    .where(eq(follows.userId, userId))
    .orderBy(sql`${follows.createdAt} desc`, asc(follows.id));
}

// ── The mail ──────────────────────────────────────────────────────────────────────────────────────

/** Followers with queued changes who may be mailed at `now`: never mailed, or last mailed by `dueBefore`. */
export async function followersDue(db: Db, dueBefore: Date): Promise<string[]> {
  const rows = await db
    .selectDistinct({ userId: followChanges.userId })
    .from(followChanges)
    .leftJoin(followMailings, eq(followMailings.userId, followChanges.userId))
    .where(or(isNull(followMailings.lastMailedAt), lte(followMailings.lastMailedAt, dueBefore)));
  return rows.map((r) => r.userId);
}

/**
 * The follower's mailing row, locked for this transaction (created when missing): two mail jobs cannot
 * mail the same follower at once; the second sees the time the first wrote.
 */
export async function lockFollowMailing(db: Db, userId: string): Promise<{ lastMailedAt: Date | null }> {
  await db.insert(followMailings).values({ userId }).onConflictDoNothing();
  const [row] = await db
    .select({ lastMailedAt: followMailings.lastMailedAt })
    .from(followMailings)
    .where(eq(followMailings.userId, userId))
    .for('update');
  return row!;
}

export async function setFollowMailed(db: Db, userId: string, at: Date) {
  await db.update(followMailings).set({ lastMailedAt: at }).where(eq(followMailings.userId, userId));
}

/**
 * The follower's queued changes, oldest first, with the record each is about and its Mesa (for
 * checking visibility again and for the mail's headings and links).
 */
export async function queuedChanges(db: Db, userId: string) {
  return db
    .select({
      id: followChanges.id,
      kind: followChanges.kind,
      detail: followChanges.detail,
      occurredAt: followChanges.occurredAt,
      problem: {
        id: problems.id,
        number: problems.number,
        title: problems.title,
        visibility: problems.visibility,
      },
      commitment: { id: commitments.id, text: commitments.text, visibility: commitments.visibility },
      mesa: { id: mesas.id, name: mesas.name, visibility: mesas.visibility, timeZone: mesas.timeZone },
    })
    .from(followChanges)
    .leftJoin(problems, eq(problems.id, followChanges.problemId))
    .leftJoin(commitments, eq(commitments.id, followChanges.commitmentId))
    .innerJoin(mesas, or(eq(mesas.id, problems.mesaId), eq(mesas.id, commitments.mesaId)))
    .where(eq(followChanges.userId, userId))
    .orderBy(asc(followChanges.occurredAt), asc(followChanges.id));
}

export async function deleteChanges(db: Db, ids: readonly string[]) {
  if (ids.length) await db.delete(followChanges).where(inArray(followChanges.id, [...ids]));
}

/** The follower's account, when it is enabled (a disabled account is mailed nothing). */
export async function followerAccount(db: Db, userId: string) {
  const [row] = await db
    .select({ personId: users.personId })
    .from(users)
    .where(and(eq(users.id, userId), isNull(users.disabledAt)));
  return row ?? null;
}
