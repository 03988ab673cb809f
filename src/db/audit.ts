import { createHash } from 'node:crypto';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from './client';
import { auditEvents } from './schema';

const AUDIT_LOCK = 7_305_542_011;
const GENESIS = '0'.repeat(64);

export interface AuditInput {
  actor: { userId: string | null; label: string };
  entityType: string;
  entityId: string;
  mesaId?: string | null;
  action: string;
  before?: unknown;
  after?: unknown;
  requestId?: string | null;
}

/** JSON with object keys sorted, so a row hashes the same after a jsonb round trip. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** Plain JSON (dates as ISO strings), as it will read back from jsonb. */
function toJson(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}

interface HashedFields {
  occurredAt: Date;
  actorUserId: string | null;
  actorLabel: string;
  entityType: string;
  entityId: string;
  mesaId: string | null;
  action: string;
  before: unknown;
  after: unknown;
  prevHash: string;
}

export function hashAuditRow(row: HashedFields): string {
  const material = canonicalJson({ ...row, occurredAt: row.occurredAt.toISOString() });
  return createHash('sha256').update(material).digest('hex');
}

/**
 * Appends an audit event. Call it inside the transaction that makes the change, so the change and its
 * record commit or roll back together. A transaction-scoped advisory lock keeps the hash chain linear.
 */
export async function recordAudit(tx: Db, input: AuditInput): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK})`);
  const [last] = await tx
    .select({ hash: auditEvents.hash })
    .from(auditEvents)
    .orderBy(desc(auditEvents.seq))
    .limit(1);
  const fields: HashedFields = {
    occurredAt: new Date(),
    actorUserId: input.actor.userId,
    actorLabel: input.actor.label,
    entityType: input.entityType,
    entityId: input.entityId,
    mesaId: input.mesaId ?? null,
    action: input.action,
    before: toJson(input.before),
    after: toJson(input.after),
    prevHash: last?.hash ?? GENESIS,
  };
  await tx
    .insert(auditEvents)
    .values({ ...fields, requestId: input.requestId ?? null, hash: hashAuditRow(fields) });
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  firstBrokenSeq: number | null;
}

/** Walks the whole chain and reports the first row whose hash or link does not match. */
export async function verifyAuditChain(db: Db): Promise<AuditVerification> {
  const rows = await db.select().from(auditEvents).orderBy(asc(auditEvents.seq));
  let prev = GENESIS;
  for (const row of rows) {
    const expected = hashAuditRow({
      occurredAt: row.occurredAt,
      actorUserId: row.actorUserId,
      actorLabel: row.actorLabel,
      entityType: row.entityType,
      entityId: row.entityId,
      mesaId: row.mesaId,
      action: row.action,
      before: row.before,
      after: row.after,
      prevHash: row.prevHash,
    });
    if (row.prevHash !== prev || row.hash !== expected) {
      return { ok: false, checked: rows.length, firstBrokenSeq: row.seq };
    }
    prev = row.hash;
  }
  return { ok: true, checked: rows.length, firstBrokenSeq: null };
}

export async function listAuditEvents(
  db: Db,
  filter: { entityType?: string; entityId?: string; limit: number },
) {
  return db
    .select()
    .from(auditEvents)
    .where(
      and(
        filter.entityType ? eq(auditEvents.entityType, filter.entityType) : undefined,
        filter.entityId ? eq(auditEvents.entityId, filter.entityId) : undefined,
      ),
    )
    .orderBy(desc(auditEvents.seq))
    .limit(filter.limit);
}
