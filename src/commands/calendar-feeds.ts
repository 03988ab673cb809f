import { recordAudit } from '../db/audit';
import { insertCalendarFeed, revokeCalendarFeeds } from '../db/queries/calendar';
import { AppError } from '../domain/errors';
import { auditActor, type CommandContext, inTransaction } from './context';

function personOf(ctx: CommandContext): string {
  if (!ctx.actor.personId) throw new AppError('FORBIDDEN');
  return ctx.actor.personId;
}

/**
 * Gives the acting person a new secret calendar-feed address: the feeds they had stop working and the
 * new one is stored only as the hash of its token (the caller hashes it; the token is never stored).
 */
export function rotateCalendarFeed(ctx: CommandContext, tokenHash: string) {
  return inTransaction(ctx, async (tx) => {
    const personId = personOf(tx);
    const revoked = await revokeCalendarFeeds(tx.db, personId);
    const feed = await insertCalendarFeed(tx.db, { personId, tokenHash });
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'calendar_feed',
      entityId: feed.id,
      action: 'rotate',
      before: { revoked },
      after: { id: feed.id, personId },
      requestId: tx.requestId,
    });
    return feed;
  });
}

/** Stops the acting person's secret calendar feed; returns whether there was one. */
export function revokeCalendarFeed(ctx: CommandContext) {
  return inTransaction(ctx, async (tx) => {
    const personId = personOf(tx);
    const revoked = await revokeCalendarFeeds(tx.db, personId);
    if (!revoked.length) return false;
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'calendar_feed',
      entityId: revoked[0]!,
      action: 'revoke',
      before: { revoked },
      requestId: tx.requestId,
    });
    return true;
  });
}
