import type { Db } from '../db/client';
import { claimIdempotencyKey, type IdempotencyClaim } from '../db/queries/idempotency';
import type { Actor } from '../domain/access';
import { AppError } from '../domain/errors';

/** What every command receives: the database (or a transaction), who acts, and the request id. */
export interface CommandContext {
  db: Db;
  actor: Actor;
  actorLabel: string;
  requestId?: string | null;
  /** IANA time zone of the deployment: "today" for dated events is taken there. */
  timeZone?: string;
  /** The address people use (PUBLIC_URL), for links in e-mails. */
  publicUrl?: string;
  /** The sender of e-mails (MAIL_FROM), organizer of last resort of calendar invitations. */
  mailFrom?: string;
  /** The request's Idempotency-Key: its row is written in the first transaction that commits. */
  idempotency?: IdempotencyClaim;
}

/** The actor as recorded in audit events. */
export function auditActor(ctx: CommandContext) {
  return { userId: ctx.actor.userId || null, label: ctx.actorLabel };
}

/** The system itself (CLI, demo seed), for audit events with no signed-in user. */
export const systemActor: Actor = { userId: '', personId: null, globalRole: 'admin', mesaRoles: new Map() };

export function systemContext(db: Db, label = 'system', timeZone?: string): CommandContext {
  return { db, actor: systemActor, actorLabel: label, ...(timeZone ? { timeZone } : {}) };
}

/**
 * Runs `work` in one transaction: the change and its audit event commit together or not at all. A
 * request with an Idempotency-Key claims its key in the same transaction, before writing: when a twin
 * request holding the key committed first, this one writes nothing and replays the twin's answer.
 */
export async function inTransaction<T>(
  ctx: CommandContext,
  work: (tx: CommandContext) => Promise<T>,
): Promise<T> {
  const claim = ctx.idempotency && !ctx.idempotency.claimed ? ctx.idempotency : undefined;
  const result = await ctx.db.transaction(async (tx) => {
    if (claim && !(await claimIdempotencyKey(tx, claim))) {
      claim.twin = true;
      throw new AppError('IDEMPOTENCY_KEY_IN_USE');
    }
    return work({ ...ctx, db: tx, idempotency: undefined });
  });
  if (claim) claim.claimed = true;
  return result;
}
