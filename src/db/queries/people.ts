import { and, asc, eq, ilike, or, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { organizations, people, users } from '../schema';

export type Person = typeof people.$inferSelect;
export type NewPerson = typeof people.$inferInsert;

export async function listPeople(db: Db, filter: { q?: string; organizationId?: string; id?: string } = {}) {
  const text = filter.q ? `%${filter.q}%` : undefined;
  return db
    .select({
      id: people.id,
      fullName: people.fullName,
      email: people.email,
      phone: people.phone,
      position: people.position,
      organizationId: people.organizationId,
      organizationName: organizations.name,
      hasAccount: sql<boolean>`${users.id} is not null`,
    })
    .from(people)
    .leftJoin(organizations, eq(organizations.id, people.organizationId))
    .leftJoin(users, eq(users.personId, people.id))
    .where(
      and(
        text ? or(ilike(people.fullName, text), ilike(people.email, text)) : undefined,
        filter.organizationId ? eq(people.organizationId, filter.organizationId) : undefined,
        filter.id ? eq(people.id, filter.id) : undefined,
      ),
    )
    .orderBy(asc(people.fullName));
}

/** Every person's id and full name, for matching names in an imported spreadsheet. */
export async function listPeopleNames(db: Db) {
  return db.select({ id: people.id, fullName: people.fullName }).from(people);
}

export async function getPerson(db: Db, id: string) {
  const [row] = await db.select().from(people).where(eq(people.id, id));
  return row ?? null;
}

export async function insertPerson(db: Db, values: NewPerson) {
  const [row] = await db.insert(people).values(values).returning();
  return row!;
}

export async function updatePerson(db: Db, id: string, values: Partial<NewPerson>) {
  const [row] = await db
    .update(people)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(people.id, id))
    .returning();
  return row ?? null;
}
