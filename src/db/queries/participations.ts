import { aliasedTable, and, asc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { organizations, participations, people } from '../schema';

export type Participation = typeof participations.$inferSelect;
export type NewParticipation = typeof participations.$inferInsert;

const designatedBy = aliasedTable(organizations, 'designated_by');

export async function listParticipations(db: Db, mesaId: string) {
  return db
    .select({
      id: participations.id,
      mesaId: participations.mesaId,
      role: participations.role,
      isFirstHandOperator: participations.isFirstHandOperator,
      isOccasional: participations.isOccasional,
      representsSmallProducers: participations.representsSmallProducers,
      holdsSectorResponsibility: participations.holdsSectorResponsibility,
      startedOn: participations.startedOn,
      endedOn: participations.endedOn,
      note: participations.note,
      person: { id: people.id, fullName: people.fullName, position: people.position },
      organization: { id: organizations.id, name: organizations.name, acronym: organizations.acronym },
      designatedBy: { id: designatedBy.id, name: designatedBy.name, acronym: designatedBy.acronym },
    })
    .from(participations)
    .innerJoin(people, eq(people.id, participations.personId))
    .leftJoin(organizations, eq(organizations.id, people.organizationId))
    .leftJoin(designatedBy, eq(designatedBy.id, participations.designatedById))
    .where(eq(participations.mesaId, mesaId))
    .orderBy(asc(people.fullName));
}

export async function getParticipation(db: Db, mesaId: string, id: string) {
  const [row] = await db
    .select()
    .from(participations)
    .where(and(eq(participations.id, id), eq(participations.mesaId, mesaId)));
  return row ?? null;
}

export async function findParticipation(
  db: Db,
  mesaId: string,
  personId: string,
  role: Participation['role'],
) {
  const [row] = await db
    .select({ id: participations.id })
    .from(participations)
    .where(
      and(
        eq(participations.mesaId, mesaId),
        eq(participations.personId, personId),
        eq(participations.role, role),
      ),
    );
  return row ?? null;
}

export async function insertParticipation(db: Db, values: NewParticipation) {
  const [row] = await db.insert(participations).values(values).returning();
  return row!;
}

export async function updateParticipation(db: Db, id: string, values: Partial<NewParticipation>) {
  const [row] = await db
    .update(participations)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(participations.id, id))
    .returning();
  return row!;
}

export async function deleteParticipation(db: Db, id: string) {
  await db.delete(participations).where(eq(participations.id, id));
}
