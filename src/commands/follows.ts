import { recordAudit } from '../db/audit';
import {
  deleteFollow,
  type FollowTarget,
  getFollow,
  insertFollow,
  queueFollowChange,
} from '../db/queries/follows';
import { AppError } from '../domain/errors';
import type { FollowChangeKind } from '../domain/follows';
import { auditActor, type CommandContext, inTransaction } from './context';

/**
 * Following a problem or a commitment: a personal subscription of the acting account (the route has
 * checked that it may see the record). Both are idempotent: following again, or unfollowing what is
 * not followed, writes nothing.
 */

function accountOf(ctx: CommandContext): string {
  if (!ctx.actor.userId) throw new AppError('FORBIDDEN');
  return ctx.actor.userId;
}

/** Follows the record; returns when the account started following it. */
export function followRecord(ctx: CommandContext, target: FollowTarget): Promise<Date> {
  return inTransaction(ctx, async (tx) => {
    const userId = accountOf(tx);
    const created = await insertFollow(tx.db, userId, target);
    if (!created) return (await getFollow(tx.db, userId, target))?.createdAt ?? new Date();
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'follow',
      entityId: created.id,
      action: 'create',
      after: created,
      requestId: tx.requestId,
    });
    return created.createdAt;
  });
}

/** Stops following the record and drops the changes queued for it; returns whether it was followed. */
export function unfollowRecord(ctx: CommandContext, target: FollowTarget): Promise<boolean> {
  return inTransaction(ctx, async (tx) => {
    const removed = await deleteFollow(tx.db, accountOf(tx), target);
    if (!removed) return false;
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'follow',
      entityId: removed.id,
      action: 'delete',
      before: removed,
      requestId: tx.requestId,
    });
    return true;
  });
}

/**
 * Tells the followers of a record (all but the one acting) of a change, in the transaction of the
 * change: the follow mail lists it later (src/mail/follows.ts).
 */
export function tellFollowers(
  tx: CommandContext,
  target: FollowTarget,
  kind: FollowChangeKind,
  detail: Record<string, string | number | null>,
): Promise<void> {
  return queueFollowChange(tx.db, { ...target, kind, detail, actorUserId: tx.actor.userId || null });
}
