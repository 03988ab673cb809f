import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { matrixViews, people, users } from '../schema';

export type MatrixViewRow = typeof matrixViews.$inferSelect;
export type NewMatrixView = typeof matrixViews.$inferInsert;

const listed = {
  view: matrixViews,
  author: { id: people.id, fullName: people.fullName },
};

/** A saved view with the person who saved it (null when saved by the system or a deleted account). */
export interface MatrixViewWithAuthor {
  view: MatrixViewRow;
  author: { id: string; fullName: string } | null;
}

function withAuthor(db: Db) {
  return db
    .select(listed)
    .from(matrixViews)
    .leftJoin(users, eq(users.id, matrixViews.createdBy))
    .leftJoin(people, eq(people.id, users.personId));
}

/** A Mesa's saved views of its Matrix, in the order of their names (whatever their case). */
export async function listMatrixViews(db: Db, mesaId: string): Promise<MatrixViewWithAuthor[]> {
  const rows = await withAuthor(db)
    .where(eq(matrixViews.mesaId, mesaId))
    .orderBy(asc(sql`lower(${matrixViews.name})`), asc(matrixViews.createdAt), asc(matrixViews.id));
  return rows.map((r) => ({ view: r.view, author: r.author?.id ? r.author : null }));
}

/** One saved view with its author, or null. */
export async function getMatrixView(db: Db, id: string): Promise<MatrixViewWithAuthor | null> {
  const [row] = await withAuthor(db).where(eq(matrixViews.id, id));
  if (!row) return null;
  return { view: row.view, author: row.author?.id ? row.author : null };
}

/** The saved view, locked until the transaction ends, or null. */
export async function lockMatrixView(db: Db, id: string): Promise<MatrixViewRow | null> {
  const [row] = await db.select().from(matrixViews).where(eq(matrixViews.id, id)).for('update');
  return row ?? null;
}

export async function insertMatrixView(db: Db, values: NewMatrixView): Promise<MatrixViewRow> {
  const [row] = await db.insert(matrixViews).values(values).returning();
  return row!;
}

/** Changes a saved view; every change moves its version on. */
export async function updateMatrixView(
  db: Db,
  id: string,
  values: Pick<Partial<NewMatrixView>, 'name' | 'query'>,
): Promise<MatrixViewRow> {
  const [row] = await db
    .update(matrixViews)
    .set({ ...values, version: sql`${matrixViews.version} + 1`, updatedAt: new Date() })
    .where(eq(matrixViews.id, id))
    .returning();
  return row!;
}

export async function deleteMatrixView(db: Db, id: string): Promise<void> {
  await db.delete(matrixViews).where(eq(matrixViews.id, id));
}
