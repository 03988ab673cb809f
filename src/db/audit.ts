import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { and, asc, desc, eq, gt, sql } from 'drizzle-orm';
import type { Db } from './client';
import { auditEvents, auditHead } from './schema';

const AUDIT_LOCK = 7_305_542_011;
const GENESIS = '0'.repeat(64);
/** 1: plain SHA-256, written before the chain was keyed; 2: HMAC-SHA-256 keyed by AUDIT_KEY. */
const KEYED = 2;

let auditKey: Buffer | null = null;

/**
 * Sets the key (AUDIT_KEY) that seals the chain and its head. The server and the CLI set it once at
 * start, before any change; without it the chain cannot be extended nor verified.
 */
export function setAuditKey(key: string | null): void {
  auditKey = key === null ? null : Buffer.from(key, 'utf8');
}

function requireKey(): Buffer {
  if (!auditKey) throw new Error('The audit key is not set (AUDIT_KEY, see docs/CONFIGURATION.md)');
  return auditKey;
}

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

/** The hash of an event written before the chain was keyed (version 1): SHA-256, without request_id. */
export function hashAuditRow(row: HashedFields): string {
  const material = canonicalJson({ ...row, occurredAt: row.occurredAt.toISOString() });
  return createHash('sha256').update(material).digest('hex');
}

/** The hash of a keyed event (version 2): HMAC-SHA-256 of the whole row, request id included. */
export function macAuditRow(key: Buffer | string, row: HashedFields & { requestId: string | null }): string {
  const material = canonicalJson({ ...row, occurredAt: row.occurredAt.toISOString() });
  return createHmac('sha256', key).update(material).digest('hex');
}

/** The MAC of the head of the chain (its newest sequence number and hash). */
export function headMac(key: Buffer | string, seq: number, hash: string): string {
  return createHmac('sha256', key).update(`${seq}|${hash}`).digest('hex');
}

function checkpointMac(key: Buffer, c: { seq: number; hash: string; time: string }): string {
  return createHmac('sha256', key).update(`${c.seq}|${c.hash}|${c.time}`).digest('hex');
}

