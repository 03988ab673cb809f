import { and, asc, eq, ilike, or } from 'drizzle-orm';
import type { Db } from '../client';
import { organizations } from '../schema';

export type Organization = typeof organizations.$inferSelect;
export type NewOrganization = typeof organizations.$inferInsert;

export async function listOrganizations(db: Db, filter: { q?: string; kind?: Organization['kind'] } = {}) {
  const text = filter.q ? `%${filter.q}%` : undefined;
  return db
    .select()
    .from(organizations)
    .where(
      and(
        text ? or(ilike(organizations.name, text), ilike(organizations.acronym, text)) : undefined,
        filter.kind ? eq(organizations.kind, filter.kind) : undefined,
      ),
    )
    .orderBy(asc(organizations.name));
}

export async function getOrganization(db: Db, id: string) {
  const [row] = await db.select().from(organizations).where(eq(organizations.id, id));
  return row ?? null;
}

export async function insertOrganization(db: Db, values: NewOrganization) {
  const [row] = await db.insert(organizations).values(values).returning();
  return row!;
}

export async function updateOrganization(db: Db, id: string, values: Partial<NewOrganization>) {
  const [row] = await db
    .update(organizations)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(organizations.id, id))
    .returning();
  return row ?? null;
}
