import { asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../client';
import { barrierCategories } from '../schema';

export type BarrierCategory = typeof barrierCategories.$inferSelect;
export type NewBarrierCategory = typeof barrierCategories.$inferInsert;

/** The barrier categories in their display order; archived ones only when asked for. */
export async function listCategories(db: Db, options: { includeArchived?: boolean } = {}) {
  return db
    .select()
    .from(barrierCategories)
    .where(options.includeArchived ? undefined : isNull(barrierCategories.archivedAt))
    .orderBy(asc(barrierCategories.position), asc(barrierCategories.key));
}

export async function getCategory(db: Db, id: string) {
  const [row] = await db.select().from(barrierCategories).where(eq(barrierCategories.id, id));
  return row ?? null;
}

export async function getCategoryByKey(db: Db, key: string) {
  const [row] = await db.select().from(barrierCategories).where(eq(barrierCategories.key, key));
  return row ?? null;
}

export async function lockCategory(db: Db, id: string) {
  const [row] = await db.select().from(barrierCategories).where(eq(barrierCategories.id, id)).for('update');
  return row ?? null;
}

export async function insertCategory(db: Db, values: NewBarrierCategory) {
  const [row] = await db.insert(barrierCategories).values(values).returning();
  return row!;
}

export async function updateCategory(db: Db, id: string, values: Partial<NewBarrierCategory>) {
  const [row] = await db
    .update(barrierCategories)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(barrierCategories.id, id))
    .returning();
  return row!;
}