function sameMac(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Appends an audit event. Call it inside the transaction that makes the change, so the change and its
 * record commit or roll back together. A transaction-scoped advisory lock keeps the hash chain linear;
 * the signed head moves with every event, in the same transaction.
 */
export async function recordAudit(tx: Db, input: AuditInput): Promise<void> {
  const key = requireKey();
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK})`);
  const [last] = await tx
    .select({ hash: auditEvents.hash })
    .from(auditEvents)
    .orderBy(desc(auditEvents.seq))
    .limit(1);
  const fields = {
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
    requestId: input.requestId ?? null,
  };
  const hash = macAuditRow(key, fields);
  const [row] = await tx
    .insert(auditEvents)
    .values({ ...fields, hashVersion: KEYED, hash })
    .returning({ seq: auditEvents.seq });
  const head = { seq: row!.seq, hash, mac: headMac(key, row!.seq, hash), updatedAt: fields.occurredAt };
  await tx
    .insert(auditHead)
    .values({ id: 1, ...head })
    .onConflictDoUpdate({ target: auditHead.id, set: head });
}

/** Why a verification failed. */
/**
 * The revision of the whole installation: the newest audit event's sequence number. Every write records
 * its audit event in its transaction, and the chain's lock makes the numbers follow the order of
 * commits, so anything read after this number is at least as new as it: a cache kept under it is
 * never older than what it says. Used for what sums up many Mesas (the portfolio, the portal).
 */
export async function installationRevision(db: Db): Promise<string> {
  const [row] = await db
    .select({ seq: sql<string>`coalesce(max(${auditEvents.seq}), 0)::text` })
    .from(auditEvents);
  return row?.seq ?? '0';
}

export const auditBreaks = [
  /** A row's content does not match its hash (edited, or rehashed without the key). */
  'hash_mismatch',
  /** A row does not point at the hash of the one before it (a row removed or inserted). */
  'link_broken',
  /** An unkeyed (version 1) row after a keyed one. */
  'version_downgrade',
  /** Events exist but the signed head is gone. */
  'head_missing',
  /** The newest event is not the one the signed head names (events removed at the end). */
  'head_mismatch',
  /** The head's MAC is wrong: it was written without the key. */
  'head_forged',
  /** The checkpoint file's MAC is wrong: it was not exported by this installation or was edited. */
  'checkpoint_forged',
  /** The event the checkpoint names has another hash now. */
  'checkpoint_mismatch',
  /** The event the checkpoint names is gone: the log was cut back before it. */
  'truncated_before_checkpoint',
] as const;
export type AuditBreak = (typeof auditBreaks)[number];

export interface AuditVerification {
  ok: boolean;
  checked: number;
  firstBrokenSeq: number | null;
  reason: AuditBreak | null;
}

/** A signed statement of the head, exported by `mesas audit checkpoint` and kept outside the database. */
export interface AuditCheckpoint {
  seq: number;
  hash: string;
  time: string;
  mac: string;
}

const PAGE = 1000;

function expectedHash(key: Buffer, row: typeof auditEvents.$inferSelect): string | null {
  const fields: HashedFields = {
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
  };
  if (row.hashVersion === 1) return hashAuditRow(fields);
  if (row.hashVersion === KEYED) return macAuditRow(key, { ...fields, requestId: row.requestId });
  return null;
}

/**
 * Walks the whole chain (every hash and link), then checks its end against the signed head and, when
 * given, that it still holds the event an exported checkpoint names. Reports the first failure.
 */
export async function verifyAuditChain(
  db: Db,
  options: { checkpoint?: AuditCheckpoint } = {},
): Promise<AuditVerification> {
  const key = requireKey();
  const broken = (reason: AuditBreak, seq: number | null, checked: number): AuditVerification => ({
    ok: false,
    checked,
    firstBrokenSeq: seq,
    reason,
  });
  const cp = options.checkpoint;
  let checked = 0;
  let prev = GENESIS;
  let keyed = false;
  let newest: { seq: number; hash: string } | null = null;
  let atCheckpoint: string | null = null;
  for (;;) {
    const rows = await db
      .select()
      .from(auditEvents)
      .where(newest ? gt(auditEvents.seq, newest.seq) : undefined)
      .orderBy(asc(auditEvents.seq))
      .limit(PAGE);
    for (const row of rows) {
      checked++;
      if (row.hashVersion === 1 && keyed) return broken('version_downgrade', row.seq, checked);
      if (row.prevHash !== prev) return broken('link_broken', row.seq, checked);
      if (row.hash !== expectedHash(key, row)) return broken('hash_mismatch', row.seq, checked);
      keyed ||= row.hashVersion === KEYED;
      if (cp && row.seq === cp.seq) atCheckpoint = row.hash;
      prev = row.hash;
      newest = { seq: row.seq, hash: row.hash };
    }
    if (rows.length < PAGE) break;
  }

  const [head] = await db.select().from(auditHead).where(eq(auditHead.id, 1));
  if (!head && newest) return broken('head_missing', null, checked);
  if (head) {
    if (!sameMac(head.mac, headMac(key, head.seq, head.hash)))
      return broken('head_forged', head.seq, checked);
    if (!newest || newest.seq !== head.seq || newest.hash !== head.hash) {
      return broken('head_mismatch', head.seq, checked);
    }
  }

  if (cp) {
    if (!sameMac(cp.mac, checkpointMac(key, cp))) return broken('checkpoint_forged', cp.seq, checked);
    if (atCheckpoint === null) return broken('truncated_before_checkpoint', cp.seq, checked);
    if (atCheckpoint !== cp.hash) return broken('checkpoint_mismatch', cp.seq, checked);
  }
  return { ok: true, checked, firstBrokenSeq: null, reason: null };
}

/** A signed checkpoint of the current head, or null when the log is empty. */
export async function auditCheckpoint(db: Db, now = new Date()): Promise<AuditCheckpoint | null> {
  const key = requireKey();
  const [newest] = await db
    .select({ seq: auditEvents.seq, hash: auditEvents.hash })
    .from(auditEvents)
    .orderBy(desc(auditEvents.seq))
    .limit(1);
  if (!newest) return null;
  const unsigned = { seq: newest.seq, hash: newest.hash, time: now.toISOString() };
  return { ...unsigned, mac: checkpointMac(key, unsigned) };
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
