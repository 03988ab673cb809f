import { and, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { idempotencyKeys } from '../schema';

/** How long a key is remembered: a retry later than this is a new request. */
export const IDEMPOTENCY_WINDOW = sql`interval '24 hours'`;

/** The key a request carries and what it guards, shared by the request and its command context. */
export interface IdempotencyClaim {
  userId: string;
  key: string;
  method: string;
  path: string;
  requestHash: string;
  /** Set once a transaction holding the key row has committed: later transactions of the request skip it. */
  claimed: boolean;
  /** Set when a concurrent twin holding the same key committed first: this request replays its answer. */
  twin: boolean;
}

export interface StoredKey {
  requestHash: string;
  statusCode: number | null;
  responseBody: string | null;
  responseType: string | null;
  /** Written less than a few seconds ago: its request may still be about to store its answer. */
  recent: boolean;
}

/** The unexpired row of a key, if any. */
export async function findIdempotencyKey(db: Db, userId: string, key: string): Promise<StoredKey | null> {
  const [row] = await db
    .select({
      requestHash: idempotencyKeys.requestHash,
      statusCode: idempotencyKeys.statusCode,
      responseBody: idempotencyKeys.responseBody,
      responseType: idempotencyKeys.responseType,
      recent: sql<boolean>`${idempotencyKeys.createdAt} > now() - interval '10 seconds'`,
    })
    .from(idempotencyKeys)
    .where(
      and(
        eq(idempotencyKeys.userId, userId),
        eq(idempotencyKeys.key, key),
        gt(idempotencyKeys.createdAt, sql`now() - ${IDEMPOTENCY_WINDOW}`),
      ),
    );
  return row ?? null;
}

/**
 * Inserts the key row inside the transaction of the write it guards, so a committed write always has
 * its key. While a concurrent twin holding the key is in flight the insert waits for it; false when the
 * twin committed (this transaction must not write). An expired row is taken over.
 */
export async function claimIdempotencyKey(tx: Db, claim: IdempotencyClaim): Promise<boolean> {
  const request = { method: claim.method, path: claim.path, requestHash: claim.requestHash };
  const rows = await tx
    .insert(idempotencyKeys)
    .values({ userId: claim.userId, key: claim.key, ...request })
    .onConflictDoUpdate({
      target: [idempotencyKeys.userId, idempotencyKeys.key],
      set: { ...request, statusCode: null, responseBody: null, responseType: null, createdAt: sql`now()` },
      setWhere: lt(idempotencyKeys.createdAt, sql`now() - ${IDEMPOTENCY_WINDOW}`),
    })
    .returning({ key: idempotencyKeys.key });
  return rows.length === 1;
}

/** Stores the answer of the request that claimed the key, for its retries to replay. */
export async function storeIdempotentAnswer(
  db: Db,
  claim: IdempotencyClaim,
  answer: { statusCode: number; body: string | null; type: string | null },
): Promise<void> {
  await db
    .update(idempotencyKeys)
    .set({ statusCode: answer.statusCode, responseBody: answer.body, responseType: answer.type })
    .where(
      and(
        eq(idempotencyKeys.userId, claim.userId),
        eq(idempotencyKeys.key, claim.key),
        eq(idempotencyKeys.requestHash, claim.requestHash),
        isNull(idempotencyKeys.statusCode),
      ),
    );
}

/** Forgets keys older than the window. */
export async function pruneIdempotencyKeys(db: Db): Promise<number> {
  const gone = await db
    .delete(idempotencyKeys)
    .where(lt(idempotencyKeys.createdAt, sql`now() - ${IDEMPOTENCY_WINDOW}`))
    .returning({ key: idempotencyKeys.key });
  return gone.length;
}
