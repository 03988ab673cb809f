import { and, asc, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { apiTokens, authSessions, people, users } from '../schema';

export type Account = typeof users.$inferSelect;
export type NewAccount = typeof users.$inferInsert;

const accountColumns = {
  id: users.id,
  email: users.email,
  personId: users.personId,
  fullName: people.fullName,
  globalRole: users.globalRole,
  locale: users.locale,
  disabledAt: users.disabledAt,
  lastLoginAt: users.lastLoginAt,
  createdAt: users.createdAt,
};

export async function listAccounts(db: Db) {
  return db
    .select(accountColumns)
    .from(users)
    .innerJoin(people, eq(people.id, users.personId))
    .orderBy(asc(people.fullName));
}

export async function getAccount(db: Db, id: string) {
  const [row] = await db
    .select(accountColumns)
    .from(users)
    .innerJoin(people, eq(people.id, users.personId))
    .where(eq(users.id, id));
  return row ?? null;
}

export async function findAccountByEmail(db: Db, email: string) {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  return row ?? null;
}

export async function insertAccount(db: Db, values: NewAccount) {
  const [row] = await db.insert(users).values(values).returning({ id: users.id });
  return row!;
}

export async function updateAccount(db: Db, id: string, values: Partial<NewAccount>) {
  await db
    .update(users)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(users.id, id));
}

/** Ends every login session of an account (after a password change or when it is disabled). */
export async function endSessionsOf(db: Db, userId: string) {
  await db.delete(authSessions).where(eq(authSessions.userId, userId));
}

export async function listApiTokens(db: Db, userId: string) {
  return db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
    })
    .from(apiTokens)
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .orderBy(asc(apiTokens.createdAt));
}

export async function insertApiToken(db: Db, values: { userId: string; name: string; tokenHash: string }) {
  const [row] = await db
    .insert(apiTokens)
    .values(values)
    .returning({ id: apiTokens.id, createdAt: apiTokens.createdAt });
  return row!;
}

export async function revokeApiToken(db: Db, userId: string, id: string) {
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return rows.length > 0;
}

/** The stored password hash of an account, to check the current password before changing it. */
export async function passwordHashOf(db: Db, userId: string) {
  const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId));
  return row?.passwordHash ?? null;
}

/** Ends every login session of an account but one (the one changing its password); returns how many. */
export async function endOtherSessionsOf(db: Db, userId: string, keepTokenHash: string | null) {
  const ended = await db
    .delete(authSessions)
    .where(
      and(
        eq(authSessions.userId, userId),
        keepTokenHash ? ne(authSessions.tokenHash, keepTokenHash) : undefined,
      ),
    )
    .returning({ tokenHash: authSessions.tokenHash });
  return ended.length;
}
