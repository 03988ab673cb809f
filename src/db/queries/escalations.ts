import { aliasedTable, and, asc, eq, gt, inArray, type SQL, sql } from 'drizzle-orm';
import type { EscalationStatus } from '../../domain/escalations';
import type { Visibility } from '../../domain/roles';
import type { Db } from '../client';
import { escalationEvents, escalations, mesas, people, problems, users } from '../schema';

export type Escalation = typeof escalations.$inferSelect;
export type NewEscalation = typeof escalations.$inferInsert;
export type EscalationEvent = typeof escalationEvents.$inferSelect;
export type NewEscalationEvent = typeof escalationEvents.$inferInsert;

// ── Writes ────────────────────────────────────────────────────────────────────────────────────────

export async function insertEscalation(db: Db, values: NewEscalation) {
  const [row] = await db.insert(escalations).values(values).returning();
  return row!;
}

/** The escalation row locked for update, for commands that change its status. */
export async function lockEscalation(db: Db, id: string) {
  const [row] = await db.select().from(escalations).where(eq(escalations.id, id)).for('update');
  return row ?? null;
}

/** Updates an escalation and increments its version. */
export async function updateEscalationRow(db: Db, id: string, values: Partial<NewEscalation>) {
  const [row] = await db
    .update(escalations)
    .set({ ...values, version: sql`${escalations.version} + 1`, updatedAt: new Date() })
    .where(eq(escalations.id, id))
    .returning();
  return row!;
}

export async function insertEscalationEvent(db: Db, values: NewEscalationEvent) {
  const [row] = await db.insert(escalationEvents).values(values).returning();
  return row!;
}

/** The escalation of a problem that still waits (open or returned), if any. */
export async function pendingEscalationOf(db: Db, problemId: string) {
  const [row] = await db
    .select({ id: escalations.id, status: escalations.status })
    .from(escalations)
    .where(and(eq(escalations.problemId, problemId), inArray(escalations.status, ['open', 'returned'])))
    .limit(1);
  return row ?? null;
}

// ── Reads ─────────────────────────────────────────────────────────────────────────────────────────

const escalatedByUser = aliasedTable(users, 'escalated_by_user');
const escalatedByPerson = aliasedTable(people, 'escalated_by_person');
const decidedByPerson = aliasedTable(people, 'decided_by_person');

const rowColumns = {
  escalation: escalations,
  mesa: {
    id: mesas.id,
    slug: mesas.slug,
    name: mesas.name,
    status: mesas.status,
    visibility: mesas.visibility,
  },
  problem: {
    id: problems.id,
    number: problems.number,
    title: problems.title,
    status: problems.status,
    visibility: problems.visibility,
  },
  escalatedBy: { id: escalatedByPerson.id, fullName: escalatedByPerson.fullName },
  decidedBy: { id: decidedByPerson.id, fullName: decidedByPerson.fullName },
};

function selectRows(db: Db) {
  return db
    .select(rowColumns)
    .from(escalations)
    .innerJoin(mesas, eq(mesas.id, escalations.mesaId))
    .innerJoin(problems, eq(problems.id, escalations.problemId))
    .leftJoin(escalatedByUser, eq(escalatedByUser.id, escalations.escalatedBy))
    .leftJoin(escalatedByPerson, eq(escalatedByPerson.id, escalatedByUser.personId))
    .leftJoin(decidedByPerson, eq(decidedByPerson.id, escalations.decidedByPersonId));
}

export type EscalationRow = NonNullable<Awaited<ReturnType<typeof getEscalationRow>>>;

/** An escalation with its Mesa, problem and the people who escalated and decided it. */
export async function getEscalationRow(db: Db, id: string) {
  const [row] = await selectRows(db).where(eq(escalations.id, id));
  return row ?? null;
}

export interface EscalationFilter {
  statuses?: readonly EscalationStatus[];
  mesaId?: string;
  problemId?: string;
}

/** Escalations matching the filter, the oldest first (the inbox order). */
export async function listEscalations(db: Db, filter: EscalationFilter = {}) {
  const where: (SQL | undefined)[] = [
    filter.statuses ? inArray(escalations.status, [...filter.statuses]) : undefined,
    filter.mesaId ? eq(escalations.mesaId, filter.mesaId) : undefined,
    filter.problemId ? eq(escalations.problemId, filter.problemId) : undefined,
  ];
  return selectRows(db)
    .where(and(...where))
    .orderBy(asc(escalations.escalatedAt), asc(escalations.id));
}

/** The exchange on escalations (by id), in the order it happened. */
export async function listEscalationEvents(db: Db, escalationIds: readonly string[]) {
  if (!escalationIds.length) return [];
  return db
    .select({
      id: escalationEvents.id,
      escalationId: escalationEvents.escalationId,
      kind: escalationEvents.kind,
      text: escalationEvents.text,
      person: { id: people.id, fullName: people.fullName },
      createdAt: escalationEvents.createdAt,
    })
    .from(escalationEvents)
    .leftJoin(people, eq(people.id, escalationEvents.personId))
    .where(inArray(escalationEvents.escalationId, [...escalationIds]))
    .orderBy(asc(escalationEvents.createdAt), asc(escalationEvents.id));
}

export type EscalationEventRow = Awaited<ReturnType<typeof listEscalationEvents>>[number];

/**
 * Decisions of the high-level body on a Mesa's escalations (of the given visibilities, on problems of
 * those visibilities), recorded after `since` when given: what the next session's agenda reports.
 */
export async function escalationDecisionsSince(
  db: Db,
  mesaId: string,
  visibilities: readonly Visibility[],
  since: Date | null,
) {
  if (!visibilities.length) return [];
  const rows = await db
    .select({
      id: escalations.id,
      problemId: escalations.problemId,
      decidedAt: escalations.decidedAt,
    })
    .from(escalations)
    .innerJoin(problems, eq(problems.id, escalations.problemId))
    .where(
      and(
        eq(escalations.mesaId, mesaId),
        eq(escalations.status, 'decided'),
        inArray(escalations.visibility, [...visibilities]),
        inArray(problems.visibility, [...visibilities]),
        since ? gt(escalations.decidedAt, since) : undefined,
      ),
    )
    .orderBy(asc(escalations.decidedAt));
  return rows.flatMap((r) => (r.decidedAt ? [{ ...r, decidedAt: r.decidedAt }] : []));
}

/** What agenda items about escalations show: the decision, when and by whom, by escalation id. */
export async function escalationDecisionRefs(db: Db, ids: readonly string[]) {
  if (!ids.length) return new Map<string, EscalationDecisionRef>();
  const rows = await db
    .select({
      id: escalations.id,
      reason: escalations.reason,
      status: escalations.status,
      decision: escalations.decision,
      decidedOn: escalations.decidedOn,
      visibility: escalations.visibility,
      decidedBy: { id: decidedByPerson.id, fullName: decidedByPerson.fullName },
    })
    .from(escalations)
    .leftJoin(decidedByPerson, eq(decidedByPerson.id, escalations.decidedByPersonId))
    .where(inArray(escalations.id, [...ids]));
  return new Map(rows.map((r) => [r.id, r]));
}

export interface EscalationDecisionRef {
  id: string;
  reason: Escalation['reason'];
  status: EscalationStatus;
  decision: string | null;
  decidedOn: string | null;
  visibility: Visibility;
  decidedBy: { id: string | null; fullName: string | null } | null;
}
