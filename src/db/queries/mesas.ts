import { aliasedTable, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { mesaEvents, mesas, organizations, participations } from '../schema';

export type Mesa = typeof mesas.$inferSelect;
export type NewMesa = typeof mesas.$inferInsert;
export type MesaEvent = typeof mesaEvents.$inferSelect;

const currentParticipants = sql<number>`(
  select count(distinct ${participations.personId})::int from ${participations}
  where ${participations.mesaId} = ${mesas.id} and ${participations.endedOn} is null
)`;

/** Every Mesa with its host institution and participant count; callers filter by visibility. */
export async function listMesas(db: Db) {
  return db
    .select({
      mesa: mesas,
      host: { id: organizations.id, name: organizations.name, acronym: organizations.acronym },
      participantCount: currentParticipants,
    })
    .from(mesas)
    .innerJoin(organizations, eq(organizations.id, mesas.hostOrganizationId))
    .orderBy(asc(mesas.name));
}

export async function getMesa(db: Db, id: string) {
  const [row] = await db
    .select({
      mesa: mesas,
      host: { id: organizations.id, name: organizations.name, acronym: organizations.acronym },
      participantCount: currentParticipants,
    })
    .from(mesas)
    .innerJoin(organizations, eq(organizations.id, mesas.hostOrganizationId))
    .where(eq(mesas.id, id));
  return row ?? null;
}

/** The Mesa row locked for update, for commands that check its version or status. */
export async function lockMesa(db: Db, id: string) {
  const [row] = await db.select().from(mesas).where(eq(mesas.id, id)).for('update');
  return row ?? null;
}

export async function insertMesa(db: Db, values: NewMesa) {
  const [row] = await db.insert(mesas).values(values).returning();
  return row!;
}

export async function updateMesa(db: Db, id: string, values: Partial<NewMesa>) {
  const [row] = await db
    .update(mesas)
    .set({ ...values, version: sql`${mesas.version} + 1`, updatedAt: new Date() })
    .where(eq(mesas.id, id))
    .returning();
  return row!;
}

export async function slugExists(db: Db, slug: string) {
  const [row] = await db.select({ id: mesas.id }).from(mesas).where(eq(mesas.slug, slug));
  return Boolean(row);
}

export async function insertMesaEvent(db: Db, values: typeof mesaEvents.$inferInsert) {
  const [row] = await db.insert(mesaEvents).values(values).returning();
  return row!;
}

const fromHost = aliasedTable(organizations, 'from_host');
const toHost = aliasedTable(organizations, 'to_host');

export async function listMesaEvents(db: Db, mesaId: string) {
  return db
    .select({
      id: mesaEvents.id,
      kind: mesaEvents.kind,
      fromStatus: mesaEvents.fromStatus,
      toStatus: mesaEvents.toStatus,
      fromHost: { id: fromHost.id, name: fromHost.name, acronym: fromHost.acronym },
      toHost: { id: toHost.id, name: toHost.name, acronym: toHost.acronym },
      occurredOn: mesaEvents.occurredOn,
      reason: mesaEvents.reason,
    })
    .from(mesaEvents)
    .leftJoin(fromHost, eq(fromHost.id, mesaEvents.fromHostId))
    .leftJoin(toHost, eq(toHost.id, mesaEvents.toHostId))
    .where(eq(mesaEvents.mesaId, mesaId))
    .orderBy(asc(mesaEvents.occurredOn), asc(mesaEvents.recordedAt));
}
