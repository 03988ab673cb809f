import { and, desc, eq, lt } from 'drizzle-orm';
import type { Visibility } from '../../domain/roles';
import type { Db } from '../client';
import {
  auditEvents,
  commitments,
  escalations,
  fieldFeedback,
  meetings,
  outcomeIndicators,
  people,
  problems,
  solutions,
  users,
} from '../schema';

/**
 * A page of a Mesa's audit trail, newest first, optionally of one record; `before` is the sequence
 * number the previous page ended at. Each event carries the name of the person who acted, if any.
 */
export function listMesaAuditTrail(
  db: Db,
  filter: { mesaId: string; entityType?: string; entityId?: string; before?: number; limit: number },
) {
  return db
    .select({ event: auditEvents, actorName: people.fullName })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .leftJoin(people, eq(people.id, users.personId))
    .where(
      and(
        eq(auditEvents.mesaId, filter.mesaId),
        filter.entityType ? eq(auditEvents.entityType, filter.entityType) : undefined,
        filter.entityId ? eq(auditEvents.entityId, filter.entityId) : undefined,
        filter.before ? lt(auditEvents.seq, filter.before) : undefined,
      ),
    )
    .orderBy(desc(auditEvents.seq))
    .limit(filter.limit);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The visibility of a problem of the Mesa, or of the problem a record hangs from; null when none. */
async function problemVisibility(db: Db, mesaId: string, problemId: string | null | undefined) {
  if (!problemId) return null;
  const [row] = await db
    .select({ visibility: problems.visibility })
    .from(problems)
    .where(and(eq(problems.id, problemId), eq(problems.mesaId, mesaId)));
  return row?.visibility ?? null;
}

/**
 * The visibility of a record of the Mesa whose history is asked for: 'unknown' for kinds of record
 * that have none of their own (they follow the Mesa's), null when there is no such record in the Mesa.
 */
export async function auditedRecordVisibility(
  db: Db,
  mesaId: string,
  entityType: string,
  entityId: string,
): Promise<Visibility | 'unknown' | null> {
  const byProblem = async (table: typeof solutions | typeof outcomeIndicators | typeof fieldFeedback) => {
    const [row] = await db.select({ problemId: table.problemId }).from(table).where(eq(table.id, entityId));
    return problemVisibility(db, mesaId, row?.problemId);
  };
  const own = async (table: typeof commitments | typeof meetings | typeof escalations) => {
    const [row] = await db
      .select({ visibility: table.visibility })
      .from(table)
      .where(and(eq(table.id, entityId), eq(table.mesaId, mesaId)));
    return row?.visibility ?? null;
  };
  const lookups: Record<string, () => Promise<Visibility | null>> = {
    problem: () => problemVisibility(db, mesaId, entityId),
    solution: () => byProblem(solutions),
    indicator: () => byProblem(outcomeIndicators),
    field_feedback: () => byProblem(fieldFeedback),
    commitment: () => own(commitments),
    meeting: () => own(meetings),
    escalation: () => own(escalations),
  };
  const lookup = lookups[entityType];
  if (!lookup) return 'unknown';
  return UUID.test(entityId) ? lookup() : null;
}
